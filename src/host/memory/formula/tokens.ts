/**
 * Excel formula tokenizer (English/invariant syntax, the one of `range.formulas` and of .xlsx files).
 * Keeps every character so that `tokens.map(t => t.text).join('')` gives the formula back.
 */
import { columnIndex, columnLetters, MAX_COLS, MAX_ROWS, quoteSheetName } from '../address';
import { parseStructured, type SRef } from './structured';

export type TokType =
  | 'num' | 'str' | 'bool' | 'err' | 'ref' | 'sref' | 'func' | 'name'
  | 'op' | 'lp' | 'rp' | 'sep' | 'ws' | 'arr' | 'other';

/** An A1 reference. `cols` kind spans all rows, `rows` kind all columns. 0-based. */
export interface RefInfo {
  sheet?: string;
  kind: 'cell' | 'range' | 'cols' | 'rows';
  r1: number;
  c1: number;
  r2: number;
  c2: number;
  ar1: boolean;
  ac1: boolean;
  ar2: boolean;
  ac2: boolean;
}

export interface Token {
  type: TokType;
  text: string;
  ref?: RefInfo;
  sref?: SRef;
  /** Sheet of a sheet-qualified name (`Feuil1!Nom`). */
  sheet?: string;
}

export const ERROR_CODES = ['#NULL!', '#DIV/0!', '#VALUE!', '#REF!', '#NAME?', '#NUM!', '#N/A', '#SPILL!', '#CALC!', '#GETTING_DATA'];

