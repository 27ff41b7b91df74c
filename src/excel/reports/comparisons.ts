/**
 * Tableaux_comparaisons (pure planning): column A holds the variables, column B their modalities,
 * written once; every treatment appends one block = a column pair (N, %) headed by its population,
 * périmètre, date and N. Rows are matched by (variable, modality), so blocks stay aligned row by row;
 * a modality not seen before is added under the last row. Erasing clears the last pair only.
 */
import type { CellValue } from '../../domain/catalogue';
import type { TriAPlatRow } from '../../domain/fiches';
import { isBlank, valueAt, type Grid } from '../workbook/grid';
import { COLORS, FORMAT } from './blocks';
import type { Box, CellFormat, FormatRun } from '../sheets/plan';

export const COMPARISON_SHEET = 'Tableaux_comparaisons';
export const COMPARISON_TITLE = 'Tableaux de comparaison des populations traitées (tris à plat)';
/** Rows of a block's heading (0-based): population, périmètre, date, N, then the column headers. */
export const HEAD_LABELS = ['Population', 'Périmètre', "Date d'édition", 'Effectif (N)'] as const;
export const HEADER_ROW = 5;
export const FIRST_DATA_ROW = 6;
export const FIRST_BLOCK_COL = 2;
export const BLOCK_WIDTHS = [110, 50] as const;

export interface ComparisonBlock {
  readonly label: string;
  readonly scopeLabel: string;
  readonly today: number;
  readonly populationSize: number;
  readonly rows: readonly TriAPlatRow[];
}

export interface CellPatch {
  readonly row: number;
  readonly col: number;
  readonly values: readonly (readonly CellValue[])[];
  readonly formats: readonly (readonly string[])[];
}

export interface ComparisonPlan {
  readonly sheet: string;
  readonly create: boolean;
  /** First column of the appended block. */
  readonly blockCol: number;
  readonly blockIndex: number;
  readonly patches: readonly CellPatch[];
  readonly styles: readonly FormatRun[];
  readonly columnWidths: readonly { readonly col: number; readonly width: number }[];
}

const text = (v: CellValue): string => (isBlank(v) ? '' : String(v).trim());

/** Key of each data row of columns A–B (variable filled down; repeats numbered). */
export function rowKeys(grid: Grid | null): Map<string, number> {
  const keys = new Map<string, number>();
  if (!grid) return keys;
  const last = grid.row + grid.formulas.length - 1;
  let variable = '';
  const seen = new Map<string, number>();
  for (let r = FIRST_DATA_ROW; r <= last; r++) {
    const a = text(valueAt(grid, r, 0));
    const b = text(valueAt(grid, r, 1));
    if (a !== '') variable = a;
    if (b === '') continue;
    const k = `${variable}\u0000${b}`;
    const n = seen.get(k) ?? 0;
    seen.set(k, n + 1);
    keys.set(`${k}\u0000${n}`, r);
  }
  return keys;
}

/** Last column holding anything (−1 when none), in sheet coordinates. */
function lastFilledCol(grid: Grid | null): number {
  let last = -1;
  if (!grid) return last;
  grid.formulas.forEach((row) =>
    row.forEach((v, j) => {
      if (!isBlank(v)) last = Math.max(last, grid.col + j);
    }),
  );
  return last;
}

/** Blocks already in the sheet: one per column pair from C holding anything. */
export function blockCount(grid: Grid | null): number {
  const last = lastFilledCol(grid);
  return last < FIRST_BLOCK_COL ? 0 : Math.floor((last - FIRST_BLOCK_COL) / 2) + 1;
}

function lastUsedRow(grid: Grid | null): number {
  if (!grid) return -1;
  let last = -1;
  grid.formulas.forEach((row, i) => {
    if (row.some((v) => !isBlank(v))) last = grid.row + i;
  });
  return last;
}

