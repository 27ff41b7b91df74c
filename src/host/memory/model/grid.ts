/**
 * Cell storage of one sheet, column-oriented (100,000 rows x 80 columns stays compact): per column
 * one array of values, one of formulas, one of style ids. Copy-on-write per column inside a
 * transaction so that a failed batch is rolled back by restoring the column list.
 */
import type { Rect } from '../address';

/** A stored cell value; `null` is a blank cell. Errors are stored as their text (`#N/A`). */
export type Raw = string | number | boolean | null;

export class TxClock {
  id = 1;
  active = false;
  readonly touched = new Set<Grid>();
}

export class Column {
  v: Raw[] = [];
  f: (string | undefined)[] | null = null;
  s: number[] | null = null;
  /** Calc epoch at which `v` was computed, for formula cells. */
  ce: number[] | null = null;
  width: number | undefined = undefined;
  hidden = false;
  tx = 0;

  clone(tx: number): Column {
    const c = new Column();
    c.v = this.v.slice();
    c.f = this.f ? this.f.slice() : null;
    c.s = this.s ? this.s.slice() : null;
    c.ce = this.ce ? this.ce.slice() : null;
    c.width = this.width;
    c.hidden = this.hidden;
    c.tx = tx;
    return c;
  }

  length(): number {
    return Math.max(this.v.length, this.f ? this.f.length : 0, this.s ? this.s.length : 0);
  }
}

interface Saved {
  cols: (Column | undefined)[];
  rowHeight: Map<number, number>;
  rowHidden: Set<number>;
}

function spliceArr<T>(a: T[] | null, at: number, del: number, ins: number): void {
  if (!a || a.length <= at) return;
  if (ins > 0) a.splice(at, del, ...new Array<T>(ins));
  else a.splice(at, del);
}

export class Grid {
  cols: (Column | undefined)[] = [];
  rowHeight = new Map<number, number>();
  rowHidden = new Set<number>();
  private saved: Saved | null = null;

  constructor(private readonly clock: TxClock) {}

  touch(): void {
    if (!this.clock.active || this.clock.touched.has(this)) return;
    this.clock.touched.add(this);
    this.saved = { cols: this.cols.slice(), rowHeight: new Map(this.rowHeight), rowHidden: new Set(this.rowHidden) };
  }

  rollback(): void {
    if (!this.saved) return;
    this.cols = this.saved.cols;
    this.rowHeight = this.saved.rowHeight;
    this.rowHidden = this.saved.rowHidden;
    this.saved = null;
  }

  commit(): void {
    this.saved = null;
  }

  col(c: number): Column | undefined {
    return this.cols[c];
  }

  /** The column, ready to be written (created, or copied once per transaction). */
  wcol(c: number): Column {
    this.touch();
    let col = this.cols[c];
    if (!col) {
      col = new Column();
      col.tx = this.clock.id;
      this.cols[c] = col;
    } else if (this.clock.active && col.tx !== this.clock.id) {
      col = col.clone(this.clock.id);
      this.cols[c] = col;
    }
    return col;
  }

  formula(r: number, c: number): string | undefined {
    const col = this.cols[c];
    return col && col.f ? col.f[r] : undefined;
  }

  /** Stored value (for a formula cell: the last computed value, maybe stale). */
  raw(r: number, c: number): Raw {
    const v = this.cols[c]?.v[r];
    return v === undefined ? null : v;
  }

  styleId(r: number, c: number): number {
    const col = this.cols[c];
    return (col && col.s && col.s[r]) || 0;
  }

  setValue(r: number, c: number, v: Raw): void {
    const col = this.wcol(c);
    col.v[r] = v === '' ? null : v;
    if (col.f && col.f[r] !== undefined) col.f[r] = undefined;
  }

  setFormula(r: number, c: number, f: string): void {
    const col = this.wcol(c);
    if (!col.f) col.f = [];
    col.f[r] = f;
    col.v[r] = null;
    if (col.ce) col.ce[r] = 0;
  }

  setStyle(r: number, c: number, id: number): void {
    const col = this.wcol(c);
    if (!col.s) {
      if (id === 0) return;
      col.s = [];
    }
    col.s[r] = id;
  }

  setRowHeight(r: number, h: number | undefined): void {
    this.touch();
    if (h === undefined) this.rowHeight.delete(r);
    else this.rowHeight.set(r, h);
  }

  setRowHidden(r: number, hidden: boolean): void {
    this.touch();
    if (hidden) this.rowHidden.add(r);
    else this.rowHidden.delete(r);
  }

