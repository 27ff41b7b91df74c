/** Reading liste_opération as typed operations (by header): the Excel table, else its headers on a plain range. */
import { OPERATION_SHEET, OPERATION_TABLE, type CellValue } from '../../domain/catalogue';
import { readDate, readNumber, readText } from '../../domain/household';
import { missingSheet } from '../errors';
import { missingOperationsTable } from '../operations/read';
import { isAll } from '../operations/figures';
import { findHeaderRegion, type Grid } from './grid';
import { mapHeaders, operationMatcher } from './headers';
import { dimsOf, findSheetName, loadGrids, queueUsedRange, queueNames } from './sheets';

export interface OperationRow {
  /** Sheet row (1-based). */
  readonly row: number;
  readonly name: string;
  readonly isAll: boolean;
  readonly commune: string | null;
  readonly district: string | null;
  readonly epci: string | null;
  readonly householdsToRelocate: number | null;
  readonly dwellingsToDemolish: number | null;
  readonly vacantDwellings: number | null;
  /** Excel date serials. */
  readonly startDate: number | null;
  readonly endDate: number | null;
  readonly relocatedCount: number | null;
  readonly lastRelocation: number | null;
  readonly notes: string | null;
}

export interface OperationsRead {
  readonly sheet: string;
  readonly table: string | null;
  /** The Tout row, when present. */
  readonly all: OperationRow | null;
  /** The other rows with a name, in sheet order. */
  readonly operations: readonly OperationRow[];
  readonly syncs: number;
}

/** Typed rows of a block whose first row holds the headers. */
export function operationRows(block: readonly (readonly CellValue[])[], headerRow: number): OperationRow[] {
  const map = mapHeaders(block[0] ?? [], operationMatcher);
  const get = (r: readonly CellValue[], key: string): CellValue | undefined => {
    const i = map.byKey.get(key);
    return i === undefined ? undefined : r[i];
  };
  const n = (r: readonly CellValue[], key: string, integer = false) => readNumber(get(r, key), integer).value;
  const d = (r: readonly CellValue[], key: string) => readDate(get(r, key)).value;
  const t = (r: readonly CellValue[], key: string) => readText(get(r, key)).value;
  const out: OperationRow[] = [];
  block.slice(1).forEach((r, i) => {
    const name = t(r, 'name');
    if (name === null) return;
    out.push({
      row: headerRow + i + 2, name, isAll: isAll(name),
      commune: t(r, 'commune'), district: t(r, 'district'), epci: t(r, 'epci'),
      householdsToRelocate: n(r, 'householdsToRelocate', true), dwellingsToDemolish: n(r, 'dwellingsToDemolish', true),
      vacantDwellings: n(r, 'vacantDwellings', true), startDate: d(r, 'startDate'), endDate: d(r, 'endDate'),
      relocatedCount: n(r, 'relocatedCount', true), lastRelocation: d(r, 'lastRelocation'), notes: t(r, 'notes'),
    });
  });
  return out;
}

/** Typed rows of liste_opération on a plain range (its headers found in the grid), or null without headers. */
export function operationRowsOfGrid(g: Grid): OperationRow[] | null {
  const region = findHeaderRegion(g, operationMatcher, 2);
  if (!region) return null;
  const block = g.formulas.slice(region.headerRow - g.row, region.headerRow - g.row + region.rows + 1)
    .map((r) => r.slice(region.firstCol - g.col, region.firstCol - g.col + region.cols));
  return operationRows(block, region.headerRow);
}

export async function readOperations(context: Excel.RequestContext): Promise<OperationsRead> {
  const wb = context.workbook;
  const loaded = queueNames(wb);
  await context.sync();
  const hasTable = loaded.tableNames().some((t) => t.toLowerCase() === OPERATION_TABLE.toLowerCase());
  let rows: OperationRow[];
  let sheet: string;
  let syncs = 2;
  if (hasTable) {
    const t = wb.tables.getItem(OPERATION_TABLE);
    const range = t.getRange().load('values,rowIndex');
    const ws = t.worksheet.load('name');
    await context.sync();
    sheet = ws.name;
    rows = operationRows(range.values as CellValue[][], range.rowIndex);
  } else {
    const name = findSheetName(loaded.sheetNames(), OPERATION_SHEET);
    if (!name) throw missingSheet(OPERATION_SHEET);
    const used = queueUsedRange(wb.worksheets.getItem(name));
    await context.sync();
    const { grids, syncs: s } = await loadGrids(context, [{ sheet: name, dims: dimsOf(used), props: ['values'] }]);
    syncs += s;
    const found = operationRowsOfGrid(grids[0]);
    if (!found) throw missingOperationsTable();
    sheet = name;
    rows = found;
  }
  return {
    sheet, table: hasTable ? OPERATION_TABLE : null,
    all: rows.find((r) => r.isAll) ?? null, operations: rows.filter((r) => !r.isAll), syncs,
  };
}
