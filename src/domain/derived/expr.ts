/**
 * A tiny expression language for derived columns. Each derived column is defined once as a value of
 * these types; `toExcelFormula` turns it into the formula written in the workbook and `evaluateDerived`
 * computes the same value in TypeScript for the treatments.
 */
import type { BandTable } from '../catalogue/bands';

export type Expr =
  /** The number in another column (a required or positive input of the definition). */
  | { readonly t: 'ref'; readonly key: string }
  /** An optional term: its number, or 0 when the cell is blank. */
  | { readonly t: 'opt'; readonly key: string }
  | { readonly t: 'num'; readonly v: number }
  /** A workbook parameter (a defined name in Excel). */
  | { readonly t: 'param'; readonly name: ParamName }
  | { readonly t: 'bin'; readonly op: '+' | '-' | '*' | '/'; readonly a: Expr; readonly b: Expr }
  | { readonly t: 'round'; readonly e: Expr; readonly digits: number };

export type ParamName = 'smic';

export interface DerivedDef {
  readonly key: string;
  /** Inputs that must hold numbers, else the result is blank. */
  readonly required: readonly string[];
  /** Inputs that must hold numbers strictly above 0 (denominators), else blank. Also required. */
  readonly positive?: readonly string[];
  /** Optional terms: blank counts as 0; text gives a blank result. */
  readonly optional?: readonly string[];
  /** When set, the result is blank if every optional term is blank. */
  readonly anyOptional?: boolean;
  readonly value: Expr;
  /** A band table turns the number into the band's label. */
  readonly bands?: BandTable;
}

export const ref = (key: string): Expr => ({ t: 'ref', key });
export const opt = (key: string): Expr => ({ t: 'opt', key });
export const num = (v: number): Expr => ({ t: 'num', v });
export const param = (name: ParamName): Expr => ({ t: 'param', name });
export const add = (a: Expr, b: Expr): Expr => ({ t: 'bin', op: '+', a, b });
export const sub = (a: Expr, b: Expr): Expr => ({ t: 'bin', op: '-', a, b });
export const mul = (a: Expr, b: Expr): Expr => ({ t: 'bin', op: '*', a, b });
export const div = (a: Expr, b: Expr): Expr => ({ t: 'bin', op: '/', a, b });
export const round = (e: Expr, digits: number): Expr => ({ t: 'round', e, digits });

/** Excel's ROUND (half away from zero), computed as HyperFormula and Excel do on the scaled value. */
export function excelRound(x: number, digits: number): number {
  const m = Math.pow(10, digits);
  return x < 0 ? -Math.round(-x * m) / m : Math.round(x * m) / m;
}

/** Every column a definition reads. */
export function inputsOf(def: DerivedDef): string[] {
  return [...new Set([...def.required, ...(def.positive ?? []), ...(def.optional ?? [])])];
}
