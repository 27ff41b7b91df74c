/**
 * Formula text rewrites: `[@Col]` -> `Tbl[[#This Row],[Col]]`, reference shifts on insert/delete,
 * sheet / table / column renames. All return the same string when nothing changes.
 */
import { MAX_COLS, MAX_ROWS, quoteSheetName } from '../address';
import { formatStructured, type SRef } from './structured';
import { formatRef, mapTokens, type RefInfo } from './tokens';

/** An insert or delete of `n` rows (axis 'row') or columns (axis 'col') at `at`, within the perpendicular span [lo, hi]. */
export interface ShiftOp {
  axis: 'row' | 'col';
  at: number;
  n: number;
  lo: number;
  hi: number;
  insert: boolean;
}

/** New [start, length] along the axis, or null when deleted. */
export function shiftSpan(start: number, len: number, op: ShiftOp): [number, number] | null {
  const end = start + len;
  if (op.insert) {
    if (start >= op.at) return [start + op.n, len];
    if (end > op.at) return [start, len + op.n];
    return [start, len];
  }
  const dEnd = op.at + op.n;
  if (end <= op.at) return [start, len];
  if (start >= dEnd) return [start - op.n, len];
  const overlap = Math.min(end, dEnd) - Math.max(start, op.at);
  const newLen = len - overlap;
  if (newLen <= 0) return null;
  return [Math.min(start, op.at), newLen];
}

/** Whether the perpendicular extent [p0, p1] lies in the op span: 'in', 'out' or 'partial'. */
export function spanRelation(p0: number, p1: number, op: ShiftOp): 'in' | 'out' | 'partial' {
  if (p1 < op.lo || p0 > op.hi) return 'out';
  if (p0 >= op.lo && p1 <= op.hi) return 'in';
  return 'partial';
}

function shiftRef(ref: RefInfo, op: ShiftOp): RefInfo | null {
  const max = op.axis === 'row' ? MAX_ROWS : MAX_COLS;
  if (op.axis === 'row' && ref.kind === 'cols') return ref;
  if (op.axis === 'col' && ref.kind === 'rows') return ref;
  const [a1, a2, p1, p2] = op.axis === 'row' ? [ref.r1, ref.r2, ref.c1, ref.c2] : [ref.c1, ref.c2, ref.r1, ref.r2];
  if (spanRelation(Math.min(p1, p2), Math.max(p1, p2), op) !== 'in') return ref;
  const lo = Math.min(a1, a2);
  const hi = Math.max(a1, a2);
  const res = shiftSpan(lo, hi - lo + 1, op);
  if (!res || res[0] + res[1] > max) return null;
  const out = { ...ref };
  if (op.axis === 'row') {
    out.r1 = res[0];
    out.r2 = res[0] + res[1] - 1;
  } else {
    out.c1 = res[0];
    out.c2 = res[0] + res[1] - 1;
  }
  return out;
}

function sameSheet(a: string | undefined, b: string): boolean {
  return a !== undefined && a.toUpperCase() === b.toUpperCase();
}

/** Shifts the references of `formula` (living on sheet `owner`) that point into sheet `target`. */
export function shiftFormula(formula: string, owner: string | null, target: string, op: ShiftOp): string {
  return mapTokens(formula, (t) => {
    if (t.type !== 'ref' || !t.ref) return undefined;
    const onTarget = t.ref.sheet !== undefined ? sameSheet(t.ref.sheet, target) : owner !== null && sameSheet(owner, target);
    if (!onTarget) return undefined;
    const moved = shiftRef(t.ref, op);
    if (!moved) return t.ref.sheet !== undefined ? `${quoteSheetName(t.ref.sheet)}!#REF!` : '#REF!';
    return formatRef(moved);
  });
}

export function renameSheetInFormula(formula: string, from: string, to: string | null): string {
  return mapTokens(formula, (t) => {
    if (t.type === 'ref' && t.ref && sameSheet(t.ref.sheet, from)) return to === null ? '#REF!' : formatRef({ ...t.ref, sheet: to });
    return undefined;
  });
}

export function renameTableInFormula(formula: string, from: string, to: string): string {
  return mapTokens(formula, (t) => {
    if (t.type === 'sref' && t.sref && t.sref.table !== undefined && sameSheet(t.sref.table, from)) {
      return t.sref.at ? formatStructured({ ...t.sref, table: to }) : to + t.text.slice(t.sref.table.length);
    }
    if (t.type === 'name' && !t.sheet && sameSheet(t.text, from)) return to;
    return undefined;
  });
}

/** Renames column `from` of table `table`; `ownTable` resolves unqualified `[@Col]` refs. */
export function renameColumnInFormula(formula: string, table: string, from: string, to: string, ownTable?: string): string {
  const key = from.toUpperCase();
  return mapTokens(formula, (t) => {
    const s = t.sref;
    if (t.type !== 'sref' || !s) return undefined;
    const tbl = s.table ?? ownTable;
    if (tbl === undefined || !sameSheet(tbl, table)) return undefined;
    const c1 = s.col1 !== undefined && s.col1.toUpperCase() === key;
    const c2 = s.col2 !== undefined && s.col2.toUpperCase() === key;
    if (!c1 && !c2) return undefined;
    const next: SRef = { ...s, col1: c1 ? to : s.col1, col2: c2 ? to : s.col2 };
    return formatStructured(next);
  });
}

/**
 * Long structured form for files: `[@Col]` / `Tbl[@Col]` -> `Tbl[[#This Row],[Col]]`; unqualified refs
 * get the table holding the formula cell (`ownTable`).
 */
export function normalizeStructuredRefs(formula: string, ownTable?: string): string {
  if (!formula.includes('[')) return formula;
  return mapTokens(formula, (t) => {
    const s = t.sref;
    if (t.type !== 'sref' || !s || s.bad) return undefined;
    const table = s.table ?? ownTable;
    if (table === undefined) return undefined;
    if (!s.at && s.table !== undefined) return undefined;
    return formatStructured({ ...s, table, at: false });
  });
}
