import { formatDate } from '../domain/dates';

/**
 * What the preview shows, read through the same Excel API the add-in uses: each sheet's name and a window
 * of its used range (values as displayed, fill, font colour, bold): 40 rows from the sheet's first row,
 * or from the row the preview was paged to, and the first 24 columns.
 */
export interface PreviewCell {
  readonly text: string;
  readonly fill?: string;
  readonly color?: string;
  readonly bold?: boolean;
}

export interface PreviewSheet {
  readonly name: string;
  readonly visible: boolean;
  /** 0-based sheet row of the window's first row. */
  readonly firstRow: number;
  readonly rows: readonly PreviewCell[][];
  readonly totalRows: number;
  readonly totalColumns: number;
}

export const MAX_ROWS = 40;
const MAX_COLS = 24;

/** A value as a French user would read it (dates dd/mm/yyyy, decimal comma, percentages). */
function display(value: unknown, format: string): string {
  if (typeof value === 'boolean') return value ? 'VRAI' : 'FAUX';
  if (typeof value !== 'number') return String(value ?? '');
  if (/d{1,2}.m{1,2}.y{2,4}/i.test(format)) return formatDate(value);
  if (format.includes('%')) return `${(value * 100).toLocaleString('fr-FR', { maximumFractionDigits: 1 })} %`;
  const digits = format.includes('0.00') ? 2 : format.includes('0.0') ? 1 : 4;
  const text = value.toLocaleString('fr-FR', { maximumFractionDigits: digits });
  return format.includes('€') ? `${text} €` : text;
}

const isWhite = (c: string | null | undefined): boolean => !c || c.toUpperCase() === '#FFFFFF';

/** `firstRows`: the 0-based first row of each paged sheet's window (0 for the others). */
export async function readPreview(
  context: Excel.RequestContext,
  firstRows: Readonly<Record<string, number>> = {},
): Promise<PreviewSheet[]> {
  const sheets = context.workbook.worksheets;
  sheets.load('items/name,items/visibility');
  await context.sync();
  const used = sheets.items.map((s) => s.getUsedRangeOrNullObject(false));
  used.forEach((u) => u.load('rowCount,columnCount,rowIndex,columnIndex'));
  await context.sync();
  const windows = sheets.items.map((s, i) => {
    const u = used[i];
    if (u.isNullObject) return null;
    const total = u.rowIndex + u.rowCount;
    const first = Math.max(0, Math.min(firstRows[s.name] ?? 0, total - 1));
    const rows = Math.min(MAX_ROWS, total - first);
    const cols = Math.min(MAX_COLS, u.columnIndex + u.columnCount);
    const range = s.getRangeByIndexes(first, 0, rows, cols);
    range.load('values,numberFormat');
    const cells = Array.from({ length: rows }, (_, r) =>
      Array.from({ length: cols }, (_, c) => {
        const f = range.getCell(r, c).format;
        f.load('fill/color,font/color,font/bold');
        return f;
      }),
    );
    return { range, cells, first };
  });
  await context.sync();
  return sheets.items.map((s, i) => {
    const w = windows[i];
    const u = used[i];
    const rows: PreviewCell[][] = w
      ? w.range.values.map((line, r) =>
          line.map((value, c) => {
            const f = w.cells[r][c];
            return {
              text: display(value, String(w.range.numberFormat[r]?.[c] ?? 'General')),
              fill: isWhite(f.fill.color) ? undefined : f.fill.color,
              color: f.font.color && f.font.color !== '#000000' ? f.font.color : undefined,
              bold: f.font.bold || undefined,
            };
          }),
        )
      : [];
    return {
      name: s.name,
      visible: s.visibility === 'Visible',
      firstRow: w ? w.first : 0,
      rows,
      totalRows: u.isNullObject ? 0 : u.rowIndex + u.rowCount,
      totalColumns: u.isNullObject ? 0 : u.columnIndex + u.columnCount,
    };
  });
}
