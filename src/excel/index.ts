/** The workbook layer: the only code touching the Excel API (typed Office.js, run through an injected `run`). */
export { WorkbookError, type WorkbookErrorCode } from './errors';
export { readHouseholds, type HouseholdsRead, type ReadHouseholdsOptions, type HouseholdSource, type RawHousehold } from './workbook/read';
export { readOperations, type OperationRow, type OperationsRead } from './workbook/operations';
export { findSheetName } from './workbook/sheets';
export { mapHeaders, householdMatcher, operationMatcher, type HeaderMap } from './workbook/headers';
export { readParams, type Params } from './workbook/params';
export { prepareWorkbook, planPrepare, type PrepareOptions, type SetupReport } from './setup/prepare';
export { refreshOperations, validateOperations, deleteOperation, type OperationsReport, type DeleteReport, type DeleteOptions } from './operations/actions';
