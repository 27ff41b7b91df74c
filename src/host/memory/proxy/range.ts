/** `Excel.Range` on the memory host. */
import { formatAddress, intersect, isWholeColumns, isWholeRows, MAX_COLS, MAX_ROWS, parseAddress, type Rect } from '../address';
import type { CalcRequest } from '../calc/engine';
import { fail } from '../errors';
import { clearRange, readFormulas, readStyleMatrix, writeCells, writeNumberFormat } from '../model/cells';
import { mergeCells } from '../model/features';
import { deleteCells, insertCells, type Shift } from '../model/structure';
import type { SheetModel } from '../model/workbook-model';
import { ClientObject, type LoadSpec } from './base';
import type { Exec, MemoryRequestContext } from './context';
import { RangeFormatProxy } from './range-format';
import { displayText, inGrid, tri, valueType } from './range-util';
import { editedBy, shiftedBy } from './events';
import { ConditionalFormatCollectionProxy, DataValidationProxy } from './validation';
import { WorksheetProxy } from './worksheet';

export interface RangeTarget {
  sheet: SheetModel;
  rect: Rect;
}

export type Locate = (x: Exec) => RangeTarget | null;

type Matrix = (string | number | boolean)[][];

const SCALARS = [
  'address', 'addressLocal', 'rowIndex', 'columnIndex', 'rowCount', 'columnCount', 'cellCount', 'values', 'formulas',
  'formulasLocal', 'numberFormat', 'numberFormatLocal', 'text', 'valueTypes', 'columnHidden', 'rowHidden',
  'isEntireColumn', 'isEntireRow',
] as const;

/** A string address (on `sheet` unless prefixed) or a Range proxy, resolved at execution time. */
export function targetOf(x: Exec, arg: unknown, sheet: SheetModel | undefined): RangeTarget {
  if (arg instanceof RangeProxy) return arg._tgt(x);
  if (typeof arg !== 'string') return fail('InvalidArgument', `Plage attendue : ${String(arg)}.`);
  const p = parseAddress(arg);
  if (!p) return fail('InvalidArgument', `Adresse invalide : « ${arg} ».`);
  const s = p.sheet !== undefined ? x.wb.requireSheet(p.sheet) : sheet;
  if (!s) return fail('InvalidArgument', `Adresse sans feuille : « ${arg} ».`);
  return { sheet: s, rect: p.rect };
}


export class RangeProxy extends ClientObject {
  protected readonly _scalars: readonly string[] = SCALARS;
  private _bound: { sheetId: string; rect: Rect } | undefined;

  constructor(
    context: MemoryRequestContext,
    private readonly _locate: Locate,
    nullable = false,
  ) {
    super(context, nullable);
  }

  _target(x: Exec): RangeTarget | null {
    if (this._bound) {
      const sheet = x.wb.sheetById(this._bound.sheetId);
      if (!sheet) return fail('ItemNotFound', "La feuille de cette plage n'existe plus.");
      return { sheet, rect: this._bound.rect };
    }
    const t = this._locate(x);
    if (!t) return this._nullable ? null : fail('ItemNotFound', 'Plage introuvable.');
    this._bound = { sheetId: t.sheet.id, rect: t.rect };
    x.onRollback(() => (this._bound = undefined));
    return t;
  }

  _check(x: Exec): boolean {
    return this._target(x) !== null;
  }

  /** Target of a range that must exist. */
  _tgt(x: Exec): RangeTarget {
    return this._target(x) ?? fail('ItemNotFound', "L'objet plage est un objet nul.");
  }

  private derive(f: (t: RangeTarget, x: Exec) => RangeTarget | null, nullable = false): RangeProxy {
    return new RangeProxy(this.context, (x) => {
      const t = this._target(x);
      return t ? f(t, x) : null;
    }, nullable);
  }

  override _needs(spec: LoadSpec, x: Exec): CalcRequest[] {
    const wants = spec.all || spec.props.has('values') || spec.props.has('text') || spec.props.has('valueTypes');
    const t = wants ? this._target(x) : null;
    return t ? [{ sheet: t.sheet, rect: t.rect }] : [];
  }

