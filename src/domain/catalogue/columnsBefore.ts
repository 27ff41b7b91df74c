/** Household columns, first part: identification, logement initial, le ménage (reference §3.1–3.3). */
import { col, FORMATS } from './columnFactory';

export const GENERAL_COLUMNS = [
  col('householdId', "N° d'identification du ménage", 'general', 'integer', {
    required: true, min: 1, identifying: true, width: 80,
    help: 'Saisir un numéro qui restera le même jusqu\'à la fin de l\'opération – un numéro par famille.',
    decisions: ['D-REQUEST'],
    aliases: ["N° d'identification", 'N° identification du ménage', 'N°', 'Numéro du ménage'],
  }),
  col('requestNo', 'N° de demande', 'general', 'integer', {
    min: 1, identifying: true, width: 60,
    help: 'Distingue les demandes de relogement d\'une même famille (décohabitation) : 1 pour la première, 2 pour la suivante… Vide = 1.',
    decisions: ['D-REQUEST'],
  }),
  col('lastName', 'Nom du chef de ménage', 'general', 'text', {
    personal: true, identifying: true, help: 'Donnée personnelle (RGPD) : jamais transmise aux partenaires.',
    aliases: ['Nom'],
  }),
  col('firstName', 'Prénom du chef de ménage', 'general', 'text', {
    personal: true, identifying: true, width: 100, help: 'Donnée personnelle (RGPD) : jamais transmise aux partenaires.',
    aliases: ['Prénom'],
  }),
  col('operation', 'Opération', 'general', 'code', {
    anru: true, required: true, width: 140, decisions: ['D-STAR'],
    help: 'Choisir l\'opération physique dans la liste (feuille liste_opération).',
    aliases: ["Nom de l'opération"],
  }),
  col('address', 'Adresse actuelle du ménage à reloger', 'general', 'text', {
    personal: true, identifying: true, width: 180,
    help: 'Toujours la même orthographe et le même format. Donnée personnelle (RGPD).',
    aliases: ['Adresse actuelle', 'Adresse'],
  }),
] as const;

export const INITIAL_COLUMNS = [
  col('rooms', 'Nombre de pièces', 'initial', 'code', {
    codeList: 'rooms', anru: true, width: 70,
    help: 'Menu déroulant : 1 = T1 ou T1bis … 6 = T6 ou plus.',
    aliases: ['Nombre de pièces avant', 'Typologie'],
  }),
  col('surface', 'Surface habitable ou surface corrigée en m²', 'initial', 'number', {
    min: 0, numberFormat: FORMATS.surface, unit: 'm²',
    help: 'Préciser le type de surface (habitable ou corrigée) et garder le même avant et après relogement.',
    aliases: ['Surface habitable ou corrigée (m²)', 'Surface habitable ou corrigée en m²', 'Surface'],
  }),
  col('rent', 'Loyer de base mensuel', 'initial', 'amount', {
    anru: true, min: 0, unit: '€', decisions: ['D-AMOUNTS'],
    help: 'Y compris loyer du garage (le préciser dans les commentaires).',
    aliases: ['Loyer de base mensuel (y compris garage)', 'Loyer de base'],
  }),
  col('charges', 'Provision pour charges', 'initial', 'amount', {
    anru: true, min: 0, unit: '€', decisions: ['D-AMOUNTS', 'P-OPTIONAL-TERMS'],
    help: 'Intégrer les charges individualisées (chauffage) pour un taux d\'effort comparable avant/après.',
    aliases: ['Provision charges'],
  }),
  col('chargesType', 'Nature des charges', 'initial', 'code', {
    codeList: 'charges', width: 70,
    help: 'I = charges individuelles, C = charges collectives (mixtes : le préciser dans les commentaires).',
  }),
  col('quittance', 'Quittance mensuelle', 'initial', 'derived', {
    result: 'amount', anru: true, numberFormat: FORMATS.amount, unit: '€', decisions: ['D-QUITTANCE', 'D-BLANK'],
    help: 'Formule : loyer de base mensuel + provision pour charges.',
  }),
  col('apl', 'APL', 'initial', 'amount', {
    anru: true, min: 0, unit: '€', decisions: ['P-OPTIONAL-TERMS'], help: 'Aide personnalisée au logement (montant mensuel).',
  }),
  col('residualRent', 'Quittance résiduelle', 'initial', 'derived', {
    result: 'amount', anru: true, numberFormat: FORMATS.amount, unit: '€', decisions: ['P-OPTIONAL-TERMS', 'D-BLANK'],
    help: 'Formule : quittance mensuelle − APL (reste à charge).',
    aliases: ['Quittance résiduelle (reste à charge)', 'Reste à charge'],
  }),
  col('effortRate', "Taux d'effort (en %)", 'initial', 'derived', {
    result: 'percent', anru: true, numberFormat: FORMATS.percent, unit: '%', decisions: ['D-SALARIES', 'D-BLANK', 'P-ROUNDING'],
    help: 'Formule : quittance résiduelle ÷ ressources du ménage (salaires mensuels + prestations familiales).',
    aliases: ["Taux d'effort (%)", "Taux d'effort"],
  }),
] as const;

