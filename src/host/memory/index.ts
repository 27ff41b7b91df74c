/**
 * In-memory Excel host: runs the add-in's `src/excel` code (typed `Excel.RequestContext`) without Excel.
 * Browser-safe (no Node imports here); Node file helpers live in `./node`.
 */
export { MemoryWorkbook, DEFAULT_PAYLOAD_LIMIT } from './workbook';
export type { MemoryWorkbookOptions, ChangedEventArgs } from './workbook';
export type { SyncStats } from './proxy/context';
export { HostError, isHostError } from './errors';
export type { HostErrorCode } from './errors';
export { SheetInspector, TableInspector } from './inspect';
export type { CellInfo } from './inspect';
export {
  columnLetters,
  columnIndex,
  quoteSheetName,
  formatAddress,
  parseAddress,
  rectAddress,
  cellAddress,
  MAX_ROWS,
  MAX_COLS,
} from './address';
export type { Rect, ParsedAddress } from './address';
export { normalizeStructuredRefs } from './formula/rewrite';
export { readUsedRangeValues } from './probe';
