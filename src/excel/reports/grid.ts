/**
 * A growing grid for the result sheets (pure): rows are appended one by one, every row `cols` cells
 * with a number format each; formats, merges, charts and page breaks are collected on the way, in the
 * shapes of the sheet plan (src/excel/sheets/plan.ts).
 */
import type { CellValue } from '../../domain/catalogue';
import type { CellFormat, ChartPlan, FormatRun, MergeBox } from '../sheets/plan';

export class GridBuilder {
  readonly cells: CellValue[][] = [];
  readonly numberFormats: string[][] = [];
  readonly formats: FormatRun[] = [];
  readonly merges: MergeBox[] = [];
  readonly charts: ChartPlan[] = [];
  readonly pageBreaks: number[] = [];

  constructor(readonly cols: number) {}

  get row(): number {
    return this.cells.length;
  }

  /** Appends one row (cells from column A, formats per cell or one for all); returns its index. */
  add(cells: readonly CellValue[] = [], formats: readonly string[] | string = 'General'): number {
    const r = this.cells.length;
    const vals: CellValue[] = Array.from({ length: this.cols }, (_, i) => (i < cells.length ? cells[i] : ''));
    const fmts = Array.from({ length: this.cols }, (_, i) =>
      typeof formats === 'string' ? formats : (formats[i] ?? 'General'),
    );
    this.cells.push(vals);
    this.numberFormats.push(fmts);
    return r;
  }

  blank(n = 1): void {
    for (let i = 0; i < n; i++) this.add();
  }

  /** Pads with blank rows until `row` exists (row index excluded). */
  padTo(row: number): void {
    while (this.cells.length < row) this.add();
  }

  style(row: number, col: number, rows: number, cols: number, format: CellFormat): void {
    if (rows > 0 && cols > 0) this.formats.push({ row, col, rows, cols, format });
  }

  /** Merges the block (`across`: each of its rows apart; skipped when nothing would merge). */
  merge(row: number, col: number, rows: number, cols: number, across = false): void {
    if (across ? rows > 0 && cols > 1 : rows * cols > 1) this.merges.push({ row, col, rows, cols, ...(across ? { across } : {}) });
  }

  setFormat(row: number, col: number, format: string): void {
    this.numberFormats[row][col] = format;
  }
}