const IDENT = /[\p{L}\p{N}_.\\?]/u;
const CELL = /\$?([A-Za-z]{1,3})\$?(\d+)(?::\$?([A-Za-z]{1,3})\$?(\d+))?/y;
const COLS = /\$?([A-Za-z]{1,3}):\$?([A-Za-z]{1,3})/y;
const ROWS = /\$?(\d+):\$?(\d+)/y;
const NUM = /(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?/y;

function isIdentChar(ch: string | undefined): boolean {
  return ch !== undefined && IDENT.test(ch);
}

function flags(text: string): boolean[] {
  // absolute markers of the up-to-four coordinates, in order of appearance
  const out: boolean[] = [];
  let i = 0;
  while (i < text.length) {
    const abs = text[i] === '$';
    if (abs) i++;
    const start = i;
    const digits = /\d/.test(text[i] ?? '');
    while (i < text.length && (digits ? /\d/.test(text[i]) : /[A-Za-z]/.test(text[i]))) i++;
    if (i > start) out.push(abs);
    if (text[i] === ':') i++;
  }
  return out;
}

/** An A1 reference starting at `i`, or null. */
export function lexRef(s: string, i: number): { ref: RefInfo; end: number } | null {
  for (const re of [CELL, COLS, ROWS]) {
    re.lastIndex = i;
    const m = re.exec(s);
    if (!m) continue;
    const end = i + m[0].length;
    const next = s[end];
    if (isIdentChar(next) || next === '(' || next === '[' || next === '!' || next === '$') continue;
    const f = flags(m[0]);
    if (re === CELL) {
      const c1 = columnIndex(m[1]);
      const r1 = Number(m[2]) - 1;
      if (c1 < 0 || r1 < 0 || r1 >= MAX_ROWS) continue;
      if (m[3] === undefined) {
        return { ref: { kind: 'cell', r1, c1, r2: r1, c2: c1, ac1: f[0], ar1: f[1], ac2: f[0], ar2: f[1] }, end };
      }
      const c2 = columnIndex(m[3]);
      const r2 = Number(m[4]) - 1;
      if (c2 < 0 || r2 < 0 || r2 >= MAX_ROWS) continue;
      return { ref: { kind: 'range', r1, c1, r2, c2, ac1: f[0], ar1: f[1], ac2: f[2], ar2: f[3] }, end };
    }
    if (re === COLS) {
      const c1 = columnIndex(m[1]);
      const c2 = columnIndex(m[2]);
      if (c1 < 0 || c2 < 0) continue;
      return { ref: { kind: 'cols', r1: 0, c1, r2: MAX_ROWS - 1, c2, ac1: f[0], ar1: true, ac2: f[1], ar2: true }, end };
    }
    const r1 = Number(m[1]) - 1;
    const r2 = Number(m[2]) - 1;
    if (r1 < 0 || r2 < 0 || r1 >= MAX_ROWS || r2 >= MAX_ROWS) continue;
    return { ref: { kind: 'rows', r1, c1: 0, r2, c2: MAX_COLS - 1, ar1: f[0], ac1: true, ar2: f[1], ac2: true }, end };
  }
  return null;
}

export function formatRef(r: RefInfo): string {
  const prefix = r.sheet !== undefined ? `${quoteSheetName(r.sheet)}!` : '';
  const col = (c: number, a: boolean): string => `${a ? '$' : ''}${columnLetters(c)}`;
  const row = (x: number, a: boolean): string => `${a ? '$' : ''}${x + 1}`;
  switch (r.kind) {
    case 'cell':
      return `${prefix}${col(r.c1, r.ac1)}${row(r.r1, r.ar1)}`;
    case 'range':
      return `${prefix}${col(r.c1, r.ac1)}${row(r.r1, r.ar1)}:${col(r.c2, r.ac2)}${row(r.r2, r.ar2)}`;
    case 'cols':
      return `${prefix}${col(r.c1, r.ac1)}:${col(r.c2, r.ac2)}`;
    case 'rows':
      return `${prefix}${row(r.r1, r.ar1)}:${row(r.r2, r.ar2)}`;
  }
}

/** End index (exclusive) of the bracket group starting at `i` (`s[i] === '['`), or -1. */
export function bracketEnd(s: string, i: number): number {
  let depth = 0;
  for (let k = i; k < s.length; k++) {
    const ch = s[k];
    if (ch === "'") {
      k++;
      continue;
    }
    if (ch === '[') depth++;
    else if (ch === ']') {
      depth--;
      if (depth === 0) return k + 1;
    }
  }
  return -1;
}

function readQuotedSheet(s: string, i: number): { name: string; end: number } | null {
  let k = i + 1;
  let name = '';
  while (k < s.length) {
    if (s[k] === "'") {
      if (s[k + 1] === "'") {
        name += "'";
        k += 2;
        continue;
      }
      return s[k + 1] === '!' ? { name, end: k + 2 } : null;
    }
    name += s[k++];
  }
  return null;
}

/** Tokenizes a formula given without its leading `=`. */
export function tokenize(s: string): Token[] {
  const out: Token[] = [];
  let i = 0;
  const push = (type: TokType, end: number, extra?: Partial<Token>): void => {
    out.push({ type, text: s.slice(i, end), ...extra });
    i = end;
  };
  const afterSheet = (sheet: string, end: number): void => {
    const r = lexRef(s, end);
    if (r) return push('ref', r.end, { ref: { ...r.ref, sheet } });
    let k = end;
    while (isIdentChar(s[k])) k++;
    if (k > end) return push('name', k, { sheet });
    push('other', end);
  };
  while (i < s.length) {
    const ch = s[i];
    if (ch === ' ' || ch === '\n' || ch === '\r' || ch === '\t') {
      let k = i;
      while (k < s.length && /\s/.test(s[k])) k++;
      push('ws', k);
    } else if (ch === '"') {
      let k = i + 1;
      while (k < s.length && !(s[k] === '"' && s[k + 1] !== '"')) k += s[k] === '"' ? 2 : 1;
      push('str', Math.min(k + 1, s.length));
    } else if (ch === '{') {
      let k = i + 1;
      let inStr = false;
      while (k < s.length && (inStr || s[k] !== '}')) {
        if (s[k] === '"') inStr = !inStr;
        k++;
      }
      push('arr', Math.min(k + 1, s.length));
    } else if (ch === '#') {
      const code = ERROR_CODES.find((e) => s.substr(i, e.length).toUpperCase() === e);
      push(code ? 'err' : 'other', i + (code ? code.length : 1));
    } else if (ch === "'") {
      const q = readQuotedSheet(s, i);
      if (q) afterSheet(q.name, q.end);
      else push('other', i + 1);
    } else if (ch === '[') {
      const end = bracketEnd(s, i);
      if (end < 0) push('other', s.length);
      else push('sref', end, { sref: parseStructured(undefined, s.slice(i, end)) });
    } else if (ch === '$' || /[0-9.]/.test(ch)) {
      const r = lexRef(s, i);
      if (r) push('ref', r.end, { ref: r.ref });
      else {
        NUM.lastIndex = i;
        const m = NUM.exec(s);
        push(m ? 'num' : 'other', i + (m ? m[0].length : 1));
      }
    } else if (isIdentChar(ch)) {
      const r = lexRef(s, i);
      if (r) {
        push('ref', r.end, { ref: r.ref });
        continue;
      }
      let k = i;
      while (isIdentChar(s[k])) k++;
      const word = s.slice(i, k);
      if (s[k] === '!') afterSheet(word, k + 1);
      else if (s[k] === '(') push('func', k);
      else if (s[k] === '[') {
        const end = bracketEnd(s, k);
        if (end < 0) push('other', s.length);
        else push('sref', end, { sref: parseStructured(word, s.slice(k, end)) });
      } else if (/^(TRUE|FALSE)$/i.test(word)) push('bool', k);
      else push('name', k);
    } else if (ch === '<' || ch === '>') {
      push('op', s[i + 1] === '=' || (ch === '<' && s[i + 1] === '>') ? i + 2 : i + 1);
    } else if ('=+-*/^&%:'.includes(ch)) push('op', i + 1);
    else if (ch === '(') push('lp', i + 1);
    else if (ch === ')') push('rp', i + 1);
    else if (ch === ',' || ch === ';') push('sep', i + 1);
    else push('other', i + 1);
  }
  return out;
}

/** Rebuilds a formula (with its `=`) after mapping tokens; returns `formula` itself when unchanged. */
export function mapTokens(formula: string, fn: (t: Token) => string | undefined): string {
  if (!formula.startsWith('=')) return formula;
  const toks = tokenize(formula.slice(1));
  let changed = false;
  const parts = toks.map((t) => {
    const r = fn(t);
    if (r === undefined || r === t.text) return t.text;
    changed = true;
    return r;
  });
  return changed ? `=${parts.join('')}` : formula;
}
