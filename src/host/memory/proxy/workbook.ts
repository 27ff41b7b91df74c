/** `context.workbook`: worksheets, tables, names, selection, application. */
import { formatAddress, parseAddress } from '../address';
import { fail } from '../errors';
import { checkDefinedName } from '../model/features';
import type { NameModel } from '../model/types';
import { ClientObject, CollectionProxy } from './base';
import type { Exec, MemoryRequestContext } from './context';
import { RangeProxy, type RangeTarget } from './range';
import { TableCollectionProxy } from './table';
import { WorksheetCollectionProxy } from './worksheet';

function nameRange(x: Exec, n: NameModel): RangeTarget | null {
  const p = parseAddress(n.formula.replace(/^=/, ''));
  if (!p || p.sheet === undefined) return null;
  const sheet = x.wb.sheetByName(p.sheet);
  return sheet ? { sheet, rect: p.rect } : null;
}

export class NamedItemProxy extends ClientObject {
  protected readonly _scalars = ['name', 'type', 'value', 'formula', 'visible', 'comment'];
  constructor(context: MemoryRequestContext, private readonly key: () => string | undefined, nullable = false) {
    super(context, nullable);
  }
  private item(x: Exec): NameModel | undefined {
    const k = this.key();
    return k === undefined ? undefined : x.wb.findName(k);
  }
  _check(x: Exec): boolean {
    if (this.item(x)) return true;
    return this._nullable ? false : fail('ItemNotFound', `Le nom « ${this.key()} » est introuvable.`);
  }
  protected _read(name: string, x: Exec): unknown {
    const n = this.item(x)!;
    const body = n.formula.replace(/^=/, '');
    const num = Number(body);
    switch (name) {
      case 'name': return n.name;
      case 'formula': return n.formula;
      case 'visible': return n.visible;
      case 'comment': return n.comment;
      case 'type':
        if (nameRange(x, n)) return 'Range';
        if (/^(TRUE|FALSE)$/i.test(body)) return 'Boolean';
        if (body !== '' && !Number.isNaN(num)) return Number.isInteger(num) ? 'Integer' : 'Double';
        return body.startsWith('#') ? 'Error' : 'String';
      default:
        if (nameRange(x, n)) return body;
        if (body.startsWith('"')) return body.slice(1, -1).replace(/""/g, '"');
        return body !== '' && !Number.isNaN(num) ? num : body;
    }
  }
  get name(): string { return this._get('name'); }
  get type(): string { return this._get('type'); }
  get value(): unknown { return this._get('value'); }
  get formula(): string { return this._get('formula'); }
  get visible(): boolean { return this._get('visible'); }
  set visible(v: boolean) { this._set('visible', v, (x) => (this.item(x)!.visible = !!v)); }
  get comment(): string { return this._get('comment'); }
  set comment(v: string) { this._set('comment', v, (x) => (this.item(x)!.comment = String(v))); }
  getRange(): RangeProxy {
    return new RangeProxy(this.context, (x) => nameRange(x, this.item(x)!) ?? fail('InvalidArgument', "Ce nom ne désigne pas une plage."));
  }
  getRangeOrNullObject(): RangeProxy {
    return new RangeProxy(this.context, (x) => {
      const n = this.item(x);
      return n ? nameRange(x, n) : null;
    }, true);
  }
  delete(): void {
    this._op({ delete: true }, (x) => {
      const n = this.item(x)!;
      x.wb.meta.names = x.wb.meta.names.filter((o) => o !== n);
      x.wb.changed(true);
    });
  }
}

export class NamedItemCollectionProxy extends CollectionProxy<NamedItemProxy> {
  _check(): boolean {
    return true;
  }
  protected _list(x: Exec): NamedItemProxy[] {
    return x.wb.meta.names.map((n) => new NamedItemProxy(this.context, () => n.name));
  }
  add(name: string, reference: RangeProxy | string, comment?: string): NamedItemProxy {
    this._op({ add: [name, typeof reference === 'string' ? reference : null, comment ?? null] }, (x) => {
      const checked = checkDefinedName(x.wb, name);
      let formula: string;
      if (reference instanceof RangeProxy) {
        const t = reference._tgt(x);
        formula = `=${formatAddress(t.sheet.name, t.rect, true)}`;
      } else if (typeof reference === 'string' && reference !== '') formula = reference.startsWith('=') ? reference : `=${reference}`;
      else return fail('InvalidArgument', 'names.add : référence invalide.');
      x.wb.meta.names.push({ name: checked, formula, comment: comment ?? '', visible: true });
      x.wb.changed(true);
    });
    return new NamedItemProxy(this.context, () => name);
  }
  getItem(name: string): NamedItemProxy {
    return new NamedItemProxy(this.context, () => name);
  }
  getItemOrNullObject(name: string): NamedItemProxy {
    return new NamedItemProxy(this.context, () => name, true);
  }
}

export class ApplicationProxy extends ClientObject {
  protected readonly _scalars = ['calculationMode'];
  _check(): boolean {
    return true;
  }
  protected _read(): unknown {
    return 'Automatic';
  }
  get calculationMode(): string { return this._get('calculationMode'); }
  calculate(_type?: string): void {
    this._op({ calculate: true }, () => undefined);
  }
  suspendApiCalculationUntilNextSync(): void {
    this._op({ suspend: true }, () => undefined);
  }
}

export class WorkbookProxy extends ClientObject {
  protected readonly _scalars = ['name'];
  _check(): boolean {
    return true;
  }
  protected _read(): unknown {
    return 'Classeur1';
  }
  protected override _nav(name: string): ClientObject | undefined {
    return name === 'worksheets' ? this.worksheets : name === 'tables' ? this.tables : name === 'names' ? this.names : undefined;
  }
  get name(): string { return this._get('name'); }
  get worksheets(): WorksheetCollectionProxy { return this._child('worksheets', () => new WorksheetCollectionProxy(this.context)); }
  get tables(): TableCollectionProxy { return this._child('tables', () => new TableCollectionProxy(this.context)); }
  get names(): NamedItemCollectionProxy { return this._child('names', () => new NamedItemCollectionProxy(this.context)); }
  get application(): ApplicationProxy { return this._child('application', () => new ApplicationProxy(this.context)); }
  getSelectedRange(): RangeProxy {
    return new RangeProxy(this.context, (x) => {
      const sheet = x.wb.activeSheet();
      return { sheet, rect: sheet.meta.selection };
    });
  }
  getActiveCell(): RangeProxy {
    return new RangeProxy(this.context, (x) => {
      const sheet = x.wb.activeSheet();
      return { sheet, rect: { ...sheet.meta.selection, rows: 1, cols: 1 } };
    });
  }
}
