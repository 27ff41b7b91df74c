/** FAT démolition sheet, exports (new sheet or new workbook) and hiding the identifying columns. */
export { writeFatSheet, type FatSheetOptions, type FatSheetResult } from './fatSheet';
export { planFatSheet, FAT_SHEET_TITLE, RULE_HEADER, type FatLayout } from './fatPlan';
export { exportData, exportColumnSet, type ExportChoice, type ExportOptions, type ExportResult } from './exportData';
export { planExportSheet, exportSheetName, EXPORT_ROWS } from './exportPlan';
export { exportWorkbookBuffer, toBase64 } from './xlsx';
export { setIdentifyingColumnsHidden, areIdentifyingColumnsHidden, findIdentifyingColumns, type HideResult } from './identifying';
export { sanitiseSheetName, uniqueSheetName, uniqueTableName } from './names';
