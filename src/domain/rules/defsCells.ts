/**
 * Rules on single cells: what parseRow could not read (type problems) and impossible values
 * (reference §4, Decision P-TEXT-IN-NUMBER). All are errors: the cell is not counted as typed.
 */
import { HOUSEHOLD_COLUMNS } from '../catalogue/columns';
import type { ColumnKind } from '../catalogue/types';
import type { RuleDef } from './types';

const ofKinds = (...kinds: ColumnKind[]): string[] =>
  HOUSEHOLD_COLUMNS.filter((c) => kinds.includes(c.kind)).map((c) => c.key);

const CODE_COLUMNS = ofKinds('code').filter((k) => k !== 'operation');
const NUMBER_COLUMNS = ofKinds('integer', 'amount', 'number');
const DATE_COLUMNS = ofKinds('date');
export const AMOUNT_COLUMNS = ofKinds('amount');
export const COUNT_COLUMNS = ['children', 'adultChildren', 'hosted', 'proposals'] as const;

export const CELL_RULES = [
  {
    id: 'code-hors-liste',
    severity: 'erreur',
    title: 'Code hors de la liste',
    description:
      "La cellule contient une valeur qui n'est pas un code de la liste déroulante (valeur collée ou importée).",
    fix: 'Choisir un code dans la liste déroulante de la colonne.',
    columns: CODE_COLUMNS,
  },
  {
    id: 'code-en-texte',
    severity: 'erreur',
    title: 'Code numérique saisi comme du texte',
    description:
      'Un code numérique (nombre de pièces, plafonds, ancienneté) est saisi comme du texte : les formules et les tris ne le reconnaissent pas.',
    fix: 'Choisir le code dans la liste déroulante.',
    columns: CODE_COLUMNS,
  },
  {
    id: 'nombre-en-texte',
    severity: 'erreur',
    title: 'Nombre saisi comme du texte',
    description:
      'Un nombre est saisi comme du texte (« 12,5 ») : Excel ne le calcule pas et les statistiques le comptent non renseigné.',
    fix: 'Ressaisir le nombre proposé (cellule au format nombre).',
    columns: NUMBER_COLUMNS,
  },
  {
    id: 'pas-un-nombre',
    severity: 'erreur',
    title: "Texte à la place d'un nombre",
    description: "La cellule d'une colonne de nombres contient un texte qui ne se lit pas comme un nombre.",
    fix: 'Saisir un nombre (chiffres, virgule décimale) ou vider la cellule.',
    columns: NUMBER_COLUMNS,
  },
  {
    id: 'nombre-non-entier',
    severity: 'erreur',
    title: 'Nombre non entier',
    description: "Un nombre de personnes, d'enfants, de propositions, un âge ou un numéro doit être entier.",
    fix: 'Saisir un nombre entier.',
    columns: ofKinds('integer'),
  },
  {
    id: 'date-en-texte',
    severity: 'erreur',
    title: 'Date saisie comme du texte',
    description:
      'Une date est saisie comme du texte (« 03/02/2024 ») : Excel ne la trie pas et ne la calcule pas.',
    fix: "Ressaisir la date proposée (jj/mm/aaaa) pour qu'Excel la reconnaisse.",
    columns: DATE_COLUMNS,
  },
  {
    id: 'pas-une-date',
    severity: 'erreur',
    title: "Valeur qui n'est pas une date",
    description: "La cellule d'une colonne de dates contient une valeur qui ne se lit pas comme une date.",
    fix: 'Saisir une date jj/mm/aaaa ou vider la cellule.',
    columns: DATE_COLUMNS,
  },
  {
    id: 'espaces-seuls',
    severity: 'erreur',
    title: 'Cellule ne contenant que des espaces',
    description:
      'La cellule paraît vide mais contient des espaces : Excel la lit comme du texte (formules vides, catégorie fantôme dans les tableaux croisés).',
    fix: 'Vider la cellule (touche Suppr).',
    columns: [...CODE_COLUMNS, ...NUMBER_COLUMNS, ...DATE_COLUMNS],
  },
  {
    id: 'montant-negatif',
    severity: 'erreur',
    title: 'Montant négatif',
    description: 'Un loyer, une provision pour charges, une APL ou un revenu ne peut pas être négatif.',
    fix: 'Saisir le montant positif (ou 0).',
    columns: AMOUNT_COLUMNS,
  },
  {
    id: 'surface-non-positive',
    severity: 'erreur',
    title: 'Surface nulle ou négative',
    description: 'La surface habitable ou corrigée doit être supérieure à 0 m².',
    fix: 'Saisir la surface en m² ou vider la cellule.',
    columns: ['surface', 'surfaceAfter'],
  },
  {
    id: 'age-hors-bornes',
    severity: 'erreur',
    title: 'Âge hors de 16 à 110 ans',
    description: "L'âge du chef de ménage doit être compris entre 16 et 110 ans.",
    fix: "Saisir l'âge en années (et non l'année de naissance).",
    columns: ['age'],
  },
  {
    id: 'occupants-inferieur-a-1',
    severity: 'erreur',
    title: "Nombre d'occupants inférieur à 1",
    description: 'Un ménage compte au moins un occupant permanent (le chef de ménage).',
    fix: "Saisir le nombre d'occupants permanents (1 ou plus).",
    columns: ['occupants'],
  },
  {
    id: 'nombre-negatif',
    severity: 'erreur',
    title: 'Nombre négatif',
    description:
      "Un nombre d'enfants, d'enfants majeurs, d'hébergés ou de propositions ne peut pas être négatif.",
    fix: 'Saisir 0 ou un nombre positif.',
    columns: [...COUNT_COLUMNS],
  },
  {
    id: 'numero-invalide',
    severity: 'erreur',
    title: 'Numéro inférieur à 1',
    description: "Le N° d'identification du ménage et le N° de demande commencent à 1.",
    fix: 'Saisir un numéro entier à partir de 1 (N° de demande : 1 pour la première demande de la famille).',
    columns: ['householdId', 'requestNo'],
  },
  {
    id: 'identifiant-manquant',
    severity: 'erreur',
    title: "N° d'identification manquant",
    description:
      "Chaque ligne porte le N° d'identification de la famille : sans lui, la demande ne peut être suivie ni dédoublonnée.",
    fix: "Saisir le N° d'identification de la famille (le même pour toutes ses demandes).",
    columns: ['householdId'],
  },
  {
    id: 'date-demenagement-future',
    severity: 'erreur',
    title: 'Date du déménagement dans le futur',
    description:
      "La date du déménagement est postérieure à aujourd'hui : le ménage ne peut pas encore être compté comme relogé à cette date.",
    fix: 'Corriger la date (jour/mois inversés ? année ?) ; si le déménagement est seulement prévu, laisser Relogement à NON et vider la date.',
    columns: ['moveDate'],
  },
  {
    id: 'date-demenagement-avant-debut',
    severity: 'erreur',
    title: "Date du déménagement avant le début de l'opération",
    description: "Un relogement compte pour l'opération à partir de sa date de début (définition ANRU).",
    fix: "Corriger la date du déménagement, l'opération du ménage, ou la date de début dans liste_opération.",
    columns: ['moveDate'],
  },
  {
    id: 'date-demenagement-apres-fin',
    severity: 'avertissement',
    title: "Date du déménagement après la fin de l'opération",
    description:
      "Le déménagement est postérieur à la date de fin de l'opération indiquée dans liste_opération.",
    fix: "Vérifier la date du déménagement ou la date de fin de l'opération.",
    columns: ['moveDate'],
  },
] as const satisfies readonly RuleDef[];
