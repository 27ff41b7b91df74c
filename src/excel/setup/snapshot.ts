/**
 * Everything "Préparer le classeur" needs, read in a constant number of syncs: names (1), positions
 * (2), contents and dropdowns (3, plus chunks over ~4 MB), and for a legacy range its formats (4).
 */
import {
  column, HOUSEHOLD_SHEET, HOUSEHOLD_TABLE, OPERATION_SHEET, OPERATION_TABLE, type CellValue,
} from '../../domain/catalogue';
import { PARAM_NAMES } from '../../domain/derived';
import { findHeaderRegion, type Grid } from '../workbook/grid';
import { householdMatcher, mapHeaders } from '../workbook/headers';
import { dimsOf, findSheetName, loadGrids, queueUsedRange, unionDims, type Dims, type GridRequest } from '../workbook/sheets';
import type { ExistingRule } from './householdTable';
import { EXPLANATION_SHEET, LISTS_SHEET, NAMES, PARAMS_SHEET, VARIABLES_SHEET } from './layout';

export interface TableSnap {
  readonly headerRow: number;
  readonly firstCol: number;
  readonly headers: readonly string[];
  readonly rows: number;
}

export interface SheetSnap {
  /** Actual sheet name, or null when the sheet is missing. */
  readonly sheet: string | null;
  readonly grid: Grid;
}

export interface Snapshot {
  readonly names: ReadonlySet<string>;
  readonly household: SheetSnap & {
    readonly table: TableSnap | null;
    readonly validations: ReadonlyMap<number, ExistingRule | null>;
    readonly formats: ReadonlyMap<number, string>;
  };
  readonly operations: SheetSnap & { readonly table: TableSnap | null };
  readonly params: SheetSnap;
  readonly lists: SheetSnap;
  readonly variables: SheetSnap;
  readonly explanation: SheetSnap;
  readonly syncs: number;
}

const EMPTY: Grid = { row: 0, col: 0, formulas: [], values: [] };

interface TableProxies {
  range: Excel.Range;
  header: Excel.Range;
  sheet: Excel.Worksheet;
  used: Excel.Range;
}

function queueTable(wb: Excel.Workbook, name: string): TableProxies {
  const t = wb.tables.getItem(name);
  const sheet = t.worksheet.load('name');
  return {
    range: t.getRange().load('rowIndex,columnIndex,rowCount,columnCount'),
    header: t.getHeaderRowRange().load('values'),
    sheet,
    used: queueUsedRange(sheet),
  };
}

function tableSnap(p: TableProxies): TableSnap {
  return {
    headerRow: p.range.rowIndex,
    firstCol: p.range.columnIndex,
    headers: (p.header.values[0] as CellValue[]).map((v) => String(v ?? '').trim()),
    rows: p.range.rowCount - 1,
  };
}

const tableDims = (t: TableSnap): Dims => ({ row: t.headerRow, col: t.firstCol, rows: t.rows + 1, cols: t.headers.length });

export async function readSnapshot(context: Excel.RequestContext): Promise<Snapshot> {
  const wb = context.workbook;
  wb.worksheets.load('items/name');
  wb.tables.load('items/name');
  const nameList = [NAMES.bailleur, NAMES.referent, NAMES.smicYear, PARAM_NAMES.smic];
  const nameProxies = nameList.map((n) => wb.names.getItemOrNullObject(n).load('name'));
  await context.sync();
  const sheetNames = wb.worksheets.items.map((s) => s.name);
  const tables = wb.tables.items.map((t) => t.name.toLowerCase());
  const names = new Set(nameList.filter((_, i) => !nameProxies[i].isNullObject).map((n) => n.toUpperCase()));

  const wanted = [HOUSEHOLD_SHEET, OPERATION_SHEET, PARAMS_SHEET, LISTS_SHEET, VARIABLES_SHEET, EXPLANATION_SHEET];
  const found = wanted.map((w) => findSheetName(sheetNames, w));
  const used = found.map((s) => (s ? queueUsedRange(wb.worksheets.getItem(s)) : null));
  const hh = tables.includes(HOUSEHOLD_TABLE.toLowerCase()) ? queueTable(wb, HOUSEHOLD_TABLE) : null;
  const op = tables.includes(OPERATION_TABLE.toLowerCase()) ? queueTable(wb, OPERATION_TABLE) : null;
  await context.sync();

  const hhTable = hh ? tableSnap(hh) : null;
  const opTable = op ? tableSnap(op) : null;
  const hhSheet = hh ? hh.sheet.name : found[0];
  const opSheet = op ? op.sheet.name : found[1];
  const hhDims = hh ? unionDims(dimsOf(hh.used), tableDims(hhTable!)) : used[0] ? dimsOf(used[0]) : null;
  const opDims = op ? unionDims(dimsOf(op.used), tableDims(opTable!)) : used[1] ? dimsOf(used[1]) : null;
  const requests: GridRequest[] = [
    { sheet: hhSheet ?? '', dims: hhSheet ? hhDims : null, props: ['formulas', 'values'] },
    { sheet: opSheet ?? '', dims: opSheet ? opDims : null, props: ['formulas', 'values'] },
    ...[2, 3, 4, 5].map((i): GridRequest => ({
      sheet: found[i] ?? '', dims: used[i] ? dimsOf(used[i]!) : null, props: i === 2 ? ['formulas', 'values'] : ['formulas'],
    })),
  ];
  // Dropdowns of the household table's code columns, read on their first body cell.
  const rules = new Map<number, Excel.DataValidation>();
  if (hhTable && hhSheet) {
    const map = mapHeaders(hhTable.headers, householdMatcher);
    for (const [key, idx] of map.byKey) {
      if (column(key).kind !== 'code') continue;
      const dv = wb.worksheets.getItem(hhSheet).getRangeByIndexes(hhTable.headerRow + 1, hhTable.firstCol + idx, 1, 1).dataValidation;
      dv.load('rule,prompt');
      rules.set(hhTable.firstCol + idx, dv);
    }
  }
  const { grids, syncs } = await loadGrids(context, requests);
  const validations = new Map<number, ExistingRule | null>();
  for (const [col, dv] of rules) {
    const source = dv.rule?.list?.source;
    validations.set(col, typeof source === 'string' ? { source, prompt: dv.prompt?.message ?? '' } : null);
  }
  // A legacy range: the number formats of its first data row (kept on user columns when they move).
  const formats = new Map<number, string>();
  let extra = 0;
  if (!hhTable && hhSheet) {
    const region = findHeaderRegion(grids[0], householdMatcher);
    if (region && region.rows > 0) {
      const r = wb.worksheets.getItem(hhSheet).getRangeByIndexes(region.headerRow + 1, region.firstCol, 1, region.cols).load('numberFormat');
      await context.sync();
      extra = 1;
      (r.numberFormat[0] as string[]).forEach((f, i) => formats.set(region.firstCol + i, f));
    }
  }
  const snap = (i: number, sheet: string | null): SheetSnap => ({ sheet, grid: sheet ? grids[i] : EMPTY });
  return {
    names,
    household: { ...snap(0, hhSheet), table: hhTable, validations, formats },
    operations: { ...snap(1, opSheet), table: opTable },
    params: snap(2, found[2]),
    lists: snap(3, found[3]),
    variables: snap(4, found[4]),
    explanation: snap(5, found[5]),
    syncs: 2 + syncs + extra,
  };
}
