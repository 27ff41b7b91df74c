/**
 * « Masquer / afficher les colonnes identifiantes » (guide p. 34): hides or shows the catalogue
 * columns flagged identifying and the user columns that hold personal data, found by header. A
 * hidden column is still in the file: for partners, use the anonymised export.
 */
import {
  HOUSEHOLD_COLUMNS, HOUSEHOLD_SHEET, HOUSEHOLD_TABLE, type CellValue, type ColumnDef,
} from '../../domain/catalogue';
import { missingSheet, missingTable } from '../errors';
import { findHeaderRegion } from '../workbook/grid';
import { householdMatcher, mapHeaders } from '../workbook/headers';
import { dimsOf, findSheetName, loadGrids, queueUsedRange } from '../workbook/sheets';
import { looksPersonal } from './personal';

/** How many rows of a plain range are searched for the header row. */
const HEADER_SEARCH_ROWS = 60;

export interface IdentifyingColumns {
  readonly sheet: string;
  /** 0-based sheet columns and their headers. */
  readonly columns: readonly { readonly col: number; readonly header: string }[];
  readonly syncs: number;
}

const IDENTIFYING_KEYS = new Set((HOUSEHOLD_COLUMNS as readonly ColumnDef[]).filter((c) => c.identifying).map((c) => c.key));

/** Identifying columns among headers (pure): 0-based indexes among them. */
export function identifyingIndexes(headers: readonly CellValue[]): number[] {
  const map = mapHeaders(headers, householdMatcher);
  const out = [...map.byKey].filter(([key]) => IDENTIFYING_KEYS.has(key)).map(([, i]) => i);
  for (const u of map.user) if (u.header !== '' && looksPersonal(u.header)) out.push(u.index);
  return out.sort((a, b) => a - b);
}

export async function findIdentifyingColumns(context: Excel.RequestContext): Promise<IdentifyingColumns> {
  const wb = context.workbook;
  wb.worksheets.load('items/name');
  wb.tables.load('items/name');
  await context.sync();
  const hasTable = wb.tables.items.some((t) => t.name.toLowerCase() === HOUSEHOLD_TABLE.toLowerCase());
  if (hasTable) {
    const t = wb.tables.getItem(HOUSEHOLD_TABLE);
    const header = t.getHeaderRowRange().load('values,columnIndex');
    const ws = t.worksheet.load('name');
    await context.sync();
    const headers = header.values[0] as CellValue[];
    const columns = identifyingIndexes(headers).map((i) => ({ col: header.columnIndex + i, header: String(headers[i]) }));
    return { sheet: ws.name, columns, syncs: 2 };
  }
  const sheet = findSheetName(wb.worksheets.items.map((s) => s.name), HOUSEHOLD_SHEET);
  if (!sheet) throw missingSheet(HOUSEHOLD_SHEET);
  const used = queueUsedRange(wb.worksheets.getItem(sheet));
  await context.sync();
  const dims = dimsOf(used);
  const top = dims ? { ...dims, rows: Math.min(dims.rows, HEADER_SEARCH_ROWS) } : null;
  const { grids, syncs } = await loadGrids(context, [{ sheet, dims: top, props: ['values'] }]);
  const region = findHeaderRegion(grids[0], householdMatcher);
  if (!region) throw missingTable(HOUSEHOLD_TABLE, sheet);
  const columns = identifyingIndexes(region.headers).map((i) => ({ col: region.firstCol + i, header: region.headers[i] }));
  return { sheet, columns, syncs: 2 + syncs };
}

export interface HideResult {
  readonly hidden: boolean;
  /** Headers of the columns hidden or shown. */
  readonly headers: readonly string[];
  readonly syncs: number;
}

export async function setIdentifyingColumnsHidden(context: Excel.RequestContext, hidden: boolean): Promise<HideResult> {
  const found = await findIdentifyingColumns(context);
  const ws = context.workbook.worksheets.getItem(found.sheet);
  for (const c of found.columns) ws.getRangeByIndexes(0, c.col, 1, 1).getEntireColumn().columnHidden = hidden;
  await context.sync();
  return { hidden, headers: found.columns.map((c) => c.header), syncs: found.syncs + 1 };
}

/** True when every identifying column is hidden (false when there is none). */
export async function areIdentifyingColumnsHidden(context: Excel.RequestContext): Promise<boolean> {
  const found = await findIdentifyingColumns(context);
  const ws = context.workbook.worksheets.getItem(found.sheet);
  const ranges = found.columns.map((c) => ws.getRangeByIndexes(0, c.col, 1, 1).getEntireColumn().load('columnHidden'));
  await context.sync();
  return ranges.length > 0 && ranges.every((r) => r.columnHidden === true);
}
