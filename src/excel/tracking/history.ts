/**
 * « Historique des modifications »: an append-only Excel table (who, when, what, how). Rows are only
 * ever written below the table's last row, then the table is resized over them: existing rows are
 * never rewritten. The value columns are formatted '@' BEFORE the values are written, so that « 12 »
 * or « 01/02/2024 » typed by a user stays the text it was.
 *
 * Syncs: `appendHistory` = names (1) + table position (1) + write (1, more only over ~4 MB).
 */
import type { CellValue } from '../../domain/catalogue';
import {
  eventEntry,
  HISTORY_HEADERS,
  HISTORY_NUMBER_FORMATS,
  HISTORY_SHEET,
  HISTORY_TABLE,
  historyRow,
  type HistoryAction,
  type HistoryEntry,
  type HouseholdIdentity,
} from '../../domain/tracking';
import { TABLE_STYLE } from '../setup/layout';
import { PAYLOAD_LIMIT } from '../util/payload';
import { protectText } from '../util/text';
import {
  addSheet,
  atOf,
  formatBlock,
  hasTable,
  queueNames,
  rowBytes,
  sheetOf,
  usedValues,
  type Moment,
  type Names,
} from './common';

const WIDTH = HISTORY_HEADERS.length;
/** Column widths (points) of a new history sheet. */
const WIDTHS = [120, 110, 150, 110, 80, 200, 200, 200, 140];

/** Where the history is, queued after the names are known; read after the next sync. */
export interface HistoryState {
  readonly sheet: string | null;
  /** The table's whole range (header included), when the table exists. */
  readonly table: Excel.Range | null;
  readonly tableSheet: Excel.Worksheet | null;
  /** The sheet's used range, when the sheet exists without the table. */
  readonly used: Excel.Range | null;
}

export function queueHistoryState(context: Excel.RequestContext, names: Names): HistoryState {
  const wb = context.workbook;
  if (hasTable(names, HISTORY_TABLE)) {
    const t = wb.tables.getItem(HISTORY_TABLE);
    return {
      sheet: null,
      table: t.getRange().load('rowIndex,columnIndex,rowCount'),
      tableSheet: t.worksheet.load('name'),
      used: null,
    };
  }
  const sheet = sheetOf(names, HISTORY_SHEET);
  if (!sheet) return { sheet: null, table: null, tableSheet: null, used: null };
  const used = wb.worksheets.getItem(sheet).getUsedRangeOrNullObject(true);
  used.load('isNullObject,rowIndex,columnIndex,rowCount,values');
  return { sheet, table: null, tableSheet: null, used };
}

/** The cells written for an entry: text kept as typed, date-time as a serial. */
export function historyCells(e: HistoryEntry): CellValue[] {
  return historyRow(e).map((v, i) => (typeof v === 'string' ? protectText(v, HISTORY_NUMBER_FORMATS[i]) : v));
}

const isHeaderRow = (row: readonly CellValue[] | undefined): boolean =>
  !!row && HISTORY_HEADERS.every((h, i) => String(row[i] ?? '').trim() === h);

/**
 * Queues the append of entries (syncing only between chunks over the payload limit). The state must
 * have been loaded by a sync. Returns the syncs made here (0 when everything fits in the caller's
 * next sync).
 */
export async function queueHistoryAppend(
  context: Excel.RequestContext,
  state: HistoryState,
  entries: readonly HistoryEntry[],
  limit = PAYLOAD_LIMIT,
): Promise<number> {
  if (entries.length === 0) return 0;
  const sheets = context.workbook.worksheets;
  let ws: Excel.Worksheet;
  let table: Excel.Table | null = null;
  let top: number;
  let col = 0;
  let next: number;
  const headers = (wsh: Excel.Worksheet, row: number): void => {
    const h = wsh.getRangeByIndexes(row, col, 1, WIDTH);
    h.values = [[...HISTORY_HEADERS]];
    h.format.font.bold = true;
  };
  if (state.table && state.tableSheet) {
    ws = sheets.getItem(state.tableSheet.name);
    table = context.workbook.tables.getItem(HISTORY_TABLE);
    top = state.table.rowIndex;
    col = state.table.columnIndex;
    next = top + state.table.rowCount;
  } else if (state.sheet) {
    ws = sheets.getItem(state.sheet);
    const used = state.used && !state.used.isNullObject ? state.used : null;
    const first = usedValues(used)[0];
    if (used && isHeaderRow(first)) {
      top = used.rowIndex;
      col = used.columnIndex;
      next = used.rowIndex + used.rowCount;
    } else {
      // Never write over what is there: a new header row below it (or at A1 on an empty sheet).
      top = used ? used.rowIndex + used.rowCount + 1 : 0;
      next = top + 1;
      headers(ws, top);
    }
  } else {
    ws = addSheet(context, HISTORY_SHEET);
    top = 0;
    next = 1;
    headers(ws, 0);
    WIDTHS.forEach((w, i) => (ws.getRangeByIndexes(0, i, 1, 1).format.columnWidth = w));
    ws.freezePanes.freezeRows(1);
  }
  const rows = entries.map(historyCells);
  let syncs = 0;
  let start = 0;
  while (start < rows.length) {
    let bytes = 0;
    let end = start;
    while (end < rows.length && (end === start || bytes + rowBytes(rows[end]) < limit / 2))
      bytes += rowBytes(rows[end++]);
    if (start > 0) {
      await context.sync();
      syncs++;
    }
    const block = ws.getRangeByIndexes(next, col, end - start, WIDTH);
    block.numberFormat = formatBlock(end - start, HISTORY_NUMBER_FORMATS);
    block.values = rows.slice(start, end);
    next += end - start;
    const whole = ws.getRangeByIndexes(top, col, next - top, WIDTH);
    if (table) table.resize(whole);
    else {
      table = ws.tables.add(whole, true);
      table.name = HISTORY_TABLE;
      table.style = TABLE_STYLE;
    }
    start = end;
  }
  return syncs;
}

/** Appends entries to the history (sheet and table created when missing). */
export async function appendHistory(
  context: Excel.RequestContext,
  entries: readonly HistoryEntry[],
): Promise<{ appended: number; syncs: number }> {
  if (entries.length === 0) return { appended: 0, syncs: 0 };
  const names = queueNames(context);
  await context.sync();
  const state = queueHistoryState(context, names());
  await context.sync();
  const syncs = await queueHistoryAppend(context, state, entries);
  await context.sync();
  return { appended: entries.length, syncs: syncs + 3 };
}

export interface ActionLog {
  readonly who: string;
  readonly action: HistoryAction;
  /** What was done, in French (« Classeur préparé : 3 colonnes ajoutées »). */
  readonly detail: string;
  /** Default: now. */
  readonly at?: Moment;
  /** Default: the household sheet. */
  readonly sheet?: string;
  readonly columnLabel?: string;
  readonly household?: HouseholdIdentity;
}

/**
 * Logs an add-in action (Préparer le classeur, suppression d'opération, champ ajouté, point d'étape):
 * one history row, its detail in « Nouvelle valeur ».
 */
export async function logAction(context: Excel.RequestContext, log: ActionLog): Promise<HistoryEntry> {
  const entry = eventEntry({ ...log, at: atOf(log.at) });
  await appendHistory(context, [entry]);
  return entry;
}