  protected _read(name: string, x: Exec): unknown {
    const { sheet, rect } = this._tgt(x);
    const wb = x.wb;
    switch (name) {
      case 'address':
      case 'addressLocal':
        return formatAddress(sheet.name, rect);
      case 'rowIndex':
        return rect.row;
      case 'columnIndex':
        return rect.col;
      case 'rowCount':
        return rect.rows;
      case 'columnCount':
        return rect.cols;
      case 'cellCount':
        return rect.rows * rect.cols;
      case 'isEntireColumn':
        return isWholeColumns(rect);
      case 'isEntireRow':
        return isWholeRows(rect);
      case 'values':
        x.checkCells(rect.rows * rect.cols);
        return x.host.calc.readValues(sheet, rect);
      case 'text':
      case 'valueTypes': {
        x.checkCells(rect.rows * rect.cols);
        const vals = x.host.calc.readValues(sheet, rect);
        return name === 'text' ? vals.map((row) => row.map(displayText)) : vals.map((row) => row.map(valueType));
      }
      case 'formulas':
      case 'formulasLocal':
        x.checkCells(rect.rows * rect.cols);
        return readFormulas(sheet, rect);
      case 'numberFormat':
      case 'numberFormatLocal':
        x.checkCells(rect.rows * rect.cols);
        return readStyleMatrix(wb, sheet, rect, (s) => s.numberFormat ?? 'General');
      case 'columnHidden':
        return tri(Array.from({ length: Math.min(rect.cols, 16384) }, (_, j) => !!sheet.grid.col(rect.col + j)?.hidden));
      case 'rowHidden': {
        const used = Math.min(rect.rows, 100000);
        return tri(Array.from({ length: used }, (_, i) => sheet.grid.rowHidden.has(rect.row + i)));
      }
    }
    return fail('InvalidArgument', `Propriété inconnue : ${name}`);
  }

  protected override _nav(name: string): ClientObject | undefined {
    if (name === 'format') return this.format;
    if (name === 'dataValidation') return this.dataValidation;
    if (name === 'worksheet') return this.worksheet;
    return undefined;
  }

  get address(): string { return this._get('address'); }
  get addressLocal(): string { return this._get('addressLocal'); }
  get rowIndex(): number { return this._get('rowIndex'); }
  get columnIndex(): number { return this._get('columnIndex'); }
  get rowCount(): number { return this._get('rowCount'); }
  get columnCount(): number { return this._get('columnCount'); }
  get cellCount(): number { return this._get('cellCount'); }
  get isEntireColumn(): boolean { return this._get('isEntireColumn'); }
  get isEntireRow(): boolean { return this._get('isEntireRow'); }
  get text(): string[][] { return this._get('text'); }
  get valueTypes(): string[][] { return this._get('valueTypes'); }
  get values(): Matrix { return this._get('values'); }
  set values(v: Matrix) { this._set('values', v, (x) => this._write(x, v, 'values')); }
  get formulas(): Matrix { return this._get('formulas'); }
  set formulas(v: Matrix) { this._set('formulas', v, (x) => this._write(x, v, 'formulas')); }
  get formulasLocal(): Matrix { return this._get('formulasLocal'); }
  set formulasLocal(v: Matrix) { this._set('formulasLocal', v, (x) => this._write(x, v, 'formulasLocal')); }
  get numberFormat(): string[][] { return this._get('numberFormat'); }
  set numberFormat(v: string[][]) { this._set('numberFormat', v, (x) => writeNumberFormat(x.wb, this._tgt(x).sheet, this._tgt(x).rect, v)); }
  get numberFormatLocal(): string[][] { return this._get('numberFormatLocal'); }
  set numberFormatLocal(v: string[][]) { this._set('numberFormatLocal', v, (x) => writeNumberFormat(x.wb, this._tgt(x).sheet, this._tgt(x).rect, v)); }
  get columnHidden(): boolean { return this._get('columnHidden'); }
  set columnHidden(v: boolean) {
    this._set('columnHidden', v, (x) => {
      const { sheet, rect } = this._tgt(x);
      const last = isWholeRows(rect) ? sheet.grid.cols.length : rect.col + rect.cols;
      for (let c = rect.col; c < last; c++) sheet.grid.wcol(c).hidden = !!v;
      x.wb.changed();
    });
  }
  get rowHidden(): boolean { return this._get('rowHidden'); }
  set rowHidden(v: boolean) {
    this._set('rowHidden', v, (x) => {
      const { sheet, rect } = this._tgt(x);
      const n = isWholeColumns(rect) ? 0 : rect.rows;
      for (let i = 0; i < n; i++) sheet.grid.setRowHidden(rect.row + i, !!v);
      x.wb.changed();
    });
  }

