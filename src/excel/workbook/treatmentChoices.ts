/**
 * What the « Traitements » pane section offers, read from the small sheets only — never the body of
 * the household table, which may hold 100,000 rows: the operations (liste_opération), the user
 * fields' stored definitions (RIME_champs) whose column is in the header row of Tableau_menages, and
 * the saved criteria sets (RIME_criteres) checked against both. Two syncs whatever the number of
 * households: the sheet and table names, then every small range at once.
 *
 * A user column typed by hand (no definition in RIME_champs) is not offered: its type is only known
 * by reading its cells (readHouseholds guesses it when a treatment runs).
 */
import { HOUSEHOLD_TABLE, OPERATION_SHEET, OPERATION_TABLE, type CellValue, type CustomFieldDef } from '../../domain/catalogue';
import { decodeFields, FIELDS_SHEET, withDefinitions, type StoredField } from '../fields/store';
import { CRITERIA_SHEET, parseSavedSets, type SavedCriteriaSet } from '../reports/criteriaSets';
import { gridOf } from '../reports/read';
import { householdMatcher, mapHeaders } from './headers';
import { operationRows, operationRowsOfGrid, type OperationRow } from './operations';
import { findSheetName, queueNames } from './sheets';

export interface TreatmentChoices {
  /** Names of liste_opération (Tout excluded); empty when the sheet is missing. */
  readonly operations: readonly string[];
  /** User fields with a stored definition, in the order of the household table's columns. */
  readonly customFields: readonly CustomFieldDef[];
  readonly sets: readonly SavedCriteriaSet[];
  readonly syncs: number;
}

/** The definitions of the columns present in the header row (its labels), or every definition without a table. */
export function definedFields(stored: readonly StoredField[], header: readonly CellValue[] | null): CustomFieldDef[] {
  const plain = (f: StoredField): CustomFieldDef => ({ key: f.key, label: f.label, type: f.type, help: f.help, personal: f.personal, ...(f.codes ? { codes: f.codes } : {}) });
  if (!header) return stored.map(plain);
  const keys = new Set(stored.map((f) => f.key));
  const present = mapHeaders(header, householdMatcher).user.filter((u) => keys.has(u.key));
  return withDefinitions(present.map((u) => ({ key: u.key, label: u.header, type: 'text', help: '', personal: false })), stored);
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
    return name ? wb.worksheets.getItem(name).getUsedRangeOrNullObject(true).load('rowIndex,columnIndex,values') : null;
  };

  // Second sync: liste_opération (its table, else the sheet's used range), the household table's
  // header row, RIME_champs and RIME_criteres.
  const opsTable = tableName(OPERATION_TABLE);
  const opsRange = opsTable ? wb.tables.getItem(opsTable).getRange().load('rowIndex,values') : null;
  const opsUsed = opsTable ? null : usedValues(OPERATION_SHEET);
  const householdTable = tableName(HOUSEHOLD_TABLE);
  const header = householdTable ? wb.tables.getItem(householdTable).getHeaderRowRange().load('values') : null;
  const fields = usedValues(FIELDS_SHEET);
  const sets = usedValues(CRITERIA_SHEET);
  await context.sync();

  let rows: OperationRow[] = [];
  if (opsRange) rows = operationRows(opsRange.values as CellValue[][], opsRange.rowIndex);
  else if (opsUsed && !opsUsed.isNullObject) rows = operationRowsOfGrid(gridOf(opsUsed)!) ?? [];
  const operations = rows.filter((r) => !r.isAll).map((r) => r.name);
  const stored = fields && !fields.isNullObject ? decodeFields(fields.values as CellValue[][]) : [];
  const customFields = definedFields(stored, header ? (header.values[0] as CellValue[]) : null);
  return { operations, customFields, sets: parseSavedSets(gridOf(sets), { customFields, operations }), syncs: 2 };
}
