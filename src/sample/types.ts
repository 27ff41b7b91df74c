/** Shapes of the synthetic sample: raw rows as Office.js returns them, keyed by catalogue column key. */
import type { InputKey } from '../domain/catalogue/columns';
import type { OperationColumn } from '../domain/catalogue/operations';
import type { CellValue } from '../domain/catalogue/types';
import type { InjectableError } from './errors';

/**
 * One row of the household table, input columns only (derived columns are workbook formulas).
 * Blank = '', numbers are numbers, dates are Excel serial numbers, numeric codes (pièces, plafonds,
 * ancienneté) are numbers, text codes are strings.
 */
export type RawHouseholdRow = { [K in InputKey]: CellValue };

/** Input columns of liste_opération (the computed relocatedCount / lastRelocation are left out). */
export type OperationInputKey = Exclude<OperationColumn, { kind: 'derived' }>['key'];

/** One row of liste_opération (the consolidated "Tout" row is the workbook's, not generated). */
export type RawOperation = { [K in OperationInputKey]: CellValue };

export interface InjectedError {
  /** 0-based index in `rows`. */
  readonly rowIndex: number;
  /** The row's N° d'identification after injection (for duplicateRequest: the copied number). */
  readonly householdId: number;
  readonly requestNo: number;
  readonly kind: InjectableError;
  /** The column whose value was made incoherent. */
  readonly columnKey: InputKey;
  /**
   * duplicateRequest only: index of the untouched, earlier row that has the same (N°, N° de demande).
   * A duplicate check may report both rows: it is still one incoherence.
   */
  readonly duplicateOf?: number;
}

export interface SampleOptions {
  /** Number of household rows (relocation requests, décohabitations included). */
  readonly households: number;
  /** Number of operations of liste_opération (default 4). */
  readonly operations?: number;
  /** Number of coherence errors to inject, each in a distinct household (default 0). */
  readonly errors?: number;
  /** Seed of the generator (default 1): same options, same output. */
  readonly seed?: number;
  /** "Today" as an Excel serial number (default: the current date). Output depends on it. */
  readonly today?: number;
}

export interface Sample {
  readonly operations: RawOperation[];
  readonly rows: RawHouseholdRow[];
  readonly injected: InjectedError[];
}
