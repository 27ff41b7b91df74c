/**
 * Rules across cells and rows: household composition, relocation state, localisation, identity of
 * the requests, finances (reference §4, GUIDE-NOTES H5, H19; the rest is our Decision).
 */
import type { RuleDef } from './types';

/** After-relocation cells whose absence makes an ANRU / FAT figure wrong (with the moving date). */
export const FAT_AFTER_COLUMNS = [
  'roomsAfter',
  'tenureAfter',
  'financing',
  'buildingAge',
  'zus',
  'location',
  'rentAfter',
  'moveDate',
  'relocationType',
] as const;
/** Other after-relocation cells expected for a relocated household. */
export const OTHER_AFTER_COLUMNS = [
  'surfaceAfter',
  'dwellingType',
  'relocationCommune',
  'relocatingLandlord',
  'reservation',
  'socialSupport',
] as const;
/** Cells describing the new dwelling: a household still to relocate should not have them. */
export const AFTER_BLOCK_COLUMNS = [
  'roomsAfter',
  'surfaceAfter',
  'tenureAfter',
  'dwellingType',
  'financing',
  'buildingAge',
  'relocationCommune',
  'relocationDistrict',
  'relocatingLandlord',
  'zus',
  'location',
  'reservation',
  'rentAfter',
  'chargesAfter',
  'chargesTypeAfter',
  'aplAfter',
  'relocationType',
] as const;

