/**
 * Writes household rows into a HyperFormula workbook — one column per catalogue column, in catalogue
 * order, the derived columns holding the generated formulas — and reads back the computed values.
 * Two forms of the same formulas: A1 references (`C5`, SMIC in `$BU$1`), and the structured references
 * written in the workbook (`Tableau_menages[[#This Row],[…]]`, SMIC as the defined name RIME_SMIC)
 * translated back to A1 by `structuredToA1`.
 */
import { DetailedCellError, HyperFormula } from 'hyperformula';
import type { RawCellContent, SerializedNamedExpression } from 'hyperformula';
import { HOUSEHOLD_COLUMNS, HOUSEHOLD_TABLE, headerOf } from '../../../src/domain/catalogue';
import type { CellValue } from '../../../src/domain/catalogue';
import {
  DERIVED,
  PARAM_NAMES,
  structuredFormulaRefs,
  structuredToA1,
  toExcelFormula,
  type DerivedDef,
} from '../../../src/domain/derived';
import type { Row } from './agreementRows';

export function columnLetter(index: number): string {
  let n = index + 1;
  let s = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

export const LETTER: Readonly<Record<string, string>> = Object.fromEntries(
  HOUSEHOLD_COLUMNS.map((c, i) => [c.key, columnLetter(i)]),
);
/** The SMIC parameter cell: first row, just right of the table. */
export const PARAM_CELL = `$${columnLetter(HOUSEHOLD_COLUMNS.length)}$1`;
const HEADER_LETTER: Readonly<Record<string, string>> = Object.fromEntries(
  HOUSEHOLD_COLUMNS.map((c, i) => [headerOf(c), columnLetter(i)]),
);
const DEFS = DERIVED as unknown as Readonly<Record<string, DerivedDef>>;

export type Form = 'a1' | 'structured';

/** The formula of a derived column on worksheet row `row` (1-based), in either form. */
export function formulaAt(key: string, row: number, form: Form): string {
  const def = DEFS[key];
  if (form === 'a1') {
    return toExcelFormula(def, { ref: (k) => `${LETTER[k]}${row}`, param: () => PARAM_CELL });
  }
  const structured = toExcelFormula(def, structuredFormulaRefs(HOUSEHOLD_TABLE, (k) => headerOf(HOUSEHOLD_COLUMNS.find((c) => c.key === k)!)));
  return structuredToA1(structured, HOUSEHOLD_TABLE, HEADER_LETTER, row);
}

/** A typed value as Office.js would hold it, written so HyperFormula keeps it as typed ('' = blank). */
function cell(v: CellValue | undefined): RawCellContent {
  if (v === undefined || v === '') return null;
  if (typeof v === 'string') return `'${v}`; // text stays text: '12,5', '03/02/2024' are not parsed
  return v;
}

export interface Scenario {
  readonly sheet: string;
  /** What the Paramètres cell holds. */
  readonly cell: CellValue;
  /** What the add-in passes to evaluateRow for it (a non-number SMIC is null). */
  readonly ts: number | null;
}

export interface SheetResult {
  readonly scenario: Scenario;
  readonly rows: readonly Row[];
  /** Computed values of the derived columns, per row, keyed by column key (raw HyperFormula values). */
  readonly values: ReadonlyArray<Readonly<Record<string, unknown>>>;
}

/** Builds one workbook with one sheet per scenario and returns every derived value. */
export function computeInHyperFormula(
  sheets: ReadonlyArray<{ scenario: Scenario; rows: readonly Row[] }>,
  form: Form,
): SheetResult[] {
  const data: Record<string, RawCellContent[][]> = {};
  for (const { scenario, rows } of sheets) {
    const header: RawCellContent[] = HOUSEHOLD_COLUMNS.map((c) => `'${headerOf(c)}`);
    header.push(cell(scenario.cell));
    data[scenario.sheet] = [
      header,
      ...rows.map((row, i) =>
        HOUSEHOLD_COLUMNS.map((c) => (c.kind === 'derived' ? formulaAt(c.key, i + 2, form) : cell(row[c.key]))),
      ),
    ];
  }
  const names: SerializedNamedExpression[] = sheets.map(({ scenario }, i) => ({
    name: PARAM_NAMES.smic,
    expression: `='${scenario.sheet}'!${PARAM_CELL}`,
    scope: i,
  }));
  const hf = HyperFormula.buildFromSheets(data, { licenseKey: 'gpl-v3' }, names);
  try {
    return sheets.map(({ scenario, rows }) => {
      const id = hf.getSheetId(scenario.sheet)!;
      const all = hf.getSheetValues(id);
      const values = rows.map((_, i) =>
        Object.fromEntries(
          HOUSEHOLD_COLUMNS.filter((c) => c.kind === 'derived').map((c) => [c.key, all[i + 1]?.[HOUSEHOLD_COLUMNS.indexOf(c)]]),
        ),
      );
      return { scenario, rows, values };
    });
  } finally {
    hf.destroy();
  }
}

export const isError = (v: unknown): v is DetailedCellError => v instanceof DetailedCellError;

/** HyperFormula's value as the add-in reads it: '' (the formulas' blank) and empty are null. */
export function normalise(v: unknown): unknown {
  if (v === '' || v === null || v === undefined) return null;
  return v;
}
