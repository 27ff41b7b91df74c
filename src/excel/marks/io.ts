/**
 * Excel side of the marks: loading the store and the colours of many single cells, painting and
 * restoring cells, rewriting the store. Every function queues; syncs happen only between chunks
 * (a request per cell costs a few hundred bytes in Excel: at most CELLS_PER_SYNC cells a batch).
 */
import type { CellValue } from '../../domain/catalogue';
import { FIELDS_SHEET } from '../fields/store';
import { findSheetName } from '../workbook/sheets';
import { PAYLOAD_LIMIT, rowsPerChunk } from '../util/payload';
import { cellId, type CellWrite, type Colours } from './plan';
import { encodeMarks, MARK_WIDTH, MARKS_SHEET } from './store';

/** Cells read or written per batch: ~6 actions of ~100 bytes each per cell stays well under 4 MB. */
export const CELLS_PER_SYNC = 4000;

/** Counts queued units and syncs before a batch would pass its budget. */
export class Batch {
  syncs = 0;
  private queued = 0;

  constructor(private readonly context: Excel.RequestContext, private readonly limit = CELLS_PER_SYNC) {}

  /** Call before queuing `units` more: syncs first when the batch is full. */
  async room(units: number): Promise<void> {
    if (this.queued > 0 && this.queued + units > this.limit) await this.flush();
    this.queued += units;
  }

  async flush(): Promise<void> {
    await this.context.sync();
    this.syncs++;
    this.queued = 0;
  }
}

export interface StoreState {
  /** The store sheet's actual name, or null when it does not exist yet. */
  readonly sheet: string | null;
  readonly range: Excel.Range | null;
}

/** Queues the load of the store's used range (the sheet names must be loaded). */
export function queueStore(context: Excel.RequestContext, sheetNames: readonly string[]): StoreState {
  const sheet = findSheetName(sheetNames, MARKS_SHEET);
  if (!sheet) return { sheet: null, range: null };
  const range = context.workbook.worksheets.getItem(sheet).getUsedRangeOrNullObject(true);
  range.load('rowIndex,columnIndex,rowCount,columnCount,values');
  return { sheet, range };
}

export function storeValues(s: StoreState): CellValue[][] {
  return s.range && !s.range.isNullObject ? (s.range.values as CellValue[][]) : [];
}

/** Loads the fill and font colours of single cells (0-based column, 1-based row), in chunks. */
export async function readColours(
  context: Excel.RequestContext, batch: Batch, sheet: string, cells: readonly { row: number; col: number }[],
): Promise<Map<string, Colours>> {
  const ws = context.workbook.worksheets.getItem(sheet);
  const seen = new Set<string>();
  const loaded: { id: string; fill: Excel.RangeFill; font: Excel.RangeFont }[] = [];
  for (const c of cells) {
    const id = cellId(c.row, c.col);
    if (seen.has(id)) continue;
    seen.add(id);
    await batch.room(1);
    const f = ws.getRangeByIndexes(c.row - 1, c.col, 1, 1).format;
    loaded.push({ id, fill: f.fill.load('color'), font: f.font.load('color') });
  }
  if (loaded.length > 0) await batch.flush();
  const out = new Map<string, Colours>();
  for (const l of loaded) out.set(l.id, { fill: up(l.fill.color), font: up(l.font.color) });
  return out;
}

const up = (c: string | null | undefined): string | null => (typeof c === 'string' ? c.toUpperCase() : null);

/** Queues colour writes on single cells (no sync unless a chunk is full). */
export async function queueWrites(context: Excel.RequestContext, batch: Batch, sheet: string, writes: readonly CellWrite[]): Promise<void> {
  const ws = context.workbook.worksheets.getItem(sheet);
  for (const w of writes) {
    await batch.room(1);
    const f = ws.getRangeByIndexes(w.row - 1, w.col, 1, 1).format;
    if (w.fill === 'clear') f.fill.clear();
    else if (w.fill !== undefined) f.fill.color = w.fill;
    if (w.font !== undefined) f.font.color = w.font;
  }
}

/**
 * Queues the rewrite of the store: the old rows are cleared (contents only), the new ones written as
 * text. The sheet is created very hidden when missing. Returns nothing; chunks sync through `batch`.
 */
export async function queueStoreWrite(
  context: Excel.RequestContext, batch: Batch, state: StoreState, rows: ReturnType<typeof encodeMarks>,
): Promise<void> {
  const sheets = context.workbook.worksheets;
  let ws: Excel.Worksheet;
  if (state.sheet) ws = sheets.getItem(state.sheet);
  else {
    ws = sheets.add(MARKS_SHEET);
    ws.visibility = 'VeryHidden' as Excel.SheetVisibility;
  }
  const old = state.range && !state.range.isNullObject ? state.range : null;
  if (old) {
    await batch.room(1);
    ws.getRangeByIndexes(old.rowIndex, old.columnIndex, old.rowCount, old.columnCount).clear('Contents' as Excel.ClearApplyTo);
  }
  const per = Math.max(1, Math.min(rowsPerChunk(MARK_WIDTH, 2, PAYLOAD_LIMIT), 20000));
  for (let start = 0; start < rows.length; start += per) {
    const slice = rows.slice(start, start + per);
    await batch.room(Math.ceil((slice.length * MARK_WIDTH) / 50));
    const r = ws.getRangeByIndexes(start, 0, slice.length, MARK_WIDTH);
    r.numberFormat = '@' as unknown as string[][];
    r.values = slice;
  }
}

export interface Stores {
  readonly marks: StoreState;
  readonly fields: StoreState | null;
}

/** Queues the loads of the marks store and of the field definitions (the sheet names must be loaded). */
export function queueStores(context: Excel.RequestContext, names: readonly string[]): Stores {
  const marks = queueStore(context, names);
  const fieldsSheet = findSheetName(names, FIELDS_SHEET);
  if (!fieldsSheet) return { marks, fields: null };
  const range = context.workbook.worksheets.getItem(fieldsSheet).getUsedRangeOrNullObject(true);
  range.load('values');
  return { marks, fields: { sheet: fieldsSheet, range } };
}

/** Loads the sheet names, then the stores: two syncs. */
export async function readStores(context: Excel.RequestContext): Promise<Stores & { syncs: number }> {
  const ws = context.workbook.worksheets;
  ws.load('items/name');
  await context.sync();
  const stores = queueStores(context, ws.items.map((s) => s.name));
  await context.sync();
  return { ...stores, syncs: 2 };
}
