/**
 * What the operation actions read, in a constant number of syncs: the operations table (formulas and
 * values), the household columns they need (by header), and the Opération dropdown; when asked, the
 * history's position (the action logs itself) and the whole household body with the stored
 * fingerprints (households moved: their history rows and new fingerprints), in the same syncs.
 */
import {
  column, HOUSEHOLD_SHEET, HOUSEHOLD_TABLE, OPERATION_SHEET, OPERATION_TABLE, type CellValue,
} from '../../domain/catalogue';
import { missingSheet, WorkbookError } from '../errors';
import { queueUsed } from '../tracking/common';
import { FINGERPRINT_SHEET } from '../tracking/fingerprints';
import { queueHistoryState, type FingerprintStore, type HistoryState } from '../tracking/actionLog';
import type { ExistingRule } from '../setup/householdTable';
import type { TableSnap } from '../setup/snapshot';
import { findHeaderRegion, type Grid } from '../workbook/grid';
import { householdMatcher, mapHeaders } from '../workbook/headers';
import { dimsOf, findSheetName, loadGrids, queueUsedRange, type GridRequest, queueNames } from '../workbook/sheets';
import { householdFacts } from './facts';
import type { HouseholdFact } from './figures';

export interface HouseholdColumnRef {
  readonly sheet: string;
  /** Sheet column of Opération, and the body rows (0-based first row, count). */
  readonly col: number;
  readonly firstRow: number;
  readonly rows: number;
  /** Whether it is an Excel table (then it carries the dropdown). */
  readonly table: boolean;
  readonly validation: ExistingRule | null;
}

export interface OperationsState {
  readonly sheet: string;
  readonly table: TableSnap;
  readonly grid: Grid;
  readonly facts: readonly HouseholdFact[];
  readonly operationColumn: HouseholdColumnRef | null;
  /** The history's position (`history` asked). */
  readonly history: HistoryState | null;
  /** The household table's headers and body values (`households` asked, table only). */
  readonly households: { readonly headerRow: number; readonly headers: readonly string[]; readonly body: readonly (readonly CellValue[])[] } | null;
  /** RIME_empreintes as stored (`households` asked, when the sheet exists). */
  readonly fingerprints: FingerprintStore | null;
  readonly syncs: number;
}

export interface OperationsReadOptions {
  readonly history?: boolean;
  readonly households?: boolean;
}

export function missingOperationsTable(): WorkbookError {
  return new WorkbookError(
    'MissingTable',
    `Le tableau des opérations « ${OPERATION_TABLE} » est introuvable dans la feuille « ${OPERATION_SHEET} ». Cliquez sur « Préparer le classeur » pour le créer.`,
    { table: OPERATION_TABLE, sheet: OPERATION_SHEET },
  );
}

