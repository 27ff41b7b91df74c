/**
 * Compiles a formula once into a closure `(env, row, col) => value`; references are kept relative to
 * the anchor cell so one compiled template serves every row of a table column.
 */
import { MAX_COLS, MAX_ROWS, type Rect } from '../address';
import { parseFormula, Unsupported, type Node } from '../formula/parser';
import type { RefInfo } from '../formula/tokens';
import type { SheetModel, WorkbookModel } from '../model/workbook-model';
import { arith, comparison, SCALAR_FUNCS } from './functions';
import { RANGE_FUNCS, type Env } from './rangefns';
import { refRect, refSheet, resolveSRef } from './resolve';
import { ERR, errorOf, toBool, toNumber, toText, XlError, type Scalar, type V } from './values';

export type Fn = (env: Env, row: number, col: number) => V;
type SFn = (env: Env, row: number, col: number) => Scalar;

export interface Compiled {
  fn: SFn;
  volatile: boolean;
}

interface Cx {
  wb: WorkbookModel;
  owner: SheetModel;
  ar: number;
  ac: number;
  depth: number;
  volatile: boolean;
}

interface Out {
  fn: Fn;
  range: boolean;
}

const konst = (v: Scalar): Out => ({ fn: () => v, range: false });

function refOut(sheet: SheetModel, ref: RefInfo, cx: Cx): Out {
  const rect = refRect(ref);
  const dr = rect.row - cx.ar;
  const dc = rect.col - cx.ac;
  const absR = ref.kind === 'cols' || (ref.ar1 && ref.ar2);
  const absC = ref.kind === 'rows' || (ref.ac1 && ref.ac2);
  if (ref.kind === 'cell') {
    if (absR && absC) return { fn: (env) => env.cell(sheet, rect.row, rect.col), range: false };
    return {
      fn: (env, row, col) => {
        const r = absR ? rect.row : row + dr;
        const c = absC ? rect.col : col + dc;
        return r < 0 || c < 0 || r >= MAX_ROWS || c >= MAX_COLS ? ERR.REF : env.cell(sheet, r, c);
      },
      range: false,
    };
  }
  if (!(ref.ar1 === ref.ar2 && ref.ac1 === ref.ac2)) throw new Unsupported('plage à ancrage mixte');
  if (absR && absC) {
    const arg = { kind: 'range' as const, sheet, rect };
    return { fn: () => arg, range: true };
  }
  return {
    fn: (_env, row, col) => {
      const r: Rect = { ...rect, row: absR ? rect.row : row + dr, col: absC ? rect.col : col + dc };
      return r.row < 0 || r.col < 0 ? ERR.REF : { kind: 'range', sheet, rect: r };
    },
    range: true,
  };
}

function any(n: Node, cx: Cx): Out {
  switch (n.t) {
    case 'num':
    case 'str':
    case 'bool':
      return konst(n.v);
    case 'err':
      return konst(errorOf(n.v) ?? new XlError(n.v));
    case 'missing':
      return konst(null);
    case 'ref': {
      const sheet = refSheet(cx.wb, cx.owner, n.ref);
      return sheet ? refOut(sheet, n.ref, cx) : konst(ERR.REF);
    }
    case 'sref': {
      const t = resolveSRef(cx.wb, cx.owner, cx.ar, cx.ac, n.sref);
      if (!t) return konst(ERR.REF);
      const { sheet } = t;
      if (t.thisRow) {
        const top = t.table.rect.row + 1;
        const bottom = t.table.rect.row + t.table.rect.rows - 1;
        if (t.cols === 1) return { fn: (env, row) => (row < top || row > bottom ? ERR.VALUE : env.cell(sheet, row, t.col)), range: false };
        return { fn: (_e, row) => (row < top || row > bottom ? ERR.VALUE : { kind: 'range', sheet, rect: { row, col: t.col, rows: 1, cols: t.cols } }), range: true };
      }
      if (t.rows === 1 && t.cols === 1) return { fn: (env) => env.cell(sheet, t.row, t.col), range: false };
      const arg = { kind: 'range' as const, sheet, rect: { row: t.row, col: t.col, rows: t.rows, cols: t.cols } };
      return { fn: () => arg, range: true };
    }
    case 'name': {
      if (n.sheet !== undefined) throw new Unsupported('nom local à une feuille');
      const def = cx.wb.findName(n.name);
      if (def) {
        if (cx.depth > 8) throw new Unsupported('noms imbriqués');
        return any(parseFormula(def.formula), { ...cx, depth: cx.depth + 1 });
      }
      const tbl = cx.wb.findTable(n.name);
      if (tbl) {
        const r = tbl.table.rect;
        const arg = { kind: 'range' as const, sheet: tbl.sheet, rect: { row: r.row + 1, col: r.col, rows: r.rows - 1, cols: r.cols } };
        return { fn: () => arg, range: true };
      }
      return konst(ERR.NAME);
    }
    case 'un': {
      const a = scalar(n.a, cx);
      if (n.op === '+') return { fn: a, range: false };
      const k = n.op === '%' ? 0.01 : -1;
      return {
        fn: (env, row, col) => {
          const x = toNumber(a(env, row, col));
          return x instanceof XlError ? x : x * k;
        },
        range: false,
      };
    }
    case 'bin': {
      const a = scalar(n.a, cx);
      const b = scalar(n.b, cx);
      const op = n.op;
      if (op === '&') {
        return {
          fn: (env, row, col) => {
            const x = toText(a(env, row, col));
            if (x instanceof XlError) return x;
            const y = toText(b(env, row, col));
            return y instanceof XlError ? y : x + y;
          },
          range: false,
        };
      }
      if ('+-*/^'.includes(op)) return { fn: (env, row, col) => arith(op, a(env, row, col), b(env, row, col)), range: false };
      return { fn: (env, row, col) => comparison(op, a(env, row, col), b(env, row, col)), range: false };
    }
    case 'call':
      return call(n.name, n.args, cx);
  }
}

