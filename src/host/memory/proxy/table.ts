/** `Excel.TableCollection` and `Excel.Table`. */
import { fail } from '../errors';
import { addTable, bodyRect, deleteTable, headerRect, renameTable, resizeTable } from '../model/tables';
import type { TableModel } from '../model/types';
import type { SheetModel } from '../model/workbook-model';
import { ClientObject, CollectionProxy } from './base';
import type { Exec, MemoryRequestContext } from './context';
import { RangeProxy, targetOf } from './range';
import { TableColumnCollectionProxy, TableRowCollectionProxy } from './table-parts';
import { WorksheetProxy } from './worksheet';

export interface TableTarget {
  sheet: SheetModel;
  table: TableModel;
}

type TableLocate = (x: Exec) => TableTarget | undefined;

const BOOLS = ['showBandedRows', 'showBandedColumns', 'showFilterButton', 'highlightFirstColumn', 'highlightLastColumn'] as const;

export class TableProxy extends ClientObject {
  protected readonly _scalars = ['name', 'id', 'style', 'showHeaders', 'showTotals', ...BOOLS];
  private _boundId: number | undefined;

  constructor(context: MemoryRequestContext, private readonly _locate: TableLocate, nullable = false) {
    super(context, nullable);
  }

  _tableOrNull(x: Exec): TableTarget | null {
    if (this._boundId !== undefined) return x.wb.findTableById(this._boundId) ?? fail('ItemNotFound', "Ce tableau n'existe plus.");
    const t = this._locate(x);
    if (!t) return this._nullable ? null : fail('ItemNotFound', 'Tableau introuvable.', 'Table');
    this._boundId = t.table.id;
    x.onRollback(() => (this._boundId = undefined));
    return t;
  }
  _table(x: Exec): TableTarget {
    return this._tableOrNull(x) ?? fail('ItemNotFound', 'Le tableau est un objet nul.');
  }
  _check(x: Exec): boolean {
    return this._tableOrNull(x) !== null;
  }

  protected _read(name: string, x: Exec): unknown {
    const { table } = this._table(x);
    switch (name) {
      case 'name': return table.name;
      case 'id': return String(table.id);
      case 'style': return table.style;
      case 'showHeaders': return true;
      case 'showTotals': return false;
      default: return table[name as (typeof BOOLS)[number]];
    }
  }
  protected override _nav(name: string): ClientObject | undefined {
    return name === 'columns' ? this.columns : name === 'rows' ? this.rows : name === 'worksheet' ? this.worksheet : undefined;
  }

  get name(): string { return this._get('name'); }
  set name(v: string) { this._set('name', v, (x) => renameTable(x.wb, this._table(x).table, v)); }
  get id(): string { return this._get('id'); }
  get style(): string { return this._get('style'); }
  set style(v: string) {
    this._set('style', v, (x) => {
      if (typeof v !== 'string') fail('InvalidArgument', 'Style de tableau invalide.');
      this._table(x).table.style = v;
    });
  }
  get showHeaders(): boolean { return this._get('showHeaders'); }
  set showHeaders(v: boolean) {
    this._set('showHeaders', v, () => { if (!v) fail('InvalidArgument', "L'hôte mémoire garde toujours la ligne d'en-tête des tableaux."); });
  }
  get showTotals(): boolean { return this._get('showTotals'); }
  set showTotals(v: boolean) {
    this._set('showTotals', v, () => { if (v) fail('InvalidArgument', "L'hôte mémoire ne gère pas la ligne des totaux."); });
  }
  get showBandedRows(): boolean { return this._get('showBandedRows'); }
  set showBandedRows(v: boolean) { this._set('showBandedRows', v, (x) => (this._table(x).table.showBandedRows = !!v)); }
  get showBandedColumns(): boolean { return this._get('showBandedColumns'); }
  set showBandedColumns(v: boolean) { this._set('showBandedColumns', v, (x) => (this._table(x).table.showBandedColumns = !!v)); }
  get showFilterButton(): boolean { return this._get('showFilterButton'); }
  set showFilterButton(v: boolean) { this._set('showFilterButton', v, (x) => (this._table(x).table.showFilterButton = !!v)); }
  get highlightFirstColumn(): boolean { return this._get('highlightFirstColumn'); }
  set highlightFirstColumn(v: boolean) { this._set('highlightFirstColumn', v, (x) => (this._table(x).table.highlightFirstColumn = !!v)); }
  get highlightLastColumn(): boolean { return this._get('highlightLastColumn'); }
  set highlightLastColumn(v: boolean) { this._set('highlightLastColumn', v, (x) => (this._table(x).table.highlightLastColumn = !!v)); }

