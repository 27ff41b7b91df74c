/**
 * Points d'étape: closing a milestone (a frozen block of results, the snapshot kept in `RIME_points`,
 * the Progression table and chart rewritten, a history row), the milestone dates of Paramètres, and
 * the two reminders.
 *
 * Decisions of this module:
 * - Closing the same milestone again is refused with a French question unless `confirmDuplicate`; when
 *   confirmed, both blocks are kept and the series numbers the second « 31/10/2026 (2) ».
 * - The dates of Paramètres (« Points d'étape de l'année ») are a yearly schedule: the reminders repeat
 *   their day and month in the years around today (a month end stays a month end, 28 or 29 February).
 *   With no date in Paramètres, the circular's eight month ends.
 * - lastChange for the reminders = the latest history entry that changed household data (saisie,
 *   collage, effacement, ligne ajoutée / supprimée, modifié hors suivi), not the add-in's own actions
 *   (a closing made on 2 November must not count as an update).
 * Syncs: closeMilestone 6 (households read 3, names 1, state 1, write 1); readMilestoneSettings 2;
 * reminders 3.
 */
import type { CellValue } from '../../domain/catalogue';
import { formatDate, serialFromYmd, ymdFromSerial } from '../../domain/dates';
import {
  DEFAULT_SCHEDULE,
  daysInMonth,
  eventEntry,
  HISTORY_TABLE,
  milestonesAround,
  normaliseDates,
  progressSeries,
  remindersFor,
  serialFromIso,
  snapshotFromHouseholds,
  type HistoryAction,
  type MilestoneSnapshot,
  type ProgressPoint,
  type Reminder,
} from '../../domain/tracking';
import { PARAMS_SHEET, TABLE_STYLE } from '../setup/layout';
import { cellA1 } from '../util/address';
import { isBlank, valueAt, type Grid } from '../workbook/grid';
import { findLabel, MILESTONE_COL, PARAM_LABELS } from '../workbook/params';
import { readHouseholds } from '../workbook/read';
import { addSheet, atOf, hasTable, queueNames, queueUsed, sheetOf, usedValues, type Moment } from './common';
import { queueHistoryAppend, queueHistoryState } from './history';
import {
  BLOCK_COLS,
  blockCells,
  blockFormats,
  CHART_COL,
  closedText,
  decodePoints,
  lastFilledRow,
  MILESTONES_SHEET,
  POINTS_HEADERS,
  POINTS_SHEET,
  pointsRow,
  PROGRESS_CHART,
  PROGRESS_COL,
  PROGRESS_TABLE,
  PROGRESS_TITLE,
  progressCells,
} from './milestoneSheet';

export class MilestoneClosedError extends Error {
  readonly code = 'MilestoneAlreadyClosed';
  constructor(
    readonly milestone: number,
    readonly previous: MilestoneSnapshot,
  ) {
    super(
      `Le point d'étape du ${formatDate(milestone)} est déjà clos le ${closedText(previous.closedAt)} par ${previous.who}. Confirmer pour en enregistrer un second ?`,
    );
    this.name = 'MilestoneClosedError';
  }
}

export interface CloseOptions {
  /** Serial of the milestone closed. */
  readonly date: number;
  readonly who: string;
  /** Closing moment (default: now). */
  readonly now?: Moment;
  /** Record a second closing of a milestone already closed. */
  readonly confirmDuplicate?: boolean;
}

export interface CloseReport {
  readonly snapshot: MilestoneSnapshot;
  /** 0-based first row and row count of the block written on « Points d'étape ». */
  readonly block: { readonly row: number; readonly rows: number };
  /** The Progression series after this closing (Tout). */
  readonly points: readonly ProgressPoint[];
  readonly duplicate: boolean;
  readonly syncs: number;
}

const WIDTHS = [230, 70, 70, 110, 60, 100, 60, 130];

