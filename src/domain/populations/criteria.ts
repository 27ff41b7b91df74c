/**
 * Manual criteria (reference §5 "Manuel", GUIDE-NOTES T5): a criterion names a column (catalogue key
 * or user field key), an operator fitting the column, and a value. Several criteria combine with AND.
 *
 * Decisions:
 * - A non-renseigné (blank) value satisfies no comparison, 'n_est_pas' and 'n_est_pas_parmi' included:
 *   "est X", "n'est pas X" and "non renseigné" split the households in three, with no overlap (and so do
 *   "est parmi", "n'est pas parmi" and "non renseigné").
 * - Code columns (catalogue lists, derived bands, user fields of type liste) take the code operators;
 *   numbers and amounts the comparisons; dates the comparisons read as before / after; text 'contient'.
 * - Rates (taux d'effort) are compared in % as users read them: `{ op: '>', value: 30 }` means > 30 %.
 *   Points, euros, m² and ages are compared as stored; dates as Excel serial numbers.
 * - 'entre' includes both bounds; 'contient' ignores case and accents.
 * - A user column typed by hand (`guessed`, no definition in RIME_champs) has no declared type: the pane
 *   guesses it from the first household's cell, a treatment from every cell, and they may disagree. Such
 *   a column accepts the text and the number operators whatever its guessed kind (never the code ones):
 *   'contient' reads the value as Excel shows it (12 → « 12 », 12.5 → « 12,5 », a date → jj/mm/aaaa);
 *   comparisons read a number, or a text that is a plain number (« 12 », « 12,5 »), so « = 12 » finds
 *   the number 12 in a column guessed as text; any other text satisfies no comparison.
 */
import type { CustomFieldDef } from '../catalogue/types';
import { formatDate } from '../dates';
import type { Household } from '../household/types';
import { fieldFor, fieldKind, type CriterionColumn, type Field, type FieldKind } from './fields';

export const CODE_OPERATORS = ['est', 'parmi', 'n_est_pas', 'n_est_pas_parmi'] as const;
export const COMPARISON_OPERATORS = ['=', '≠', '<', '≤', '>', '≥'] as const;
export const NUMBER_OPERATORS = [...COMPARISON_OPERATORS, 'entre'] as const;
export const TEXT_OPERATORS = ['contient'] as const;
export const PRESENCE_OPERATORS = ['renseigne', 'non_renseigne'] as const;
export const OPERATORS = [
  ...CODE_OPERATORS,
  ...NUMBER_OPERATORS,
  ...TEXT_OPERATORS,
  ...PRESENCE_OPERATORS,
] as const;

export type ComparisonOperator = (typeof COMPARISON_OPERATORS)[number];
export type Operator = (typeof OPERATORS)[number];

export type Criterion =
  | { readonly key: string; readonly op: 'est' | 'n_est_pas'; readonly value: string }
  | { readonly key: string; readonly op: 'parmi' | 'n_est_pas_parmi'; readonly value: readonly string[] }
  | { readonly key: string; readonly op: ComparisonOperator; readonly value: number }
  | { readonly key: string; readonly op: 'entre'; readonly value: readonly [number, number] }
  | { readonly key: string; readonly op: 'contient'; readonly value: string }
  | { readonly key: string; readonly op: 'renseigne' | 'non_renseigne' };

const BY_KIND: Readonly<Record<FieldKind, readonly Operator[]>> = {
  code: [...CODE_OPERATORS, ...PRESENCE_OPERATORS],
  number: [...NUMBER_OPERATORS, ...PRESENCE_OPERATORS],
  date: [...NUMBER_OPERATORS, ...PRESENCE_OPERATORS],
  text: [...TEXT_OPERATORS, ...PRESENCE_OPERATORS],
};

/** The operators offered for a column, in the order the criteria builder lists them. */
export function operatorsFor(column: CriterionColumn): readonly Operator[] {
  return BY_KIND[fieldKind(column)];
}

export function operatorsForKind(kind: FieldKind): readonly Operator[] {
  return BY_KIND[kind];
}

const GUESSED: readonly Operator[] = [...NUMBER_OPERATORS, ...TEXT_OPERATORS, ...PRESENCE_OPERATORS];

/** The operators a criterion on the field may use: its kind's, or text and numbers for a column typed by hand. */
export function acceptedOperators(field: Pick<Field, 'kind' | 'guessed'>): readonly Operator[] {
  return field.guessed ? GUESSED : BY_KIND[field.kind];
}

/** The number a comparison reads: a number, or (column typed by hand) a text that is a plain number. */
function numberRead(x: string | number | null, guessed: boolean | undefined): number | null {
  if (typeof x === 'number') return x;
  if (!guessed || x === null || !/^-?\d+([.,]\d+)?$/.test(x.trim())) return null;
  return Number(x.trim().replace(',', '.'));
}

/** The text 'contient' searches: a number or a date as a French Excel shows it. */
function shownText(x: string | number, kind: FieldKind): string {
  if (typeof x === 'string') return x;
  return kind === 'date' ? formatDate(x) : String(x).replace('.', ',');
}

/** Text compared without case or accents, spaces collapsed. */
export function foldText(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

function compare(op: ComparisonOperator, x: number, y: number): boolean {
  switch (op) {
    case '=':
      return x === y;
    case '≠':
      return x !== y;
    case '<':
      return x < y;
    case '≤':
      return x <= y;
    case '>':
      return x > y;
    default:
      return x >= y;
  }
}

/** The test of one criterion on an already resolved field. */
export function criterionTest(c: Criterion, field: Field): (h: Household) => boolean {
  if (!acceptedOperators(field).includes(c.op)) {
    throw new Error(`L'opérateur « ${c.op} » ne s'applique pas à la colonne « ${field.label} ».`);
  }
  return (h) => {
    const x = field.read(h);
    switch (c.op) {
      case 'renseigne':
        return x !== null;
      case 'non_renseigne':
        return x === null;
      case 'est':
        return x !== null && String(x) === c.value;
      case 'n_est_pas':
        return x !== null && String(x) !== c.value;
      case 'parmi':
        return x !== null && c.value.includes(String(x));
      case 'n_est_pas_parmi':
        return x !== null && !c.value.includes(String(x));
      case 'contient':
        return x !== null && foldText(shownText(x, field.kind)).includes(foldText(c.value));
      case 'entre': {
        const n = numberRead(x, field.guessed);
        return n !== null && n >= c.value[0] && n <= c.value[1];
      }
      default: {
        const n = numberRead(x, field.guessed);
        return n !== null && compare(c.op, n, c.value);
      }
    }
  };
}

/**
 * The predicate of a set of criteria (AND). No criterion = every household. Throws (French message)
 * on a key that names no column or an operator that does not fit the column: validate saved criteria
 * with `parseCriteriaSet` first.
 */
export function criteriaPredicate(
  criteria: readonly Criterion[],
  customFields: readonly CustomFieldDef[] = [],
): (h: Household) => boolean {
  const tests = criteria.map((c) => {
    const field = fieldFor(c.key, customFields);
    if (!field) throw new Error(`Colonne inconnue dans un critère : « ${c.key} ».`);
    return criterionTest(c, field);
  });
  return (h) => tests.every((t) => t(h));
}