export const COHERENCE_RULES = [
  {
    id: 'structure-enfants',
    severity: 'erreur',
    title: "Structure familiale incohérente avec le nombre d'enfants",
    description:
      "CE, M, CEH et MH supposent au moins un enfant ; I, C, IH et CH n'en ont aucun (exemple du guide : CE avec 0 enfant).",
    fix: "Corriger la structure familiale ou le nombre d'enfants.",
    columns: ['familyStructure', 'children'],
  },
  {
    id: 'structure-heberges',
    severity: 'erreur',
    title: "Structure familiale incohérente avec le nombre d'hébergés",
    description:
      "Les structures « avec hébergés » (IH, CH, MH, CEH) supposent au moins un hébergé ; les autres n'en ont aucun.",
    fix: "Corriger la structure familiale ou le nombre d'hébergés.",
    columns: ['familyStructure', 'hosted'],
  },
  {
    id: 'occupants-incoherents',
    severity: 'avertissement',
    title: "Nombre d'occupants différent de la composition du ménage",
    description:
      "Nombre d'occupants ≠ adultes de la structure (1, ou 2 pour un couple) + enfants + hébergés. Avertissement seulement : un ménage peut compter d'autres adultes permanents (GUIDE-NOTES H19).",
    fix: "Vérifier le nombre d'occupants, la structure familiale, les enfants et les hébergés ; si un autre adulte vit en permanence dans le logement, le préciser dans les commentaires.",
    columns: ['occupants'],
  },
  {
    id: 'enfants-majeurs-superieurs',
    severity: 'erreur',
    title: "Plus d'enfants majeurs que d'enfants",
    description:
      "« Dont enfants majeurs » compte des enfants parmi le nombre d'enfants : il ne peut pas le dépasser.",
    fix: "Corriger le nombre d'enfants majeurs ou le nombre d'enfants (les enfants majeurs y sont inclus).",
    columns: ['adultChildren'],
  },
  {
    id: 'apl-superieure-quittance',
    severity: 'erreur',
    title: 'APL supérieure à la quittance',
    description:
      "L'APL ne peut pas dépasser la quittance mensuelle (loyer de base + provision pour charges) : le reste à charge serait négatif.",
    fix: "Vérifier l'APL (montant mensuel), le loyer de base et la provision pour charges.",
    columns: ['apl'],
  },
  {
    id: 'apl-apres-superieure-quittance',
    severity: 'erreur',
    title: 'Simulation APL après supérieure à la quittance après',
    description: "L'APL simulée ne peut pas dépasser la quittance mensuelle après relogement.",
    fix: "Vérifier la simulation d'APL, le loyer de base après et la provision charges après.",
    columns: ['aplAfter'],
  },
  {
    id: 'relogement-manquant',
    severity: 'erreur',
    title: 'Relogement non renseigné',
    description:
      "Sans statut de relogement (OUI, NON, D, A), la demande n'est comptée ni parmi les relogés ni parmi les ménages à reloger.",
    fix: 'Choisir OUI, NON, D ou A dans la colonne Relogement.',
    columns: ['relocation'],
  },
  {
    id: 'reloge-donnee-anru-manquante',
    severity: 'erreur',
    title: 'Ménage relogé : donnée ANRU manquante',
    description:
      'Un ménage relogé (OUI) doit avoir la date du déménagement et les données du logement après relogement utilisées par la FAT démolition (pièces, statut, ZUS / QPV, localisation, type de relogement, loyer ; âge du bâti et financement dans le parc social).',
    fix: 'Renseigner la cellule.',
    columns: [...FAT_AFTER_COLUMNS],
  },
  {
    id: 'reloge-donnee-manquante',
    severity: 'avertissement',
    title: 'Ménage relogé : donnée après relogement manquante',
    description:
      "Un ménage relogé (OUI) devrait avoir sa surface, la nature du logement, la commune, l'accompagnement social ; et dans le parc social le bailleur relogeur et le réservataire.",
    fix: 'Renseigner la cellule.',
    columns: [...OTHER_AFTER_COLUMNS],
  },
  {
    id: 'non-reloge-avec-date',
    severity: 'erreur',
    title: 'Ménage non relogé avec une date de déménagement',
    description: 'Relogement = NON (encore à reloger) mais une date de déménagement est saisie.',
    fix: 'Si le nouveau bail est signé, passer Relogement à OUI ; sinon vider la date du déménagement.',
    columns: ['moveDate'],
  },
  {
    id: 'non-reloge-avec-logement-apres',
    severity: 'avertissement',
    title: 'Ménage non relogé avec un logement après relogement',
    description:
      'Relogement = NON mais le logement après relogement est décrit (pièces, statut, localisation, loyer…).',
    fix: "Si le nouveau bail est signé, passer Relogement à OUI ; s'il ne s'agit que d'une proposition, vider ces cellules jusqu'à la signature.",
    columns: ['relocation'],
  },
  {
    id: 'depart-avec-date',
    severity: 'avertissement',
    title: 'Départ spontané ou autre avec une date de déménagement',
    description:
      'Relogement = D (départ spontané) ou A (autres) mais une date de déménagement est saisie : seuls les relogés (OUI) ont une date de relogement.',
    fix: 'Si le bailleur a relogé le ménage, passer Relogement à OUI ; sinon vider la date du déménagement.',
    columns: ['moveDate'],
  },
  {
    id: 'localisation-commune',
    severity: 'erreur',
    title: 'Localisation incohérente avec la commune de relogement',
    description:
      "SIT et HSIT désignent un relogement dans la commune de l'opération ; AGGLO et HAGL, dans une autre commune (comparaison sans casse, accents ni espaces).",
    fix: "Corriger la localisation géographique ou la commune de relogement (ou la commune de l'opération dans liste_opération).",
    columns: ['location'],
  },
  {
    id: 'doublon-demande',
    severity: 'erreur',
    title: "N° d'identification et N° de demande en double",
    description:
      "Le couple (N° d'identification, N° de demande) est unique (Decision D-REQUEST) : deux lignes identiques comptent deux fois le même ménage.",
    fix: 'Supprimer la ligne en double, ou donner un N° de demande différent à chaque demande de la famille (décohabitation : 2, 3…).',
    columns: ['householdId'],
  },
  {
    id: 'demande-sans-premiere',
    severity: 'avertissement',
    title: 'Demande de décohabitation sans demande n° 1',
    description: 'La famille a une demande n° 2 ou plus mais aucune ligne avec la demande n° 1.',
    fix: "Vérifier le N° d'identification (le même pour toutes les demandes de la famille) et le N° de demande.",
    columns: ['requestNo'],
  },
  {
    id: 'decohabitation-titulaire',
    severity: 'avertissement',
    title: "Demande de décohabitation d'un titulaire de bail",
    description:
      "Une demande n° 2 ou plus vient d'une décohabitation : son statut d'occupation antérieur est en principe D (décohabitation) ou H (hébergé), pas T.",
    fix: "Vérifier le statut d'occupation antérieur (D pour un décohabitant) ou le N° de demande.",
    columns: ['priorStatus'],
  },
  {
    id: 'operation-manquante',
    severity: 'erreur',
    title: 'Opération non renseignée',
    description:
      'Chaque demande appartient à une opération physique : sans elle, le ménage manque aux traitements par opération et à la FAT.',
    fix: "Choisir l'opération dans la liste (feuille liste_opération).",
    columns: ['operation'],
  },
  {
    id: 'operation-inconnue',
    severity: 'erreur',
    title: 'Opération absente de liste_opération',
    description:
      "L'opération saisie n'est pas une opération de la feuille liste_opération (« Tout » n'est pas une opération).",
    fix: "Choisir l'opération dans la liste, ou l'ajouter à liste_opération puis « Valider la liste des opérations ».",
    columns: ['operation'],
  },
  {
    id: 'accession-financement-social',
    severity: 'avertissement',
    title: 'Accession à la propriété avec un financement locatif social',
    description:
      "Statut d'occupation AP (accession) avec un type de financement du parc locatif social (PLAI, PLUS, PLUS CD, PLA, PLS, HLMO, AS).",
    fix: "Vérifier le statut d'occupation ou le type de financement (vider le financement s'il ne s'applique pas).",
    columns: ['financing'],
  },
  {
    id: 'financement-social-hors-parc-social',
    severity: 'avertissement',
    title: 'Financement social hors du parc social',
    description:
      "Statut d'occupation LL (locatif libre) ou A (autres parcs) avec un financement du parc social (PLAI, PLUS, PLUS CD, PLA, HLMO, AS) : la FAT ne peut pas classer le relogement.",
    fix: "Vérifier le statut d'occupation (PS ?) ou le type de financement.",
    columns: ['financing'],
  },
  {
    id: 'age-bati-hors-parc-social',
    severity: 'avertissement',
    title: 'Âge du bâti social hors du parc social',
    description:
      "Les codes d'âge du bâti décrivent un logement social, mais le statut d'occupation est LL ou A : la FAT ne peut pas classer le relogement.",
    fix: "Vérifier le statut d'occupation (PS ?) ou vider l'âge du bâti.",
    columns: ['buildingAge'],
  },
  {
    id: 'tn-hors-parc-social',
    severity: 'avertissement',
    title: 'Relogement TN hors du parc social',
    description:
      "TN = attente d'un logement neuf du parc social avec engagement écrit du bailleur, mais le statut d'occupation est LL, AP ou A.",
    fix: "Vérifier le type de relogement ou le statut d'occupation.",
    columns: ['relocationType'],
  },
  {
    id: 'tn-sans-proposition',
    severity: 'avertissement',
    title: 'Relogement TN sans proposition écrite',
    description:
      "TN suppose un engagement écrit du bailleur (proposition formalisée d'un logement neuf), or le nombre de propositions est vide ou nul.",
    fix: 'Saisir le nombre de propositions écrites faites au ménage, ou vérifier le type de relogement.',
    columns: ['proposals'],
  },
  {
    id: 'taux-effort-excessif',
    severity: 'avertissement',
    title: "Taux d'effort supérieur à 100 %",
    description:
      "Le reste à charge dépasse les ressources mensuelles du ménage : ressources probablement incomplètes ou saisies à l'année.",
    fix: "Vérifier les ressources (salaires mensuels, prestations familiales : montants mensuels), le loyer et l'APL.",
    columns: ['effortRate', 'effortRateAfter'],
  },
  {
    id: 'ressources-manquantes',
    severity: 'avertissement',
    title: 'Ressources non renseignées',
    description:
      "Salaires mensuels et prestations familiales sont vides alors qu'une quittance existe : le taux d'effort sera non renseigné (NR).",
    fix: "Saisir les revenus mensuels (0 s'il n'y en a aucun, le taux d'effort restera alors NR).",
    columns: ['salaries'],
  },
  {
    id: 'loyer-manquant',
    severity: 'avertissement',
    title: 'Loyer de base manquant',
    description:
      "La provision pour charges ou l'APL est saisie sans loyer de base : la quittance et le taux d'effort avant relogement seront non renseignés (NR).",
    fix: 'Saisir le loyer de base mensuel.',
    columns: ['rent'],
  },
] as const satisfies readonly RuleDef[];
