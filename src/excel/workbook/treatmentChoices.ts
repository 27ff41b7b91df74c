/**
 * What the « Traitements » pane section offers, read from the small sheets only — never the body of
 * the household table, which may hold 100,000 rows: the operations (liste_opération), the user
 * fields' stored definitions (RIME_champs) whose column is in the header row of Tableau_menages, and
 * the saved criteria sets (RIME_criteres) checked against both. Two syncs whatever the number of
 * households: the sheet and table names, then every small range at once.
 *
 * A user column typed by hand (no definition in RIME_champs) is offered too, typed from the first
 * data row loaded with the header (values and number formats: one cell per column, whatever the
 * number of households) — see userColumns.ts.
 */
import { HOUSEHOLD_TABLE, OPERATION_SHEET, OPERATION_TABLE, type CellValue, type CustomFieldDef } from '../../domain/catalogue';
import { decodeFields, FIELDS_SHEET, withDefinitions, type StoredField } from '../fields/store';
import { CRITERIA_SHEET, parseSavedSets, type SavedCriteriaSet } from '../reports/criteriaSets';
import { gridOf, queueUsedValues } from '../reports/read';
import { operationRows, operationRowsOfGrid, type OperationRow } from './operations';
import { findSheetName, queueNames } from './sheets';
import { userColumnFields, type FirstRow } from './userColumns';

export interface TreatmentChoices {
  /** Names of liste_opération (Tout excluded); empty when the sheet is missing. */
  readonly operations: readonly string[];
  /**
   * The household table's user columns, in its column order: the defined ones (RIME_champs) typed by
   * their definition, the ones typed by hand (`guessed`) by their first cell.
   */
  readonly customFields: readonly CustomFieldDef[];
  readonly sets: readonly SavedCriteriaSet[];
  readonly syncs: number;
}

/**
 * The user fields offered: the columns of the header row (its labels) typed by their definition or
 * their first cell, or every definition without a table.
 */
export function offeredFields(stored: readonly StoredField[], header: readonly CellValue[] | null, first: FirstRow | null = null): CustomFieldDef[] {
  // Without a table, every definition as a plain field (withDefinitions leaves the store's own columns out).
  if (!header) return withDefinitions(stored, stored);
  return withDefinitions(userColumnFields(header, new Set(stored.map((f) => f.key)), first), stored);
}

export async function readTreatmentChoices(context: Excel.RequestContext): Promise<TreatmentChoices> {
  const wb = context.workbook;
  const loaded = queueNames(wb);
  await context.sync();
  const sheetNames = loaded.sheetNames();
  const tableNames = loaded.tableNames();
  const tableName = (wanted: string) => tableNames.find((t) => t.toLowerCase() === wanted.toLowerCase()) ?? null;
  const usedValues = (wanted: string): Excel.Range | null => {
    const name = findSheetName(sheetNames, wanted);
    return name ? queueUsedValues(wb.worksheets.getItem(name)) : null;
  };

  // Second sync: liste_opération (its table, else the sheet's used range), the household table's
  // header row and the row under it (the first household), RIME_champs and RIME_criteres.
  const opsTable = tableName(OPERATION_TABLE);
  const opsRange = opsTable ? wb.tables.getItem(opsTable).getRange().load('rowIndex,values') : null;
  const opsUsed = opsTable ? null : usedValues(OPERATION_SHEET);
  const householdTable = tableName(HOUSEHOLD_TABLE);
  const table = householdTable ? wb.tables.getItem(householdTable) : null;
  const header = table ? table.getHeaderRowRange().load('values') : null;
  const size = table ? table.getRange().load('rowCount') : null;
  const firstRow = header ? header.getOffsetRange(1, 0).load('values,numberFormat') : null;
  const fields = usedValues(FIELDS_SHEET);
  const sets = usedValues(CRITERIA_SHEET);
  await context.sync();

  let rows: OperationRow[] = [];
  if (opsRange) rows = operationRows(opsRange.values as CellValue[][], opsRange.rowIndex);
  else if (opsUsed && !opsUsed.isNullObject) rows = operationRowsOfGrid(gridOf(opsUsed)!) ?? [];
  const operations = rows.filter((r) => !r.isAll).map((r) => r.name);
  const stored = fields && !fields.isNullObject ? decodeFields(fields.values as CellValue[][]) : [];
  const first: FirstRow | null = firstRow && size && size.rowCount > 1
    ? { values: firstRow.values[0] as CellValue[], formats: firstRow.numberFormat[0] as string[] }
    : null;
  const customFields = offeredFields(stored, header ? (header.values[0] as CellValue[]) : null, first);
  return { operations, customFields, sets: parseSavedSets(gridOf(sets), { customFields, operations }), syncs: 2 };
}