  /** Bounding rectangle of the non-blank cells (and formatted ones unless `valuesOnly`). */
  usedRect(valuesOnly: boolean): Rect | null {
    let r0 = Infinity;
    let r1 = -1;
    let c0 = Infinity;
    let c1 = -1;
    this.cols.forEach((col, c) => {
      if (!col) return;
      let lo = Infinity;
      let hi = -1;
      const scan = (a: unknown[] | null, isStyle: boolean): void => {
        if (!a) return;
        for (let r = 0; r < a.length; r++) {
          const x = a[r];
          if (x === undefined || x === null || (isStyle && x === 0)) continue;
          if (r < lo) lo = r;
          break;
        }
        for (let r = a.length - 1; r >= 0; r--) {
          const x = a[r];
          if (x === undefined || x === null || (isStyle && x === 0)) continue;
          if (r > hi) hi = r;
          break;
        }
      };
      scan(col.v, false);
      scan(col.f, false);
      if (!valuesOnly) scan(col.s, true);
      if (hi < 0) return;
      r0 = Math.min(r0, lo);
      r1 = Math.max(r1, hi);
      c0 = Math.min(c0, c);
      c1 = Math.max(c1, c);
    });
    if (r1 < 0) return null;
    return { row: r0, col: c0, rows: r1 - r0 + 1, cols: c1 - c0 + 1 };
  }

  /** Inserts `n` blank cells at row `at` in columns [c0, c1] (Down shift). */
  insertRows(at: number, n: number, c0: number, c1: number, wholeRows: boolean): void {
    this.touch();
    for (let c = c0; c <= Math.min(c1, this.cols.length - 1); c++) {
      if (!this.cols[c] || this.cols[c]!.length() <= at) continue;
      const col = this.wcol(c);
      spliceArr(col.v, at, 0, n);
      spliceArr(col.f, at, 0, n);
      spliceArr(col.s, at, 0, n);
      spliceArr(col.ce, at, 0, n);
    }
    if (wholeRows) {
      this.rowHeight = shiftKeys(this.rowHeight, at, n);
      this.rowHidden = new Set(shiftKeys(new Map([...this.rowHidden].map((r) => [r, true])), at, n).keys());
    }
  }

  /** Deletes rows [at, at+n) in columns [c0, c1] (Up shift). */
  deleteRows(at: number, n: number, c0: number, c1: number, wholeRows: boolean): void {
    this.touch();
    for (let c = c0; c <= Math.min(c1, this.cols.length - 1); c++) {
      if (!this.cols[c] || this.cols[c]!.length() <= at) continue;
      const col = this.wcol(c);
      spliceArr(col.v, at, n, 0);
      spliceArr(col.f, at, n, 0);
      spliceArr(col.s, at, n, 0);
      spliceArr(col.ce, at, n, 0);
    }
    if (wholeRows) {
      this.rowHeight = shiftKeys(this.rowHeight, at, -n);
      this.rowHidden = new Set(shiftKeys(new Map([...this.rowHidden].map((r) => [r, true])), at, -n).keys());
    }
  }

  insertColumns(at: number, n: number): void {
    this.touch();
    if (at < this.cols.length) this.cols.splice(at, 0, ...new Array<Column | undefined>(n).fill(undefined));
  }

  deleteColumns(at: number, n: number): void {
    this.touch();
    if (at < this.cols.length) this.cols.splice(at, n);
  }

  private moveCell(r: number, from: number, to: number): void {
    const src = this.cols[from];
    const f = src?.f?.[r];
    if (f !== undefined) this.setFormula(r, to, f);
    else this.setValue(r, to, src ? this.raw(r, from) : null);
    this.setStyle(r, to, this.styleId(r, from));
  }

  clearCell(r: number, c: number): void {
    if (!this.cols[c]) return;
    this.setValue(r, c, null);
    this.setStyle(r, c, 0);
  }

  /** Right shift of rows [r0, r1] from column `at` by `n`. */
  shiftRight(at: number, n: number, r0: number, r1: number): void {
    const last = this.cols.length - 1;
    for (let c = last; c >= at; c--) {
      if (!this.cols[c]) continue;
      for (let r = r0; r <= r1; r++) this.moveCell(r, c, c + n);
      for (let r = r0; r <= r1; r++) this.clearCell(r, c);
    }
  }

  /** Left shift: cells of rows [r0, r1] in columns [at, at+n) are removed, the rest moves left. */
  shiftLeft(at: number, n: number, r0: number, r1: number): void {
    const last = this.cols.length - 1;
    for (let c = at; c <= last; c++) {
      for (let r = r0; r <= r1; r++) {
        if (c + n <= last && this.cols[c + n]) this.moveCell(r, c + n, c);
        else this.clearCell(r, c);
      }
    }
  }
}

function shiftKeys<V>(m: Map<number, V>, at: number, delta: number): Map<number, V> {
  const out = new Map<number, V>();
  for (const [k, v] of m) {
    if (k < at) out.set(k, v);
    else if (delta > 0) out.set(k + delta, v);
    else if (k >= at - delta) out.set(k + delta, v);
  }
  return out;
}
