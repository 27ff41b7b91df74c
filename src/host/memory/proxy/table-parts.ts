/** Table columns and rows: `columns.add/getItem/getItemAt`, `rows.add/count`, column `name`, ranges. */
import type { Rect } from '../address';
import { fail } from '../errors';
import { writeCells } from '../model/cells';
import { deleteCells } from '../model/structure';
import { addTableColumn, addTableRows, deleteTable, detectCalculated } from '../model/tables';
import { ClientObject, CollectionProxy } from './base';
import type { Exec, MemoryRequestContext } from './context';
import { editedBy, shiftedBy } from './events';
import { RangeProxy } from './range';
import type { TableProxy, TableTarget } from './table';

interface ColumnTarget extends TableTarget {
  index: number;
}

type ColumnLocate = (x: Exec) => ColumnTarget | undefined;

export class TableColumnProxy extends ClientObject {
  protected readonly _scalars = ['id', 'index', 'name', 'values'];

  constructor(context: MemoryRequestContext, private readonly locate: ColumnLocate, nullable = false) {
    super(context, nullable);
  }
  _colOrNull(x: Exec): ColumnTarget | null {
    const t = this.locate(x);
    if (!t) return this._nullable ? null : fail('ItemNotFound', 'Colonne de tableau introuvable.', 'TableColumn');
    return t;
  }
  _col(x: Exec): ColumnTarget {
    return this._colOrNull(x) ?? fail('ItemNotFound', 'La colonne est un objet nul.');
  }
  _check(x: Exec): boolean {
    return this._colOrNull(x) !== null;
  }
  private rect(x: Exec, part: 'all' | 'body' | 'header'): Rect {
    const { table, index } = this._col(x);
    const r = table.rect;
    const col = r.col + index;
    if (part === 'header') return { row: r.row, col, rows: 1, cols: 1 };
    if (part === 'body') return { row: r.row + 1, col, rows: r.rows - 1, cols: 1 };
    return { row: r.row, col, rows: r.rows, cols: 1 };
  }
  private write(x: Exec, part: 'all' | 'header', v: unknown, what: string): void {
    const sheet = this._col(x).sheet;
    const rect = this.rect(x, part);
    editedBy(x, { sheet, rect }, () => writeCells(x.wb, sheet, rect, v, what));
  }
  protected _read(name: string, x: Exec): unknown {
    const { sheet, table, index } = this._col(x);
    switch (name) {
      case 'id': return table.columns[index].id;
      case 'index': return index;
      case 'name': return table.columns[index].name;
      default: {
        const rect = this.rect(x, 'all');
        x.checkCells(rect.rows);
        return x.host.calc.readValues(sheet, rect);
      }
    }
  }
  override _needs(spec: { all: boolean; props: Set<string> }, x: Exec): { sheet: ColumnTarget['sheet']; rect: Rect }[] {
    if (!spec.all && !spec.props.has('values')) return [];
    const t = this._colOrNull(x);
    return t ? [{ sheet: t.sheet, rect: this.rect(x, 'all') }] : [];
  }
  get id(): number { return this._get('id'); }
  get index(): number { return this._get('index'); }
  get name(): string { return this._get('name'); }
  set name(v: string) {
    this._set('name', v, (x) => this.write(x, 'header', [[String(v)]], 'name'));
  }
  get values(): (string | number | boolean)[][] { return this._get('values'); }
  set values(v: (string | number | boolean)[][]) {
    this._set('values', v, (x) => this.write(x, 'all', v, 'values'));
  }
  private range(part: 'all' | 'body' | 'header'): RangeProxy {
    return new RangeProxy(this.context, (x) => ({ sheet: this._col(x).sheet, rect: this.rect(x, part) }));
  }
  getDataBodyRange(): RangeProxy { return this.range('body'); }
  getHeaderRowRange(): RangeProxy { return this.range('header'); }
  getRange(): RangeProxy { return this.range('all'); }
  delete(): void {
    this._op({ delete: true }, (x) => {
      const { sheet, table, index } = this._col(x);
      if (table.columns.length === 1) return deleteTable(x.wb, sheet, table, false);
      const rect = this.rect(x, 'all');
      deleteCells(x.wb, sheet, rect, 'Left', new Set([table.id]));
      shiftedBy(x, { sheet, rect }, 'Deleted');
      table.columns.splice(index, 1);
      table.rect = { ...table.rect, cols: table.rect.cols - 1 };
      x.wb.changed(true);
    });
  }
}

function byId(table: TableProxy, id: () => number | undefined): ColumnLocate {
  return (x) => {
    const t = table._table(x);
    const index = t.table.columns.findIndex((c) => c.id === id());
    return index < 0 ? undefined : { ...t, index };
  };
}

