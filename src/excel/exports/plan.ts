/**
 * A new sheet described as plain data (pure, testable without a host): cells from A1, formats,
 * merges, borders, widths, page breaks and print setup. `applySheetPlan` writes it in one batch.
 */
import type { CellValue } from '../../domain/catalogue';

export type Cell = CellValue;

/** A block of cells, 0-based sheet coordinates. */
export interface Box {
  readonly row: number;
  readonly col: number;
  readonly rows: number;
  readonly cols: number;
}

export interface CellFormat {
  readonly numberFormat?: string;
  readonly bold?: boolean;
  readonly italic?: boolean;
  readonly size?: number;
  readonly fontColor?: string;
  /** Fill colour, hex without #. */
  readonly fill?: string;
  readonly wrap?: boolean;
  readonly hAlign?: 'Left' | 'Center' | 'Right';
  readonly vAlign?: 'Top' | 'Center' | 'Bottom';
  /** Indentation level (Excel's « Retrait »), applied where the host offers it. */
  readonly indent?: number;
  /** Row height in points (wrapped text in merged cells does not grow its row by itself). */
  readonly rowHeight?: number;
}

export interface FormatRun extends Box {
  readonly format: CellFormat;
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
  /** Rows of cells from A1, each `width` long ('' = blank). Text is already protected (see protectText). */
  readonly cells: readonly (readonly Cell[])[];
  readonly width: number;
  /** Applied in order, after the values (number formats before them). */
  readonly formats: readonly FormatRun[];
  readonly merges: readonly Box[];
  /** Blocks drawn with thin borders on every edge, inside lines included. */
  readonly borders: readonly Box[];
  /** Width of each column, in points. */
  readonly columnWidths: readonly number[];
  /** Rows (0-based) above which a page break goes. */
  readonly pageBreaks: readonly number[];
  readonly print: PrintSetup;
  readonly freezeRows?: number;
  /** An Excel table over a block whose first row holds the headers. */
  readonly table?: Box & { readonly name: string; readonly style: string };
  readonly tabColor?: string;
}

/** Approximate JSON bytes of a cell (what the request carries). */
export function cellBytes(v: Cell): number {
  if (typeof v === 'string') {
    let n = v.length + 3;
    for (let i = 0; i < v.length; i++) if (v.charCodeAt(i) >= 0x80) n += 2;
    return n;
  }
  return typeof v === 'number' ? String(v).length + 1 : 6;
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
