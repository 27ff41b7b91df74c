/** `Excel.Worksheet`, `Excel.WorksheetCollection`, and the worksheet's freeze panes, page layout, page breaks, events. */
import { MAX_COLS, MAX_ROWS, parseAddress } from '../address';
import { nameTarget } from '../calc/resolve';
import { fail } from '../errors';
import { renameSheetEverywhere } from '../model/formulas';
import { normalizeColor } from '../model/styles';
import type { Visibility } from '../model/types';
import type { SheetModel } from '../model/workbook-model';
import { ClientObject, CollectionProxy } from './base';
import { ChartCollectionProxy } from './charts';
import type { Exec, MemoryRequestContext } from './context';
import { RangeProxy } from './range';
import { PageBreakCollectionProxy, PageLayoutProxy, WorksheetChangedEvent, WorksheetFreezePanesProxy } from './sheet-parts';
import { TableCollectionProxy } from './table';

export type SheetLocate = (x: Exec) => SheetModel | undefined;

export class WorksheetProxy extends ClientObject {
  protected readonly _scalars = ['name', 'id', 'position', 'visibility', 'tabColor', 'standardWidth'];
  private _boundId: string | undefined;

  constructor(context: MemoryRequestContext, private readonly _locate: SheetLocate, nullable = false) {
    super(context, nullable);
  }

  _sheetOrNull(x: Exec): SheetModel | null {
    if (this._boundId !== undefined) return x.wb.sheetById(this._boundId) ?? fail('ItemNotFound', "Cette feuille n'existe plus.");
    const s = this._locate(x);
    if (!s) return this._nullable ? null : fail('ItemNotFound', 'Feuille introuvable.', 'Worksheet');
    this._boundId = s.id;
    x.onRollback(() => (this._boundId = undefined));
    return s;
  }
  _sheet(x: Exec): SheetModel {
    return this._sheetOrNull(x) ?? fail('ItemNotFound', 'La feuille est un objet nul.');
  }
  _check(x: Exec): boolean {
    return this._sheetOrNull(x) !== null;
  }

  protected _read(name: string, x: Exec): unknown {
    const s = this._sheet(x);
    switch (name) {
      case 'name': return s.name;
      case 'id': return s.id;
      case 'position': return x.wb.sheets.indexOf(s);
      case 'visibility': return s.meta.visibility;
      case 'tabColor': return s.meta.tabColor;
      default: return 48;
    }
  }
  protected override _nav(name: string): ClientObject | undefined {
    const navs: Record<string, () => ClientObject> = {
      tables: () => this.tables, charts: () => this.charts, freezePanes: () => this.freezePanes,
      pageLayout: () => this.pageLayout, horizontalPageBreaks: () => this.horizontalPageBreaks,
    };
    return navs[name]?.();
  }

  get name(): string { return this._get('name'); }
  set name(v: string) {
    this._set('name', v, (x) => {
      const s = this._sheet(x);
      const next = x.wb.checkSheetName(v, s);
      const old = s.meta.name;
      s.meta.name = next;
      if (old !== next) renameSheetEverywhere(x.wb, old, next);
    });
  }
  get id(): string { return this._get('id'); }
  get position(): number { return this._get('position'); }
  set position(v: number) { this._set('position', v, (x) => x.wb.moveSheet(this._sheet(x), v)); }
  get visibility(): Visibility { return this._get('visibility'); }
  set visibility(v: Visibility) { this._set('visibility', v, (x) => x.wb.setVisibility(this._sheet(x), v)); }
  get tabColor(): string { return this._get('tabColor'); }
  set tabColor(v: string) { this._set('tabColor', v, (x) => (this._sheet(x).meta.tabColor = v === '' || v === null ? '' : normalizeColor(v))); }
  get standardWidth(): number { return this._get('standardWidth'); }

  get tables(): TableCollectionProxy { return this._child('tables', () => new TableCollectionProxy(this.context, this)); }
  get charts(): ChartCollectionProxy { return this._child('charts', () => new ChartCollectionProxy(this.context, this)); }
  get freezePanes(): WorksheetFreezePanesProxy { return this._child('freezePanes', () => new WorksheetFreezePanesProxy(this.context, this)); }
  get pageLayout(): PageLayoutProxy { return this._child('pageLayout', () => new PageLayoutProxy(this.context, this)); }
  get horizontalPageBreaks(): PageBreakCollectionProxy { return this._child('horizontalPageBreaks', () => new PageBreakCollectionProxy(this.context, this)); }
  get onChanged(): WorksheetChangedEvent { return new WorksheetChangedEvent(this.context, this); }

