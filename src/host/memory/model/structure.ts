/**
 * `range.insert(shift)` / `range.delete(shift)`: moves cells and adjusts tables, validations,
 * conditional formats, merges, charts, print areas, page breaks and every formula reference.
 */
import { isWholeColumns, isWholeRows, type Rect } from '../address';
import { fail } from '../errors';
import { shiftSpan, spanRelation, type ShiftOp } from '../formula/rewrite';
import { shiftAllFormulas } from './formulas';
import { uniqueHeaders } from './tables';
import type { TableModel } from './types';
import type { SheetModel, WorkbookModel } from './workbook-model';

export type Shift = 'Down' | 'Right' | 'Up' | 'Left';

function makeOp(rect: Rect, shift: Shift): ShiftOp & { whole: boolean } {
  const insert = shift === 'Down' || shift === 'Right';
  const rowAxis = isWholeRows(rect) || (!isWholeColumns(rect) && (shift === 'Down' || shift === 'Up'));
  if (rowAxis) return { axis: 'row', at: rect.row, n: rect.rows, lo: rect.col, hi: rect.col + rect.cols - 1, insert, whole: isWholeRows(rect) };
  return { axis: 'col', at: rect.col, n: rect.cols, lo: rect.row, hi: rect.row + rect.rows - 1, insert, whole: isWholeColumns(rect) };
}

/** The rect after the op; null when deleted; 'partial' when the op cuts through it sideways. */
export function transformRect(r: Rect, op: ShiftOp): Rect | null | 'partial' {
  const row = op.axis === 'row';
  const [a0, alen, p0, p1] = row ? [r.row, r.rows, r.col, r.col + r.cols - 1] : [r.col, r.cols, r.row, r.row + r.rows - 1];
  const rel = spanRelation(p0, p1, op);
  if (rel === 'out') return r;
  if (rel === 'partial') return a0 + alen <= op.at ? r : 'partial';
  const res = shiftSpan(a0, alen, op);
  if (!res) return null;
  return row ? { ...r, row: res[0], rows: res[1] } : { ...r, col: res[0], cols: res[1] };
}

function adjustTable(sheet: SheetModel, t: TableModel, op: ShiftOp, wbNewId: () => number): TableModel | null {
  const res = transformRect(t.rect, op);
  if (res === 'partial') {
    return fail('InvalidArgument', `Opération impossible : elle déplacerait une partie des cellules du tableau « ${t.name} ».`);
  }
  if (res === null) return null;
  if (op.axis === 'row' && !op.insert && t.rect.row >= op.at && t.rect.row < op.at + op.n) {
    return fail('InvalidArgument', `Impossible de supprimer la ligne d'en-tête du tableau « ${t.name} » sans supprimer le tableau.`);
  }
  if (op.axis === 'col' && res.cols !== t.rect.cols) {
    if (op.insert) {
      const idx = op.at - t.rect.col;
      const added = Array.from({ length: op.n }, () => ({ id: wbNewId(), name: '' }));
      t.columns.splice(idx, 0, ...added);
      const names = uniqueHeaders(t.columns.map((c) => c.name), t.columns.map((c) => !added.includes(c)));
      t.columns.forEach((c, j) => (c.name = names[j]));
      t.rect = res;
      return t;
    }
    const from = Math.max(op.at, t.rect.col) - t.rect.col;
    const to = Math.min(op.at + op.n, t.rect.col + t.rect.cols) - t.rect.col;
    t.columns.splice(from, to - from);
  }
  t.rect = res;
  return t;
}

function apply(wb: WorkbookModel, sheet: SheetModel, op: ShiftOp & { whole: boolean }, exclude: Set<number>): void {
  const m = sheet.meta;
  const tables: TableModel[] = [];
  for (const t of m.tables) {
    if (exclude.has(t.id)) tables.push(t);
    else {
      const next = adjustTable(sheet, t, op, () => wb.newId());
      if (next) tables.push(next);
    }
  }
  const grid = sheet.grid;
  if (op.axis === 'row') {
    if (op.insert) grid.insertRows(op.at, op.n, op.lo, op.hi, op.whole);
    else grid.deleteRows(op.at, op.n, op.lo, op.hi, op.whole);
  } else if (op.whole) {
    if (op.insert) {
      grid.insertColumns(op.at, op.n);
      const left = op.at > 0 ? grid.col(op.at - 1) : undefined;
      if (left && left.width !== undefined) for (let k = 0; k < op.n; k++) grid.wcol(op.at + k).width = left.width;
    } else grid.deleteColumns(op.at, op.n);
  } else if (op.insert) grid.shiftRight(op.at, op.n, op.lo, op.hi);
  else grid.shiftLeft(op.at, op.n, op.lo, op.hi);
  // table headers may have been moved by the grid shift; rewrite them where the table now is
  for (const t of tables) if (!exclude.has(t.id)) t.columns.forEach((c, j) => grid.setValue(t.rect.row, t.rect.col + j, c.name));
  m.tables = tables;
  const move = <T extends { id: number; rect: Rect }>(items: T[]): T[] =>
    items.flatMap((it) => {
      if (exclude.has(it.id)) return [it];
      const res = transformRect(it.rect, op);
      if (res === null) return [];
      return res === 'partial' ? [it] : [{ ...it, rect: res }];
    });
  m.validations = move(m.validations);
  m.condFormats = move(m.condFormats);
  m.merges = m.merges.flatMap((r) => {
    const res = transformRect(r, op);
    return res === null ? [] : res === 'partial' ? [r] : [res];
  });
  if (m.printArea) {
    const res = transformRect(m.printArea, op);
    m.printArea = res === 'partial' ? m.printArea : res;
  }
  if (op.axis === 'row' && op.whole) {
    m.rowBreaks = m.rowBreaks.flatMap((b) => {
      if (b < op.at) return [b];
      if (op.insert) return [b + op.n];
      return b >= op.at + op.n ? [b - op.n] : [];
    });
  }
  for (const s of wb.sheets) {
    for (const ch of s.meta.charts) {
      if (ch.sourceSheetId !== sheet.id) continue;
      const res = transformRect(ch.source, op);
      if (res && res !== 'partial') ch.source = res;
    }
  }
  shiftAllFormulas(wb, sheet, op);
  wb.changed(true);
}

export function insertCells(wb: WorkbookModel, sheet: SheetModel, rect: Rect, shift: Shift, exclude = new Set<number>()): void {
  if (shift !== 'Down' && shift !== 'Right') fail('InvalidArgument', `insert : décalage invalide « ${String(shift)} » (Down ou Right).`);
  apply(wb, sheet, makeOp(rect, shift), exclude);
}

export function deleteCells(wb: WorkbookModel, sheet: SheetModel, rect: Rect, shift: Shift, exclude = new Set<number>()): void {
  if (shift !== 'Up' && shift !== 'Left') fail('InvalidArgument', `delete : décalage invalide « ${String(shift)} » (Up ou Left).`);
  apply(wb, sheet, makeOp(rect, shift), exclude);
}
