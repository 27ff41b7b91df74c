/**
 * Scalar worksheet functions of the compiled evaluator (Excel semantics). Arguments arrive evaluated;
 * unless a function is marked `errors`, the first error argument is returned as the result.
 */
import { compare, ERR, serialToYmd, toBool, toNumber, toText, XlError, ymdToSerial, type Scalar } from './values';

export interface ScalarFn {
  min: number;
  max: number;
  /** Receives error arguments instead of propagating them. */
  errors?: boolean;
  volatile?: boolean;
  fn: (a: Scalar[]) => Scalar;
}

type Num = number | XlError;

function num(v: Scalar): Num {
  return toNumber(v);
}

function nums(a: Scalar[], f: (...n: number[]) => Scalar): Scalar {
  const out: number[] = [];
  for (const v of a) {
    const n = num(v);
    if (n instanceof XlError) return n;
    out.push(n);
  }
  return f(...out);
}

function texts(a: Scalar[], f: (...s: string[]) => Scalar): Scalar {
  const out: string[] = [];
  for (const v of a) {
    const s = toText(v);
    if (s instanceof XlError) return s;
    out.push(s);
  }
  return f(...out);
}

/** Excel ROUND family: decimal-correct (ROUND(1.005, 2) = 1.01), half away from zero. */
export function roundTo(x: number, digits: number, mode: 'round' | 'up' | 'down'): number {
  const d = Math.trunc(digits);
  const op = mode === 'round' ? Math.round : mode === 'up' ? Math.ceil : Math.floor;
  const a = Math.abs(x);
  const p = Math.pow(10, Math.abs(d));
  let y = d >= 0 ? a * p : a / p;
  const frac = y - Math.floor(y);
  // only values close to a rounding boundary need the decimal correction (1.005 * 100 = 100.49999...)
  if (frac < 1e-7 || frac > 1 - 1e-7 || Math.abs(frac - 0.5) < 1e-7) y = Number(y.toPrecision(15));
  const r = d >= 0 ? op(y) / p : op(y) * p;
  return x < 0 ? -r : r;
}

function finite(x: number): Num {
  return Number.isFinite(x) ? x : ERR.NUM;
}

export function todaySerial(now = new Date()): number {
  return ymdToSerial(now.getFullYear(), now.getMonth() + 1, now.getDate());
}

const is = (pred: (v: Scalar) => boolean): ScalarFn => ({ min: 1, max: 1, errors: true, fn: ([v]) => pred(v) });