  getRange(address?: string): RangeProxy {
    return new RangeProxy(this.context, (x) => {
      const sheet = this._sheet(x);
      if (address === undefined || address === '') return { sheet, rect: { row: 0, col: 0, rows: MAX_ROWS, cols: MAX_COLS } };
      const p = parseAddress(address);
      if (!p) {
        const named = nameTarget(x.wb, address);
        if (named && named.sheet === sheet) return named;
        return fail('InvalidArgument', `Adresse invalide : « ${address} ».`);
      }
      if (p.sheet !== undefined && p.sheet.toUpperCase() !== sheet.name.toUpperCase()) {
        return fail('InvalidArgument', `L'adresse « ${address} » désigne une autre feuille que « ${sheet.name} ».`);
      }
      return { sheet, rect: p.rect };
    });
  }
  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): RangeProxy {
    return new RangeProxy(this.context, (x) => {
      const rect = { row: startRow, col: startColumn, rows: rowCount, cols: columnCount };
      const ok = [startRow, startColumn, rowCount, columnCount].every((n) => Number.isInteger(n)) && rowCount >= 1 && columnCount >= 1 &&
        startRow >= 0 && startColumn >= 0 && startRow + rowCount <= MAX_ROWS && startColumn + columnCount <= MAX_COLS;
      if (!ok) fail('InvalidArgument', `getRangeByIndexes(${startRow}, ${startColumn}, ${rowCount}, ${columnCount}) sort de la feuille.`);
      return { sheet: this._sheet(x), rect };
    });
  }
  getCell(row: number, column: number): RangeProxy {
    return this.getRangeByIndexes(row, column, 1, 1);
  }
  getUsedRange(valuesOnly = false): RangeProxy {
    return new RangeProxy(this.context, (x) => {
      const sheet = this._sheet(x);
      return { sheet, rect: sheet.grid.usedRect(valuesOnly) ?? { row: 0, col: 0, rows: 1, cols: 1 } };
    });
  }
  getUsedRangeOrNullObject(valuesOnly = false): RangeProxy {
    return new RangeProxy(this.context, (x) => {
      const sheet = this._sheetOrNull(x);
      const rect = sheet ? sheet.grid.usedRect(valuesOnly) : null;
      return sheet && rect ? { sheet, rect } : null;
    }, true);
  }
  activate(): void {
    this._op({ activate: true }, (x) => {
      const s = this._sheet(x);
      if (s.meta.visibility !== 'Visible') fail('InvalidOperation', `La feuille « ${s.name} » est masquée : impossible de l'activer.`);
      x.wb.meta.activeSheetId = s.id;
    });
  }
  delete(): void {
    this._op({ delete: true }, (x) => {
      const s = this._sheet(x);
      x.wb.deleteSheet(s);
      renameSheetEverywhere(x.wb, s.name, null);
    });
  }
  calculate(): void {
    this._op({ calculate: true }, () => undefined);
  }
}

export class WorksheetCollectionProxy extends CollectionProxy<WorksheetProxy> {
  _check(): boolean {
    return true;
  }
  protected _list(x: Exec): WorksheetProxy[] {
    return x.wb.sheets.map((s) => new WorksheetProxy(this.context, (y) => y.wb.sheetById(s.id)));
  }
  private find(key: string): SheetLocate {
    return (x) => x.wb.sheetByName(key) ?? x.wb.sheetById(key);
  }
  getItem(key: string): WorksheetProxy {
    const find = this.find(key);
    return new WorksheetProxy(this.context, (x) => find(x) ?? fail('ItemNotFound', `La feuille « ${key} » est introuvable.`, 'WorksheetCollection.getItem'));
  }
  getItemOrNullObject(key: string): WorksheetProxy {
    return new WorksheetProxy(this.context, this.find(key), true);
  }
  add(name?: string): WorksheetProxy {
    const holder: { id?: string } = {};
    this._op({ add: name ?? null }, (x) => (holder.id = x.wb.addSheet(name).id));
    return new WorksheetProxy(this.context, (x) => (holder.id ? x.wb.sheetById(holder.id) : undefined));
  }
  getActiveWorksheet(): WorksheetProxy {
    return new WorksheetProxy(this.context, (x) => x.wb.activeSheet());
  }
  getFirst(visibleOnly = false): WorksheetProxy {
    return new WorksheetProxy(this.context, (x) => x.wb.sheets.find((s) => !visibleOnly || s.meta.visibility === 'Visible'));
  }
}
