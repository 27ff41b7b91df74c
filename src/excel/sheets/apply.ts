/**
 * Writes a SheetPlan in a new sheet: number formats and values (in row slices under a byte budget),
 * formats in order, merges, borders, column widths, charts, Excel table, frozen rows, page breaks and
 * print setup. `applySheetPlan` syncs, only between slices when the writes would pass ~4 MB (values and
 * number formats are counted), so the number of syncs does not grow with the rows; `queueSheetPlan`
 * only queues, for a caller that groups several plans in one sync (the result sheets of a treatment).
 */
import { rangeA1 } from '../util/address';
import { PAYLOAD_LIMIT, filled } from '../util/payload';
import { cellBytes, type Borders, type Box, type CellFormat, type ChartPlan, type SheetPlan } from './plan';

/** Bytes of writes queued before a sync, well under the ~4 MB limit of a request. */
export const WRITE_BUDGET = Math.floor(PAYLOAD_LIMIT * 0.85);

const BORDER_COLOR = '#808080';
const EDGES = ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight'] as const;

export interface ApplyOptions {
  /** Make the new sheet the active one (default true). */
  readonly activate?: boolean;
  readonly budget?: number;
}

/** Thin grey borders: around the block, and inside it for 'grid'. */
function drawBorders(range: Excel.Range, borders: Borders, box: Box): void {
  const edges: string[] = [...EDGES];
  if (borders === 'grid' && box.rows > 1) edges.push('InsideHorizontal');
  if (borders === 'grid' && box.cols > 1) edges.push('InsideVertical');
  for (const e of edges) {
    const b = range.format.borders.getItem(e as Excel.BorderIndex);
    b.style = 'Continuous';
    b.color = BORDER_COLOR;
    b.weight = 'Thin';
  }
}

/** Font, fill, alignment, indent and row height (number format and borders aside). */
function applyLook(range: Excel.Range, f: CellFormat): void {
  const fmt = range.format;
  if (f.bold !== undefined) fmt.font.bold = f.bold;
  if (f.italic !== undefined) fmt.font.italic = f.italic;
  if (f.size !== undefined) fmt.font.size = f.size;
  if (f.fontColor !== undefined) fmt.font.color = `#${f.fontColor}`;
  if (f.fill !== undefined) fmt.fill.color = `#${f.fill}`;
  if (f.wrap !== undefined) fmt.wrapText = f.wrap;
  if (f.hAlign !== undefined) fmt.horizontalAlignment = f.hAlign;
  if (f.vAlign !== undefined) fmt.verticalAlignment = f.vAlign;
  if (f.rowHeight !== undefined) fmt.rowHeight = f.rowHeight;
  // Not in every host (ExcelApi 1.9): left out where the format object lacks it.
  if (f.indent !== undefined && f.indent > 0 && 'indentLevel' in fmt) fmt.indentLevel = f.indent;
}

/** A format on a block of an existing sheet (its number format aside), borders included. */
export function applyFormat(range: Excel.Range, f: CellFormat, box: Box): void {
  applyLook(range, f);
  if (f.borders) drawBorders(range, f.borders, box);
}

function queueChart(ws: Excel.Worksheet, c: ChartPlan): void {
  const source = ws.getRangeByIndexes(c.source.row, c.source.col, c.source.rows, c.source.cols);
  const chart = ws.charts.add(c.type as Excel.ChartType, source, c.seriesBy as Excel.ChartSeriesBy);
  chart.title.text = c.title;
  const a = c.anchor;
  chart.setPosition(rangeA1(a.row, a.col, 1, 1), rangeA1(a.row + a.rows - 1, a.col + a.cols - 1, 1, 1));
}

type Spend = (bytes: number) => Promise<void>;

/** Number formats and values, in row slices of at most `budget` bytes. */
async function writeCells(plan: SheetPlan, at: (b: Box) => Excel.Range, budget: number, spend: Spend): Promise<void> {
  const { width, numberFormats } = plan;
  let start = 0;
  let sliceBytes = 0;
  const flush = async (end: number): Promise<void> => {
    if (end <= start || width === 0) return;
    await spend(sliceBytes + 100);
    const range = at({ row: start, col: 0, rows: end - start, cols: width });
    if (numberFormats) range.numberFormat = numberFormats.slice(start, end) as string[][];
    range.values = plan.cells.slice(start, end) as Excel.Range['values'];
    start = end;
    sliceBytes = 0;
  };
  for (let i = 0; i < plan.cells.length; i++) {
    let b = 2; // the row's brackets
    for (const c of plan.cells[i]) b += cellBytes(c);
    for (const f of numberFormats?.[i] ?? []) b += cellBytes(f);
    if (sliceBytes > 0 && sliceBytes + b > budget) await flush(i);
    sliceBytes += b;
  }
  await flush(plan.cells.length);
}

