/** The typed household: one row of the household table, as the treatments, rules and exports see it. */
import type { ColumnKey, HouseholdColumn } from '../catalogue/columns';
import type { CellValue } from '../catalogue/types';

type ValueFor<C> = C extends { kind: 'code' | 'text' }
  ? string
  : C extends { kind: 'derived'; result: 'label' }
    ? string
    : number;

/**
 * Values keyed by column. null = blank or unusable (non renseigné). Codes are canonical strings
 * ('3' for a T3, 'CE'), dates are Excel serial numbers, derived values are computed by the same
 * definitions as the workbook's formulas.
 */
export type HouseholdValues = { [C in HouseholdColumn as C['key']]: ValueFor<C> | null };

export type CustomValue = string | number | null;

export interface Household {
  /** Row number in the worksheet (1-based, as Excel shows it). */
  readonly row: number;
  readonly values: HouseholdValues;
  /** User columns, keyed by CustomFieldDef.key. */
  readonly custom: Readonly<Record<string, CustomValue>>;
}

export type ProblemKind =
  | 'numberAsText'
  | 'notANumber'
  | 'notAnInteger'
  | 'dateAsText'
  | 'notADate'
  | 'codeAsText'
  | 'unknownCode'
  | 'spacesOnly';

/** A cell whose content cannot be used as its column asks; message says what is wrong and the fix. */
export interface CellProblem {
  readonly key: ColumnKey | string;
  readonly kind: ProblemKind;
  readonly raw: CellValue;
  /** The value the user probably meant, when one can be read (e.g. 12.5 for the text "12,5"). */
  readonly suggestion?: string | number;
  /** French: what is wrong and how to fix it (the row and column are added by whoever shows it). */
  readonly message: string;
}

export type RawRow = Readonly<Record<string, CellValue | null | undefined>>;

export function valueOf(h: Household, key: ColumnKey): string | number | null {
  return h.values[key];
}