export class TableColumnCollectionProxy extends CollectionProxy<TableColumnProxy> {
  protected override readonly _scalars = ['count'];
  constructor(context: MemoryRequestContext, private readonly table: TableProxy) {
    super(context);
  }
  _check(x: Exec): boolean {
    return this.table._check(x);
  }
  protected override _read(_name: string, x: Exec): unknown {
    return this.table._table(x).table.columns.length;
  }
  get count(): number { return this._get('count'); }
  protected _list(x: Exec): TableColumnProxy[] {
    return this.table._table(x).table.columns.map((c) => new TableColumnProxy(this.context, byId(this.table, () => c.id)));
  }
  private find(key: number | string): ColumnLocate {
    return (x) => {
      const t = this.table._table(x);
      const index = typeof key === 'number'
        ? t.table.columns.findIndex((c) => c.id === key)
        : t.table.columns.findIndex((c) => c.name.toUpperCase() === String(key).toUpperCase());
      return index < 0 ? undefined : { ...t, index };
    };
  }
  getItem(key: number | string): TableColumnProxy {
    return new TableColumnProxy(this.context, this.find(key));
  }
  getItemOrNullObject(key: number | string): TableColumnProxy {
    return new TableColumnProxy(this.context, this.find(key), true);
  }
  getItemAt(index: number): TableColumnProxy {
    return new TableColumnProxy(this.context, (x) => {
      const t = this.table._table(x);
      return index >= 0 && index < t.table.columns.length ? { ...t, index } : undefined;
    });
  }
  add(index?: number | null, values?: unknown, name?: string): TableColumnProxy {
    const holder: { id?: number } = {};
    this._op({ add: [index ?? null, values ?? null, name ?? null] }, (x) => {
      const { sheet, table } = this.table._table(x);
      const at = addTableColumn(x.wb, sheet, table, index, values, name);
      holder.id = table.columns[at].id;
      shiftedBy(x, { sheet, rect: { row: table.rect.row, col: table.rect.col + at, rows: table.rect.rows, cols: 1 } }, 'Inserted');
    });
    return new TableColumnProxy(this.context, byId(this.table, () => holder.id));
  }
}

export class TableRowProxy extends ClientObject {
  protected readonly _scalars = ['index', 'values'];
  constructor(context: MemoryRequestContext, private readonly table: TableProxy, private readonly idx: () => number) {
    super(context);
  }
  _check(x: Exec): boolean {
    return this.table._check(x);
  }
  private rect(x: Exec): Rect {
    const r = this.table._table(x).table.rect;
    const i = this.idx();
    if (i < 0 || i >= r.rows - 1) fail('ItemNotFound', `Aucune ligne de tableau à l'index ${i}.`);
    return { row: r.row + 1 + i, col: r.col, rows: 1, cols: r.cols };
  }
  protected _read(name: string, x: Exec): unknown {
    if (name === 'index') return this.idx();
    x.host.calc.prepare([{ sheet: this.table._table(x).sheet, rect: this.rect(x) }]);
    return x.host.calc.readValues(this.table._table(x).sheet, this.rect(x));
  }
  get index(): number { return this._get('index'); }
  get values(): (string | number | boolean)[][] { return this._get('values'); }
  set values(v: (string | number | boolean)[][]) {
    this._set('values', v, (x) => {
      const sheet = this.table._table(x).sheet;
      const rect = this.rect(x);
      editedBy(x, { sheet, rect }, () => writeCells(x.wb, sheet, rect, v, 'values'));
    });
  }
  getRange(): RangeProxy {
    return new RangeProxy(this.context, (x) => ({ sheet: this.table._table(x).sheet, rect: this.rect(x) }));
  }
  delete(): void {
    this._op({ delete: true }, (x) => {
      const { sheet, table } = this.table._table(x);
      const rect = this.rect(x);
      if (table.rect.rows <= 2) {
        for (let c = rect.col; c < rect.col + rect.cols; c++) sheet.grid.setValue(rect.row, c, null);
      } else {
        deleteCells(x.wb, sheet, rect, 'Up', new Set([table.id]));
        shiftedBy(x, { sheet, rect }, 'Deleted');
        table.rect = { ...table.rect, rows: table.rect.rows - 1 };
      }
      table.columns.forEach((_, j) => detectCalculated(sheet, table, j));
      x.wb.changed(true);
    });
  }
}

export class TableRowCollectionProxy extends CollectionProxy<TableRowProxy> {
  protected override readonly _scalars = ['count'];
  constructor(context: MemoryRequestContext, private readonly table: TableProxy) {
    super(context);
  }
  _check(x: Exec): boolean {
    return this.table._check(x);
  }
  protected override _read(_name: string, x: Exec): unknown {
    return this.table._table(x).table.rect.rows - 1;
  }
  get count(): number { return this._get('count'); }
  protected _list(x: Exec): TableRowProxy[] {
    const n = this.table._table(x).table.rect.rows - 1;
    return Array.from({ length: n }, (_, i) => new TableRowProxy(this.context, this.table, () => i));
  }
  getItemAt(index: number): TableRowProxy {
    return new TableRowProxy(this.context, this.table, () => index);
  }
  add(index?: number | null, values?: unknown, _alwaysInsert?: boolean): TableRowProxy {
    const holder = { index: -1 };
    this._op({ add: [index ?? null, values ?? null] }, (x) => {
      const { sheet, table } = this.table._table(x);
      const before = table.rect.rows;
      holder.index = addTableRows(x.wb, sheet, table, index, values);
      const n = table.rect.rows - before;
      if (n > 0) shiftedBy(x, { sheet, rect: { row: table.rect.row + 1 + holder.index, col: table.rect.col, rows: n, cols: table.rect.cols } }, 'Inserted');
    });
    return new TableRowProxy(this.context, this.table, () => holder.index);
  }
  deleteRowsAt(index: number, count = 1): void {
    this._op({ deleteRowsAt: [index, count] }, (x) => {
      const { sheet, table } = this.table._table(x);
      const body = table.rect.rows - 1;
      if (index < 0 || count < 1 || index + count > body) fail('InvalidArgument', 'deleteRowsAt : lignes hors du tableau.');
      const n = Math.min(count, body - 1);
      if (n > 0) {
        const rect = { row: table.rect.row + 1 + index, col: table.rect.col, rows: n, cols: table.rect.cols };
        deleteCells(x.wb, sheet, rect, 'Up', new Set([table.id]));
        shiftedBy(x, { sheet, rect }, 'Deleted');
        table.rect = { ...table.rect, rows: table.rect.rows - n };
      }
      x.wb.changed(true);
    });
  }
}
