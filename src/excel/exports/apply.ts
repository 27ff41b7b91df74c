/**
 * Writes a SheetPlan in one batch: the sheet, number formats, values, formats, merges, borders,
 * widths, page breaks, print setup. Syncs only between slices when the batch would pass ~4 MB
 * (values and number formats are counted), so the number of syncs does not grow with the rows.
 */
import { PAYLOAD_LIMIT, filled } from '../util/payload';
import { cellBytes, type Box, type CellFormat, type SheetPlan } from './plan';

/** Bytes of writes queued before a sync, well under the ~4 MB limit of a request. */
export const WRITE_BUDGET = Math.floor(PAYLOAD_LIMIT * 0.85);

const EDGES = ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight'] as const;

export interface ApplyOptions {
  /** Make the new sheet the active one (default true). */
  readonly activate?: boolean;
  readonly budget?: number;
}

function applyFormat(range: Excel.Range, f: CellFormat): void {
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

function drawBorders(range: Excel.Range, b: Box): void {
  const edges: string[] = [...EDGES];
  if (b.rows > 1) edges.push('InsideHorizontal');
  if (b.cols > 1) edges.push('InsideVertical');
  for (const e of edges) {
    const border = range.format.borders.getItem(e as Excel.BorderIndex);
    border.style = 'Continuous';
    border.color = '#808080';
  }
}

/** Queues and syncs the plan; returns the syncs made (1 unless the writes pass the budget). */
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
  const ws = context.workbook.worksheets.add(plan.name);
  const at = (b: Box): Excel.Range => ws.getRangeByIndexes(b.row, b.col, b.rows, b.cols);
  if (plan.tabColor) ws.tabColor = `#${plan.tabColor}`;

  // Number formats before the values: a text column ('@') keeps typed text as text.
  for (const f of plan.formats) {
    const nf = f.format.numberFormat;
    if (nf === undefined) continue;
    await spend(f.rows * f.cols * (nf.length + 3) + 100);
    at(f).numberFormat = filled(f.rows, f.cols, nf);
  }

  // Values, in row slices of at most the budget.
  const width = plan.width;
  let start = 0;
  let sliceBytes = 0;
  const flush = async (end: number): Promise<void> => {
    if (end <= start || width === 0) return;
    await spend(sliceBytes + 100);
    at({ row: start, col: 0, rows: end - start, cols: width }).values = plan.cells.slice(start, end) as Cell2D;
    start = end;
    sliceBytes = 0;
  };
  for (let i = 0; i < plan.cells.length; i++) {
    let b = 0;
    for (const c of plan.cells[i]) b += cellBytes(c);
    if (sliceBytes > 0 && sliceBytes + b > budget) await flush(i);
    sliceBytes += b;
  }
  await flush(plan.cells.length);

  for (const f of plan.formats) applyFormat(at(f), f.format);
  for (const m of plan.merges) at(m).merge(false);
  for (const b of plan.borders) drawBorders(at(b), b);
  plan.columnWidths.forEach((w, c) => {
    ws.getRangeByIndexes(0, c, 1, 1).format.columnWidth = w;
  });
  if (plan.table) {
    const t = ws.tables.add(at(plan.table), true);
    t.name = plan.table.name;
    t.style = plan.table.style;
    t.showBandedRows = true;
  }
  if (plan.freezeRows) ws.freezePanes.freezeRows(plan.freezeRows);
  applyPrint(ws, plan, at);
  if (opts.activate ?? true) ws.activate();
  await context.sync();
  return syncs + 1;
}

type Cell2D = Excel.Range['values'];

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
