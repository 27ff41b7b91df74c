/** Household columns, second part: souhaits and après relogement (reference §3.4–3.5). */
import { col, FORMATS } from './columnFactory';

export const WISH_COLUMNS = [
  col('wishedRooms', 'Souhait nombre de pièces', 'wishes', 'code', {
    codeList: 'rooms', width: 70, help: 'Menu déroulant : 1 = T1 ou T1bis … 6 = T6 ou plus.',
  }),
  col('wishedCommune', 'Souhait initial commune', 'wishes', 'text', {
    width: 110, help: 'Au moment du diagnostic. Toujours la même orthographe.',
  }),
  col('wishedDistrict', 'Souhait initial quartier', 'wishes', 'text', {
    width: 110, help: 'Au moment du diagnostic. Toujours la même orthographe.',
  }),
  col('wishCommuneChange', 'Évolution du souhait Commune', 'wishes', 'text', {
    width: 110, help: 'Lors de la proposition de logement. Toujours la même orthographe.',
  }),
  col('wishDistrictChange', 'Évolution du souhait Quartier', 'wishes', 'text', {
    width: 110, help: 'Lors de la proposition de logement. Toujours la même orthographe.',
  }),
  col('proposals', 'Nombre de propositions de logement', 'wishes', 'integer', {
    min: 0, width: 80, help: 'Propositions faites au ménage par écrit.',
  }),
] as const;

export const AFTER_DWELLING_COLUMNS = [
  col('roomsAfter', 'Nombre de pièces après', 'after', 'code', {
    codeList: 'rooms', anru: true, width: 70, help: 'Menu déroulant : 1 = T1 ou T1bis … 6 = T6 ou plus.',
  }),
  col('densityAfter', "Estimation de la densité d'occupation après", 'after', 'derived', {
    result: 'label', width: 110, decisions: ['D-DENSITY', 'D-BLANK', 'P-ROUNDING'],
    help: "Formule : compare le nombre d'occupants et le nombre de pièces après relogement.",
  }),
  col('roomsEvolution', 'Évolution nombre pièces (avant/après)', 'after', 'derived', {
    result: 'integer', anru: true, numberFormat: '+0;-0;0', width: 70, decisions: ['D-BLANK', 'P-ROUNDING'],
    help: 'Formule : nombre de pièces après − nombre de pièces avant.',
    aliases: ['Évolution nombre pièces', 'Évolution du nombre de pièces'],
  }),
  col('surfaceAfter', 'Surface habitable ou corrigée en m² après', 'after', 'number', {
    min: 0, numberFormat: FORMATS.surface, unit: 'm²', help: 'Même type de surface qu\'avant le relogement.',
    aliases: ['Surface habitable ou corrigée après (m²)', 'Surface après'],
  }),
  col('surfaceEvolution', 'Évolution de la surface du logement (habitable ou corrigée)', 'after', 'derived', {
    result: 'number', numberFormat: '+0.0 "m²";-0.0 "m²";0 "m²"', unit: 'm²', decisions: ['D-SURFACE', 'D-BLANK'],
    help: 'Formule : surface après − surface avant, en m².',
    aliases: ['Évolution de la surface'],
  }),
  col('surfaceEvolutionBand', 'Évolution de la surface en tranches (%)', 'after', 'derived', {
    result: 'label', width: 100, decisions: ['D-SURFACE', 'D-BANDS9', 'D-BLANK', 'P-ROUNDING'],
    help: 'Formule : variation relative (après − avant) ÷ avant × 100, en 9 tranches.',
    aliases: ['Évolution de la surface en tranches'],
  }),
  col('tenureAfter', "Statut d'occupation", 'after', 'code', {
    codeList: 'tenureAfter', anru: true, width: 80, decisions: ['D-CODES', 'D-STAR'],
    help: 'PS = parc social, LL = locatif libre (parc privé), AP = accession à la propriété, A = autres parcs.',
    aliases: ["Statut d'occupation après"],
  }),
  col('dwellingType', 'Nature du logement', 'after', 'code', {
    codeList: 'dwelling', width: 70, help: 'I = logement individuel, C = logement collectif.',
  }),
  col('financing', 'Type de financement', 'after', 'code', {
    codeList: 'financing', anru: true, width: 80, decisions: ['D-CODES', 'D-STAR'],
    help: 'PLAI, PLUS, PLUS CD, PLA, PLS, PLI, HLMO, AS = autres social, AI = autres intermédiaires.',
  }),
  col('buildingAge', 'Âge du bâti', 'after', 'code', {
    codeList: 'buildingAge', anru: true, width: 80, decisions: ['D-RD5', 'D-AA5', 'D-STAR'],
    help: 'CN = neuf 1re livraison, C-5 = moins de 5 ans, CR-5 / CR+5 = réhabilité depuis moins / plus de 5 ans, CNR+5 = non réhabilité, RD5, AA-5.',
    aliases: ['Age du bâti'],
  }),
  col('relocationCommune', 'Commune de relogement', 'after', 'text', { width: 110, help: 'Toujours la même orthographe.' }),
  col('relocationDistrict', 'Quartier de relogement', 'after', 'text', { width: 110, help: 'Toujours la même orthographe.' }),
  col('relocatingLandlord', 'Bailleur relogeur', 'after', 'text', { width: 110, help: 'Toujours la même orthographe.' }),
  col('zus', 'ZUS / QPV', 'after', 'code', {
    codeList: 'zus', anru: true, width: 60, decisions: ['D-ZUS', 'D-STAR'],
    help: 'Z = en ZUS / QPV, HZ = hors ZUS / QPV (les QPV ont remplacé les ZUS en 2015).',
    aliases: ['ZUS'],
  }),
  col('location', 'Localisation géographique', 'after', 'code', {
    codeList: 'location', anru: true, width: 80, decisions: ['D-CODES', 'D-STAR'],
    help: 'SIT = sur site, HSIT = hors site dans la commune, AGGLO = hors commune dans l\'agglomération, HAGL = hors agglomération.',
  }),
  col('reservation', 'Réservataire', 'after', 'code', {
    codeList: 'reservation', width: 80,
    help: 'PREF, FONC, VILLE, EPCI, B = bailleur, 1% = 1 % logement (Action Logement), AR = autres réservataires.',
  }),
] as const;

