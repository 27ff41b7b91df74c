/**
 * Taux de remplissage read from the workbook: per column (worst first, with the column's letter and
 * the address of its cells so the pane can select them) for every household or one operation, and per
 * operation. `goToColumn` selects a column's cells on the household sheet.
 * Syncs: readCompleteness 3 (the households read); goToColumn 3.
 */
import {
  ALL_OPERATIONS,
  column,
  headerOf,
  HOUSEHOLD_TABLE,
  isColumnKey,
  OPERATION_SHEET,
  type CellValue,
} from '../../domain/catalogue';
import {
  completeness,
  completenessByOperation,
  householdsByOperation,
  worstFirst,
  type ColumnCompleteness,
  type OperationCompleteness,
} from '../../domain/tracking';
import { foldText } from '../../domain/populations/criteria';
import { missingColumn, WorkbookError } from '../errors';
import { columnLetter, quoteSheet, rangeA1 } from '../util/address';
import { householdMatcher, mapHeaders } from '../workbook/headers';
import { readHouseholds } from '../workbook/read';
import { hasTable, queueNames } from './common';

export interface ColumnFill extends ColumnCompleteness {
  /** Column letter on the household sheet (« C »), null when the column is missing. */
  readonly column: string | null;
  /** Address of the column's household cells (« Tableau_de_saisie!C6:C45 »), null when missing. */
  readonly address: string | null;
}

export interface CompletenessView {
  /** « Tout » or the operation's name as in liste_opération. */
  readonly scope: string;
  readonly households: number;
  /** Σ filled ÷ Σ applicable over the non-optional columns, null when nothing applies. */
  readonly overall: number | null;
  /** Worst first (non-optional columns first, lowest rate first). */
  readonly columns: readonly ColumnFill[];
  /** Every operation (then households without a known operation), for the per-operation view. */
  readonly byOperation: readonly OperationCompleteness[];
}

export interface CompletenessQuery {
  /** An operation of liste_opération, or « Tout » (default). */
  readonly operation?: string;
}

export async function readCompleteness(
  context: Excel.RequestContext,
  query: CompletenessQuery = {},
): Promise<CompletenessView> {
  const read = await readHouseholds(context);
  const options = { customFields: read.customFields };
  const wanted = query.operation?.trim() ?? ALL_OPERATIONS;
  let scope = ALL_OPERATIONS;
  let households = read.households;
  if (foldText(wanted) !== foldText(ALL_OPERATIONS)) {
    const { names, groups } = householdsByOperation(read.households, read.operations);
    const i = names.findIndex((n) => foldText(n) === foldText(wanted));
    if (i < 0) {
      throw new WorkbookError(
        'UnknownOperation',
        `L'opération « ${wanted} » est introuvable dans la feuille ${OPERATION_SHEET}. Vérifiez son nom (même orthographe) ou choisissez « ${ALL_OPERATIONS} ».`,
        { name: wanted },
      );
    }
    scope = names[i];
    households = groups[i];
  }
  const result = completeness(households, options);
  const first = read.source.headerRow + 1;
  const lastRow = Math.max(first, ...read.rows.map((r) => r.row - 1));
  const columns = worstFirst(result.columns).map((c): ColumnFill => {
    const col = read.columns[c.key];
    if (col === undefined) return { ...c, column: null, address: null };
    return {
      ...c,
      column: columnLetter(col),
      address: `${quoteSheet(read.source.sheet)}!${rangeA1(first, col, lastRow - first + 1, 1)}`,
    };
  });
  return {
    scope,
    households: result.households,
    overall: result.overall,
    columns,
    byOperation: completenessByOperation(read.households, read.operations, options),
  };
}

/** The header of a catalogue column; a user column's key without its « custom: » prefix. */
const headerFor = (key: string): string =>
  isColumnKey(key) ? headerOf(column(key)) : key.replace(/^custom:/, '');

/** Selects the household cells of a column (catalogue key or user-column key) and shows its sheet. */
export async function goToColumn(context: Excel.RequestContext, key: string): Promise<{ address: string }> {
  const names = queueNames(context);
  await context.sync();
  if (!hasTable(names(), HOUSEHOLD_TABLE)) {
    // A plain range (not yet prepared): find the headers the long way.
    const read = await readHouseholds(context);
    const col = read.columns[key];
    if (col === undefined) throw missingColumn(headerFor(key), read.source.sheet);
    const first = read.source.headerRow + 1;
    const last = Math.max(first, ...read.rows.map((r) => r.row - 1));
    return select(context, read.source.sheet, first, col, last - first + 1);
  }
  const table = context.workbook.tables.getItem(HOUSEHOLD_TABLE);
  const range = table.getRange().load('rowIndex,columnIndex,rowCount');
  const header = table.getHeaderRowRange().load('values');
  const ws = table.worksheet.load('name');
  await context.sync();
  const map = mapHeaders(header.values[0] as CellValue[], householdMatcher);
  const index = map.byKey.get(key) ?? map.user.find((u) => u.key === key)?.index;
  if (index === undefined) throw missingColumn(headerFor(key), ws.name);
  return select(
    context,
    ws.name,
    range.rowIndex + 1,
    range.columnIndex + index,
    Math.max(1, range.rowCount - 1),
  );
}

async function select(
  context: Excel.RequestContext,
  sheet: string,
  row: number,
  col: number,
  rows: number,
): Promise<{ address: string }> {
  const ws = context.workbook.worksheets.getItem(sheet);
  ws.activate();
  ws.getRangeByIndexes(row, col, rows, 1).select();
  await context.sync();
  return { address: `${quoteSheet(sheet)}!${rangeA1(row, col, rows, 1)}` };
}
