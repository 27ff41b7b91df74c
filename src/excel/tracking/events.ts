/** The change events the tracker receives: their fields, and the block of cells an address covers. */
import { columnIndex } from '../util/address';

/** The fields of `Excel.WorksheetChangedEventArgs` used here. */
export interface ChangeEvent {
  readonly address: string;
  readonly changeType?: string;
  readonly details?: { readonly valueBefore?: unknown; readonly valueAfter?: unknown } | null;
  /** 'ThisLocalAddin' for the add-in's own writes, 'Unknown' otherwise (ExcelApi 1.14); absent before. */
  readonly triggerSource?: string;
}

export interface EventRect {
  readonly row: number;
  readonly col: number;
  readonly rows: number;
  readonly cols: number;
  readonly wholeColumns: boolean;
  readonly wholeRows: boolean;
}

/** The 0-based block of an event address (`B7`, `B7:D9`, `C:D`, `5:6`, with or without sheet). */
export function eventRect(address: string): EventRect | null {
  const part = address
    .slice(address.lastIndexOf('!') + 1)
    .replace(/\$/g, '')
    .toUpperCase();
  const rows = /^(\d+):(\d+)$/.exec(part);
  if (rows) {
    const a = Number(rows[1]) - 1;
    const b = Number(rows[2]) - 1;
    return {
      row: Math.min(a, b),
      col: 0,
      rows: Math.abs(b - a) + 1,
      cols: 16384,
      wholeColumns: false,
      wholeRows: true,
    };
  }
  const m = /^([A-Z]+)(\d+)?(?::([A-Z]+)(\d+)?)?$/.exec(part);
  if (!m) return null;
  const c1 = columnIndex(m[1]);
  const c2 = m[3] ? columnIndex(m[3]) : c1;
  if (m[2] === undefined) {
    return {
      row: 0,
      col: Math.min(c1, c2),
      rows: 1048576,
      cols: Math.abs(c2 - c1) + 1,
      wholeColumns: true,
      wholeRows: false,
    };
  }
  const r1 = Number(m[2]) - 1;
  const r2 = m[4] ? Number(m[4]) - 1 : r1;
  return {
    row: Math.min(r1, r2),
    col: Math.min(c1, c2),
    rows: Math.abs(r2 - r1) + 1,
    cols: Math.abs(c2 - c1) + 1,
    wholeColumns: false,
    wholeRows: false,
  };
}
