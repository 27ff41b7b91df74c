/**
 * Reading the workbook: the household table (an Excel table, else its headers on a plain range) in
 * one load of the body values (chunked over ~4 MB), the operations, the parameters and the stored
 * definitions of the user fields (RIME_champs, loaded in the same sync as the parameters).
 */
import {
  ALL_OPERATIONS, column, headerOf, HOUSEHOLD_COLUMNS, HOUSEHOLD_SHEET, HOUSEHOLD_TABLE, OPERATION_TABLE,
  type CellValue, type ColumnDef, type CustomFieldDef,
} from '../../domain/catalogue';
import { parseRow, type CellProblem, type Household, type RawRow } from '../../domain/household';
import { missingColumn, missingSheet, missingTable } from '../errors';
import { decodeFields, FIELDS_SHEET, withDefinitions } from '../fields/store';
import { PARAMS_SHEET } from '../setup/layout';
import { findHeaderRegion, isBlank, type Grid } from './grid';
import { householdMatcher, mapHeaders, operationMatcher } from './headers';
import { readParams, type Params } from './params';
import { dimsOf, findSheetName, loadGrids, queueUsedRange, type Dims, queueNames } from './sheets';
import { headersOf, pickByHeaders, queueCandidates } from './tables';
import { isDateFormat } from './userColumns';

export interface HouseholdSource {
  readonly sheet: string;
  /** The Excel table's name, or null for a plain range found by its headers. */
  readonly table: string | null;
  /** 0-based sheet row of the headers and column of the first header. */
  readonly headerRow: number;
  readonly firstCol: number;
  readonly headers: readonly string[];
}

export interface RawHousehold {
  /** Sheet row (1-based, as Excel shows it). */
  readonly row: number;
  /** Cells keyed by catalogue key and by user-column key ('custom:…'). */
  readonly raw: RawRow;
}

export interface HouseholdsRead {
  readonly source: HouseholdSource;
  /** Catalogue key or user-column key → 0-based sheet column. */
  readonly columns: Readonly<Record<string, number>>;
  /** Catalogue columns absent from the table. */
  readonly missing: readonly string[];
  /**
   * The user columns, in sheet order: typed by their stored definition (RIME_champs) when they have
   * one, else guessed from the cells (numbers → nombre or date, anything else → texte) and flagged
   * `guessed` (criteria on them accept text and number operators: the pane may have guessed otherwise).
   */
  readonly customFields: readonly CustomFieldDef[];
  readonly rows: readonly RawHousehold[];
  readonly households: readonly Household[];
  readonly problems: readonly { readonly row: number; readonly problems: readonly CellProblem[] }[];
  readonly params: Params;
  readonly operations: readonly string[];
  /** Syncs this read made. */
  readonly syncs: number;
}

export interface ReadHouseholdsOptions {
  /** Catalogue columns that must exist, else a WorkbookError 'MissingColumn' (default: N° d'identification). */
  readonly required?: readonly string[];
  /** Keep rows where nothing is typed (default false). */
  readonly keepBlankRows?: boolean;
}

const derivedKeys: Record<string, true> = Object.fromEntries(
  (HOUSEHOLD_COLUMNS as readonly ColumnDef[]).filter((c) => c.kind === 'derived').map((c) => [c.key, true]),
);

/** The type of a user column typed by hand (no stored definition), guessed from its cells. */
function customType(values: CellValue[], format: string): CustomFieldDef['type'] {
  const filled = values.filter((v) => !isBlank(v));
  if (filled.length === 0 || !filled.every((v) => typeof v === 'number')) return 'text';
  return isDateFormat(format) ? 'date' : 'number';
}

/** The rows of a body grid as raw rows keyed by column key. */
export function rawRows(
  body: readonly (readonly CellValue[])[], firstRow: number, byKey: ReadonlyMap<string, number>, keepBlank = false,
): RawHousehold[] {
  const out: RawHousehold[] = [];
  body.forEach((cells, i) => {
    const raw: Record<string, CellValue> = {};
    let any = false;
    for (const [key, idx] of byKey) {
      const v = cells[idx] ?? '';
      raw[key] = v;
      if (!isBlank(v) && !(key in derivedKeys)) any = true;
    }
    if (any || keepBlank) out.push({ row: firstRow + i + 1, raw });
  });
  return out;
}


/** Column key (catalogue keys, then the user columns' 'custom:…' keys) → index in the headers. */
export function keysOf(map: ReturnType<typeof mapHeaders>): Map<string, number> {
  return new Map<string, number>([...map.byKey, ...map.user.map((u) => [u.key, u.index] as [string, number])]);
}