export async function closeMilestone(
  context: Excel.RequestContext,
  opts: CloseOptions,
): Promise<CloseReport> {
  const read = await readHouseholds(context);
  const names = queueNames(context);
  await context.sync();
  const n = names();
  const sheets = context.workbook.worksheets;
  const msName = sheetOf(n, MILESTONES_SHEET);
  const storeName = sheetOf(n, POINTS_SHEET);
  const used = msName ? queueUsed(context, msName) : null;
  const store = storeName ? queueUsed(context, storeName) : null;
  const chart = msName
    ? sheets.getItem(msName).charts.getItemOrNullObject(PROGRESS_CHART).load('isNullObject')
    : null;
  const history = queueHistoryState(context, n);
  await context.sync();

  const date = Math.floor(opts.date);
  const previous = decodePoints(usedValues(store));
  const same = previous.filter((s) => s.milestone === date);
  if (same.length > 0 && !opts.confirmDuplicate) throw new MilestoneClosedError(date, same[same.length - 1]);
  const closedAt = atOf(opts.now);
  const snapshot = snapshotFromHouseholds(read.households, read.operations, date, {
    closedAt,
    who: opts.who,
    customFields: read.customFields,
  });

  // The block, below everything in columns A–H.
  const ws = msName ? sheets.getItem(msName) : addSheet(context, MILESTONES_SHEET);
  if (!msName) WIDTHS.forEach((w, i) => (ws.getRangeByIndexes(0, i, 1, 1).format.columnWidth = w));
  const u = used && !used.isNullObject ? used : null;
  const last = u ? lastFilledRow(usedValues(u), u.rowIndex, u.columnIndex, 0, BLOCK_COLS) : -1;
  const top = last < 0 ? 0 : last + 2;
  const cells = blockCells(snapshot);
  const block = ws.getRangeByIndexes(top, 0, cells.length, BLOCK_COLS);
  block.numberFormat = blockFormats(snapshot);
  block.values = cells;
  ws.getRangeByIndexes(top, 0, 1, 1).format.font.bold = true;
  const head = ws.getRangeByIndexes(top + 1, 0, 1, BLOCK_COLS);
  head.format.font.bold = true;
  head.format.fill.color = 'D9E1F2';

  // The Progression area (the only part rewritten).
  const points = progressSeries([...previous, snapshot]);
  const pc = progressCells(points);
  const title = ws.getRangeByIndexes(0, PROGRESS_COL, 1, 1);
  title.values = [[PROGRESS_TITLE]];
  title.format.font.bold = true;
  const table = ws.getRangeByIndexes(1, PROGRESS_COL, pc.length, pc[0].length);
  table.numberFormat = pc.map(() => ['@', '0', '0', '0']);
  table.values = pc;
  if (hasTable(n, PROGRESS_TABLE)) context.workbook.tables.getItem(PROGRESS_TABLE).resize(table);
  else {
    const t = ws.tables.add(table, true);
    t.name = PROGRESS_TABLE;
    t.style = TABLE_STYLE;
  }
  if (chart && !chart.isNullObject) chart.setData(table, 'Columns' as Excel.ChartSeriesBy);
  else {
    const c = ws.charts.add('LineMarkers' as Excel.ChartType, table, 'Columns' as Excel.ChartSeriesBy);
    c.name = PROGRESS_CHART;
    c.title.text = PROGRESS_TITLE;
    c.setPosition(cellA1(1, CHART_COL), cellA1(18, CHART_COL + 7));
  }

  // The snapshot kept for the series, and the history row.
  const pw = storeName ? sheets.getItem(storeName) : addSheet(context, POINTS_SHEET, 'VeryHidden');
  const s = store && !store.isNullObject ? store : null;
  let storeRow = s ? s.rowIndex + s.rowCount : 0;
  if (storeRow === 0) {
    pw.getRangeByIndexes(0, 0, 1, POINTS_HEADERS.length).values = [[...POINTS_HEADERS]];
    storeRow = 1;
  }
  const pr = pw.getRangeByIndexes(storeRow, 0, 1, POINTS_HEADERS.length);
  pr.numberFormat = [['0', '@', '@', '@']];
  pr.values = [pointsRow(snapshot)];
  const all = snapshot.scopes[0];
  const detail = `Point d'étape du ${formatDate(date)} clos : ${all.relocated} relogés, ${all.toRelocate} à reloger, ${all.departures} départs spontanés sur ${all.total} ménages${same.length > 0 ? ' (clôture supplémentaire)' : ''}`;
  const syncs = await queueHistoryAppend(context, history, [
    eventEntry({ at: closedAt, who: opts.who, action: "point d'étape", sheet: MILESTONES_SHEET, detail }),
  ]);
  await context.sync();
  return {
    snapshot,
    block: { row: top, rows: cells.length },
    points,
    duplicate: same.length > 0,
    syncs: read.syncs + syncs + 3,
  };
}

export interface MilestoneSettings {
  /** Dates of Paramètres (serials, sorted), [] when none. */
  readonly dates: readonly number[];
  /** Paramètres' actual sheet name, null when missing. */
  readonly sheet: string | null;
}