export const AFTER_FINANCE_COLUMNS = [
  col('rentAfter', 'Loyer de base mensuel (y compris garage) après', 'after', 'amount', {
    anru: true, min: 0, unit: '€', decisions: ['D-AMOUNTS'], help: 'Y compris garage (le préciser dans les commentaires).',
    aliases: ['Loyer de base mensuel après'],
  }),
  col('chargesAfter', 'Provision charges après', 'after', 'amount', {
    anru: true, min: 0, unit: '€', decisions: ['D-AMOUNTS', 'P-OPTIONAL-TERMS'], help: 'Intégrer les charges individualisées.',
    aliases: ['Provision pour charges après'],
  }),
  col('chargesTypeAfter', 'Nature des charges après', 'after', 'code', {
    codeList: 'charges', width: 70, help: 'I = charges individuelles, C = charges collectives.',
  }),
  col('quittanceAfter', 'Quittance mensuelle après', 'after', 'derived', {
    result: 'amount', anru: true, numberFormat: FORMATS.amount, unit: '€', decisions: ['D-QUITTANCE', 'D-BLANK'],
    help: 'Formule : loyer de base mensuel après + provision charges après.',
  }),
  col('aplAfter', 'Simulation APL après', 'after', 'amount', {
    anru: true, min: 0, unit: '€', decisions: ['P-OPTIONAL-TERMS'], help: 'APL simulée dans le nouveau logement.',
    aliases: ['APL après (simulation)', 'APL après'],
  }),
  col('residualRentAfter', 'Quittance résiduelle après', 'after', 'derived', {
    result: 'amount', anru: true, numberFormat: FORMATS.amount, unit: '€', decisions: ['P-OPTIONAL-TERMS', 'D-BLANK'],
    help: 'Formule : quittance mensuelle après − simulation APL après.',
  }),
  col('effortRateAfter', "Taux d'effort après (en %)", 'after', 'derived', {
    result: 'percent', anru: true, numberFormat: FORMATS.percent, unit: '%', decisions: ['D-SALARIES', 'D-BLANK', 'P-ROUNDING'],
    help: 'Formule : quittance résiduelle après ÷ ressources du ménage.',
    aliases: ["Taux d'effort après (%)", "Taux d'effort après"],
  }),
  col('effortRateEvolution', "Évolution du taux d'effort", 'after', 'derived', {
    result: 'points', numberFormat: FORMATS.points, unit: 'pts', decisions: ['D-BLANK', 'P-ROUNDING'],
    help: "Formule : taux d'effort après − taux d'effort avant, en points.",
  }),
  col('effortRateEvolutionBand', "Évolution du taux d'effort en tranches", 'after', 'derived', {
    result: 'label', width: 100, decisions: ['D-EFFORT-EVOL', 'D-BLANK'],
    help: '< -15 pts, -15 à -2,5, -2,5 à 2,5, 2,5 à 15, > 15 pts.',
  }),
  col('residualRentEvolution', 'Évolution de la quittance résiduelle', 'after', 'derived', {
    result: 'amount', anru: true, numberFormat: '+#,##0.00 "€";-#,##0.00 "€";0 "€"', unit: '€', decisions: ['D-BLANK', 'P-ROUNDING'],
    help: 'Formule : quittance résiduelle après − quittance résiduelle avant.',
  }),
  col('residualRentEvolutionBand', 'Évolution de la quittance résiduelle en valeur absolue par tranches et en euros', 'after', 'derived', {
    result: 'label', width: 100, decisions: ['D-BANDS9', 'D-BLANK'],
    help: '9 tranches en euros : < -5, -5 à 0, 0, 0 à 5, 5 à 10, 10 à 20, 20 à 30, 30 à 40, > 40.',
    aliases: ['Évolution de la quittance résiduelle en tranches'],
  }),
] as const;

