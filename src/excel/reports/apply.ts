/**
 * Queues a sheet plan on a request context (no sync here): values and number formats in one write
 * each, then styles, merges, column widths, charts, page breaks, print area and orientation. The
 * caller syncs once per batch of plans that fits under the payload limit.
 */
import type { CellValue } from '../../domain/catalogue';
import { rangeA1 } from '../util/address';
import { protectText } from '../util/text';
import type { ChartPlan, Rect, SheetPlan, Style } from './plan';

const BORDER_COLOR = '#808080';
const EDGES = ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight'] as const;

/** Values as written: text Excel would turn into a number, date or formula keeps its text. */
export function protectedValues(
  values: readonly (readonly CellValue[])[],
  formats: readonly (readonly string[])[],
): CellValue[][] {
  return values.map((row, r) =>
    row.map((v, c) => (typeof v === 'string' && v !== '' ? protectText(v, formats[r]?.[c] ?? 'General') : v)),
  );
}

function block(ws: Excel.Worksheet, r: Rect): Excel.Range {
  return ws.getRangeByIndexes(r.row, r.col, r.rows, r.cols);
}

function border(range: Excel.Range, edge: string): void {
  const b = range.format.borders.getItem(edge as Excel.BorderIndex);
  b.style = 'Continuous';
  b.color = BORDER_COLOR;
  b.weight = 'Thin';
}

export function applyStyle(range: Excel.Range, s: Style, rect: Rect): void {
  const f = range.format;
  if (s.bold !== undefined) f.font.bold = s.bold;
  if (s.italic !== undefined) f.font.italic = s.italic;
  if (s.size !== undefined) f.font.size = s.size;
  if (s.fontColor !== undefined) f.font.color = `#${s.fontColor}`;
  if (s.fill !== undefined) f.fill.color = `#${s.fill}`;
  if (s.wrap !== undefined) f.wrapText = s.wrap;
  if (s.hAlign !== undefined) f.horizontalAlignment = s.hAlign;
  if (s.vAlign !== undefined) f.verticalAlignment = s.vAlign;
  if (s.rowHeight !== undefined) f.rowHeight = s.rowHeight;
  if (s.borders) {
    for (const e of EDGES) border(range, e);
    if (s.borders === 'grid' && rect.rows > 1) border(range, 'InsideHorizontal');
    if (s.borders === 'grid' && rect.cols > 1) border(range, 'InsideVertical');
  }
}

function queueChart(ws: Excel.Worksheet, c: ChartPlan): void {
  const chart = ws.charts.add(c.type as Excel.ChartType, block(ws, c.source), c.seriesBy as Excel.ChartSeriesBy);
  chart.title.text = c.title;
  const a = c.anchor;
  chart.setPosition(rangeA1(a.row, a.col, 1, 1), rangeA1(a.row + a.rows - 1, a.col + a.cols - 1, 1, 1));
}

/** Queues the whole sheet (created when `create`, else written over). */
export function queueSheetPlan(context: Excel.RequestContext, plan: SheetPlan, create = true): Excel.Worksheet {
  const sheets = context.workbook.worksheets;
  const ws = create ? sheets.add(plan.sheet) : sheets.getItem(plan.sheet);
  const rows = plan.values.length;
  const cols = plan.values[0]?.length ?? 0;
  if (rows > 0 && cols > 0) {
    const all = ws.getRangeByIndexes(0, 0, rows, cols);
    all.numberFormat = plan.numberFormats as string[][];
    all.values = protectedValues(plan.values, plan.numberFormats) as Excel.Range['values'];
  }
  plan.columnWidths.forEach((w, c) => {
    ws.getRangeByIndexes(0, c, 1, 1).format.columnWidth = w;
  });
  for (const s of plan.styles) applyStyle(block(ws, s), s.style, s);
  for (const m of plan.merges) block(ws, m).merge(m.across ?? false);
  for (const c of plan.charts) queueChart(ws, c);
  for (const r of plan.pageBreaks) ws.horizontalPageBreaks.add(ws.getRangeByIndexes(r, 0, 1, 1));
  ws.pageLayout.setPrintArea(block(ws, plan.printArea));
  ws.pageLayout.orientation = plan.orientation as Excel.PageOrientation;
  return ws;
}