export const HOUSEHOLD_COLUMNS_PART = [
  col('priorStatus', "Statut d'occupation antérieur", 'household', 'code', {
    codeList: 'priorStatus', anru: true, width: 80, decisions: ['D-STAR'],
    help: 'T = titulaire de bail, D = décohabitation, H = hébergé.',
  }),
  col('densityBefore', "Estimation de la densité d'occupation avant", 'household', 'derived', {
    result: 'label', width: 110, decisions: ['D-DENSITY', 'D-BLANK', 'P-ROUNDING'],
    help: "Formule : compare le nombre d'occupants et le nombre de pièces (Équilibre, Sur-occupation, Sous-occupation).",
    aliases: ["Estimation de la densité d'occupation"],
  }),
  col('occupants', "Nombre d'occupants", 'household', 'integer', {
    min: 1, width: 70, help: 'Occupants permanents du logement. Un test de cohérence vérifie la saisie.',
  }),
  col('familyStructure', 'Structure familiale', 'household', 'code', {
    codeList: 'family', width: 80,
    help: 'I = personne seule, C = couple sans enfant, M = monoparentale, CE = couple avec enfant(s) ; avec hébergés : IH, CH, MH, CEH.',
  }),
  col('children', "Nombre d'enfants", 'household', 'integer', { min: 0, width: 70, help: 'Saisir le nombre.' }),
  col('adultChildren', 'Dont enfants majeurs', 'household', 'integer', {
    min: 0, width: 70, help: "Parmi les enfants ; ne peut dépasser le nombre d'enfants.",
  }),
  col('hosted', "Nombre d'hébergés", 'household', 'integer', { min: 0, width: 70, help: 'Saisir le nombre.' }),
  col('rni', 'Revenu(s) net imposable (RNI)', 'household', 'amount', {
    min: 0, unit: '€/an', numberFormat: FORMATS.amountYear, help: 'Revenu net imposable annuel du ménage.',
    aliases: ['Revenu net imposable (RNI)', 'Revenus net imposable (RNI)', 'RNI'],
  }),
  col('salaries', 'Salaires mensuels', 'household', 'amount', {
    anru: true, min: 0, unit: '€', decisions: ['D-SALARIES', 'D-AMOUNTS'],
    help: 'Revenus mensuels hors prestations familiales : salaires, pensions, minima sociaux (RSA…).',
  }),
  col('familyBenefits', 'Prestations familiales', 'household', 'amount', {
    anru: true, min: 0, unit: '€', decisions: ['D-AMOUNTS'], help: 'Montant mensuel des prestations familiales.',
  }),
  col('resources', 'Ressources du ménage', 'household', 'derived', {
    result: 'amount', anru: true, numberFormat: FORMATS.amount, unit: '€', decisions: ['D-SALARIES', 'P-OPTIONAL-TERMS', 'D-BLANK'],
    help: 'Formule : salaires mensuels + prestations familiales (par mois).',
    aliases: ['Ressources mensuelles'],
  }),
  col('resourcesSmic', 'Ressources en SMIC', 'household', 'derived', {
    result: 'number', numberFormat: FORMATS.number, unit: 'SMIC', decisions: ['D-SMIC', 'P-SMIC-YEAR', 'D-BLANK'],
    help: 'Formule : ressources du ménage ÷ SMIC net mensuel de l\'année de référence (feuille Paramètres).',
  }),
  col('jobStatus', 'Situation professionnelle du chef de ménage', 'household', 'code', {
    codeList: 'job', width: 80,
    help: 'ES = emploi stable, EP = emploi précaire, RE = recherche d\'emploi, RET = retraite, A = autres.',
  }),
  col('resourceType', 'Nature des ressources du ménage', 'household', 'code', {
    codeList: 'resourceType', width: 80, decisions: ['D-RMI'],
    help: 'S = salaires, R = RMI (aujourd\'hui RSA), P = prestations familiales, et leurs combinaisons.',
    aliases: ['Nature des ressources'],
  }),
  col('ceilings', 'Plafonds des ressources du ménage', 'household', 'code', {
    codeList: 'ceilings', anru: true, width: 80, decisions: ['D-STAR'],
    help: '1 = < 60 % des plafonds PLUS, 2 = entre 60 et 100 %, 3 = > 100 %.',
    aliases: ['Plafonds des ressources du ménage [PLUS]', 'Plafonds des ressources', 'Plafonds PLUS'],
  }),
  col('seniority', 'Ancienneté dans le logement', 'household', 'code', {
    codeList: 'seniority', width: 80, help: '1 = moins d\'un an, 2 = 1-5 ans, 3 = 5-10 ans, 4 = 10-15 ans, 5 = plus de 15 ans.',
  }),
  col('age', 'Âge du chef de ménage', 'household', 'integer', {
    min: 16, max: 110, width: 70, help: 'Saisir l\'âge en années.', aliases: ['Age du chef de ménage'],
  }),
  col('ageBand', 'Âge du chef de ménage par tranches', 'household', 'derived', {
    result: 'label', width: 100, decisions: ['D-BLANK'],
    help: 'Formule : moins de 30 ans, 30-39, 40-49, 50-59, 60-74, 75 ans et plus.',
    aliases: ['Age du chef de ménage par tranches'],
  }),
] as const;