export const AFTER_RELOCATION_COLUMNS = [
  col('relocation', 'Relogement', 'after', 'code', {
    codeList: 'relocation', anru: true, width: 70, decisions: ['D-STAR'],
    help: 'OUI = relogé (dès la signature du nouveau bail), NON = encore à reloger, D = départ spontané, A = autres (décès, expulsion…).',
  }),
  col('socialSupport', 'Accompagnement social lié au relogement', 'after', 'code', {
    codeList: 'yesNo', width: 80,
    help: "Au sens de l'ANRU : limité aux difficultés directement liées au relogement ; rôle de coordination et d'orientation, sans se substituer aux services sociaux (CCAS, conseil départemental…).",
  }),
  col('moveDate', 'Date du déménagement', 'after', 'date', {
    anru: true, decisions: ['D-STAR'], help: 'En jour, mois et année (jj/mm/aaaa).',
  }),
  col('relocationType', 'Type de relogement', 'after', 'code', {
    codeList: 'relocationType', anru: true, width: 80, decisions: ['D-CODES', 'D-STAR'],
    help: 'D = logement définitif, T = logement tiroir (cas spécifiques), TN = temporaire en attente d\'un logement neuf (engagement écrit du bailleur).',
  }),
  col('acceptance', 'Relogement accepté / Relogement refusé', 'after', 'code', {
    codeList: 'acceptance', width: 80, decisions: ['D-ACCEPT', 'D-CODES'], help: 'A = accepté, R = refusé (pour toute proposition).',
    aliases: ['Relogement accepté / refusé'],
  }),
  col('comments', 'Commentaires et observations', 'after', 'text', {
    personal: true, sensitive: true, width: 220,
    help: 'Texte libre : donnée personnelle, potentiellement sensible (RGPD). Ne pas y porter d\'appréciation sur les difficultés sociales.',
    aliases: ['Commentaires', 'Observations'],
  }),
] as const;
