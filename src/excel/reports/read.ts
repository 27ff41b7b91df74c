/**
 * The one read of a treatment: households (readHouseholds), operations (readOperations), the sheet
 * names and Tableaux_comparaisons' used range — the last two queued so that the syncs of the first two
 * resolve them (no extra sync). A constant number of syncs whatever the number of households.
 */
import type { CellValue } from '../../domain/catalogue';
import { WorkbookError } from '../errors';
import type { Grid } from '../workbook/grid';
import { readOperations, type OperationRow } from '../workbook/operations';
import { readHouseholds, type HouseholdsRead } from '../workbook/read';
import { findSheetName } from '../workbook/sheets';
import { COMPARISON_SHEET } from './comparisons';

export interface TreatmentRead {
  readonly households: HouseholdsRead;
  /** Operations of liste_opération (Tout excluded); empty when the sheet is missing. */
  readonly operations: readonly OperationRow[];
  readonly sheetNames: readonly string[];
  /** Actual name of Tableaux_comparaisons, null when absent. */
  readonly comparisonSheet: string | null;
  readonly comparison: Grid | null;
  readonly syncs: number;
}

/** Queues the load of a sheet's values-only used range. */
export function queueUsedValues(ws: Excel.Worksheet): Excel.Range {
  const r = ws.getUsedRangeOrNullObject(true);
  r.load('rowIndex,columnIndex,values');
  return r;
}

export function gridOf(r: Excel.Range | null): Grid | null {
  if (!r || r.isNullObject) return null;
  return { row: r.rowIndex, col: r.columnIndex, formulas: r.values as CellValue[][] };
}

export async function readForTreatment(context: Excel.RequestContext): Promise<TreatmentRead> {
  const sheets = context.workbook.worksheets;
  sheets.load('items/name');
  const households = await readHouseholds(context, { required: ['householdId', 'relocation'] });
  const sheetNames = sheets.items.map((s) => s.name);
  const comparisonSheet = findSheetName(sheetNames, COMPARISON_SHEET);
  const used = comparisonSheet ? queueUsedValues(sheets.getItem(comparisonSheet)) : null;
  let syncs = households.syncs;
  let operations: readonly OperationRow[] = [];
  try {
    const ops = await readOperations(context);
    operations = ops.operations;
    syncs += ops.syncs;
  } catch (e) {
    // No liste_opération: fiche 1's operation figures are NR. The used range still needs its sync
    // (the syncs readOperations made before refusing are not counted here).
    if (!(e instanceof WorkbookError)) throw e;
    await context.sync();
    syncs += 1;
  }
  return { households, operations, sheetNames, comparisonSheet, comparison: gridOf(used), syncs };
}
