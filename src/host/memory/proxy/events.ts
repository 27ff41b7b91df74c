/**
 * `worksheet.onChanged` raised by the add-in's own API writes, as Excel does: after the batch is
 * committed, one event per data change on a sheet that has handlers (values / formulas written, contents
 * cleared, cells inserted or deleted), with `triggerSource: 'ThisLocalAddin'` (ExcelApi 1.14). Formats,
 * validation, merges and names raise nothing (Excel has other events for formats).
 *
 * Only sheets with handlers are looked at: a workbook nobody watches pays nothing. A single-cell write
 * carries `details` (value before, value after), as Excel gives them for any single-cell change.
 */
import { isWholeColumns, isWholeRows, type Rect } from '../address';
import type { SheetModel } from '../model/workbook-model';
import type { Exec } from './context';

export type ApiChangeType =
  | 'RangeEdited'
  | 'RowInserted'
  | 'RowDeleted'
  | 'ColumnInserted'
  | 'ColumnDeleted'
  | 'CellInserted'
  | 'CellDeleted';

/** A change made by a committed batch, delivered to the sheet's handlers once the sync has returned. */
export interface ApiChange {
  readonly sheet: SheetModel;
  readonly rect: Rect;
  readonly changeType: ApiChangeType;
  /** Single-cell edit: the value before the write. */
  readonly before?: { readonly value: unknown };
}

interface Target {
  readonly sheet: SheetModel;
  readonly rect: Rect;
}

/** Runs a write of values or formulas and records it as 'RangeEdited' when the sheet is watched. */
export function editedBy(x: Exec, { sheet, rect }: Target, write: () => void): void {
  if (!x.host.hasChangeHandlers(sheet.id)) return write();
  const single = rect.rows === 1 && rect.cols === 1;
  const before = single ? { value: x.host.calc.apiValue(sheet, rect.row, rect.col) } : undefined;
  write();
  x.events.push({ sheet, rect, changeType: 'RangeEdited', ...(before ? { before } : {}) });
}

/** Runs an insertion or deletion and records it (whole rows, whole columns, or a block shifted). */
export function shiftedBy(x: Exec, { sheet, rect }: Target, kind: 'Inserted' | 'Deleted', apply: () => void = () => undefined): void {
  apply();
  if (!x.host.hasChangeHandlers(sheet.id)) return;
  const what = isWholeRows(rect) && !isWholeColumns(rect) ? 'Row' : isWholeColumns(rect) && !isWholeRows(rect) ? 'Column' : 'Cell';
  x.events.push({ sheet, rect, changeType: `${what}${kind}` as ApiChangeType });
}
