/**
 * A tiny Office.js-facing helper written only against the Excel API surface: it runs unchanged on
 * real Excel, on the memory host, and on an office-addin-mock object.
 */

/** Values of the used range of a sheet, or `[]` when the sheet is empty. One sync. */
export async function readUsedRangeValues(context: Excel.RequestContext, sheetName: string): Promise<unknown[][]> {
  const range = context.workbook.worksheets.getItem(sheetName).getUsedRangeOrNullObject(true);
  range.load('values');
  await context.sync();
  if (range.isNullObject === true) return [];
  return range.values;
}
