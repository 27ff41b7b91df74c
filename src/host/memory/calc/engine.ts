/**
 * Lazy formula evaluation. Values are computed only when a batch loads them, then cached per cell
 * until the next change (calc epoch). Each distinct formula (per R1C1 shape) is compiled once into a
 * closure; formulas using anything the compiler does not handle go, with everything they depend on,
 * through one HyperFormula engine built for that batch (see hf.ts).
 */
import type { Rect } from '../address';
import { Unsupported } from '../formula/parser';
import { tokenize, type Token } from '../formula/tokens';
import type { Column, Raw } from '../model/grid';
import type { SheetModel, WorkbookModel } from '../model/workbook-model';
import { compileFormula, type Compiled } from './compile';
import { evaluateWithHF } from './hf';
import type { Env } from './rangefns';
import { errorOf, round15, XlError, type Scalar } from './values';

export interface CalcRequest {
  sheet: SheetModel;
  rect: Rect;
}

type Entry = { positional: true } | { positional: false; compiled: Compiled | null };

const NEED_HF = new Error('needs HyperFormula');

function isPositional(t: Token): boolean {
  if (t.type === 'ref' && t.ref) return !(t.ref.ar1 && t.ref.ar2 && t.ref.ac1 && t.ref.ac2) && !(t.ref.kind === 'cols' && t.ref.ac1 && t.ref.ac2) && !(t.ref.kind === 'rows' && t.ref.ar1 && t.ref.ar2);
  return t.type === 'sref' && t.sref !== undefined && t.sref.table === undefined;
}

/** The formula in R1C1 terms relative to (row, col): equal keys share one compiled closure. */
function r1c1Key(text: string, row: number, col: number): string {
  return tokenize(text.slice(1))
    .map((t) => {
      const r = t.ref;
      if (t.type !== 'ref' || !r) return t.type === 'sref' && t.sref?.table === undefined ? `${t.text}@${row},${col}` : t.text;
      const R = (x: number, a: boolean): string => (a ? `R${x}` : `R[${x - row}]`);
      const C = (x: number, a: boolean): string => (a ? `C${x}` : `C[${x - col}]`);
      return `{${r.sheet ?? ''}|${r.kind}|${R(r.r1, r.ar1)}${C(r.c1, r.ac1)}:${R(r.r2, r.ar2)}${C(r.c2, r.ac2)}}`;
    })
    .join('');
}

/** Final value of a formula: Excel never returns a blank (0 instead) and keeps 15 digits. */
export function finalize(v: Scalar): Scalar {
  if (v === null) return 0;
  if (typeof v === 'number') return round15(v);
  return v;
}

export function toScalar(raw: Raw | undefined): Scalar {
  if (raw === undefined) return null;
  if (typeof raw === 'string' && raw.charCodeAt(0) === 35) return errorOf(raw) ?? raw;
  return raw;
}

export class Calc {
  /** Evaluate every formula through HyperFormula (reference mode for tests). */
  hyperFormulaOnly = false;
  private readonly l1 = new Map<string, Map<string, Entry>>();
  private readonly l2 = new Map<string, Compiled | null>();
  private version = -1;
  readonly env: Env = { cell: (sheet, r, c) => this.cellValue(sheet, r, c) };
  /** Counters for the docs/bench: compiled templates, HyperFormula builds. */
  readonly counters = { compiled: 0, hfBuilds: 0, hfCells: 0 };
  private readonly stack: { col: Column; r: number }[] = [];
  private cycleFrom = Infinity;

  constructor(private readonly wb: WorkbookModel) {}

  private tryCompile(sheet: SheetModel, text: string, r: number, c: number): Compiled | null {
    if (this.hyperFormulaOnly) return null;
    try {
      this.counters.compiled++;
      return compileFormula(this.wb, sheet, text, r, c);
    } catch (e) {
      if (e instanceof Unsupported) return null;
      return null;
    }
  }

  private template(sheet: SheetModel, text: string, r: number, c: number): Compiled | null {
    if (this.version !== this.wb.structure) {
      this.l1.clear();
      this.l2.clear();
      this.version = this.wb.structure;
    }
    let m = this.l1.get(sheet.id);
    if (!m) this.l1.set(sheet.id, (m = new Map()));
    let e = m.get(text);
    if (!e) {
      const positional = tokenize(text.slice(1)).some(isPositional);
      e = positional ? { positional: true } : { positional: false, compiled: this.tryCompile(sheet, text, r, c) };
      if (m.size > 100000) m.clear();
      m.set(text, e);
    }
    if (!e.positional) return e.compiled;
    const key = `${sheet.id}\u0000${r1c1Key(text, r, c)}`;
    let t = this.l2.get(key);
    if (t === undefined) {
      t = this.tryCompile(sheet, text, r, c);
      if (this.l2.size > 100000) this.l2.clear();
      this.l2.set(key, t);
    }
    return t;
  }