  get columns(): TableColumnCollectionProxy { return this._child('columns', () => new TableColumnCollectionProxy(this.context, this)); }
  get rows(): TableRowCollectionProxy { return this._child('rows', () => new TableRowCollectionProxy(this.context, this)); }
  get worksheet(): WorksheetProxy { return this._child('worksheet', () => new WorksheetProxy(this.context, (x) => this._table(x).sheet)); }

  getRange(): RangeProxy {
    return new RangeProxy(this.context, (x) => ({ sheet: this._table(x).sheet, rect: this._table(x).table.rect }));
  }
  getDataBodyRange(): RangeProxy {
    return new RangeProxy(this.context, (x) => ({ sheet: this._table(x).sheet, rect: bodyRect(this._table(x).table)! }));
  }
  getHeaderRowRange(): RangeProxy {
    return new RangeProxy(this.context, (x) => ({ sheet: this._table(x).sheet, rect: headerRect(this._table(x).table) }));
  }
  getTotalRowRange(): RangeProxy {
    return new RangeProxy(this.context, () => fail('ItemNotFound', "Ce tableau n'a pas de ligne des totaux."));
  }
  resize(newRange: RangeProxy | string): void {
    this._op({ resize: String(newRange) }, (x) => {
      const { sheet, table } = this._table(x);
      const t = targetOf(x, newRange, sheet);
      if (t.sheet !== sheet) fail('InvalidArgument', 'resize : la plage doit être sur la feuille du tableau.');
      resizeTable(x.wb, sheet, table, t.rect);
    });
  }
  delete(): void {
    this._op({ delete: true }, (x) => deleteTable(x.wb, this._table(x).sheet, this._table(x).table, false));
  }
  convertToRange(): RangeProxy {
    const holder: { sheetId?: string; rect?: TableModel['rect'] } = {};
    this._op({ convertToRange: true }, (x) => {
      const { sheet, table } = this._table(x);
      holder.sheetId = sheet.id;
      holder.rect = table.rect;
      deleteTable(x.wb, sheet, table, true);
    });
    return new RangeProxy(this.context, (x) => ({ sheet: x.wb.sheetById(holder.sheetId ?? '')!, rect: holder.rect! }));
  }
  clearFilters(): void {
    this._op({ clearFilters: true }, () => undefined);
  }
  reapplyFilters(): void {
    this._op({ reapplyFilters: true }, () => undefined);
  }
}

export class TableCollectionProxy extends CollectionProxy<TableProxy> {
  constructor(context: MemoryRequestContext, private readonly ws?: WorksheetProxy) {
    super(context);
  }
  _check(x: Exec): boolean {
    return this.ws ? this.ws._check(x) : true;
  }
  private scope(x: Exec): TableTarget[] {
    if (!this.ws) return x.wb.allTables();
    const sheet = this.ws._sheet(x);
    return sheet.meta.tables.map((table) => ({ sheet, table }));
  }
  protected _list(x: Exec): TableProxy[] {
    return this.scope(x).map(({ table }) => new TableProxy(this.context, (y) => y.wb.findTableById(table.id)));
  }
  private find(key: string): TableLocate {
    return (x) => this.scope(x).find((t) => t.table.name.toUpperCase() === String(key).toUpperCase() || String(t.table.id) === String(key));
  }
  getItem(key: string): TableProxy {
    const find = this.find(key);
    return new TableProxy(this.context, (x) => find(x) ?? fail('ItemNotFound', `Le tableau « ${key} » est introuvable.`, 'TableCollection.getItem'));
  }
  getItemOrNullObject(key: string): TableProxy {
    return new TableProxy(this.context, this.find(key), true);
  }
  getItemAt(index: number): TableProxy {
    return new TableProxy(this.context, (x) => this.scope(x)[index] ?? fail('ItemNotFound', `Aucun tableau à l'index ${index}.`));
  }
  add(address: RangeProxy | string, hasHeaders: boolean): TableProxy {
    const holder: { id?: number } = {};
    this._op({ add: String(address), hasHeaders }, (x) => {
      const t = targetOf(x, address, this.ws ? this.ws._sheet(x) : undefined);
      if (this.ws && t.sheet !== this.ws._sheet(x)) fail('InvalidArgument', "tables.add : l'adresse désigne une autre feuille.");
      holder.id = addTable(x.wb, t.sheet, t.rect, !!hasHeaders).id;
    });
    return new TableProxy(this.context, (x) => (holder.id !== undefined ? x.wb.findTableById(holder.id) : undefined));
  }
}