  get format(): RangeFormatProxy { return this._child('format', () => new RangeFormatProxy(this.context, this)); }
  get dataValidation(): DataValidationProxy { return this._child('dataValidation', () => new DataValidationProxy(this.context, this)); }
  get conditionalFormats(): ConditionalFormatCollectionProxy { return this._child('conditionalFormats', () => new ConditionalFormatCollectionProxy(this.context, this)); }
  get worksheet(): WorksheetProxy { return this._child('worksheet', () => new WorksheetProxy(this.context, (x) => this._tgt(x).sheet)); }

  getCell(row: number, column: number): RangeProxy {
    return this.derive((t) => ({ sheet: t.sheet, rect: inGrid({ row: t.rect.row + row, col: t.rect.col + column, rows: 1, cols: 1 }) }));
  }
  getResizedRange(deltaRows: number, deltaColumns: number): RangeProxy {
    return this.derive((t) => ({ sheet: t.sheet, rect: inGrid({ ...t.rect, rows: t.rect.rows + deltaRows, cols: t.rect.cols + deltaColumns }) }));
  }
  getOffsetRange(rowOffset: number, columnOffset: number): RangeProxy {
    return this.derive((t) => ({ sheet: t.sheet, rect: inGrid({ ...t.rect, row: t.rect.row + rowOffset, col: t.rect.col + columnOffset }) }));
  }
  getEntireColumn(): RangeProxy {
    return this.derive((t) => ({ sheet: t.sheet, rect: { row: 0, rows: MAX_ROWS, col: t.rect.col, cols: t.rect.cols } }));
  }
  getEntireRow(): RangeProxy {
    return this.derive((t) => ({ sheet: t.sheet, rect: { row: t.rect.row, rows: t.rect.rows, col: 0, cols: MAX_COLS } }));
  }
  getRow(row: number): RangeProxy {
    return this.derive((t) => ({ sheet: t.sheet, rect: inGrid({ ...t.rect, row: t.rect.row + row, rows: 1 }) }));
  }
  getColumn(column: number): RangeProxy {
    return this.derive((t) => ({ sheet: t.sheet, rect: inGrid({ ...t.rect, col: t.rect.col + column, cols: 1 }) }));
  }
  getLastRow(): RangeProxy { return this.derive((t) => ({ sheet: t.sheet, rect: { ...t.rect, row: t.rect.row + t.rect.rows - 1, rows: 1 } })); }
  getLastColumn(): RangeProxy { return this.derive((t) => ({ sheet: t.sheet, rect: { ...t.rect, col: t.rect.col + t.rect.cols - 1, cols: 1 } })); }
  getLastCell(): RangeProxy { return this.derive((t) => ({ sheet: t.sheet, rect: { row: t.rect.row + t.rect.rows - 1, col: t.rect.col + t.rect.cols - 1, rows: 1, cols: 1 } })); }
  getRowsBelow(count = 1): RangeProxy { return this.derive((t) => ({ sheet: t.sheet, rect: inGrid({ ...t.rect, row: t.rect.row + t.rect.rows, rows: count }) })); }
  getRowsAbove(count = 1): RangeProxy { return this.derive((t) => ({ sheet: t.sheet, rect: inGrid({ ...t.rect, row: t.rect.row - count, rows: count }) })); }
  getColumnsAfter(count = 1): RangeProxy { return this.derive((t) => ({ sheet: t.sheet, rect: inGrid({ ...t.rect, col: t.rect.col + t.rect.cols, cols: count }) })); }
  getColumnsBefore(count = 1): RangeProxy { return this.derive((t) => ({ sheet: t.sheet, rect: inGrid({ ...t.rect, col: t.rect.col - count, cols: count }) })); }