function scalar(n: Node, cx: Cx): SFn {
  const o = any(n, cx);
  if (o.range) throw new Unsupported('plage utilisée comme valeur');
  return o.fn as SFn;
}

function call(name: string, args: Node[], cx: Cx): Out {
  const s = (i: number): SFn => (args[i] ? scalar(args[i], cx) : () => null);
  if (name === 'IF') {
    if (args.length < 2 || args.length > 3) throw new Unsupported('IF');
    const [c, t] = [s(0), s(1)];
    const f: SFn = args.length === 3 ? s(2) : () => false;
    return {
      fn: (env, row, col) => {
        const b = toBool(c(env, row, col));
        if (b instanceof XlError) return b;
        return b ? t(env, row, col) : f(env, row, col);
      },
      range: false,
    };
  }
  if (name === 'IFERROR' || name === 'IFNA') {
    if (args.length !== 2) throw new Unsupported(name);
    const [v, alt] = [s(0), s(1)];
    const na = name === 'IFNA';
    return {
      fn: (env, row, col) => {
        const x = v(env, row, col);
        return x instanceof XlError && (!na || x === ERR.NA) ? alt(env, row, col) : x;
      },
      range: false,
    };
  }
  if (name === 'CHOOSE') {
    if (args.length < 2) throw new Unsupported('CHOOSE');
    const idx = s(0);
    const opts = args.slice(1).map((a) => scalar(a, cx));
    return {
      fn: (env, row, col) => {
        const k = toNumber(idx(env, row, col));
        if (k instanceof XlError) return k;
        const i = Math.trunc(k);
        return i < 1 || i > opts.length ? ERR.VALUE : opts[i - 1](env, row, col);
      },
      range: false,
    };
  }
  if (name === 'ROW' || name === 'COLUMN') {
    if (args.length === 0) return { fn: (_e, row, col) => (name === 'ROW' ? row + 1 : col + 1), range: false };
    const a = args[0];
    if (args.length === 1 && a.t === 'ref' && a.ref.ar1 && a.ref.ac1) return konst(name === 'ROW' ? a.ref.r1 + 1 : a.ref.c1 + 1);
    throw new Unsupported(name);
  }
  const sf = SCALAR_FUNCS[name];
  if (sf) {
    if (args.length < sf.min || args.length > sf.max) throw new Unsupported(`${name} : nombre d'arguments`);
    if (sf.volatile) cx.volatile = true;
    const fns = args.map((a) => scalar(a, cx));
    const n = fns.length;
    const check = !sf.errors;
    return {
      fn: (env, row, col) => {
        const vals: Scalar[] = new Array(n);
        for (let i = 0; i < n; i++) {
          const v = fns[i](env, row, col);
          if (check && v instanceof XlError) return v;
          vals[i] = v;
        }
        return sf.fn(vals);
      },
      range: false,
    };
  }
  const rf = RANGE_FUNCS[name];
  if (rf) {
    if (args.length < rf.min || args.length > rf.max) throw new Unsupported(`${name} : nombre d'arguments`);
    const fns = args.map((a) => any(a, cx).fn);
    const n = fns.length;
    return {
      fn: (env, row, col) => {
        const vals: V[] = new Array(n);
        for (let i = 0; i < n; i++) vals[i] = fns[i](env, row, col);
        return rf.fn(vals, env);
      },
      range: false,
    };
  }
  throw new Unsupported(`fonction ${name}`);
}

/** Compiles `formula` for cell (anchorRow, anchorCol) of `owner`; throws Unsupported when not handled. */
export function compileFormula(wb: WorkbookModel, owner: SheetModel, formula: string, anchorRow: number, anchorCol: number): Compiled {
  const cx: Cx = { wb, owner, ar: anchorRow, ac: anchorCol, depth: 0, volatile: false };
  const node = parseFormula(formula);
  const o = any(node, cx);
  if (o.range) throw new Unsupported('formule matricielle (débordement)');
  const fn = o.fn as SFn;
  return { fn, volatile: cx.volatile };
}

