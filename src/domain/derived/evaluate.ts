/** Computes derived values in TypeScript with exactly the semantics of the generated Excel formulas. */
import { bandOf } from '../catalogue/bands';
import type { CellValue } from '../catalogue/types';
import { DERIVED_ORDER } from './definitions';
import { excelRound, type DerivedDef, type Expr, type ParamName } from './expr';

/** A derived result: a number, a band label, or null for blank (non renseigné). */
export type DerivedValue = number | string | null;

export type DerivedParams = Readonly<Record<ParamName, number | null>>;

/** Reads a cell of the row: raw input values as Office.js returns them ('' for blank). */
export type RowGetter = (key: string) => CellValue | null | undefined;

/** Excel's ISNUMBER. */
export const isNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
/** Excel's ISTEXT on an input cell (Office.js reads a blank cell as ''). */
const isText = (v: unknown): boolean => typeof v === 'string' && v !== '';

function value(e: Expr, get: (key: string) => unknown, params: DerivedParams): number {
  switch (e.t) {
    case 'ref':
      return get(e.key) as number;
    case 'opt': {
      const v = get(e.key);
      return isNumber(v) ? v : 0;
    }
    case 'num':
      return e.v;
    case 'param':
      return params[e.name] as number;
    case 'round':
      return excelRound(value(e.e, get, params), e.digits);
    case 'bin': {
      const a = value(e.a, get, params);
      const b = value(e.b, get, params);
      if (e.op === '+') return a + b;
      if (e.op === '-') return a - b;
      if (e.op === '*') return a * b;
      return a / b;
    }
  }
}

function usesParam(e: Expr, name: ParamName): boolean {
  if (e.t === 'param') return e.name === name;
  if (e.t === 'bin') return usesParam(e.a, name) || usesParam(e.b, name);
  if (e.t === 'round') return usesParam(e.e, name);
  return false;
}

/** One derived value, given a getter for its inputs (inputs that are derived columns must be computed first). */
export function evaluateDerived(def: DerivedDef, get: (key: string) => unknown, params: DerivedParams): DerivedValue {
  if (def.required.some((k) => !isNumber(get(k)))) return null;
  if ((def.positive ?? []).some((k) => !isNumber(get(k)) || (get(k) as number) <= 0)) return null;
  for (const p of Object.keys(params) as ParamName[]) {
    const v = params[p];
    if (usesParam(def.value, p) && (!isNumber(v) || v <= 0)) return null;
  }
  const optional = def.optional ?? [];
  if (optional.some((k) => isText(get(k)))) return null;
  if (def.anyOptional && optional.length > 0 && optional.every((k) => !isNumber(get(k)))) return null;
  const x = value(def.value, get, params);
  // Beyond the range of numbers (Excel shows #NOMBRE!): non renseigné, never Infinity in the statistics.
  if (!isNumber(x)) return null;
  return def.bands ? bandOf(def.bands, x).label : x;
}

/** Every derived value of one row, from its raw input cells. */
export function evaluateRow(get: RowGetter, params: DerivedParams): Record<string, DerivedValue> {
  const out: Record<string, DerivedValue> = {};
  const read = (key: string): unknown => (key in out ? out[key] : get(key));
  for (const def of DERIVED_ORDER) out[def.key] = evaluateDerived(def, read, params);
  return out;
}
