/** Worksheet parts: freeze panes, page layout, horizontal page breaks, onChanged events. */
import { MAX_COLS, MAX_ROWS, type Rect } from '../address';
import { fail } from '../errors';
import type { SheetModel } from '../model/workbook-model';
import { ClientObject, CollectionProxy } from './base';
import type { ChangeHandler, Exec, MemoryRequestContext } from './context';
import { RangeProxy, targetOf } from './range';
import type { WorksheetProxy } from './worksheet';

abstract class SheetPart extends ClientObject {
  constructor(context: MemoryRequestContext, protected readonly ws: WorksheetProxy) {
    super(context);
  }
  _check(x: Exec): boolean {
    return this.ws._check(x);
  }
  protected sheet(x: Exec): SheetModel {
    return this.ws._sheet(x);
  }
}

export class WorksheetFreezePanesProxy extends SheetPart {
  protected readonly _scalars: string[] = [];
  protected _read(): unknown {
    return undefined;
  }
  private freeze(rows: number, cols: number): void {
    this._op({ freeze: [rows, cols] }, (x) => {
      const m = this.sheet(x).meta;
      if (rows >= 0) m.freezeRows = rows;
      if (cols >= 0) m.freezeCols = cols;
    });
  }
  freezeRows(count = 1): void { this.freeze(count, 0); }
  freezeColumns(count = 1): void { this.freeze(0, count); }
  freezeAt(frozenRange: RangeProxy | string): void {
    this._op({ freezeAt: String(frozenRange) }, (x) => {
      const sheet = this.sheet(x);
      const { rect } = targetOf(x, frozenRange, sheet);
      sheet.meta.freezeRows = rect.row + rect.rows;
      sheet.meta.freezeCols = rect.col + rect.cols;
    });
  }
  unfreeze(): void { this.freeze(0, 0); }
  getLocationOrNullObject(): RangeProxy {
    return new RangeProxy(this.context, (x) => {
      const sheet = this.sheet(x);
      const { freezeRows: r, freezeCols: c } = sheet.meta;
      if (!r && !c) return null;
      const rect: Rect = { row: 0, col: 0, rows: r || MAX_ROWS, cols: c || MAX_COLS };
      return { sheet, rect };
    }, true);
  }
}

export class PageLayoutProxy extends SheetPart {
  protected readonly _scalars = ['orientation', 'zoom'];
  protected _read(n: string, x: Exec): unknown {
    const m = this.sheet(x).meta;
    return n === 'zoom' ? (m.printScale === null ? {} : { scale: m.printScale }) : m.orientation;
  }
  /** Only `scale` is modelled (fit-to-pages options are refused rather than silently ignored). */
  get zoom(): { scale?: number } { return this._get('zoom'); }
  set zoom(v: { scale?: number }) {
    this._set('zoom', v, (x) => {
      const keys = Object.keys(v ?? {});
      if (keys.some((k) => k !== 'scale')) fail('InvalidArgument', `Option d'échelle non gérée par l'hôte en mémoire : ${keys.join(', ')}.`);
      const s = v.scale;
      if (s === undefined) return;
      if (!Number.isInteger(s) || s < 10 || s > 400) fail('InvalidArgument', `Échelle d'impression invalide : ${s} (entre 10 et 400).`);
      this.sheet(x).meta.printScale = s;
    });
  }
  get orientation(): string { return this._get('orientation'); }
  set orientation(v: string) {
    this._set('orientation', v, (x) => {
      if (v !== 'Portrait' && v !== 'Landscape') fail('InvalidArgument', `Orientation invalide : ${v}.`);
      this.sheet(x).meta.orientation = v;
    });
  }
  setPrintArea(printArea: RangeProxy | string): void {
    this._op({ setPrintArea: String(printArea) }, (x) => {
      const sheet = this.sheet(x);
      sheet.meta.printArea = targetOf(x, printArea, sheet).rect;
    });
  }
  getPrintAreaOrNullObject(): RangeProxy {
    return new RangeProxy(this.context, (x) => {
      const sheet = this.sheet(x);
      return sheet.meta.printArea ? { sheet, rect: sheet.meta.printArea } : null;
    }, true);
  }
}

export class PageBreakProxy extends SheetPart {
  protected readonly _scalars = ['rowIndex', 'columnIndex'];
  constructor(context: MemoryRequestContext, ws: WorksheetProxy, private readonly row: number) {
    super(context, ws);
  }
  protected _read(name: string): unknown {
    return name === 'rowIndex' ? this.row : 0;
  }
  get rowIndex(): number { return this._get('rowIndex'); }
  get columnIndex(): number { return this._get('columnIndex'); }
}

export class PageBreakCollectionProxy extends CollectionProxy<PageBreakProxy> {
  constructor(context: MemoryRequestContext, private readonly ws: WorksheetProxy) {
    super(context);
  }
  _check(x: Exec): boolean {
    return this.ws._check(x);
  }
  protected _list(x: Exec): PageBreakProxy[] {
    return this.ws._sheet(x).meta.rowBreaks.map((r) => new PageBreakProxy(this.context, this.ws, r));
  }
  add(pageBreakRange: RangeProxy | string): void {
    this._op({ add: String(pageBreakRange) }, (x) => {
      const sheet = this.ws._sheet(x);
      const row = targetOf(x, pageBreakRange, sheet).rect.row;
      if (!sheet.meta.rowBreaks.includes(row)) sheet.meta.rowBreaks = [...sheet.meta.rowBreaks, row].sort((a, b) => a - b);
    });
  }
  removePageBreaks(): void {
    this._op({ removePageBreaks: true }, (x) => (this.ws._sheet(x).meta.rowBreaks = []));
  }
}

/** Like Office.js: `remove()` is queued on the context that added the handler; sync that context. */
export class EventHandlerResult {
  constructor(readonly context: MemoryRequestContext, private readonly undo: (x: Exec) => void) {}
  remove(): void {
    this.context.enqueue({ bytes: 0, write: false, run: (x) => this.undo(x) });
  }
}

export class WorksheetChangedEvent {
  constructor(private readonly context: MemoryRequestContext, private readonly ws: WorksheetProxy) {}
  add(handler: ChangeHandler): EventHandlerResult {
    if (typeof handler !== 'function') fail('InvalidArgument', 'onChanged.add : une fonction est attendue.');
    let sheetId = '';
    this.context.enqueue({ bytes: 0, write: false, run: (x) => {
      sheetId = this.ws._sheet(x).id;
      x.onCommit(() => x.host.addChangeHandler(sheetId, handler));
    } });
    return new EventHandlerResult(this.context, (x) => x.onCommit(() => x.host.removeChangeHandler(sheetId, handler)));
  }
  remove(handler: ChangeHandler): void {
    this.context.enqueue({ bytes: 0, write: false, run: (x) => {
      const id = this.ws._sheet(x).id;
      x.onCommit(() => x.host.removeChangeHandler(id, handler));
    } });
  }
}
