/** Functions taking ranges: aggregates (SUM, COUNT...), AND/OR, lookups (VLOOKUP, MATCH, INDEX, LOOKUP), COUNTIF/SUMIF. */
import { storedPart } from './resolve';
import { compare, ERR, isRange, toBool, toNumber, toText, XlError, type RangeArg, type Scalar, type V } from './values';

export interface Env {
  cell(sheet: RangeArg['sheet'], row: number, col: number): Scalar;
}

export interface RangeFn {
  min: number;
  max: number;
  fn: (args: V[], env: Env) => Scalar;
}

/** A range (or a scalar seen as 1x1) read through the evaluator; rows limited to stored cells. */
class Grid2 {
  readonly rows: number;
  readonly cols: number;
  constructor(private readonly v: V, private readonly env: Env) {
    if (isRange(v)) {
      const part = storedPart(v.sheet, v.rect);
      this.rows = part ? part.rows : 0;
      this.cols = v.rect.cols;
    } else {
      this.rows = 1;
      this.cols = 1;
    }
  }
  get(i: number, j: number): Scalar {
    const v = this.v;
    return isRange(v) ? this.env.cell(v.sheet, v.rect.row + i, v.rect.col + j) : v;
  }
}

function grid(v: V, env: Env): Grid2 {
  return new Grid2(v, env);
}

/** Visits numbers the way SUM does: ranges keep numbers only, direct arguments are coerced. */
function eachNumber(args: V[], env: Env, cb: (n: number) => void): XlError | null {
  for (const a of args) {
    if (isRange(a)) {
      const g = grid(a, env);
      for (let i = 0; i < g.rows; i++) {
        for (let j = 0; j < g.cols; j++) {
          const v = g.get(i, j);
          if (v instanceof XlError) return v;
          if (typeof v === 'number') cb(v);
        }
      }
    } else {
      const n = toNumber(a);
      if (n instanceof XlError) return n;
      cb(n);
    }
  }
  return null;
}

function agg(init: number, step: (acc: number, n: number) => number, empty?: Scalar): RangeFn['fn'] {
  return (args, env) => {
    let acc = init;
    let count = 0;
    const err = eachNumber(args, env, (n) => {
      acc = step(acc, n);
      count++;
    });
    if (err) return err;
    return count === 0 && empty !== undefined ? empty : acc;
  };
}

function logical(and: boolean): RangeFn['fn'] {
  return (args, env) => {
    let seen = false;
    let acc = and;
    for (let k = 0; k < args.length; k++) {
      const a = args[k];
      if (!isRange(a)) {
        const b = toBool(a);
        if (b instanceof XlError) return b;
        seen = true;
        acc = and ? acc && b : acc || b;
        continue;
      }
      const g = grid(a, env);
      for (let i = 0; i < g.rows; i++) {
        for (let j = 0; j < g.cols; j++) {
          const v = g.get(i, j);
          if (v instanceof XlError) return v;
          if (v === null || typeof v === 'string') continue;
          const b = toBool(v);
          if (b instanceof XlError) return b;
          seen = true;
          acc = and ? acc && b : acc || b;
        }
      }
    }
    return seen ? acc : ERR.VALUE;
  };
}

function count(pred: (v: Scalar, direct: boolean) => boolean): RangeFn['fn'] {
  return (args, env) => {
    let n = 0;
    for (const a of args) {
      const g = grid(a, env);
      for (let i = 0; i < g.rows; i++) for (let j = 0; j < g.cols; j++) if (pred(g.get(i, j), !isRange(a))) n++;
    }
    return n;
  };
}

