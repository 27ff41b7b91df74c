/**
 * Everything "Préparer le classeur" needs, read in a constant number of syncs: names (1), positions
 * (2), contents and dropdowns (3, plus chunks over ~4 MB), and for a legacy range its formats (4).
 */
import {
  column, HOUSEHOLD_COLUMNS, HOUSEHOLD_SHEET, HOUSEHOLD_TABLE, OPERATION_SHEET, OPERATION_TABLE, type CellValue,
} from '../../domain/catalogue';
import { PARAM_NAMES } from '../../domain/derived';
import { findHeaderRegion, type Grid } from '../workbook/grid';
import { householdMatcher, mapHeaders } from '../workbook/headers';
import { dimsOf, findSheetName, loadGrids, queueUsedRange, unionDims, type Dims, type GridRequest, queueNames } from '../workbook/sheets';
import { headersOf, pickByHeaders, queueCandidates, queueTable, type TableProxies } from '../workbook/tables';
import type { ExistingRule } from './householdTable';
import { readParams } from '../workbook/params';
import { suspectCells } from './derivedCheck';
import { EXPLANATION_SHEET, LISTS_SHEET, NAMES, PARAMS_SHEET, PREAMBLE_ROWS, VARIABLES_SHEET } from './layout';

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
    /** Table: the body's computed values (the grid then holds only the rows above the table to its first body row). */
    readonly values: Grid;
    /** Table: formulas of the derived cells whose value disagrees with the catalogue, sheet column → row → formula. */
    readonly suspects: ReadonlyMap<number, ReadonlyMap<number, CellValue>>;
    /** A user's table found by its headers, to be renamed Tableau_menages. */
    readonly renameFrom: string | null;
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

function tableSnap(p: TableProxies): TableSnap {
  return {
    headerRow: p.range.rowIndex,
    firstCol: p.range.columnIndex,
    headers: headersOf(p),
    rows: p.range.rowCount - 1,
  };
}

const tableDims = (t: TableSnap): Dims => ({ row: t.headerRow, col: t.firstCol, rows: t.rows + 1, cols: t.headers.length });
const bodyDims = (t: TableSnap): Dims => ({ row: t.headerRow + 1, col: t.firstCol, rows: Math.max(0, t.rows), cols: t.headers.length });
/** The preamble rows above a table, its header row and first body row, wide enough for the columns to add. */
function headBlock(t: TableSnap): Dims {
  const row = Math.max(0, t.headerRow - PREAMBLE_ROWS);
  return { row, col: t.firstCol, rows: t.headerRow + 2 - row, cols: t.headers.length + HOUSEHOLD_COLUMNS.length };
}

/** Runs of consecutive rows. */
export function contiguous(rows: readonly number[]): { start: number; count: number }[] {
  const out: { start: number; count: number }[] = [];
  for (const r of rows) {
    const last = out[out.length - 1];
    if (last && last.start + last.count === r) last.count++;
    else out.push({ start: r, count: 1 });
  }
  return out;
}

/**
 * Reads everything « Préparer le classeur » needs. `alsoQueue` is given the sheet and table names and
 * queues more loads in the second sync (the history's position, when the action logs itself).
 */
