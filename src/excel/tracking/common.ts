/** Shared by the tracking modules: the injected `run`, the workbook's sheet and table names, dates. */
import type { CellValue } from '../../domain/catalogue';
import { isoLocal } from '../../domain/tracking';
import { findSheetName } from '../workbook/sheets';

/** `Excel.run` inside Office, the memory host's `run` in tests and the demo. */
export type RunFn = <T>(callback: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

/** A moment given as a Date or as a local ISO date-time « yyyy-mm-ddThh:mm:ss ». */
export type Moment = Date | string;

export function atOf(now: Moment | undefined): string {
  if (now === undefined) return isoLocal(new Date());
  return typeof now === 'string' ? now : isoLocal(now);
}

export interface Names {
  readonly sheets: readonly string[];
  readonly tables: readonly string[];
}

/** Queues the load of the sheet and table names; read them with `namesOf` after the next sync. */
export function queueNames(context: Excel.RequestContext): () => Names {
  // Keep the collection objects: the memory host gives a new proxy at each property access.
  const sheets = context.workbook.worksheets.load('items/name');
  const tables = context.workbook.tables.load('items/name');
  return () => ({ sheets: sheets.items.map((s) => s.name), tables: tables.items.map((t) => t.name) });
}

export function hasTable(names: Names, table: string): boolean {
  return names.tables.some((t) => t.toLowerCase() === table.toLowerCase());
}

export function sheetOf(names: Names, sheet: string): string | null {
  return findSheetName(names.sheets, sheet);
}

/** The used range (values only) of a sheet, queued: position and values. */
export function queueUsed(context: Excel.RequestContext, sheet: string): Excel.Range {
  const r = context.workbook.worksheets.getItem(sheet).getUsedRangeOrNullObject(true);
  r.load('isNullObject,rowIndex,columnIndex,rowCount,columnCount,values');
  return r;
}

export function usedValues(r: Excel.Range | null): CellValue[][] {
  return r && !r.isNullObject ? (r.values as CellValue[][]) : [];
}

/** Creates a sheet, hidden or very hidden when asked (queued). */
export function addSheet(
  context: Excel.RequestContext,
  name: string,
  visibility: 'Visible' | 'Hidden' | 'VeryHidden' = 'Visible',
): Excel.Worksheet {
  const ws = context.workbook.worksheets.add(name);
  if (visibility !== 'Visible') ws.visibility = visibility as Excel.SheetVisibility;
  return ws;
}

/** A rows × cols block of one number format. */
export function formatBlock(rows: number, formats: readonly string[]): string[][] {
  return Array.from({ length: rows }, () => [...formats]);
}

/** Approximate JSON bytes of a row of cells (to cut writes under the payload limit). */
export function rowBytes(row: readonly CellValue[]): number {
  let n = 2;
  for (const v of row) n += typeof v === 'string' ? v.length * 2 + 3 : 12;
  return n;
}
