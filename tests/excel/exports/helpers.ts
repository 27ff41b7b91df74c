/** A sample workbook on the in-memory host, and a scan of every cell of an export. */
import ExcelJS from 'exceljs';
import { loadSample } from '../../../src/excel/sample/loadSample';
import { MemoryWorkbook } from '../../../src/host/memory';
import { ClientObject } from '../../../src/host/memory/proxy/base';

/**
 * Host gap (reported): `load('isNullObject,…')` (as src/excel/workbook/sheets.ts queues it) is refused
 * by the memory host (« Propriété inconnue »); Office.js fills isNullObject at sync anyway. Until the
 * host accepts it, the name is dropped from string load arguments.
 */
const load = ClientObject.prototype.load;
ClientObject.prototype.load = function patched(this: ClientObject, arg?: unknown) {
  if (typeof arg === 'string' && arg.includes('isNullObject')) {
    arg = arg.split(',').map((p) => p.trim()).filter((p) => p !== 'isNullObject').join(',') || undefined;
  }
  return load.call(this, arg);
} as typeof load;
import { generateSample, type Sample } from '../../../src/sample';

export const TODAY = 46000; // 9 décembre 2025

export async function sampleWorkbook(households: number, opts: { prepared?: boolean; seed?: number } = {}): Promise<{ wb: MemoryWorkbook; sample: Sample }> {
  const sample = generateSample({ households, operations: 3, seed: opts.seed ?? 7, today: TODAY });
  const wb = new MemoryWorkbook();
  await wb.run((context) => loadSample(context, sample, { today: TODAY, legacyOnly: opts.prepared !== true, bailleur: 'Habitat Test' }));
  return { wb, sample };
}

/** Every non-blank cell of a sheet of the memory host, as text. */
export function sheetTexts(wb: MemoryWorkbook, sheet: string): string[] {
  const s = wb.sheet(sheet);
  if (!s) throw new Error(`no sheet ${sheet}`);
  return s.values().flat().filter((v) => v !== '').map(String);
}

/** Every non-blank cell of every sheet of an .xlsx (base64), as text, and the file's properties. */
export async function xlsxTexts(base64: string): Promise<{ texts: string[]; book: ExcelJS.Workbook }> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(Buffer.from(base64, 'base64') as unknown as ExcelJS.Buffer);
  const texts: string[] = [];
  book.eachSheet((ws) => {
    texts.push(ws.name);
    ws.eachRow({ includeEmpty: false }, (row) => {
      row.eachCell({ includeEmpty: false }, (cell) => {
        const v = cell.value;
        if (v === null || v === undefined) return;
        texts.push(typeof v === 'object' ? JSON.stringify(v) : String(v));
      });
    });
  });
  texts.push(String(book.creator ?? ''), String(book.lastModifiedBy ?? ''), String(book.title ?? ''));
  return { texts, book };
}

/** Personal values of the sample rows (names, first names, addresses, comments), non-blank. */
export function personalValues(sample: Sample, operation?: string): string[] {
  const rows = operation === undefined ? sample.rows : sample.rows.filter((r) => r.operation === operation);
  const out = new Set<string>();
  for (const r of rows) {
    for (const v of [r.lastName, r.firstName, r.address, r.comments]) if (typeof v === 'string' && v.trim() !== '') out.add(v.trim());
  }
  return [...out];
}

/**
 * Personal values found in the texts: equal to a cell, or inside a cell for long values (addresses,
 * comments; short surnames such as « Martin » may be part of an invented place name).
 */
export function leaks(texts: readonly string[], personal: readonly string[]): string[] {
  const cells = new Set(texts.map((t) => t.trim()));
  return personal.filter((p) => cells.has(p) || (p.length >= 12 && texts.some((t) => t.includes(p))));
}

/**
 * Host gap (reported): the memory host's `workbook.worksheets` / `tables` / `names` return a new
 * proxy at each access, where Office.js returns the same object (a load on one is read on the other).
 * Until the host caches them, runs go through this view of the context that does.
 */
export function run<T>(wb: MemoryWorkbook, cb: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
  return wb.run((context) => {
    const cache = new Map<PropertyKey, unknown>();
    const workbook = new Proxy(context.workbook, {
      get(target, prop) {
        if (prop === 'worksheets' || prop === 'tables' || prop === 'names') {
          if (!cache.has(prop)) cache.set(prop, Reflect.get(target, prop, target));
          return cache.get(prop);
        }
        const v = Reflect.get(target, prop, target);
        return typeof v === 'function' ? v.bind(target) : v;
      },
    });
    const view = new Proxy(context, {
      get(target, prop) {
        if (prop === 'workbook') return workbook;
        const v = Reflect.get(target, prop, target);
        return typeof v === 'function' ? v.bind(target) : v;
      },
    });
    return cb(view);
  });
}
