/** Resolution of A1 references, structured references and names against the workbook model. */
import { MAX_COLS, MAX_ROWS, parseAddress, type Rect } from '../address';
import type { SRef } from '../formula/structured';
import type { RefInfo } from '../formula/tokens';
import type { TableModel } from '../model/types';
import type { SheetModel, WorkbookModel } from '../model/workbook-model';

/** A structured reference resolved to the columns and rows of a table. */
export interface TableTarget {
  sheet: SheetModel;
  table: TableModel;
  col: number;
  cols: number;
  /** "This row": rows follow the evaluated cell (which must be in the table body). */
  thisRow: boolean;
  row: number;
  rows: number;
}

export function refSheet(wb: WorkbookModel, owner: SheetModel, ref: RefInfo): SheetModel | undefined {
  return ref.sheet === undefined ? owner : wb.sheetByName(ref.sheet);
}

export function refRect(ref: RefInfo): Rect {
  const r1 = Math.min(ref.r1, ref.r2);
  const c1 = Math.min(ref.c1, ref.c2);
  return { row: r1, col: c1, rows: Math.abs(ref.r2 - ref.r1) + 1, cols: Math.abs(ref.c2 - ref.c1) + 1 };
}

/** The table holding a cell in its body (for unqualified `[@Col]`). */
export function tableAt(sheet: SheetModel, row: number, col: number): TableModel | undefined {
  return sheet.meta.tables.find(
    (t) => row > t.rect.row && row < t.rect.row + t.rect.rows && col >= t.rect.col && col < t.rect.col + t.rect.cols,
  );
}

function colIndex(t: TableModel, name: string): number {
  const key = name.toUpperCase();
  return t.columns.findIndex((c) => c.name.toUpperCase() === key);
}

/** Resolves a structured reference; null when the table or a column does not exist (#REF!). */
export function resolveSRef(wb: WorkbookModel, owner: SheetModel, anchorRow: number, anchorCol: number, s: SRef): TableTarget | null {
  if (s.bad) return null;
  let found: { sheet: SheetModel; table: TableModel } | undefined;
  if (s.table !== undefined) found = wb.findTable(s.table);
  else {
    const t = tableAt(owner, anchorRow, anchorCol);
    found = t ? { sheet: owner, table: t } : undefined;
  }
  if (!found) return null;
  const { sheet, table } = found;
  let c0 = 0;
  let c1 = table.columns.length - 1;
  if (s.col1 !== undefined) {
    c0 = colIndex(table, s.col1);
    c1 = s.col2 !== undefined ? colIndex(table, s.col2) : c0;
    if (c0 < 0 || c1 < 0) return null;
    if (c1 < c0) [c0, c1] = [c1, c0];
  }
  const sp = new Set(s.specials);
  const base = { sheet, table, col: table.rect.col + c0, cols: c1 - c0 + 1 };
  if (sp.has('#This Row')) return { ...base, thisRow: true, row: 0, rows: 1 };
  if (sp.has('#Totals')) return null;
  const top = table.rect.row;
  const bodyRows = table.rect.rows - 1;
  if (sp.has('#All') || (sp.has('#Headers') && sp.has('#Data'))) return { ...base, thisRow: false, row: top, rows: table.rect.rows };
  if (sp.has('#Headers')) return { ...base, thisRow: false, row: top, rows: 1 };
  return { ...base, thisRow: false, row: top + 1, rows: bodyRows };
}

/** A defined name's single reference (`=Feuil1!$A$1:$B$2`), or undefined for constants/complex formulas. */
export function nameTarget(wb: WorkbookModel, name: string): { sheet: SheetModel; rect: Rect } | undefined {
  const n = wb.findName(name);
  if (!n) return undefined;
  const p = parseAddress(n.formula.replace(/^=/, ''));
  if (!p || p.sheet === undefined) return undefined;
  const sheet = wb.sheetByName(p.sheet);
  return sheet ? { sheet, rect: p.rect } : undefined;
}

/** Clamps whole-column/row rects to the cells actually stored (for iteration). */
export function storedPart(sheet: SheetModel, rect: Rect): Rect | null {
  if (rect.rows < MAX_ROWS && rect.cols < MAX_COLS) return rect;
  let maxRow = 0;
  for (const col of sheet.grid.cols) if (col) maxRow = Math.max(maxRow, col.length());
  const rows = Math.min(rect.rows, Math.max(0, maxRow - rect.row));
  const cols = Math.min(rect.cols, Math.max(0, sheet.grid.cols.length - rect.col));
  return rows > 0 && cols > 0 ? { ...rect, rows, cols } : null;
}
