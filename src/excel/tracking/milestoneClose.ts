/**
 * « Clore le point d'étape »: a frozen block of results on « Points d'étape » (the indicator matrix:
 * fiche 1, FAT, completeness, for Tout and each operation), the snapshot kept in `RIME_points`, the
 * « Progression » table and chart rewritten, a history row.
 *
 * Decisions of this module:
 * - Closing the same milestone again is refused with a French question unless `confirmDuplicate`; when
 *   confirmed, both blocks are kept and the series numbers the second « 31/10/2026 (2) ».
 * - The figures of liste_opération (ménages à reloger, logements à démolir, vacants, date de début) are
 *   read from its Excel table in the same batch as the other sheets; without that table the operations
 *   are known by name only and those figures stay blank.
 * - Workbooks closed before the Progression had its own sheet have the table and chart in column J of
 *   « Points d'étape »: the first closing after the change removes them there (table, its title, chart)
 *   and rebuilds them on « Progression ». The old blocks are kept as they are.
 * Syncs: 6 whatever the number of households (households read 3, names 1, state 1, write 1), chunks of
 * a very large household table aside (see readHouseholds).
 */
import type { CellValue } from '../../domain/catalogue';
import { OPERATION_TABLE } from '../../domain/catalogue';
import { formatDate } from '../../domain/dates';
import { eventEntry, progressSeries, snapshotFromHouseholds, type MilestoneSnapshot, type ProgressPoint } from '../../domain/tracking';
import { TABLE_STYLE } from '../setup/layout';
import { cellA1 } from '../util/address';
import { operationRows } from '../workbook/operations';
import { readHouseholds } from '../workbook/read';
import { addSheet, atOf, hasTable, queueNames, queueUsed, sheetOf, usedValues, type Moment } from './common';
import { queueHistoryAppend, queueHistoryState } from './history';
import {
  blockLayout,
  BORDER_COLOR,
  CHART_COL,
  closedText,
  decodePoints,
  HEADER_FILL,
  LABEL_WIDTH,
  MILESTONES_SHEET,
  POINTS_HEADERS,
  POINTS_SHEET,
  pointsRow,
  PROGRESS_CHART,
  PROGRESS_ROW,
  PROGRESS_SHEET,
  PROGRESS_TABLE,
  PROGRESS_TITLE,
  PROGRESS_WIDTHS,
  progressCells,
  SCOPE_WIDTH,
  SECTION_FILL,
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
  /** 0-based first row, row count and column count of the block written on « Points d'étape ». */
  readonly block: { readonly row: number; readonly rows: number; readonly cols: number };
  /** The Progression series after this closing (Tout). */
  readonly points: readonly ProgressPoint[];
  readonly duplicate: boolean;
  readonly syncs: number;
}

const EDGES = ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight', 'InsideHorizontal', 'InsideVertical'] as const;

/** Queues the block at `top` of `ws`: values, number formats, bold title, header and sections, borders. */
function queueBlock(ws: Excel.Worksheet, top: number, s: MilestoneSnapshot): { rows: number; cols: number } {
  const b = blockLayout(s);
  const all = ws.getRangeByIndexes(top, 0, b.values.length, b.cols);
  all.numberFormat = b.formats;
  all.values = b.values;
  ws.getRangeByIndexes(0, 0, 1, 1).getEntireColumn().format.columnWidth = LABEL_WIDTH;
  ws.getRangeByIndexes(0, 1, 1, b.cols - 1).getEntireColumn().format.columnWidth = SCOPE_WIDTH;
  ws.getRangeByIndexes(top + 2, 0, b.values.length - 2, 1).format.wrapText = true;
  ws.getRangeByIndexes(top, 0, 1, 1).format.font.bold = true;
  const head = ws.getRangeByIndexes(top + 1, 0, 1, b.cols);
  head.format.font.bold = true;
  head.format.fill.color = HEADER_FILL;
  for (const r of b.sectionRows) {
    const line = ws.getRangeByIndexes(top + r, 0, 1, b.cols);
    line.format.font.bold = true;
    line.format.fill.color = SECTION_FILL;
  }
  for (const r of b.labelRows) ws.getRangeByIndexes(top + r, 0, 1, 1).format.font.italic = true;
  const grid = ws.getRangeByIndexes(top + 1, 0, b.values.length - 1, b.cols);
  for (const edge of EDGES) {
    const border = grid.format.borders.getItem(edge as Excel.BorderIndex);
    border.style = 'Continuous' as Excel.BorderLineStyle;
    border.color = BORDER_COLOR;
  }
  return { rows: b.values.length, cols: b.cols };
}

