/** A loaded block of a sheet (its used range), in sheet coordinates (0-based), and searches in it (pure). */
import type { CellValue } from '../../domain/catalogue';
import { countMatches, headerText, type HeaderMatcher } from './headers';

export interface Grid {
  readonly row: number;
  readonly col: number;
  /** What `formulas` returned: constants as values, formulas as `=…` text. */
  readonly formulas: readonly (readonly CellValue[])[];
  /** What `values` returned (computed results); absent when only formulas were loaded. */
  readonly values?: readonly (readonly CellValue[])[];
}

export const emptyGrid = (row = 0, col = 0): Grid => ({ row, col, formulas: [], values: [] });

export function gridRows(g: Grid): number {
  return g.formulas.length;
}

export function gridCols(g: Grid): number {
  return g.formulas[0]?.length ?? 0;
}

export function isBlank(v: unknown): boolean {
  return v === '' || v === null || v === undefined;
}

/** Formula (or constant) at a sheet position; '' outside the grid. */
export function formulaAt(g: Grid, row: number, col: number): CellValue {
  return g.formulas[row - g.row]?.[col - g.col] ?? '';
}

/** Computed value at a sheet position ('' outside); the formula text when values were not loaded. */
export function valueAt(g: Grid, row: number, col: number): CellValue {
  if (g.values) return g.values[row - g.row]?.[col - g.col] ?? '';
  return formulaAt(g, row, col);
}

export function lastRow(g: Grid): number {
  return g.row + gridRows(g) - 1;
}

export function lastCol(g: Grid): number {
  return g.col + gridCols(g) - 1;
}

/** True when every cell of the block is blank. */
export function blockIsBlank(g: Grid, row: number, col: number, rows: number, cols: number): boolean {
  for (let r = row; r < row + rows; r++) {
    for (let c = col; c < col + cols; c++) if (!isBlank(formulaAt(g, r, c))) return false;
  }
  return true;
}

export interface HeaderRegion {
  /** Sheet row of the headers. */
  readonly headerRow: number;
  readonly firstCol: number;
  readonly cols: number;
  /** Data rows below the headers, up to the last row holding something in the region's columns. */
  readonly rows: number;
  readonly headers: readonly string[];
}

/** Finds a header row on a plain range: the row with the most catalogue headers (at least `minMatches`). */
export function findHeaderRegion(g: Grid, match: HeaderMatcher, minMatches = 3): HeaderRegion | undefined {
  let best = -1;
  let bestCount = minMatches - 1;
  g.formulas.forEach((row, i) => {
    const n = countMatches(row, match);
    if (n > bestCount) {
      best = i;
      bestCount = n;
    }
  });
  if (best < 0) return undefined;
  const row = g.formulas[best];
  let first = -1;
  let last = -1;
  row.forEach((v, i) => {
    if (headerText(v) !== '') {
      if (first < 0) first = i;
      last = i;
    }
  });
  const headerRow = g.row + best;
  const firstCol = g.col + first;
  const cols = last - first + 1;
  let end = headerRow;
  for (let r = lastRow(g); r > headerRow; r--) {
    if (!blockIsBlank(g, r, firstCol, 1, cols)) {
      end = r;
      break;
    }
  }
  const headers = row.slice(first, last + 1).map(headerText);
  return { headerRow, firstCol, cols, rows: end - headerRow, headers };
}