export const SCALAR_FUNCS: Record<string, ScalarFn> = {
  TRUE: { min: 0, max: 0, fn: () => true },
  FALSE: { min: 0, max: 0, fn: () => false },
  NOT: { min: 1, max: 1, fn: ([v]) => { const b = toBool(v); return b instanceof XlError ? b : !b; } },
  NA: { min: 0, max: 0, fn: () => ERR.NA },
  ISNUMBER: is((v) => typeof v === 'number'),
  ISTEXT: is((v) => typeof v === 'string'),
  ISNONTEXT: is((v) => typeof v !== 'string'),
  ISBLANK: is((v) => v === null),
  ISLOGICAL: is((v) => typeof v === 'boolean'),
  ISERROR: is((v) => v instanceof XlError),
  ISERR: is((v) => v instanceof XlError && v !== ERR.NA),
  ISNA: is((v) => v === ERR.NA),
  ROUND: { min: 2, max: 2, fn: (a) => round2(a, 'round') },
  ROUNDUP: { min: 2, max: 2, fn: (a) => round2(a, 'up') },
  ROUNDDOWN: { min: 2, max: 2, fn: (a) => round2(a, 'down') },
  TRUNC: { min: 1, max: 2, fn: (a) => nums(a, (x, d = 0) => roundTo(x, d, 'down')) },
  INT: { min: 1, max: 1, fn: (a) => nums(a, (x) => Math.floor(x)) },
  ABS: { min: 1, max: 1, fn: (a) => nums(a, (x) => Math.abs(x)) },
  SIGN: { min: 1, max: 1, fn: (a) => nums(a, (x) => Math.sign(x)) },
  SQRT: { min: 1, max: 1, fn: (a) => nums(a, (x) => (x < 0 ? ERR.NUM : Math.sqrt(x))) },
  POWER: { min: 2, max: 2, fn: (a) => nums(a, (x, y) => power(x, y)) },
  MOD: { min: 2, max: 2, fn: (a) => nums(a, (x, y) => (y === 0 ? ERR.DIV0 : finite(x - y * Math.floor(x / y)))) },
  LEN: { min: 1, max: 1, fn: (a) => texts(a, (s) => s.length) },
  TRIM: { min: 1, max: 1, fn: (a) => texts(a, (s) => s.replace(/ +/g, ' ').trim()) },
  UPPER: { min: 1, max: 1, fn: (a) => texts(a, (s) => s.toUpperCase()) },
  LOWER: { min: 1, max: 1, fn: (a) => texts(a, (s) => s.toLowerCase()) },
  EXACT: { min: 2, max: 2, fn: (a) => texts(a, (x, y) => x === y) },
  CONCATENATE: { min: 1, max: 255, fn: (a) => texts(a, (...s) => s.join('')) },
  LEFT: { min: 1, max: 2, fn: ([t, n]) => slice(t, n ?? 1, (s, k) => s.slice(0, k)) },
  RIGHT: { min: 1, max: 2, fn: ([t, n]) => slice(t, n ?? 1, (s, k) => (k === 0 ? '' : s.slice(-k))) },
  MID: {
    min: 3,
    max: 3,
    fn: ([t, st, n]) => {
      const s = toText(t);
      const a = num(st);
      const k = num(n);
      if (s instanceof XlError) return s;
      if (a instanceof XlError) return a;
      if (k instanceof XlError) return k;
      if (a < 1 || k < 0) return ERR.VALUE;
      return s.substr(Math.trunc(a) - 1, Math.trunc(k));
    },
  },
  REPT: { min: 2, max: 2, fn: ([t, n]) => slice(t, n, (s, k) => s.repeat(k)) },
  SUBSTITUTE: {
    min: 3,
    max: 4,
    fn: (a) => {
      const [s, from, to] = a.slice(0, 3).map(toText);
      for (const x of [s, from, to]) if (x instanceof XlError) return x;
      const [S, F, T] = [s, from, to] as string[];
      if (F === '') return S;
      if (a[3] === undefined) return S.split(F).join(T);
      const k = num(a[3]);
      if (k instanceof XlError) return k;
      let pos = -1;
      for (let i = 0; i < k; i++) {
        pos = S.indexOf(F, pos + 1);
        if (pos < 0) return S;
      }
      return S.slice(0, pos) + T + S.slice(pos + F.length);
    },
  },
  FIND: {
    min: 2,
    max: 3,
    fn: ([f, w, st]) => {
      const F = toText(f);
      const W = toText(w);
      const s = st === undefined ? 1 : num(st);
      if (F instanceof XlError) return F;
      if (W instanceof XlError) return W;
      if (s instanceof XlError) return s;
      const i = W.indexOf(F, Math.trunc(s) - 1);
      return s < 1 || i < 0 ? ERR.VALUE : i + 1;
    },
  },
  VALUE: { min: 1, max: 1, fn: ([v]) => (typeof v === 'boolean' ? ERR.VALUE : num(v)) },
  DATE: { min: 3, max: 3, fn: (a) => nums(a, (y, m, d) => (y < 0 || y > 9999 ? ERR.NUM : ymdToSerial(Math.trunc(y), Math.trunc(m), Math.trunc(d)))) },
  YEAR: { min: 1, max: 1, fn: (a) => nums(a, (s) => (s < 0 ? ERR.NUM : serialToYmd(s)[0])) },
  MONTH: { min: 1, max: 1, fn: (a) => nums(a, (s) => (s < 0 ? ERR.NUM : serialToYmd(s)[1])) },
  DAY: { min: 1, max: 1, fn: (a) => nums(a, (s) => (s < 0 ? ERR.NUM : serialToYmd(s)[2])) },
  TODAY: { min: 0, max: 0, volatile: true, fn: () => todaySerial() },
  XOR: {
    min: 1,
    max: 255,
    fn: (a) => {
      let acc = false;
      for (const v of a) {
        const b = toBool(v);
        if (b instanceof XlError) return b;
        acc = acc !== b;
      }
      return acc;
    },
  },
};

function round2(a: Scalar[], mode: 'round' | 'up' | 'down'): Scalar {
  const x = num(a[0]);
  if (x instanceof XlError) return x;
  const d = num(a[1]);
  if (d instanceof XlError) return d;
  return finite(roundTo(x, d, mode));
}

function slice(t: Scalar, n: Scalar, f: (s: string, k: number) => string): Scalar {
  const s = toText(t);
  const k = num(n);
  if (s instanceof XlError) return s;
  if (k instanceof XlError) return k;
  if (k < 0) return ERR.VALUE;
  return f(s, Math.trunc(k));
}

export function power(x: number, y: number): Num {
  if (x === 0 && y === 0) return ERR.NUM;
  if (x === 0 && y < 0) return ERR.DIV0;
  return finite(Math.pow(x, y));
}

export function arith(op: string, a: Scalar, b: Scalar): Scalar {
  const x = num(a);
  if (x instanceof XlError) return x;
  const y = num(b);
  if (y instanceof XlError) return y;
  switch (op) {
    case '+':
      return finite(x + y);
    case '-':
      return finite(x - y);
    case '*':
      return finite(x * y);
    case '/':
      return y === 0 ? ERR.DIV0 : finite(x / y);
    default:
      return power(x, y);
  }
}

export function comparison(op: string, a: Scalar, b: Scalar): Scalar {
  if (a instanceof XlError) return a;
  if (b instanceof XlError) return b;
  const c = compare(a, b);
  switch (op) {
    case '=':
      return c === 0;
    case '<>':
      return c !== 0;
    case '<':
      return c < 0;
    case '>':
      return c > 0;
    case '<=':
      return c <= 0;
    default:
      return c >= 0;
  }
}