export async function readOperationsState(context: Excel.RequestContext, opts: OperationsReadOptions = {}): Promise<OperationsState> {
  const wb = context.workbook;
  const loaded = queueNames(wb);
  await context.sync();
  const tables = loaded.tableNames().map((t) => t.toLowerCase());
  if (!tables.includes(OPERATION_TABLE.toLowerCase())) {
    if (!findSheetName(loaded.sheetNames(), OPERATION_SHEET)) throw missingSheet(OPERATION_SHEET);
    throw missingOperationsTable();
  }
  const ot = wb.tables.getItem(OPERATION_TABLE);
  const opRange = ot.getRange().load('rowIndex,columnIndex,rowCount,columnCount');
  const opHeader = ot.getHeaderRowRange().load('values');
  const opSheet = ot.worksheet.load('name');
  const hasHouseholdTable = tables.includes(HOUSEHOLD_TABLE.toLowerCase());
  const hhSheetName = findSheetName(loaded.sheetNames(), HOUSEHOLD_SHEET);
  let hh: { range: Excel.Range; header: Excel.Range; sheet: Excel.Worksheet } | null = null;
  let used: Excel.Range | null = null;
  if (hasHouseholdTable) {
    const t = wb.tables.getItem(HOUSEHOLD_TABLE);
    hh = {
      range: t.getRange().load('rowIndex,columnIndex,rowCount,columnCount'),
      header: t.getHeaderRowRange().load('values'),
      sheet: t.worksheet.load('name'),
    };
  } else if (hhSheetName) {
    used = queueUsedRange(wb.worksheets.getItem(hhSheetName));
  }
  const names = { sheets: loaded.sheetNames(), tables: loaded.tableNames() };
  const history = opts.history ? queueHistoryState(context, names) : null;
  const storeName = opts.households ? findSheetName(names.sheets, FINGERPRINT_SHEET) : null;
  const fingerprints = storeName ? { sheet: storeName, used: queueUsed(context, storeName) } : null;
  await context.sync();

  const table: TableSnap = {
    headerRow: opRange.rowIndex,
    firstCol: opRange.columnIndex,
    headers: (opHeader.values[0] as CellValue[]).map((v) => String(v ?? '').trim()),
    rows: opRange.rowCount - 1,
  };
  const requests: GridRequest[] = [{
    sheet: opSheet.name, dims: { row: table.headerRow, col: table.firstCol, rows: table.rows + 1, cols: table.headers.length }, props: ['formulas', 'values'],
  }];
  let dv: Excel.DataValidation | null = null;
  let opCol: number | undefined;
  if (hh) {
    const hhHeaders = (hh.header.values[0] as CellValue[]).map((v) => String(v ?? '').trim());
    const map = mapHeaders(hhHeaders, householdMatcher);
    const first = hh.range.rowIndex + 1;
    const rows = hh.range.rowCount - 1;
    // Only the columns the operations need, each as one body-column load.
    for (const key of ['householdId', 'operation', 'relocation', 'moveDate']) {
      const idx = map.byKey.get(key);
      requests.push({
        sheet: hh.sheet.name, dims: idx === undefined || rows < 1 ? null : { row: first, col: hh.range.columnIndex + idx, rows, cols: 1 }, props: ['values'],
      });
    }
    if (opts.households) {
      requests.push({ sheet: hh.sheet.name, dims: rows < 1 ? null : { row: first, col: hh.range.columnIndex, rows, cols: hhHeaders.length }, props: ['values'] });
    }
    const o = map.byKey.get('operation');
    if (o !== undefined && rows > 0) {
      opCol = hh.range.columnIndex + o;
      dv = wb.worksheets.getItem(hh.sheet.name).getRangeByIndexes(first, opCol, 1, 1).dataValidation;
      dv.load('rule,prompt');
    }
  } else if (used && hhSheetName) {
    requests.push({ sheet: hhSheetName, dims: dimsOf(used), props: ['values'] });
  }
  const { grids, syncs } = await loadGrids(context, requests);
  let facts: HouseholdFact[] = [];
  let operationColumn: HouseholdColumnRef | null = null;
  let households: OperationsState['households'] = null;
  if (hh) {
    const headerRow = hh.range.rowIndex;
    if (opts.households) {
      households = { headerRow, headers: (hh.header.values[0] as CellValue[]).map((v) => String(v ?? '').trim()), body: grids[5].formulas };
    }
    const first = hh.range.rowIndex + 1;
    const rows = hh.range.rowCount - 1;
    const keys = ['householdId', 'operation', 'relocation', 'moveDate'];
    const columns = grids.slice(1, 5);
    const headers = keys.map((k) => (columns[keys.indexOf(k)].formulas.length > 0 ? column(k).label : ''));
    const merged: Grid = {
      row: first, col: 0, formulas: Array.from({ length: Math.max(0, rows) }, (_, i) => columns.map((g) => g.formulas[i]?.[0] ?? '')),
    };
    facts = householdFacts(merged, first - 1, 0, headers, Math.max(0, rows));
    if (opCol !== undefined) {
      const source = dv?.rule?.list?.source;
      operationColumn = {
        sheet: hh.sheet.name, col: opCol, firstRow: first, rows, table: true,
        validation: typeof source === 'string' ? { source, prompt: dv?.prompt?.message ?? '' } : null,
      };
    }
  } else if (used && hhSheetName && grids[1]) {
    const region = findHeaderRegion(grids[1], householdMatcher);
    if (region) facts = householdFacts(grids[1], region.headerRow, region.firstCol, region.headers, region.rows);
  }
  return { sheet: opSheet.name, table, grid: grids[0], facts, operationColumn, history, households, fingerprints, syncs: 2 + syncs };
}
