/**
 * A new sheet described as plain data (pure, testable without a host), for every sheet RIME creates
 * whole: result sheets (reports), exports and the FAT. Cells from A1 as written, number formats (a
 * grid, or runs), formats applied in order (borders included), merges, charts, column widths, an Excel
 * table, frozen rows, page breaks and print setup. 0-based coordinates from A1. `apply.ts` writes it.
 */
import type { CellValue } from '../../domain/catalogue';
import { protectText } from '../util/text';

export type Cell = CellValue;

/** A block of cells, 0-based sheet coordinates. */
export interface Box {
  readonly row: number;
  readonly col: number;
  readonly rows: number;
  readonly cols: number;
}

/** 'grid' = every edge inside and around; 'box' = around only. Thin, grey. */
export type Borders = 'grid' | 'box';

export interface CellFormat {
  /** Written before the values (a text column '@' keeps typed text as text). */
  readonly numberFormat?: string;
  readonly bold?: boolean;
  readonly italic?: boolean;
  readonly size?: number;
  /** RRGGBB, no '#'. */
  readonly fontColor?: string;
  /** Fill colour, RRGGBB without '#'. */
  readonly fill?: string;
  readonly wrap?: boolean;
  readonly hAlign?: 'Left' | 'Center' | 'Right';
  readonly vAlign?: 'Top' | 'Center' | 'Bottom';
  /** Indentation level (Excel's « Retrait »), applied where the host offers it. */
  readonly indent?: number;
  /** Row height in points (wrapped text in merged cells does not grow its row by itself). */
  readonly rowHeight?: number;
  readonly borders?: Borders;
}

export interface FormatRun extends Box {
  readonly format: CellFormat;
}

/** A merge; `across`: each row of the block merged apart (Excel's `merge(true)`). */
export interface MergeBox extends Box {
  readonly across?: boolean;
}

export type ChartType = 'ColumnClustered' | 'Pie' | 'BarClustered';

export interface ChartPlan {
  readonly type: ChartType;
  readonly title: string;
  /** Labels in the first column, one series a column after it (header row first). */
  readonly source: Box;
  readonly seriesBy: 'Columns' | 'Rows' | 'Auto';
  /** Cells the chart covers (top-left to bottom-right). */
  readonly anchor: Box;
}

/**
 * Printable width in points of an A4 page (595 × 842 pt) with Excel's « Normales » margins (0,7 po =
 * 50,4 pt left and right): what a print area must fit in, once scaled.
 */
export const PRINTABLE_WIDTH = { Portrait: 494, Landscape: 741 } as const;

/**
 * Percentage scale (10–100, rounded down) at which columns of these widths (points) fit the width of
 * an A4 page: a scale rather than « ajuster à une page en largeur », which Excel applies by ignoring
 * the manual page breaks.
 */
export function fitWidthScale(columnWidths: readonly number[], orientation: 'Portrait' | 'Landscape'): number {
  const width = columnWidths.reduce((a, b) => a + b, 0);
  if (width <= 0) return 100;
  return Math.max(10, Math.min(100, Math.floor((PRINTABLE_WIDTH[orientation] / width) * 100)));
}

export interface PrintSetup {
  readonly area: Box;
  readonly orientation: 'Portrait' | 'Landscape';
  /** Percentage scale that fits the print area's width on a page (manual page breaks stay honoured). */
  readonly scale?: number;
  /** Rows repeated at the top of every printed page (where the host offers it). */
  readonly titleRows?: { readonly row: number; readonly rows: number };
}

export interface SheetPlan {
  readonly name: string;
  /** Rows of cells from A1, each `width` long ('' = blank), as written: text already protected (`protectCells`). */
  readonly cells: readonly (readonly Cell[])[];
  readonly width: number;
  /** The number format of every cell (same shape as `cells`), written with the values. */
  readonly numberFormats?: readonly (readonly string[])[];
  /** Applied in order, after the values (their number formats before the values). */
  readonly formats: readonly FormatRun[];
  readonly merges: readonly MergeBox[];
  readonly charts?: readonly ChartPlan[];
  /** Width of each column from A, in points. */
  readonly columnWidths: readonly number[];
  /** Rows (0-based) above which a page break goes. */
  readonly pageBreaks: readonly number[];
  readonly print: PrintSetup;
  readonly freezeRows?: number;
  /** An Excel table over a block whose first row holds the headers. */
  readonly table?: Box & { readonly name: string; readonly style: string };
  readonly tabColor?: string;
}

/** Cells as written: text Excel would turn into a number, date or formula keeps its text. */
export function protectCells(
  cells: readonly (readonly Cell[])[],
  numberFormats: readonly (readonly string[])[],
): Cell[][] {
  return cells.map((row, r) =>
    row.map((v, c) => (typeof v === 'string' && v !== '' ? protectText(v, numberFormats[r]?.[c] ?? 'General') : v)),
  );
}

/** Approximate JSON bytes of a cell (what the request carries). */
export function cellBytes(v: Cell): number {
  if (typeof v === 'string') {
    let n = v.length + 3;
    for (let i = 0; i < v.length; i++) {
      const c = v.charCodeAt(i);
      // UTF-8 (« € » is 3 bytes), and JSON's escapes of « " » and « \\ » (number formats hold quotes).
      if (c >= 0x80) n += 2;
      else if (c === 0x22 || c === 0x5c) n += 1;
    }
    return n;
  }
  return typeof v === 'number' ? String(v).length + 1 : 6;
}

/**
 * Rough upper bound of the bytes a plan sends (cells, number formats, formats, merges, charts…), to
 * group several plans in one sync under 4 MB (the result sheets of « Tout lancer »).
 */
export function planBytes(plan: SheetPlan): number {
  let n = 0;
  for (const row of plan.cells) for (const v of row) n += typeof v === 'string' ? v.length * 2 + 4 : 12;
  for (const row of plan.numberFormats ?? []) for (const f of row) n += f.length + 4;
  n += plan.formats.length * 600 + plan.merges.length * 120 + (plan.charts ?? []).length * 400;
  return n + plan.pageBreaks.length * 100 + plan.columnWidths.length * 100 + 2000;
}

/** Rows of `cells` padded with '' to `width`. */
export function padRows(rows: readonly (readonly Cell[])[], width: number): Cell[][] {
  return rows.map((r) => [...r, ...Array.from({ length: Math.max(0, width - r.length) }, () => '' as Cell)]);
}

/** Column runs of one number format: adjacent columns sharing a format become one block. */
export function numberFormatRuns(formats: readonly string[], row: number, rows: number, firstCol = 0): FormatRun[] {
  const out: FormatRun[] = [];
  if (rows <= 0) return out;
  let start = 0;
  for (let i = 1; i <= formats.length; i++) {
    if (i === formats.length || formats[i] !== formats[start]) {
      if (formats[start] !== 'General') {
        out.push({ row, col: firstCol + start, rows, cols: i - start, format: { numberFormat: formats[start] } });
      }
      start = i;
    }
  }
  return out;
}

/** Row height (points) that shows `text` wrapped in a cell `width` points wide. */
export function wrappedHeight(text: string, width: number, fontSize = 10): number {
  const perLine = Math.max(1, Math.floor(width / (fontSize * 0.52)));
  let lines = 0;
  for (const para of text.split('\n')) lines += Math.max(1, Math.ceil(Array.from(para).length / perLine));
  return Math.max(15, Math.ceil(lines * fontSize * 1.3 + 3));
}