  getIntersectionOrNullObject(anotherRange: RangeProxy | string): RangeProxy {
    return this.derive((t, x) => {
      const o = targetOf(x, anotherRange, t.sheet);
      const i = o.sheet === t.sheet ? intersect(t.rect, o.rect) : null;
      return i ? { sheet: t.sheet, rect: i } : null;
    }, true);
  }
  getIntersection(anotherRange: RangeProxy | string): RangeProxy {
    return this.derive((t, x) => {
      const o = targetOf(x, anotherRange, t.sheet);
      const i = o.sheet === t.sheet ? intersect(t.rect, o.rect) : null;
      return i ? { sheet: t.sheet, rect: i } : fail('InvalidArgument', 'Les plages ne se coupent pas.');
    });
  }
  getBoundingRect(anotherRange: RangeProxy | string): RangeProxy {
    return this.derive((t, x) => {
      const o = targetOf(x, anotherRange, t.sheet).rect;
      const row = Math.min(t.rect.row, o.row);
      const col = Math.min(t.rect.col, o.col);
      const rows = Math.max(t.rect.row + t.rect.rows, o.row + o.rows) - row;
      return { sheet: t.sheet, rect: { row, col, rows, cols: Math.max(t.rect.col + t.rect.cols, o.col + o.cols) - col } };
    });
  }
  getUsedRangeOrNullObject(valuesOnly = false): RangeProxy {
    return this.derive((t) => {
      const u = t.sheet.grid.usedRect(valuesOnly);
      const i = u ? intersect(u, t.rect) : null;
      return i ? { sheet: t.sheet, rect: i } : null;
    }, true);
  }
  getUsedRange(valuesOnly = false): RangeProxy {
    return this.derive((t) => {
      const u = t.sheet.grid.usedRect(valuesOnly);
      const i = u ? intersect(u, t.rect) : null;
      return { sheet: t.sheet, rect: i ?? { row: t.rect.row, col: t.rect.col, rows: 1, cols: 1 } };
    });
  }

  /** Values or formulas written (an `onChanged` event when the sheet is watched). */
  private _write(x: Exec, v: Matrix, what: string): void {
    const t = this._tgt(x);
    editedBy(x, t, () => writeCells(x.wb, t.sheet, t.rect, v, what));
  }
  insert(shift: Shift): RangeProxy {
    this._op({ insert: shift }, (x) => shiftedBy(x, this._tgt(x), 'Inserted', () => insertCells(x.wb, this._tgt(x).sheet, this._tgt(x).rect, shift)));
    return this.derive((t) => t);
  }
  delete(shift: Shift): void {
    this._op({ delete: shift }, (x) => shiftedBy(x, this._tgt(x), 'Deleted', () => deleteCells(x.wb, this._tgt(x).sheet, this._tgt(x).rect, shift)));
  }
  clear(applyTo: string = 'All'): void {
    this._op({ clear: applyTo }, (x) => {
      const t = this._tgt(x);
      const apply = (): void => clearRange(x.wb, t.sheet, t.rect, applyTo);
      if (applyTo === 'All' || applyTo === 'Contents') editedBy(x, t, apply);
      else apply();
    });
  }
  merge(across = false): void {
    this._op({ merge: across }, (x) => mergeCells(x.wb, this._tgt(x).sheet, this._tgt(x).rect, !!across));
  }
  unmerge(): void {
    this._op({ unmerge: true }, (x) => {
      const { sheet, rect } = this._tgt(x);
      sheet.meta.merges = sheet.meta.merges.filter((m) => !intersect(m, rect));
    });
  }
  select(): void {
    this._op({ select: true }, (x) => {
      const { sheet, rect } = this._tgt(x);
      if (sheet.meta.visibility !== 'Visible') fail('InvalidOperation', 'Impossible de sélectionner une plage sur une feuille masquée.');
      sheet.meta.selection = rect;
      x.wb.meta.activeSheetId = sheet.id;
    });
  }
  calculate(): void {
    this._op({ calculate: true }, () => undefined);
  }
  track(): this { return this; }
  untrack(): this { return this; }
}