  private evalCell(sheet: SheetModel, col: Column, r: number, c: number): Scalar {
    const ep = this.wb.calcEpoch;
    const ce = col.ce ?? (col.ce = []);
    const st = ce[r];
    if (st === ep) return toScalar(col.v[r]);
    if (st === -ep) {
      // circular reference: every cell of the cycle reads 0, as in Excel (iterations off)
      const at = this.stack.findIndex((f) => f.col === col && f.r === r);
      if (at >= 0 && at < this.cycleFrom) this.cycleFrom = at;
      return 0;
    }
    const t = this.template(sheet, col.f![r]!, r, c);
    if (!t) throw NEED_HF;
    ce[r] = -ep;
    const depth = this.stack.length;
    this.stack.push({ col, r });
    let v: Scalar;
    try {
      v = finalize(t.fn(this.env, r, c));
    } catch (e) {
      ce[r] = 0;
      throw e;
    } finally {
      this.stack.pop();
    }
    if (depth >= this.cycleFrom) {
      v = 0;
      if (depth === this.cycleFrom) this.cycleFrom = Infinity;
    }
    col.v[r] = v instanceof XlError ? v.code : v;
    ce[r] = t.volatile ? 0 : ep;
    return v;
  }

  /** Value of a cell for the evaluator (formulas evaluated, error texts as errors). */
  cellValue(sheet: SheetModel, r: number, c: number): Scalar {
    const col = sheet.grid.col(c);
    if (!col) return null;
    if (col.f && col.f[r] !== undefined) return this.evalCell(sheet, col, r, c);
    return toScalar(col.v[r]);
  }

  /** Marks HyperFormula results as current. */
  store(sheet: SheetModel, r: number, c: number, v: Raw): void {
    const col = sheet.grid.col(c);
    if (!col) return;
    col.v[r] = v;
    (col.ce ?? (col.ce = []))[r] = this.wb.calcEpoch;
  }

  isCurrent(sheet: SheetModel, r: number, c: number): boolean {
    const col = sheet.grid.col(c);
    return !!col && !!col.ce && col.ce[r] === this.wb.calcEpoch;
  }

  /** Makes sure every formula cell in the requested rects has a current value (one engine per call). */
  prepare(reqs: CalcRequest[]): void {
    try {
      for (const { sheet, rect } of reqs) {
        for (let c = rect.col; c < rect.col + rect.cols; c++) {
          const col = sheet.grid.col(c);
          if (!col || !col.f) continue;
          const end = Math.min(rect.row + rect.rows, col.f.length);
          for (let r = rect.row; r < end; r++) if (col.f[r] !== undefined) this.evalCell(sheet, col, r, c);
        }
      }
    } catch (e) {
      this.stack.length = 0;
      this.cycleFrom = Infinity;
      if (e !== NEED_HF && !(e instanceof RangeError)) throw e;
      this.counters.hfBuilds++;
      this.counters.hfCells += evaluateWithHF(this.wb, this, reqs);
    }
  }

  /** `range.values`: computed values, `""` for blanks, errors as `#DIV/0!`-like strings. */
  readValues(sheet: SheetModel, rect: Rect): (string | number | boolean)[][] {
    this.prepare([{ sheet, rect }]);
    const out: (string | number | boolean)[][] = new Array(rect.rows);
    const cols = Array.from({ length: rect.cols }, (_, j) => sheet.grid.col(rect.col + j));
    for (let i = 0; i < rect.rows; i++) {
      const row: (string | number | boolean)[] = new Array(rect.cols);
      const r = rect.row + i;
      for (let j = 0; j < rect.cols; j++) {
        const v = cols[j]?.v[r];
        row[j] = v === undefined || v === null ? '' : v;
      }
      out[i] = row;
    }
    return out;
  }

  /** A single cell's API value (after `prepare`). */
  apiValue(sheet: SheetModel, r: number, c: number): string | number | boolean {
    this.prepare([{ sheet, rect: { row: r, col: c, rows: 1, cols: 1 } }]);
    const v = sheet.grid.col(c)?.v[r];
    return v === undefined || v === null ? '' : v;
  }
}
