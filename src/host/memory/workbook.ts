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
}

/** Arguments given to `worksheet.onChanged` handlers (shape of Excel.WorksheetChangedEventArgs). */
export interface ChangedEventArgs {
  type: 'WorksheetChanged';
  address: string;
  worksheetId: string;
  changeType: 'RangeEdited';
  source: 'Local';
  triggerSource: 'Unknown';
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

  constructor(options: MemoryWorkbookOptions = {}) {
    this.payloadLimit = options.payloadLimit ?? DEFAULT_PAYLOAD_LIMIT;
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
   * `details: { valueBefore, valueAfter }`; a multi-cell paste carries no details (as in Excel).
   */
  async simulateUserEdit(sheetName: string, address: string, values: unknown): Promise<ChangedEventArgs> {
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
    const args: ChangedEventArgs = {
      type: 'WorksheetChanged',
      address: local,
      worksheetId: sheetId,
      changeType: 'RangeEdited',
      source: 'Local',
      triggerSource: 'Unknown',
      ...(single ? { details: { valueBefore: before, valueAfter: after, valueTypeBefore: valueType(before), valueTypeAfter: valueType(after) } } : {}),
      getRange: (ctx) => ctx.workbook.worksheets.getItem(sheetId).getRange(local),
      getRangeOrNullObject: (ctx) => ctx.workbook.worksheets.getItem(sheetId).getRange(local),
    };
    for (const h of [...(this.handlers.get(sheetId) ?? [])]) await h(args);
    return args;
  }
}
