/**
 * A result sheet described as plain data (pure, testable without a host): one rectangle of values and
 * one of number formats written in one go each, then styled blocks, merges, charts, page breaks and
 * the print area. 0-based indexes relative to the sheet's A1.
 */
import type { CellValue } from '../../domain/catalogue';

export interface Rect {
  readonly row: number;
  readonly col: number;
  readonly rows: number;
  readonly cols: number;
}

export type Borders = 'grid' | 'box';

export interface Style {
  readonly bold?: boolean;
  readonly italic?: boolean;
  /** RRGGBB, no '#'. */
  readonly fill?: string;
  readonly fontColor?: string;
  readonly size?: number;
  readonly wrap?: boolean;
  readonly hAlign?: 'Left' | 'Center' | 'Right';
  readonly vAlign?: 'Top' | 'Center' | 'Bottom';
  /** 'grid' = every edge inside and around; 'box' = around only. */
  readonly borders?: Borders;
  readonly rowHeight?: number;
}

/** A merge; `across`: each row of the rectangle merged apart (Excel's `merge(true)`). */
export interface MergeRect extends Rect {
  readonly across?: boolean;
}

export interface StyledRect extends Rect {
  readonly style: Style;
}

export type ChartType = 'ColumnClustered' | 'Pie' | 'BarClustered';

export interface ChartPlan {
  readonly type: ChartType;
  readonly title: string;
  /** Labels in the first column, one series a column after it (header row first). */
  readonly source: Rect;
  readonly seriesBy: 'Columns' | 'Rows' | 'Auto';
  /** Cells the chart covers (top-left to bottom-right), beside its table. */
  readonly anchor: Rect;
}

export interface SheetPlan {
  readonly sheet: string;
  /** Full title (cell A1). */
  readonly title: string;
  /** rows × cols, '' = blank. Text that Excel would convert is protected when applied. */
  readonly values: readonly (readonly CellValue[])[];
  /** Same shape as `values`. */
  readonly numberFormats: readonly (readonly string[])[];
  readonly styles: readonly StyledRect[];
  readonly merges: readonly MergeRect[];
  readonly charts: readonly ChartPlan[];
  /** Rows that start a new printed page (a break above each). */
  readonly pageBreaks: readonly number[];
  readonly printArea: Rect;
  /** Column widths in points, from column A. */
  readonly columnWidths: readonly number[];
  readonly orientation: 'Portrait' | 'Landscape';
}

/** A growing grid: rows are appended, every row has `cols` cells. */
export class GridBuilder {
  readonly values: CellValue[][] = [];
  readonly formats: string[][] = [];
  readonly styles: StyledRect[] = [];
  readonly merges: MergeRect[] = [];
  readonly charts: ChartPlan[] = [];
  readonly pageBreaks: number[] = [];

  constructor(readonly cols: number) {}

  get row(): number {
    return this.values.length;
  }

  /** Appends one row (cells from column A, formats per cell or one for all); returns its index. */
  add(cells: readonly CellValue[] = [], formats: readonly string[] | string = 'General'): number {
    const r = this.values.length;
    const vals: CellValue[] = Array.from({ length: this.cols }, (_, i) => (i < cells.length ? cells[i] : ''));
    const fmts = Array.from({ length: this.cols }, (_, i) =>
      typeof formats === 'string' ? formats : (formats[i] ?? 'General'),
    );
    this.values.push(vals);
    this.formats.push(fmts);
    return r;
  }

  blank(n = 1): void {
    for (let i = 0; i < n; i++) this.add();
  }

  /** Pads with blank rows until `row` exists (row index excluded). */
  padTo(row: number): void {
    while (this.values.length < row) this.add();
  }

  style(row: number, col: number, rows: number, cols: number, style: Style): void {
    if (rows > 0 && cols > 0) this.styles.push({ row, col, rows, cols, style });
  }

  /** Merges the rectangle (`across`: each of its rows apart; skipped when nothing would merge). */
  merge(row: number, col: number, rows: number, cols: number, across = false): void {
    if (across ? rows > 0 && cols > 1 : rows * cols > 1) this.merges.push({ row, col, rows, cols, ...(across ? { across } : {}) });
  }

  setFormat(row: number, col: number, format: string): void {
    this.formats[row][col] = format;
  }
}

/** Rough bytes a plan sends to Excel (values, formats, styles, charts): for batching under 4 MB. */
export function planBytes(plan: SheetPlan): number {
  let n = 0;
  for (const row of plan.values) for (const v of row) n += typeof v === 'string' ? v.length * 2 + 4 : 12;
  for (const row of plan.numberFormats) for (const f of row) n += f.length + 4;
  n += plan.styles.length * 600 + plan.merges.length * 120 + plan.charts.length * 400;
  return n + plan.pageBreaks.length * 100 + plan.columnWidths.length * 100 + 2000;
}
