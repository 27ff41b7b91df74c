/**
 * Checking derived columns without loading every formula (a row of formulas weighs ~9 KB): the
 * values Excel computed are compared with the same definitions evaluated in TypeScript; only cells
 * that disagree (typed values, other formulas, missing formulas) have their formula loaded (pure).
 */
import { column, type CellValue } from '../../domain/catalogue';
import { evaluateRow } from '../../domain/derived';
import { isFormula, normaliseFormula } from '../util/formulas';
import { isBlank, valueAt, type Grid } from '../workbook/grid';
import type { HeaderMap } from '../workbook/headers';
import { expectedFormula } from './householdCommon';

function same(a: CellValue, b: string | number | null): boolean {
  if (b === null) return isBlank(a);
  if (typeof b === 'number') return typeof a === 'number' && Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b));
  return a === b;
}

/** Derived cells whose computed value is not what the catalogue's formula gives: sheet column → sheet rows. */
export function suspectCells(
  values: Grid, firstRow: number, rows: number, firstCol: number, map: HeaderMap, smic: number | null,
): Map<number, number[]> {
  const out = new Map<number, number[]>();
  const derived = [...map.byKey].filter(([key]) => column(key).kind === 'derived');
  for (let r = firstRow; r < firstRow + rows; r++) {
    const get = (key: string): CellValue | undefined => {
      const idx = map.byKey.get(key);
      return idx === undefined ? undefined : valueAt(values, r, firstCol + idx);
    };
    const expected = evaluateRow(get, { smic });
    for (const [key, idx] of derived) {
      const col = firstCol + idx;
      if (same(valueAt(values, r, col), expected[key] ?? null)) continue;
      const list = out.get(col) ?? [];
      list.push(r);
      out.set(col, list);
    }
  }
  return out;
}

export interface DerivedVerdict {
  /** Typed (non-formula) values, by sheet row. */
  readonly typed: ReadonlyMap<number, CellValue>;
  /** The column must get its formula again (some cell is not the catalogue's formula). */
  readonly mismatch: boolean;
}

/**
 * Verdict on one derived column from its first body cell's formula and the formulas of its suspect
 * cells (a suspect cell holding the expected formula is only a rounding disagreement).
 */
export function derivedVerdict(
  key: string, firstRow: number, firstFormula: CellValue, suspects: ReadonlyMap<number, CellValue>,
): DerivedVerdict {
  const want = normaliseFormula(expectedFormula(key));
  let mismatch = !isFormula(firstFormula) || normaliseFormula(firstFormula) !== want;
  const typed = new Map<number, CellValue>();
  for (const [row, f] of suspects) {
    if (isFormula(f)) {
      if (normaliseFormula(f) !== want) mismatch = true;
      continue;
    }
    mismatch = true;
    if (!isBlank(f)) typed.set(row, f);
  }
  if (!isFormula(firstFormula) && !isBlank(firstFormula)) typed.set(firstRow, firstFormula);
  return { typed, mismatch };
}