/** The milestone dates of a Paramètres grid: below the « Point d'étape » header of column E, dates in F. */
export function milestoneDatesOf(g: Grid): number[] {
  const header = findLabel(g, PARAM_LABELS.milestone, MILESTONE_COL);
  if (header < 0) return [];
  const out: number[] = [];
  for (let r = header + 1; r < g.row + g.formulas.length; r++) {
    const label = valueAt(g, r, MILESTONE_COL);
    const v = valueAt(g, r, MILESTONE_COL + 1);
    if (isBlank(label) && isBlank(v)) break;
    if (typeof v === 'number' && Number.isFinite(v) && v >= 1) out.push(v);
  }
  return normaliseDates(out);
}

function queueParams(context: Excel.RequestContext, sheet: string | null): Excel.Range | null {
  return sheet ? queueUsed(context, sheet) : null;
}

function gridOf(r: Excel.Range | null): Grid {
  return r && !r.isNullObject
    ? { row: r.rowIndex, col: r.columnIndex, formulas: r.values as CellValue[][] }
    : { row: 0, col: 0, formulas: [] };
}

export async function readMilestoneSettings(context: Excel.RequestContext): Promise<MilestoneSettings> {
  const names = queueNames(context);
  await context.sync();
  const sheet = sheetOf(names(), PARAMS_SHEET);
  const used = queueParams(context, sheet);
  if (used) await context.sync();
  return { dates: milestoneDatesOf(gridOf(used)), sheet };
}

/** The dates of Paramètres repeated each year around today (a month end stays a month end). */
export function yearlyMilestones(dates: readonly number[], today: number): number[] {
  if (dates.length === 0) return milestonesAround(DEFAULT_SCHEDULE, today);
  const { year } = ymdFromSerial(today);
  const out: number[] = [];
  for (const d of dates) {
    const { year: y, month, day } = ymdFromSerial(d);
    const monthEnd = day === daysInMonth(y, month);
    for (let k = year - 1; k <= year + 1; k++) {
      out.push(
        serialFromYmd(k, month, monthEnd ? daysInMonth(k, month) : Math.min(day, daysInMonth(k, month))),
      );
    }
  }
  return normaliseDates(out);
}

export const DATA_ACTIONS: readonly HistoryAction[] = [
  'saisie',
  'collage',
  'effacement',
  'ligne ajoutée',
  'ligne supprimée',
  'modifié hors suivi',
];

/** Latest date-time serial of a data change among history rows (date-time, action), null if none. */
export function lastDataChange(rows: readonly (readonly [CellValue, CellValue])[]): number | null {
  let best: number | null = null;
  for (const [at, action] of rows) {
    if (!DATA_ACTIONS.includes(String(action) as HistoryAction)) continue;
    const t = typeof at === 'number' ? at : typeof at === 'string' ? serialFromIso(at) : null;
    if (t !== null && Number.isFinite(t) && (best === null || t > best)) best = t;
  }
  return best;
}

/** The reminders to show today (banner): milestones of Paramètres, last data change of the history. */
export async function reminders(context: Excel.RequestContext, today: number): Promise<Reminder[]> {
  const names = queueNames(context);
  await context.sync();
  const n = names();
  const params = queueParams(context, sheetOf(n, PARAMS_SHEET));
  const table = hasTable(n, HISTORY_TABLE) ? context.workbook.tables.getItem(HISTORY_TABLE) : null;
  const header = table ? table.getHeaderRowRange().load('values') : null;
  await context.sync();
  let lastChange: number | null = null;
  if (table && header) {
    const h = (header.values[0] as CellValue[]).map((v) => String(v ?? '').trim());
    const iAt = h.indexOf('Date et heure');
    const iAction = h.indexOf('Action');
    if (iAt >= 0 && iAction >= 0) {
      const at = table.columns.getItemAt(iAt).getDataBodyRange().load('values');
      const action = table.columns.getItemAt(iAction).getDataBodyRange().load('values');
      await context.sync();
      const actions = action.values as CellValue[][];
      lastChange = lastDataChange(
        (at.values as CellValue[][]).map((r, i) => [r[0], actions[i]?.[0] ?? ''] as const),
      );
    }
  }
  const milestones = yearlyMilestones(milestoneDatesOf(gridOf(params)), today);
  return remindersFor({ milestones, today, lastChange });
}
