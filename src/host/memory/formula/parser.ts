/** Excel formula parser (Pratt) producing a small AST for the compiled evaluator. */
import type { SRef } from './structured';
import { tokenize, type RefInfo, type Token } from './tokens';

export type Node =
  | { t: 'num'; v: number }
  | { t: 'str'; v: string }
  | { t: 'bool'; v: boolean }
  | { t: 'err'; v: string }
  | { t: 'ref'; ref: RefInfo }
  | { t: 'sref'; sref: SRef }
  | { t: 'name'; name: string; sheet?: string }
  | { t: 'un'; op: string; a: Node }
  | { t: 'bin'; op: string; a: Node; b: Node }
  | { t: 'call'; name: string; args: Node[] }
  | { t: 'missing' };

/** Thrown for syntax the compiled evaluator does not handle; the formula then goes to HyperFormula. */
export class Unsupported extends Error {}

const BINARY: Record<string, number> = { '=': 1, '<>': 1, '<': 1, '>': 1, '<=': 1, '>=': 1, '&': 2, '+': 3, '-': 3, '*': 4, '/': 4, '^': 5 };

export function parseFormula(formula: string): Node {
  const text = formula.startsWith('=') ? formula.slice(1) : formula;
  const toks = tokenize(text).filter((t) => t.type !== 'ws');
  let i = 0;
  const peek = (): Token | undefined => toks[i];
  const next = (): Token => {
    const t = toks[i++];
    if (!t) throw new Unsupported('fin de formule inattendue');
    return t;
  };

  const primary = (): Node => {
    const t = next();
    switch (t.type) {
      case 'num':
        return { t: 'num', v: Number(t.text) };
      case 'str':
        return { t: 'str', v: t.text.slice(1, -1).replace(/""/g, '"') };
      case 'bool':
        return { t: 'bool', v: t.text.toUpperCase() === 'TRUE' };
      case 'err':
        return { t: 'err', v: t.text.toUpperCase() };
      case 'ref':
        return { t: 'ref', ref: t.ref! };
      case 'sref':
        return { t: 'sref', sref: t.sref! };
      case 'name':
        return t.sheet !== undefined ? { t: 'name', name: t.text, sheet: t.sheet } : { t: 'name', name: t.text };
      case 'func': {
        const name = t.text.toUpperCase().replace(/^_XLFN\./, '').replace(/^_XLWS\./, '');
        if (next().type !== 'lp') throw new Unsupported('( attendu');
        const args: Node[] = [];
        if (peek()?.type === 'rp') {
          i++;
          return { t: 'call', name, args };
        }
        for (;;) {
          const p = peek();
          if (p && (p.type === 'sep' || p.type === 'rp')) args.push({ t: 'missing' });
          else args.push(expr(0));
          const sep = next();
          if (sep.type === 'rp') break;
          if (sep.type !== 'sep') throw new Unsupported(', attendu');
        }
        return { t: 'call', name, args };
      }
      case 'lp': {
        const e = expr(0);
        if (next().type !== 'rp') throw new Unsupported(') attendu');
        return e;
      }
      case 'op':
        if (t.text === '-' || t.text === '+') return { t: 'un', op: t.text, a: unaryOperand() };
        throw new Unsupported(`opérateur inattendu ${t.text}`);
      default:
        throw new Unsupported(`élément non pris en charge : ${t.text}`);
    }
  };

  const postfix = (n: Node): Node => {
    let out = n;
    while (peek()?.type === 'op' && peek()!.text === '%') {
      i++;
      out = { t: 'un', op: '%', a: out };
    }
    return out;
  };

  // Excel: negation binds tighter than ^ (-2^2 = 4)
  const unaryOperand = (): Node => postfix(primary());

  const expr = (minPrec: number): Node => {
    let left = postfix(primary());
    for (;;) {
      const t = peek();
      if (!t || t.type !== 'op') break;
      if (t.text === ':') throw new Unsupported('opérateur de plage :');
      const prec = BINARY[t.text];
      if (prec === undefined || prec <= minPrec) break;
      i++;
      const right = expr(prec);
      left = { t: 'bin', op: t.text, a: left, b: right };
    }
    return left;
  };

  const root = expr(0);
  if (i < toks.length) throw new Unsupported(`élément inattendu : ${toks[i].text}`);
  return root;
}