/** Excel wildcards: `*` any text, `?` one character, `~*` / `~?` literal. */
function wildcard(pattern: string): RegExp {
  let src = '';
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i];
    if (ch === '~' && (pattern[i + 1] === '*' || pattern[i + 1] === '?')) src += `\\${pattern[++i]}`;
    else if (ch === '*') src += '.*';
    else if (ch === '?') src += '.';
    else src += ch.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${src}$`, 'is');
}

/** COUNTIF criteria: `">=10"`, `"<>x"`, `"abc*"`, 5, `""`. */
export function criteria(c: Scalar): (v: Scalar) => boolean {
  if (typeof c !== 'string') return (v) => v !== null && compare(v, c) === 0 && typeof v === typeof c;
  const m = /^(<=|>=|<>|<|>|=)?(.*)$/s.exec(c)!;
  const op = m[1] ?? '=';
  const rest = m[2];
  const n = rest.trim() !== '' ? toNumber(rest) : ERR.VALUE;
  const target: Scalar = typeof n === 'number' ? n : rest;
  if ((op === '=' || op === '<>') && typeof target === 'string') {
    const re = /[*?]/.test(target) ? wildcard(target) : null;
    const eq = (v: Scalar): boolean =>
      target === '' ? v === null || v === '' : typeof v === 'string' && (re ? re.test(v) : v.toLowerCase() === target.toLowerCase());
    return op === '=' ? eq : (v) => !eq(v);
  }
  return (v) => {
    if (v === null || v instanceof XlError) return op === '<>';
    if (typeof v !== typeof target) return op === '<>';
    const r = compare(v, target);
    return op === '=' ? r === 0 : op === '<>' ? r !== 0 : op === '<' ? r < 0 : op === '>' ? r > 0 : op === '<=' ? r <= 0 : r >= 0;
  };
}

function approxIndex(len: number, get: (k: number) => Scalar, value: Scalar, desc = false): number {
  let found = -1;
  for (let k = 0; k < len; k++) {
    const v = get(k);
    if (v === null || typeof v !== typeof value) continue;
    const c = compare(v, value);
    if (desc ? c >= 0 : c <= 0) found = k;
    else break;
  }
  return found;
}

function exactIndex(len: number, get: (k: number) => Scalar, value: Scalar): number {
  for (let k = 0; k < len; k++) {
    const v = get(k);
    if (v !== null && typeof v === typeof value && compare(v, value) === 0) return k;
  }
  return -1;
}

function intArg(v: V | undefined, dflt: number): number | XlError {
  if (v === undefined || v === null) return dflt;
  if (isRange(v)) return ERR.VALUE;
  const n = toNumber(v);
  return n instanceof XlError ? n : Math.trunc(n);
}

export const RANGE_FUNCS: Record<string, RangeFn> = {
  SUM: { min: 1, max: 255, fn: agg(0, (a, n) => a + n) },
  PRODUCT: { min: 1, max: 255, fn: agg(1, (a, n) => a * n, 0) },
  MIN: { min: 1, max: 255, fn: agg(Infinity, Math.min, 0) },
  MAX: { min: 1, max: 255, fn: agg(-Infinity, Math.max, 0) },
  AVERAGE: {
    min: 1,
    max: 255,
    fn: (args, env) => {
      let s = 0;
      let k = 0;
      const err = eachNumber(args, env, (n) => {
        s += n;
        k++;
      });
      return err ?? (k === 0 ? ERR.DIV0 : s / k);
    },
  },
  COUNT: { min: 1, max: 255, fn: count((v, d) => typeof v === 'number' || (d && typeof v === 'boolean') || (d && typeof v === 'string' && typeof toNumber(v) === 'number')) },
  COUNTA: { min: 1, max: 255, fn: count((v) => v !== null) },
  COUNTBLANK: { min: 1, max: 1, fn: (args, env) => {
    const a = args[0];
    if (!isRange(a)) return ERR.VALUE;
    const g = grid(a, env);
    let filled = 0;
    for (let i = 0; i < g.rows; i++) for (let j = 0; j < g.cols; j++) { const v = g.get(i, j); if (v !== null && v !== '') filled++; }
    return a.rect.rows * a.rect.cols - filled;
  } },
  AND: { min: 1, max: 255, fn: logical(true) },
  OR: { min: 1, max: 255, fn: logical(false) },
  CONCAT: {
    min: 1,
    max: 255,
    fn: (args, env) => {
      let out = '';
      for (const a of args) {
        const g = grid(a, env);
        for (let i = 0; i < g.rows; i++) for (let j = 0; j < g.cols; j++) {
          const t = toText(g.get(i, j));
          if (t instanceof XlError) return t;
          out += t;
        }
      }
      return out;
    },
  },
  COUNTIF: { min: 2, max: 2, fn: ([r, c], env) => {
    if (!isRange(r) || isRange(c)) return ERR.VALUE;
    const test = criteria(c);
    return count((v) => test(v))([r], env);
  } },
  SUMIF: { min: 2, max: 3, fn: ([r, c, s], env) => {
    if (!isRange(r) || isRange(c) || (s !== undefined && !isRange(s))) return ERR.VALUE;
    const test = criteria(c);
    const g = grid(r, env);
    const sg = s ? grid(s, env) : g;
    let sum = 0;
    for (let i = 0; i < g.rows; i++) for (let j = 0; j < g.cols; j++) {
      if (!test(g.get(i, j))) continue;
      const v = sg.get(i, j);
      if (v instanceof XlError) return v;
      if (typeof v === 'number') sum += v;
    }
    return sum;
  } },
  VLOOKUP: { min: 3, max: 4, fn: ([value, table, colArg, approxArg], env) => {
    if (isRange(value) || !isRange(table)) return ERR.VALUE;
    if (value instanceof XlError) return value;
    const col = intArg(colArg, 1);
    if (col instanceof XlError) return col;
    const g = grid(table, env);
    if (col < 1) return ERR.VALUE;
    if (col > g.cols) return ERR.REF;
    const approx = approxArg === undefined || approxArg === null ? true : toBool(approxArg as Scalar);
    if (approx instanceof XlError) return approx;
    const k = approx ? approxIndex(g.rows, (i) => g.get(i, 0), value) : exactIndex(g.rows, (i) => g.get(i, 0), value);
    return k < 0 ? ERR.NA : g.get(k, col - 1);
  } },
  MATCH: { min: 2, max: 3, fn: ([value, range, typeArg], env) => {
    if (isRange(value) || !isRange(range)) return ERR.NA;
    if (value instanceof XlError) return value;
    const type = intArg(typeArg, 1);
    if (type instanceof XlError) return type;
    const g = grid(range, env);
    if (g.rows > 1 && g.cols > 1) return ERR.NA;
    const len = g.rows > 1 || g.cols === 1 ? g.rows : g.cols;
    const get = (k: number): Scalar => (g.cols === 1 ? g.get(k, 0) : g.get(0, k));
    const k = type === 0 ? exactIndex(len, get, value) : approxIndex(len, get, value, type < 0);
    return k < 0 ? ERR.NA : k + 1;
  } },
  INDEX: { min: 2, max: 3, fn: ([range, rowArg, colArg], env) => {
    const g = grid(range, env);
    const height = isRange(range) ? range.rect.rows : 1;
    let r = intArg(rowArg, 1);
    let c = intArg(colArg, 1);
    if (r instanceof XlError) return r;
    if (c instanceof XlError) return c;
    if (height === 1 && colArg === undefined && g.cols > 1) [r, c] = [1, r];
    if (r < 1 || c < 1) return ERR.VALUE;
    if (r > height || c > g.cols) return ERR.REF;
    return r - 1 < g.rows ? g.get(r - 1, c - 1) : null;
  } },
  LOOKUP: { min: 2, max: 3, fn: ([value, look, result], env) => {
    if (isRange(value)) return ERR.VALUE;
    if (value instanceof XlError) return value;
    const g = grid(look, env);
    const byRow = g.cols <= g.rows;
    const len = byRow ? g.rows : g.cols;
    const k = approxIndex(len, (i) => (byRow ? g.get(i, 0) : g.get(0, i)), value);
    if (k < 0) return ERR.NA;
    if (result === undefined) return byRow ? g.get(k, g.cols - 1) : g.get(g.rows - 1, k);
    const rg = grid(result, env);
    return rg.cols === 1 ? (k < rg.rows ? rg.get(k, 0) : null) : rg.get(0, k);
  } },
};
