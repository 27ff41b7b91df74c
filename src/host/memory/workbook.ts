/**
 * MemoryWorkbook: the in-memory Excel host. `run(cb)` behaves like `Excel.run`; `stats` records
 * every sync with its request/response sizes; `fromXlsx`/`toXlsx` use ExcelJS.
 */
import { parseAddress, rectAddress } from './address';
import { Calc } from './calc/engine';
import { fail } from './errors';
import { writeCells } from './model/cells';
import { WorkbookModel } from './model/workbook-model';
import { MemoryRequestContext, type ChangeHandler, type HostCore, type SyncStats } from './proxy/context';
import type { ApiChange, ApiChangeType } from './proxy/events';
import { WorkbookProxy } from './proxy/workbook';
import { SheetInspector, TableInspector } from './inspect';
import { readXlsx } from './xlsx/read';
import { writeXlsx } from './xlsx/write';

export const DEFAULT_PAYLOAD_LIMIT = 5 * 1024 * 1024;

export interface MemoryWorkbookOptions {
  /** Request/response size limit per sync, in bytes (Excel on the web: 5 MB). */
  payloadLimit?: number;
  /** Sheets of a new workbook (default: one sheet `Feuil1`). */
  sheets?: string[];
  /** 'hyperformula' evaluates every formula through HyperFormula (reference mode). */
  engine?: 'auto' | 'hyperformula';
  /**
   * Whether change events carry `triggerSource` (ExcelApi 1.14, default true): 'ThisLocalAddin' for the
   * add-in's API writes, 'Unknown' for `simulateUserEdit`. False: the property is absent, as on hosts
   * that only have ExcelApi 1.13.
   */
  triggerSource?: boolean;
}

/** Arguments given to `worksheet.onChanged` handlers (shape of Excel.WorksheetChangedEventArgs). */
export interface ChangedEventArgs {
  type: 'WorksheetChanged';
  address: string;
  worksheetId: string;
  changeType: ApiChangeType;
  source: 'Local';
  /** Absent when the workbook was created with `triggerSource: false`. */
  triggerSource?: 'Unknown' | 'ThisLocalAddin';
  details?: { valueBefore: unknown; valueAfter: unknown; valueTypeBefore: string; valueTypeAfter: string };
  getRange(ctx: Excel.RequestContext): Excel.Range;
  getRangeOrNullObject(ctx: Excel.RequestContext): Excel.Range;
}

function emptyStats(): SyncStats {
  return { syncs: 0, requests: [], maxRequestBytes: 0, maxResponseBytes: 0, totalBytes: 0 };
}

function valueType(v: unknown): string {
  if (v === '' || v === null || v === undefined) return 'Empty';
  if (typeof v === 'boolean') return 'Boolean';
  if (typeof v === 'number') return Number.isInteger(v) ? 'Integer' : 'Double';
  return String(v).startsWith('#') ? 'Error' : 'String';
}

export class MemoryWorkbook implements HostCore {
  readonly model = new WorkbookModel();
  readonly calc = new Calc(this.model);
  readonly stats: SyncStats = emptyStats();
  payloadLimit: number;
  private readonly handlers = new Map<string, Set<ChangeHandler>>();
  private readonly triggerSource: boolean;
  /** Events of API writes not yet handed to the handlers (delivered after the sync that made them). */
  private delivery: Promise<void> = Promise.resolve();

  constructor(options: MemoryWorkbookOptions = {}) {
    this.payloadLimit = options.payloadLimit ?? DEFAULT_PAYLOAD_LIMIT;
    this.triggerSource = options.triggerSource ?? true;
    this.calc.hyperFormulaOnly = options.engine === 'hyperformula';
    for (const name of options.sheets ?? ['Feuil1']) this.model.addSheet(name);
  }

  /** Loads a workbook from .xlsx bytes. */
  static async fromXlsx(data: ArrayBuffer | Uint8Array, options: Omit<MemoryWorkbookOptions, 'sheets'> = {}): Promise<MemoryWorkbook> {
    const wb = new MemoryWorkbook({ ...options, sheets: [] });
    await readXlsx(wb.model, data);
    if (wb.model.sheets.length === 0) wb.model.addSheet('Feuil1');
    return wb;
  }

  /** Saves as .xlsx bytes (charts are listed on a `Note graphiques` sheet). */
  async toXlsx(): Promise<Uint8Array> {
    return writeXlsx(this.model, this.calc);
  }