function applyPrint(ws: Excel.Worksheet, plan: SheetPlan, at: (b: Box) => Excel.Range): void {
  for (const row of plan.pageBreaks) ws.horizontalPageBreaks.add(ws.getRangeByIndexes(row, 0, 1, 1));
  const layout = ws.pageLayout;
  layout.orientation = plan.print.orientation;
  layout.setPrintArea(at(plan.print.area));
  // A percentage scale (not « fit to pages », which would ignore the manual page breaks).
  if (plan.print.scale !== undefined && 'zoom' in layout) layout.zoom = { scale: plan.print.scale };
  const titles = plan.print.titleRows;
  if (titles && typeof layout.setPrintTitleRows === 'function') {
    layout.setPrintTitleRows(ws.getRangeByIndexes(titles.row, 0, titles.rows, 1).getEntireRow());
  }
}

/** Queues the whole plan in a new sheet; `spend` is told the bytes of each write before it is queued. */
async function writePlan(context: Excel.RequestContext, plan: SheetPlan, budget: number, spend: Spend): Promise<Excel.Worksheet> {
  const ws = context.workbook.worksheets.add(plan.name);
  const at = (b: Box): Excel.Range => ws.getRangeByIndexes(b.row, b.col, b.rows, b.cols);
  if (plan.tabColor) ws.tabColor = `#${plan.tabColor}`;
  // Number formats before the values: a text column ('@') keeps typed text as text.
  // A run taller than the budget (a column format over 100,000 rows) is written in row slices.
  for (const f of plan.formats) {
    const nf = f.format.numberFormat;
    if (nf === undefined) continue;
    const rowBytes = f.cols * cellBytes(nf) + 2;
    const perSlice = Math.max(1, Math.floor((budget - 100) / rowBytes));
    for (let r = 0; r < f.rows; r += perSlice) {
      const rows = Math.min(perSlice, f.rows - r);
      await spend(rows * rowBytes + 100);
      at({ row: f.row + r, col: f.col, rows, cols: f.cols }).numberFormat = filled(rows, f.cols, nf);
    }
  }
  await writeCells(plan, at, budget, spend);
  for (const f of plan.formats) applyLook(at(f), f.format);
  // Borders once the cells are merged, as a user would draw them.
  for (const m of plan.merges) at(m).merge(m.across ?? false);
  for (const f of plan.formats) if (f.format.borders) drawBorders(at(f), f.format.borders, f);
  plan.columnWidths.forEach((w, c) => {
    ws.getRangeByIndexes(0, c, 1, 1).format.columnWidth = w;
  });
  for (const c of plan.charts ?? []) queueChart(ws, c);
  if (plan.table) {
    const t = ws.tables.add(at(plan.table), true);
    t.name = plan.table.name;
    t.style = plan.table.style;
    t.showBandedRows = true;
  }
  if (plan.freezeRows) ws.freezePanes.freezeRows(plan.freezeRows);
  applyPrint(ws, plan, at);
  return ws;
}

/** Queues the plan in a new sheet, without syncing: the caller syncs (plans grouped under 4 MB). */
export function queueSheetPlan(context: Excel.RequestContext, plan: SheetPlan): Promise<Excel.Worksheet> {
  return writePlan(context, plan, Infinity, async () => undefined);
}

/** Writes and syncs the plan; returns the syncs made (1 unless the writes pass the budget). */
export async function applySheetPlan(context: Excel.RequestContext, plan: SheetPlan, opts: ApplyOptions = {}): Promise<number> {
  const budget = opts.budget ?? WRITE_BUDGET;
  let bytes = 0;
  let syncs = 0;
  const spend = async (b: number): Promise<void> => {
    if (bytes > 0 && bytes + b > budget) {
      await context.sync();
      syncs++;
      bytes = 0;
    }
    bytes += b;
  };
  const ws = await writePlan(context, plan, budget, spend);
  if (opts.activate ?? true) ws.activate();
  await context.sync();
  return syncs + 1;
}
