/** Turns a derived definition into the Excel formula written in the workbook (English function names). */
import type { BandTable } from '../catalogue/bands';
import type { DerivedDef, Expr, ParamName } from './expr';

export interface FormulaRefs {
  /** Reference to the cell of a column on the same row, e.g. `Tableau_menages[[#This Row],[Loyer de base mensuel ★]]` or `C5`. */
  ref(key: string): string;
  /** Reference to a workbook parameter, e.g. the defined name `RIME_SMIC`. */
  param(name: ParamName): string;
}

/** Defined names of the workbook parameters (they point at cells of the Paramètres sheet). */
export const PARAM_NAMES: Readonly<Record<ParamName, string>> = { smic: 'RIME_SMIC' };

const PRECEDENCE = { '+': 1, '-': 1, '*': 2, '/': 2 } as const;

function numberLiteral(v: number): string {
  return Number.isInteger(v) ? String(v) : String(Number(v.toPrecision(15)));
}

function paramsOf(e: Expr, out: Set<ParamName>): Set<ParamName> {
  if (e.t === 'param') out.add(e.name);
  else if (e.t === 'bin') {
    paramsOf(e.a, out);
    paramsOf(e.b, out);
  } else if (e.t === 'round') paramsOf(e.e, out);
  return out;
}

export function exprToExcel(e: Expr, refs: FormulaRefs): string {
  switch (e.t) {
    case 'ref':
      return refs.ref(e.key);
    case 'opt': {
      const r = refs.ref(e.key);
      return `IF(ISNUMBER(${r}),${r},0)`;
    }
    case 'num':
      return numberLiteral(e.v);
    case 'param':
      return refs.param(e.name);
    case 'round':
      return `ROUND(${exprToExcel(e.e, refs)},${e.digits})`;
    case 'bin': {
      const p = PRECEDENCE[e.op];
      const wrap = (child: Expr, right: boolean): string => {
        const s = exprToExcel(child, refs);
        if (child.t !== 'bin') return s;
        const cp = PRECEDENCE[child.op];
        return cp < p || (right && cp === p && (e.op === '-' || e.op === '/')) ? `(${s})` : s;
      };
      return `${wrap(e.a, false)}${e.op}${wrap(e.b, true)}`;
    }
  }
}

function excelString(s: string): string {
  return `"${s.replace(/"/g, '""')}"`;
}

/** Nested IF choosing the band label: the first band whose upper test holds. */
export function bandsToExcel(table: BandTable, x: string): string {
  const bands = table.bands;
  let out = excelString(bands[bands.length - 1].label);
  for (let i = bands.length - 2; i >= 0; i--) {
    const u = bands[i].upper!;
    out = `IF(${x}${u.op}${numberLiteral(u.value)},${excelString(bands[i].label)},${out})`;
  }
  return out;
}

/** The conditions under which the result is blank (missing or non-numeric inputs, zero denominators). */
export function blankConditions(def: DerivedDef, refs: FormulaRefs): string[] {
  const conds: string[] = [];
  for (const k of def.required) conds.push(`NOT(ISNUMBER(${refs.ref(k)}))`);
  for (const k of def.positive ?? []) conds.push(`NOT(ISNUMBER(${refs.ref(k)}))`, `${refs.ref(k)}<=0`);
  for (const p of paramsOf(def.value, new Set())) conds.push(`NOT(ISNUMBER(${refs.param(p)}))`, `${refs.param(p)}<=0`);
  for (const k of def.optional ?? []) conds.push(`ISTEXT(${refs.ref(k)})`);
  if (def.anyOptional && def.optional?.length) {
    conds.push(`AND(${def.optional.map((k) => `NOT(ISNUMBER(${refs.ref(k)}))`).join(',')})`);
  }
  return conds;
}

/** The whole formula, with its leading '='. */
export function toExcelFormula(def: DerivedDef, refs: FormulaRefs): string {
  const x = exprToExcel(def.value, refs);
  const body = def.bands ? bandsToExcel(def.bands, x) : x;
  const conds = blankConditions(def, refs);
  if (conds.length === 0) return `=${body}`;
  const guard = conds.length === 1 ? conds[0] : `OR(${conds.join(',')})`;
  return `=IF(${guard},"",${body})`;
}