/** The writes appending `block` to the sheet whose used range is `grid` (null: no sheet yet). */
export function planComparison(grid: Grid | null, block: ComparisonBlock, sheet = COMPARISON_SHEET, create = grid === null): ComparisonPlan {
  const patches: CellPatch[] = [];
  const styles: FormatRun[] = [];
  const style = (r: Box, format: CellFormat): void => void styles.push({ ...r, format });
  const keys = rowKeys(grid);
  let next = Math.max(lastUsedRow(grid) + 1, FIRST_DATA_ROW);
  const index = blockCount(grid);
  const col = FIRST_BLOCK_COL + 2 * index;

  if (keys.size === 0 && text(grid ? valueAt(grid, 0, 0) : '') === '') {
    const head: CellValue[][] = [[COMPARISON_TITLE, ''], ...HEAD_LABELS.map((l) => [l, '']), ['Variable', 'Modalité']];
    patches.push({ row: 0, col: 0, values: head, formats: head.map(() => ['General', 'General']) });
    style({ row: 0, col: 0, rows: 1, cols: 1 }, { bold: true, size: 14, fontColor: COLORS.ficheTitle });
    style({ row: 1, col: 0, rows: HEAD_LABELS.length, cols: 1 }, { bold: true });
    style({ row: HEADER_ROW, col: 0, rows: 1, cols: 2 }, { bold: true, fill: COLORS.header, borders: 'grid' });
  }

  // Rows of this block: existing keys, else new rows (variable written on its first new row).
  const seen = new Map<string, number>();
  const placed: { row: number; r: TriAPlatRow }[] = [];
  const added: CellValue[][] = [];
  let lastAddedVariable = '';
  const firstAdded = next;
  for (const r of block.rows) {
    const k = `${r.variable}\u0000${r.label}`;
    const n = seen.get(k) ?? 0;
    seen.set(k, n + 1);
    let row = keys.get(`${k}\u0000${n}`);
    if (row === undefined) {
      row = next++;
      added.push([r.variable === lastAddedVariable ? '' : r.variable, r.label]);
      if (r.variable !== lastAddedVariable) style({ row, col: 0, rows: 1, cols: 1 }, { bold: true });
      lastAddedVariable = r.variable;
    }
    placed.push({ row, r });
  }
  if (added.length > 0) patches.push({ row: firstAdded, col: 0, values: added, formats: added.map(() => ['General', 'General']) });

  const bottom = Math.max(next - 1, ...placed.map((p) => p.row));
  const values: CellValue[][] = Array.from({ length: bottom }, () => ['', '']);
  const formats: string[][] = Array.from({ length: bottom }, () => ['General', 'General']);
  const put = (row: number, a: CellValue, b: CellValue, fa = 'General', fb = 'General'): void => {
    values[row - 1] = [a, b];
    formats[row - 1] = [fa, fb];
  };
  put(1, block.label, '');
  put(2, block.scopeLabel, '');
  put(3, block.today, '', FORMAT.date);
  put(4, block.populationSize, '', FORMAT.count);
  put(HEADER_ROW, 'N', '%');
  for (const { row, r } of placed) put(row, r.count, r.percent === null ? '' : r.percent / 100, FORMAT.count, FORMAT.percent);
  patches.push({ row: 1, col, values, formats });
  style({ row: 1, col, rows: 1, cols: 1 }, { bold: true });
  style({ row: 3, col, rows: 2, cols: 1 }, { hAlign: 'Left' });
  style({ row: HEADER_ROW, col, rows: 1, cols: 2 }, { bold: true, fill: COLORS.header, hAlign: 'Center', borders: 'grid' });
  return {
    sheet,
    create,
    blockCol: col,
    blockIndex: index,
    patches,
    styles,
    columnWidths: [
      ...(index === 0 ? [{ col: 0, width: 170 }, { col: 1, width: 190 }] : []),
      { col, width: BLOCK_WIDTHS[0] },
      { col: col + 1, width: BLOCK_WIDTHS[1] },
    ],
  };
}

/** The block to clear when erasing the last one, or null when there is none. */
export function lastBlockRect(grid: Grid | null): (Box & { index: number; label: string }) | null {
  const count = blockCount(grid);
  if (!grid || count === 0) return null;
  const col = FIRST_BLOCK_COL + 2 * (count - 1);
  const rows = Math.max(lastUsedRow(grid) + 1, FIRST_DATA_ROW);
  return { row: 0, col, rows, cols: 2, index: count - 1, label: text(valueAt(grid, 1, col)) };
}
