/** Finding sheets and loading their used ranges in few syncs (chunked when over the payload limit). */
import type { CellValue } from '../../domain/catalogue';
import { sameSheetName } from '../util/address';
import { BYTES_PER_CELL, PAYLOAD_LIMIT, rowsPerChunk } from '../util/payload';
import type { Grid } from './grid';

/** The actual name of a sheet: same name ignoring case first, then ignoring accents, spaces and underscores. */
export function findSheetName(names: readonly string[], wanted: string): string | null {
  return (
    names.find((n) => n.toLowerCase() === wanted.toLowerCase()) ??
    names.find((n) => sameSheetName(n, wanted)) ??
    null
  );
}

export interface Dims {
  readonly row: number;
  readonly col: number;
  readonly rows: number;
  readonly cols: number;
}

/** Queues the load of a used range's position (values-only used range; null object when the sheet is empty). */
export function queueUsedRange(sheet: Excel.Worksheet): Excel.Range {
  const r = sheet.getUsedRangeOrNullObject(true);
  r.load('rowIndex,columnIndex,rowCount,columnCount');
  return r;
}

export function dimsOf(r: Excel.Range): Dims | null {
  if (r.isNullObject) return null;
  return { row: r.rowIndex, col: r.columnIndex, rows: r.rowCount, cols: r.columnCount };
}

/** Union of blocks (e.g. a used range and a table range). */
export function unionDims(a: Dims | null, b: Dims | null): Dims | null {
  if (!a) return b;
  if (!b) return a;
  const row = Math.min(a.row, b.row);
  const col = Math.min(a.col, b.col);
  const rows = Math.max(a.row + a.rows, b.row + b.rows) - row;
  const cols = Math.max(a.col + a.cols, b.col + b.cols) - col;
  return { row, col, rows, cols };
}

export type GridProp = 'formulas' | 'values';

export interface GridRequest {
  readonly sheet: string;
  readonly dims: Dims | null;
  readonly props: readonly GridProp[];
}

/**
 * Loads blocks of cells: every request's row slices are queued together and synced once, or more
 * often when the estimated payload passes the limit (rows × columns × properties × ~10 bytes).
 * Proxies the caller queued before are resolved by the first sync. Returns the grids and the syncs made.
 */
export async function loadGrids(
  context: Excel.RequestContext,
  requests: readonly GridRequest[],
  limit = PAYLOAD_LIMIT,
): Promise<{ grids: Grid[]; syncs: number }> {
  type Slice = { req: number; start: number; range: Excel.Range };
  const slices: Slice[] = [];
  let bytes = 0;
  let syncs = 0;
  for (let i = 0; i < requests.length; i++) {
    const { sheet, dims, props } = requests[i];
    if (!dims) continue;
    const per = rowsPerChunk(dims.cols, props.length, limit);
    for (let start = 0; start < dims.rows; start += per) {
      const count = Math.min(per, dims.rows - start);
      const b = count * dims.cols * props.length * BYTES_PER_CELL;
      if (bytes > 0 && bytes + b > limit) {
        await context.sync();
        syncs++;
        bytes = 0;
      }
      const range = context.workbook.worksheets.getItem(sheet).getRangeByIndexes(dims.row + start, dims.col, count, dims.cols);
      range.load(props.join(','));
      slices.push({ req: i, start, range });
      bytes += b;
    }
  }
  await context.sync();
  syncs++;
  const grids: Grid[] = requests.map((r) => ({
    row: r.dims?.row ?? 0,
    col: r.dims?.col ?? 0,
    formulas: [],
    values: r.props.includes('values') ? [] : undefined,
  }));
  for (const s of slices) {
    const g = grids[s.req] as unknown as { formulas: CellValue[][]; values?: CellValue[][] };
    const props = requests[s.req].props;
    const f = (props.includes('formulas') ? s.range.formulas : s.range.values) as CellValue[][];
    g.formulas.push(...f);
    if (g.values) g.values.push(...(s.range.values as CellValue[][]));
  }
  return { grids, syncs };
}

/**
 * Queues the load of sheet and table names. Keep the returned collections: reading
 * `workbook.worksheets` again may give a new, unloaded proxy (the memory host does).
 */
export function queueNames(wb: Excel.Workbook): { sheetNames(): string[]; tableNames(): string[] } {
  const sheets = wb.worksheets;
  sheets.load('items/name');
  const tables = wb.tables;
  tables.load('items/name');
  return { sheetNames: () => sheets.items.map((s) => s.name), tableNames: () => tables.items.map((t) => t.name) };
}
