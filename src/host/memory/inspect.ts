/** Test-only inspection of the model, without proxies, syncs or payload accounting. */
import { formatAddress, parseAddress, rectAddress, type Rect } from './address';
import type { Calc } from './calc/engine';
import { fail } from './errors';
import { readFormulas } from './model/cells';
import { columnWidth, rowHeight } from './model/features';
import { DEFAULTS, type CellStyle } from './model/styles';
import type { TableModel } from './model/types';
import type { SheetModel, WorkbookModel } from './model/workbook-model';

export interface CellInfo {
  /** Computed value (`""` for a blank cell). */
  value: string | number | boolean;
  formula?: string;
  numberFormat: string;
  /** `#RRGGBB`, or undefined when the cell has no fill. */
  fill?: string;
  font: { bold: boolean; italic: boolean; color: string; size: number; name: string };
  horizontalAlignment: string;
  wrapText: boolean;
  style: CellStyle;
}

export class SheetInspector {
  constructor(private readonly wb: WorkbookModel, private readonly calc: Calc, readonly model: SheetModel) {}

  get name(): string { return this.model.name; }
  get id(): string { return this.model.id; }
  get visibility(): string { return this.model.meta.visibility; }
  get tabColor(): string { return this.model.meta.tabColor; }
  get position(): number { return this.wb.sheets.indexOf(this.model); }
  get freeze(): { rows: number; cols: number } { return { rows: this.model.meta.freezeRows, cols: this.model.meta.freezeCols }; }
  get orientation(): string { return this.model.meta.orientation; }
  /** Print scale in percent, null when not set (100 %). */
  get printScale(): number | null { return this.model.meta.printScale; }
  get printArea(): string | null { return this.model.meta.printArea ? rectAddress(this.model.meta.printArea) : null; }
  get rowBreaks(): number[] { return [...this.model.meta.rowBreaks]; }
  get merges(): string[] { return this.model.meta.merges.map((r) => rectAddress(r)); }

  private rect(address?: string): Rect {
    if (address === undefined) return this.model.grid.usedRect(false) ?? { row: 0, col: 0, rows: 1, cols: 1 };
    return parseAddress(address)?.rect ?? fail('InvalidArgument', `Adresse invalide : ${address}`);
  }

  /** One cell by 0-based indexes. */
  cell(row: number, col: number): CellInfo {
    const g = this.model.grid;
    const s = this.wb.styles.get(g.styleId(row, col));
    const f = g.formula(row, col);
    return {
      value: this.calc.apiValue(this.model, row, col),
      ...(f !== undefined ? { formula: f } : {}),
      numberFormat: s.numberFormat ?? DEFAULTS.numberFormat,
      ...(s.fill ? { fill: s.fill } : {}),
      font: { bold: !!s.bold, italic: !!s.italic, color: s.fontColor ?? DEFAULTS.fontColor, size: s.fontSize ?? DEFAULTS.fontSize, name: s.fontName ?? DEFAULTS.fontName },
      horizontalAlignment: s.hAlign ?? DEFAULTS.hAlign,
      wrapText: !!s.wrap,
      style: s,
    };
  }

  /** One cell by A1 address (`B3`). */
  at(address: string): CellInfo {
    const r = this.rect(address);
    return this.cell(r.row, r.col);
  }

  /** Computed values of a range (the used range by default). */
  values(address?: string): (string | number | boolean)[][] {
    return this.calc.readValues(this.model, this.rect(address));
  }

  formulas(address?: string): (string | number | boolean)[][] {
    return readFormulas(this.model, this.rect(address));
  }

  usedRange(valuesOnly = false): string | null {
    const r = this.model.grid.usedRect(valuesOnly);
    return r ? rectAddress(r) : null;
  }

  columnWidth(col: number): number { return columnWidth(this.model, col); }
  columnHidden(col: number): boolean { return !!this.model.grid.col(col)?.hidden; }
  rowHeight(row: number): number { return rowHeight(this.model, row); }
  rowHidden(row: number): boolean { return this.model.grid.rowHidden.has(row); }
  tables(): string[] { return this.model.meta.tables.map((t) => t.name); }

  validations(): { address: string; rule: unknown; prompt: unknown; errorAlert: unknown; ignoreBlanks: boolean }[] {
    return this.model.meta.validations.map((v) => ({ address: rectAddress(v.rect), rule: v.rule, prompt: v.prompt, errorAlert: v.errorAlert, ignoreBlanks: v.ignoreBlanks }));
  }

  conditionalFormats(): { address: string; formula: string; fill: string | null; fontColor: string | null; priority: number }[] {
    return this.model.meta.condFormats.map((c) => ({ address: rectAddress(c.rect), formula: c.formula, fill: c.fill, fontColor: c.fontColor, priority: c.priority }));
  }

  charts(): { name: string; type: string; title: string; source: string; top: number; left: number; width: number; height: number }[] {
    return this.model.meta.charts.map((c) => {
      const src = this.wb.sheetById(c.sourceSheetId);
      return { name: c.name, type: c.type, title: c.title, source: src ? formatAddress(src.name, c.source) : '', top: c.top, left: c.left, width: c.width, height: c.height };
    });
  }
}

export class TableInspector {
  constructor(private readonly calc: Calc, readonly sheet: SheetModel, readonly model: TableModel) {}

  get name(): string { return this.model.name; }
  get address(): string { return formatAddress(this.sheet.name, this.model.rect); }
  get headers(): string[] { return this.model.columns.map((c) => c.name); }
  get style(): string { return this.model.style; }
  get showBandedRows(): boolean { return this.model.showBandedRows; }
  get rowCount(): number { return this.model.rect.rows - 1; }
  /** Calculated-column formulas by header (undefined for plain columns). */
  get calculated(): Record<string, string | undefined> {
    return Object.fromEntries(this.model.columns.map((c) => [c.name, c.formula]));
  }
  /** Computed values of the data body. */
  values(): (string | number | boolean)[][] {
    const r = this.model.rect;
    return this.calc.readValues(this.sheet, { row: r.row + 1, col: r.col, rows: r.rows - 1, cols: r.cols });
  }
  /** Values of one column of the body, by header. */
  column(name: string): (string | number | boolean)[] {
    const j = this.model.columns.findIndex((c) => c.name === name);
    if (j < 0) return fail('ItemNotFound', `Colonne « ${name} » introuvable dans ${this.model.name}.`);
    return this.values().map((row) => row[j]);
  }
}