export async function readSnapshot(
  context: Excel.RequestContext,
  alsoQueue?: (names: { sheets: readonly string[]; tables: readonly string[] }) => void,
): Promise<Snapshot> {
  const wb = context.workbook;
  const loaded = queueNames(wb);
  const nameList = [NAMES.bailleur, NAMES.referent, NAMES.smicYear, PARAM_NAMES.smic];
  const nameProxies = nameList.map((n) => wb.names.getItemOrNullObject(n).load('name'));
  await context.sync();
  const sheetNames = loaded.sheetNames();
  const tableNames = loaded.tableNames();
  const tables = tableNames.map((t) => t.toLowerCase());
  const names = new Set(nameList.filter((_, i) => !nameProxies[i].isNullObject).map((n) => n.toUpperCase()));

  const wanted = [HOUSEHOLD_SHEET, OPERATION_SHEET, PARAMS_SHEET, LISTS_SHEET, VARIABLES_SHEET, EXPLANATION_SHEET];
  const found = wanted.map((w) => findSheetName(sheetNames, w));
  const used = found.map((s) => (s ? queueUsedRange(wb.worksheets.getItem(s)) : null));
  const candidates = queueCandidates(wb, tableNames, HOUSEHOLD_TABLE, [OPERATION_TABLE]);
  const op = tables.includes(OPERATION_TABLE.toLowerCase()) ? queueTable(wb, OPERATION_TABLE) : null;
  alsoQueue?.({ sheets: sheetNames, tables: tableNames });
  await context.sync();
  // The household table by its name, else a table of the user whose headers are the catalogue's.
  const hh = candidates.named ?? pickByHeaders(candidates.others, householdMatcher, found[0] ?? HOUSEHOLD_SHEET);

  const hhTable = hh ? tableSnap(hh) : null;
  const opTable = op ? tableSnap(op) : null;
  const hhSheet = hh ? hh.sheet.name : found[0];
  const opSheet = op ? op.sheet.name : found[1];
  // Table: its body's values, and formulas only above it down to the first body row (formulas of
  // derived columns weigh ~9 KB a row). Plain range: every formula of the used range.
  const hhDims = hh ? bodyDims(hhTable!) : used[0] ? dimsOf(used[0]) : null;
  const headDims = hh ? headBlock(hhTable!) : null;
  const opDims = op ? unionDims(dimsOf(op.used), tableDims(opTable!)) : used[1] ? dimsOf(used[1]) : null;
  const requests: GridRequest[] = [
    { sheet: hhSheet ?? '', dims: hhSheet ? hhDims : null, props: hh ? ['values'] : ['formulas'] },
    { sheet: opSheet ?? '', dims: opSheet ? opDims : null, props: ['formulas', 'values'] },
    ...[2, 3, 4, 5].map((i): GridRequest => ({
      sheet: found[i] ?? '', dims: used[i] ? dimsOf(used[i]!) : null, props: i === 2 ? ['formulas', 'values'] : ['formulas'],
    })),
    { sheet: hhSheet ?? '', dims: headDims, props: ['formulas'] },
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
  // Fourth sync, only when needed: formulas of suspect derived cells (table), or the number
  // formats of a legacy range's first data row (kept on user columns when they move).
  const formats = new Map<number, string>();
  const suspects = new Map<number, Map<number, CellValue>>();
  let extra = 0;
  if (hhTable && hhSheet) {
    const map = mapHeaders(hhTable.headers, householdMatcher);
    const smic = readParams(found[2] ? grids[2] : EMPTY).smic;
    const cells = suspectCells(grids[0], hhTable.headerRow + 1, hhTable.rows, hhTable.firstCol, map, smic);
    const runs: GridRequest[] = [];
    for (const [col, rows] of cells) {
      for (const run of contiguous(rows)) runs.push({ sheet: hhSheet, dims: { row: run.start, col, rows: run.count, cols: 1 }, props: ['formulas'] });
    }
    if (runs.length > 0) {
      const loaded = await loadGrids(context, runs);
      extra = loaded.syncs;
      runs.forEach((req, i) => {
        const m = suspects.get(req.dims!.col) ?? new Map<number, CellValue>();
        loaded.grids[i].formulas.forEach((r, k) => m.set(req.dims!.row + k, r[0]));
        suspects.set(req.dims!.col, m);
      });
    }
  } else if (hhSheet) {
    const region = findHeaderRegion(grids[0], householdMatcher);
    if (region && region.rows > 0) {
      const r = wb.worksheets.getItem(hhSheet).getRangeByIndexes(region.headerRow + 1, region.firstCol, 1, region.cols).load('numberFormat');
      await context.sync();
      extra = 1;
      (r.numberFormat[0] as string[]).forEach((f, i) => formats.set(region.firstCol + i, f));
    }
  }
  const head = grids[6];
  const householdGrid: Grid = hhTable ? { row: head.row, col: head.col, formulas: head.formulas } : grids[0];
  const snap = (i: number, sheet: string | null): SheetSnap => ({ sheet, grid: sheet ? grids[i] : EMPTY });
  return {
    names,
    household: {
      renameFrom: hh && hh.name !== HOUSEHOLD_TABLE ? hh.name : null,
      sheet: hhSheet, grid: hhSheet ? householdGrid : EMPTY, table: hhTable, values: hhSheet ? grids[0] : EMPTY, suspects, validations, formats,
    },
    operations: { ...snap(1, opSheet), table: opTable },
    params: snap(2, found[2]),
    lists: snap(3, found[3]),
    variables: snap(4, found[4]),
    explanation: snap(5, found[5]),
    syncs: 2 + syncs + extra,
  };
}