export async function readHouseholds(context: Excel.RequestContext, opts: ReadHouseholdsOptions = {}): Promise<HouseholdsRead> {
  const wb = context.workbook;
  const loaded = queueNames(wb);
  await context.sync();
  const sheetNames = loaded.sheetNames();
  const tableNames = loaded.tableNames();
  const hasTable = (n: string): boolean => tableNames.some((t) => t.toLowerCase() === n.toLowerCase());

  // Second sync: where the households are (the table by name, else a table by its headers, else
  // the sheet's used range), the parameters, the operations, the user fields' definitions.
  let sheetName = findSheetName(sheetNames, HOUSEHOLD_SHEET);
  const candidates = queueCandidates(wb, tableNames, HOUSEHOLD_TABLE, [OPERATION_TABLE]);
  const used = sheetName ? queueUsedRange(wb.worksheets.getItem(sheetName)) : null;
  if (!sheetName && !candidates.named && candidates.others.length === 0) throw missingSheet(HOUSEHOLD_SHEET);
  const paramsName = findSheetName(sheetNames, PARAMS_SHEET);
  const paramsRange = paramsName ? wb.worksheets.getItem(paramsName).getUsedRangeOrNullObject(true) : null;
  paramsRange?.load('rowIndex,columnIndex,values');
  const opsBody = hasTable(OPERATION_TABLE) ? wb.tables.getItem(OPERATION_TABLE).getRange().load('values') : null;
  const fieldsName = findSheetName(sheetNames, FIELDS_SHEET);
  const fieldsRange = fieldsName ? wb.worksheets.getItem(fieldsName).getUsedRangeOrNullObject(true).load('values') : null;
  await context.sync();

  let source: HouseholdSource;
  let dims: Dims | null;
  let bodyFormats: Excel.Range | null = null;
  const table = candidates.named ?? pickByHeaders(candidates.others, householdMatcher, sheetName ?? HOUSEHOLD_SHEET);
  if (table) {
    const tableRange = table.range;
    sheetName = table.sheet.name;
    source = { sheet: sheetName, table: table.name, headerRow: tableRange.rowIndex, firstCol: tableRange.columnIndex, headers: headersOf(table) };
    dims = { row: tableRange.rowIndex + 1, col: tableRange.columnIndex, rows: tableRange.rowCount - 1, cols: tableRange.columnCount };
    if (dims.rows > 0) {
      bodyFormats = wb.worksheets.getItem(sheetName).getRangeByIndexes(dims.row, dims.col, 1, dims.cols).load('numberFormat');
    }
  } else {
    if (!sheetName || !used) throw missingSheet(HOUSEHOLD_SHEET);
    dims = dimsOf(used);
    source = { sheet: sheetName!, table: null, headerRow: -1, firstCol: 0, headers: [] };
  }
  const { grids, syncs } = await loadGrids(context, [{ sheet: sheetName!, dims, props: ['values'] }]);
  let grid: Grid = grids[0];
  let body: readonly (readonly CellValue[])[];
  if (source.table) {
    body = grid.formulas;
  } else {
    const region = findHeaderRegion(grid, householdMatcher);
    if (!region) throw missingTable(HOUSEHOLD_TABLE, sheetName!);
    source = { ...source, headerRow: region.headerRow, firstCol: region.firstCol, headers: region.headers };
    const first = region.headerRow + 1 - grid.row;
    body = grid.formulas.slice(first, first + region.rows).map((r) => r.slice(region.firstCol - grid.col, region.firstCol - grid.col + region.cols));
    grid = { row: region.headerRow + 1, col: region.firstCol, formulas: body };
  }
  const map = mapHeaders(source.headers, householdMatcher);
  for (const key of opts.required ?? ['householdId']) {
    if (!map.byKey.has(key)) throw missingColumn(headerOf(column(key)), source.sheet);
  }
  const formats = (bodyFormats?.numberFormat?.[0] ?? []) as string[];
  const stored = fieldsRange && !fieldsRange.isNullObject ? decodeFields(fieldsRange.values as CellValue[][]) : [];
  const defined = new Set(stored.map((f) => f.key));
  const customFields = withDefinitions(
    map.user.map((u) => ({
      key: u.key,
      label: u.header || `Colonne ${u.index + 1}`,
      // A defined column keeps its stored type (set by withDefinitions): a list of codes « 01 », « 02 » stays text.
      type: defined.has(u.key) ? 'text' : customType(body.map((r) => r[u.index]), formats[u.index] ?? 'General'),
      help: '',
      personal: false,
      guessed: true,
    })),
    stored,
  );
  const byKey = keysOf(map);
  const rows = rawRows(body, source.headerRow + 1, byKey, opts.keepBlankRows);

  const paramsGrid: Grid = paramsRange && !paramsRange.isNullObject
    ? { row: paramsRange.rowIndex, col: paramsRange.columnIndex, formulas: paramsRange.values as CellValue[][] }
    : { row: 0, col: 0, formulas: [] };
  const params = readParams(paramsGrid);
  const operations = opsBody ? operationNames(opsBody.values as CellValue[][]) : [];
  const households: Household[] = [];
  const problems: { row: number; problems: CellProblem[] }[] = [];
  for (const r of rows) {
    const parsed = parseRow(r.raw, {
      row: r.row, params: { smic: params.smic }, customFields, operations: opsBody ? operations : undefined,
    });
    households.push(parsed.household);
    if (parsed.problems.length > 0) problems.push({ row: r.row, problems: [...parsed.problems] });
  }
  const columns: Record<string, number> = {};
  for (const [k, i] of byKey) columns[k] = source.firstCol + i;
  const missing = (HOUSEHOLD_COLUMNS as readonly ColumnDef[]).filter((c) => !map.byKey.has(c.key)).map((c) => c.key);
  return { source, columns, missing, customFields, rows, households, problems, params, operations, syncs: syncs + 2 };
}

/** Names of the operations of a liste_opération table (header row included), Tout excluded. */
export function operationNames(table: readonly (readonly CellValue[])[]): string[] {
  if (table.length === 0) return [];
  const map = mapHeaders(table[0], operationMatcher);
  const name = map.byKey.get('name');
  if (name === undefined) return [];
  return table
    .slice(1)
    .map((r) => (isBlank(r[name]) ? '' : String(r[name]).trim()))
    .filter((n) => n !== '' && n.toLowerCase() !== ALL_OPERATIONS.toLowerCase());
}
