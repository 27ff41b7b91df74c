/** Runtime values of the compiled evaluator and Excel's coercion / comparison rules. */
import type { Rect } from '../address';
import { ERROR_CODES } from '../formula/tokens';
import type { SheetModel } from '../model/workbook-model';

export class XlError {
  constructor(readonly code: string) {}
}

export const ERR = {
  VALUE: new XlError('#VALUE!'),
  DIV0: new XlError('#DIV/0!'),
  REF: new XlError('#REF!'),
  NAME: new XlError('#NAME?'),
  NA: new XlError('#N/A'),
  NUM: new XlError('#NUM!'),
};

const BY_CODE = new Map<string, XlError>(ERROR_CODES.map((c) => [c, Object.values(ERR).find((e) => e.code === c) ?? new XlError(c)]));

export function errorOf(code: string): XlError | undefined {
  return BY_CODE.get(code);
}

/** A cell value inside the evaluator; `null` is a blank cell. */
export type Scalar = number | string | boolean | null | XlError;

export interface RangeArg {
  kind: 'range';
  sheet: SheetModel;
  rect: Rect;
}

export type V = Scalar | RangeArg;

export function isRange(v: V): v is RangeArg {
  return v !== null && typeof v === 'object' && !(v instanceof XlError);
}

const NUMERIC = /^\s*[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?\s*(%?)\s*$/;

export function toNumber(v: Scalar): number | XlError {
  if (typeof v === 'number') return v;
  if (v === null) return 0;
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (v instanceof XlError) return v;
  const m = NUMERIC.exec(v);
  if (!m) return ERR.VALUE;
  const n = Number(v.replace('%', '').trim());
  return m[3] ? n / 100 : n;
}

/** Excel's "General" text of a number: at most 15 significant digits. */
export function numberText(x: number): string {
  if (x === 0) return '0';
  const a = Math.abs(x);
  if (a >= 1e15 || a < 1e-9) {
    const [m, e] = x.toExponential(14).split('e');
    const mant = m.includes('.') ? m.replace(/0+$/, '').replace(/\.$/, '') : m;
    const exp = Number(e);
    return `${mant}E${exp < 0 ? '-' : '+'}${String(Math.abs(exp)).padStart(2, '0')}`;
  }
  const s = x.toPrecision(15);
  return s.includes('.') && !s.includes('e') ? s.replace(/0+$/, '').replace(/\.$/, '') : String(Number(s));
}

export function toText(v: Scalar): string | XlError {
  if (typeof v === 'string') return v;
  if (v === null) return '';
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  if (v instanceof XlError) return v;
  return numberText(v);
}

export function toBool(v: Scalar): boolean | XlError {
  if (typeof v === 'boolean') return v;
  if (typeof v === 'number') return v !== 0;
  if (v === null) return false;
  if (v instanceof XlError) return v;
  const up = v.toUpperCase();
  if (up === 'TRUE') return true;
  if (up === 'FALSE') return false;
  return ERR.VALUE;
}

function rank(v: Scalar): number {
  return typeof v === 'number' ? 0 : typeof v === 'string' ? 1 : 2;
}

/** Excel comparison: a blank takes the type of the other side; numbers < text < booleans; text ignores case. */
export function compare(a: Scalar, b: Scalar): number {
  let x = a;
  let y = b;
  if (x === null) x = typeof y === 'string' ? '' : typeof y === 'boolean' ? false : 0;
  if (y === null) y = typeof x === 'string' ? '' : typeof x === 'boolean' ? false : 0;
  const rx = rank(x);
  const ry = rank(y);
  if (rx !== ry) return rx - ry;
  if (typeof x === 'string') {
    const p = x.toLowerCase();
    const q = (y as string).toLowerCase();
    return p < q ? -1 : p > q ? 1 : 0;
  }
  if (typeof x === 'boolean') return Number(x) - Number(y);
  return (x as number) - (y as number);
}

/** 15 significant digits, as Excel keeps (and as HyperFormula is configured: precisionRounding 14). */
export function round15(x: number): number {
  if (Number.isInteger(x) || !Number.isFinite(x)) return x;
  const mag = Math.floor(Math.log10(Math.abs(x)));
  const places = Math.pow(10, 14 - mag);
  if (!Number.isFinite(places) || places === 0) return x;
  return x < 0 ? -Math.round(-x * places) / places : Math.round(x * places) / places;
}

/** Serial number (1900 system, with Excel's fictitious 29 Feb 1900) -> [y, m, d]. */
export function serialToYmd(serial: number): [number, number, number] {
  const s = Math.floor(serial);
  if (s === 60) return [1900, 2, 29];
  const days = s < 60 ? s : s - 1;
  const d = new Date(Date.UTC(1899, 11, 31) + days * 86400000);
  return [d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()];
}

export function ymdToSerial(y: number, m: number, d: number): number {
  const year = y < 1900 ? y + 1900 : y;
  const t = Date.UTC(year, m - 1, d);
  const days = Math.round((t - Date.UTC(1899, 11, 31)) / 86400000);
  return days >= 60 ? days + 1 : days;
}