export async function closeMilestone(context: Excel.RequestContext, opts: CloseOptions): Promise<CloseReport> {
  const read = await readHouseholds(context);
  const names = queueNames(context);
  await context.sync();
  const n = names();
  const sheets = context.workbook.worksheets;
  const msName = sheetOf(n, MILESTONES_SHEET);
  const progName = sheetOf(n, PROGRESS_SHEET);
  const storeName = sheetOf(n, POINTS_SHEET);
  const used = msName ? queueUsed(context, msName) : null;
  const store = storeName ? queueUsed(context, storeName) : null;
  const chartOn = (sheet: string | null) =>
    sheet ? sheets.getItem(sheet).charts.getItemOrNullObject(PROGRESS_CHART).load('isNullObject') : null;
  const oldChart = chartOn(msName);
  const chart = chartOn(progName);
  const oldTable = hasTable(n, PROGRESS_TABLE) ? context.workbook.tables.getItem(PROGRESS_TABLE) : null;
  const oldTableSheet = oldTable?.worksheet.load('name') ?? null;
  const oldTableRange = oldTable?.getRange().load('rowIndex,columnIndex,rowCount,columnCount') ?? null;
  const ops = hasTable(n, OPERATION_TABLE)
    ? context.workbook.tables.getItem(OPERATION_TABLE).getRange().load('values,rowIndex')
    : null;
  const history = queueHistoryState(context, n);
  await context.sync();

  const date = Math.floor(opts.date);
  const previous = decodePoints(usedValues(store));
  const same = previous.filter((s) => s.milestone === date);
  if (same.length > 0 && !opts.confirmDuplicate) throw new MilestoneClosedError(date, same[same.length - 1]);
  const closedAt = atOf(opts.now);
  const figures = ops ? operationRows(ops.values as CellValue[][], ops.rowIndex).filter((o) => !o.isAll) : [];
  const operations = read.operations.map((name) => figures.find((o) => o.name === name) ?? name);
  const snapshot = snapshotFromHouseholds(read.households, operations, date, {
    closedAt,
    who: opts.who,
    customFields: read.customFields,
  });

  // The old Progression area of « Points d'étape » (column J), if any, goes first.
  const movedFrom = oldTableSheet && oldTableSheet.name !== progName ? oldTableSheet.name : null;
  if (oldTable && oldTableRange && movedFrom) {
    const r = oldTableRange;
    const title = movedFrom === msName && r.rowIndex > 0 ? 1 : 0;
    oldTable.delete();
    sheets.getItem(movedFrom).getRangeByIndexes(r.rowIndex - title, r.columnIndex, r.rowCount + title, r.columnCount).clear();
  }
  if (oldChart && !oldChart.isNullObject) oldChart.delete();

  // The block, below everything on « Points d'étape ».
  const ws = msName ? sheets.getItem(msName) : addSheet(context, MILESTONES_SHEET);
  const u = used && !used.isNullObject ? used : null;
  const top = u ? u.rowIndex + u.rowCount + 1 : 0;
  const block = queueBlock(ws, top, snapshot);

  // « Progression »: the only part rewritten.
  const points = progressSeries([...previous, snapshot]);
  const pc = progressCells(points);
  const ps = progName ? sheets.getItem(progName) : addSheet(context, PROGRESS_SHEET);
  if (!progName) PROGRESS_WIDTHS.forEach((w, i) => (ps.getRangeByIndexes(0, i, 1, 1).format.columnWidth = w));
  const title = ps.getRangeByIndexes(0, 0, 1, 1);
  title.values = [[PROGRESS_TITLE]];
  title.format.font.bold = true;
  const table = ps.getRangeByIndexes(PROGRESS_ROW, 0, pc.length, pc[0].length);
  table.numberFormat = pc.map(() => ['@', '0', '0', '0']);
  table.values = pc;
  if (oldTable && !movedFrom) oldTable.resize(table);
  else {
    const t = ps.tables.add(table, true);
    t.name = PROGRESS_TABLE;
    t.style = TABLE_STYLE;
  }
  if (chart && !chart.isNullObject) chart.setData(table, 'Columns' as Excel.ChartSeriesBy);
  else {
    const c = ps.charts.add('LineMarkers' as Excel.ChartType, table, 'Columns' as Excel.ChartSeriesBy);
    c.name = PROGRESS_CHART;
    c.title.text = PROGRESS_TITLE;
    c.setPosition(cellA1(PROGRESS_ROW, CHART_COL), cellA1(PROGRESS_ROW + 18, CHART_COL + 7));
  }

  // The snapshot kept for the series and the export, and the history row.
  const pw = storeName ? sheets.getItem(storeName) : addSheet(context, POINTS_SHEET, 'VeryHidden');
  const s = store && !store.isNullObject ? store : null;
  let storeRow = s ? s.rowIndex + s.rowCount : 0;
  if (storeRow === 0) {
    pw.getRangeByIndexes(0, 0, 1, POINTS_HEADERS.length).values = [[...POINTS_HEADERS]];
    storeRow = 1;
  }
  const row = pointsRow(snapshot);
  const pr = pw.getRangeByIndexes(storeRow, 0, 1, row.length);
  pr.numberFormat = [['0', ...row.slice(1).map(() => '@')]];
  pr.values = [row];
  const all = snapshot.scopes[0];
  const detail = `Point d'étape du ${formatDate(date)} clos : ${all.relocated} relogés, ${all.toRelocate} à reloger, ${all.departures} départs spontanés sur ${all.total} ménages${same.length > 0 ? ' (clôture supplémentaire)' : ''}`;
  const syncs = await queueHistoryAppend(context, history, [
    eventEntry({ at: closedAt, who: opts.who, action: "point d'étape", sheet: MILESTONES_SHEET, detail }),
  ]);
  await context.sync();
  return {
    snapshot,
    block: { row: top, rows: block.rows, cols: block.cols },
    points,
    duplicate: same.length > 0,
    syncs: read.syncs + syncs + 3,
  };
}