  /** Like `Excel.run`: a fresh context; pending operations are synced when the callback resolves. */
  async run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
    const ctx = new MemoryRequestContext(this);
    const result = await batch(ctx as unknown as Excel.RequestContext);
    if (ctx.pending > 0) await ctx.sync();
    return result;
  }

  resetStats(): void {
    Object.assign(this.stats, emptyStats());
  }

  createWorkbookProxy(ctx: MemoryRequestContext): WorkbookProxy {
    return new WorkbookProxy(ctx);
  }

  addChangeHandler(sheetId: string, handler: ChangeHandler): void {
    let set = this.handlers.get(sheetId);
    if (!set) this.handlers.set(sheetId, (set = new Set()));
    set.add(handler);
  }

  removeChangeHandler(sheetId: string, handler: ChangeHandler): void {
    this.handlers.get(sheetId)?.delete(handler);
  }

  hasChangeHandlers(sheetId: string): boolean {
    return (this.handlers.get(sheetId)?.size ?? 0) > 0;
  }

  /**
   * The add-in's own writes: Excel raises their events asynchronously, after the sync that made them has
   * returned (so possibly after the action's Excel.run has ended). Here they are handed to the handlers
   * on the next macrotask, in order; a handler's promise is not awaited (as in Excel).
   */
  raiseApiChanges(changes: readonly ApiChange[]): void {
    const list = changes.map((c) => this.eventArgs(c.sheet.id, rectAddress(c.rect), c.changeType, 'ThisLocalAddin', c.before && {
      before: c.before.value,
      after: this.calc.apiValue(c.sheet, c.rect.row, c.rect.col),
    }));
    this.delivery = this.delivery
      .then(() => new Promise<void>((resolve) => setTimeout(resolve, 0)))
      .then(() => {
        for (const args of list) {
          for (const h of [...(this.handlers.get(args.worksheetId) ?? [])]) {
            void Promise.resolve()
              .then(() => h(args))
              .catch(() => undefined);
          }
        }
      });
  }

  /** Resolves once the events of the API writes made so far have been handed to the handlers (tests). */
  eventsDelivered(): Promise<void> {
    return this.delivery;
  }

  private eventArgs(
    sheetId: string,
    local: string,
    changeType: ApiChangeType,
    trigger: 'Unknown' | 'ThisLocalAddin',
    values?: { before: unknown; after: unknown },
  ): ChangedEventArgs {
    return {
      type: 'WorksheetChanged',
      address: local,
      worksheetId: sheetId,
      changeType,
      source: 'Local',
      ...(this.triggerSource ? { triggerSource: trigger } : {}),
      ...(values
        ? { details: { valueBefore: values.before, valueAfter: values.after, valueTypeBefore: valueType(values.before), valueTypeAfter: valueType(values.after) } }
        : {}),
      getRange: (ctx) => ctx.workbook.worksheets.getItem(sheetId).getRange(local),
      getRangeOrNullObject: (ctx) => ctx.workbook.worksheets.getItem(sheetId).getRange(local),
    };
  }

  /** Number of `onChanged` handlers registered on a sheet (test helper). */
  changeHandlerCount(sheetName: string): number {
    const s = this.model.sheetByName(sheetName);
    return s ? (this.handlers.get(s.id)?.size ?? 0) : 0;
  }

  // ---- test-only inspection -------------------------------------------------------------
  sheetNames(): string[] {
    return this.model.sheets.map((s) => s.name);
  }

  sheet(name: string): SheetInspector | undefined {
    const s = this.model.sheetByName(name);
    return s ? new SheetInspector(this.model, this.calc, s) : undefined;
  }

  table(name: string): TableInspector | undefined {
    const t = this.model.findTable(name);
    return t ? new TableInspector(this.calc, t.sheet, t.table) : undefined;
  }

  names(): { name: string; formula: string }[] {
    return this.model.meta.names.map((n) => ({ name: n.name, formula: n.formula }));
  }

  activeSheetName(): string {
    return this.model.activeSheet().name;
  }

  selection(): string {
    const s = this.model.activeSheet();
    return `${s.name}!${rectAddress(s.meta.selection)}`;
  }

  /**
   * Writes like a user typing or pasting (strings parsed as Excel does: `=` formulas, numbers,
   * TRUE/FALSE), then fires the sheet's onChanged handlers. A single cell carries
   * `details: { valueBefore, valueAfter }`; a multi-cell paste carries no details (as in Excel). Events of
   * earlier API writes are delivered first (Excel keeps the order of changes).
   */
  async simulateUserEdit(sheetName: string, address: string, values: unknown): Promise<ChangedEventArgs> {
    await this.delivery;
    const sheet = this.model.sheetByName(sheetName) ?? fail('ItemNotFound', `La feuille « ${sheetName} » est introuvable.`);
    const rect = parseAddress(address)?.rect ?? fail('InvalidArgument', `Adresse invalide : ${address}`);
    const single = rect.rows === 1 && rect.cols === 1;
    const matrix = Array.isArray(values) ? values : single ? [[values]] : values;
    const before = single ? this.calc.apiValue(sheet, rect.row, rect.col) : undefined;
    this.model.begin();
    try {
      writeCells(this.model, sheet, rect, matrix, 'simulateUserEdit');
      this.model.commit();
    } catch (e) {
      this.model.rollback();
      throw e;
    }
    const after = single ? this.calc.apiValue(sheet, rect.row, rect.col) : undefined;
    const local = rectAddress(rect);
    const sheetId = sheet.id;
    const args = this.eventArgs(sheetId, local, 'RangeEdited', 'Unknown', single ? { before, after } : undefined);
    for (const h of [...(this.handlers.get(sheetId) ?? [])]) await h(args);
    return args;
  }
}
