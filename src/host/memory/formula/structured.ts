/**
 * Structured references: `Tbl[[#This Row],[N° d''identification]]`, `Tbl[Col]`, `Tbl[[#Data],[A]:[B]]`,
 * `Tbl[#All]`, `[@Col]`, `Tbl[@[Col A]]`. Inside column brackets `'` escapes `'`, `#`, `[` and `]`.
 */

export type Special = '#All' | '#Data' | '#Headers' | '#Totals' | '#This Row';

export interface SRef {
  table?: string;
  specials: Special[];
  col1?: string;
  col2?: string;
  /** Written with `@` (short "this row" form). */
  at: boolean;
  bad: boolean;
}

const SPECIALS: Record<string, Special> = {
  '#all': '#All', '#data': '#Data', '#headers': '#Headers', '#totals': '#Totals', '#this row': '#This Row',
};

export function unescapeColumnName(s: string): string {
  return s.replace(/'(.)/g, '$1');
}

export function escapeColumnName(name: string): string {
  return name.replace(/(['#[\]])/g, "'$1");
}

function closeOf(s: string, i: number): number {
  let depth = 0;
  for (let k = i; k < s.length; k++) {
    if (s[k] === "'") {
      k++;
      continue;
    }
    if (s[k] === '[') depth++;
    else if (s[k] === ']' && --depth === 0) return k + 1;
  }
  return -1;
}

/** `bracket` is the whole `[...]` group following the (optional) table name. */
export function parseStructured(table: string | undefined, bracket: string): SRef {
  const ref: SRef = { table, specials: [], at: false, bad: false };
  let inner = bracket.slice(1, -1).trim();
  if (inner.startsWith('@')) {
    ref.at = true;
    ref.specials.push('#This Row');
    inner = inner.slice(1).trim();
    if (inner === '') return ref;
    if (!inner.startsWith('[')) {
      ref.col1 = unescapeColumnName(inner);
      return ref;
    }
  }
  if (inner === '') return ref;
  if (inner.startsWith('#')) {
    const sp = SPECIALS[inner.toLowerCase()];
    if (sp) ref.specials.push(sp);
    else ref.bad = true;
    return ref;
  }
  if (!inner.startsWith('[')) {
    ref.col1 = unescapeColumnName(inner);
    return ref;
  }
  let p = 0;
  const skip = (): void => {
    while (inner[p] === ' ') p++;
  };
  const item = (): string | null => {
    skip();
    if (inner[p] !== '[') return null;
    const end = closeOf(inner, p);
    if (end < 0) return null;
    const content = inner.slice(p + 1, end - 1);
    p = end;
    return content;
  };
  while (p < inner.length) {
    const a = item();
    if (a === null) {
      ref.bad = true;
      return ref;
    }
    const sp = SPECIALS[a.trim().toLowerCase()];
    if (a.trim().startsWith('#')) {
      if (sp) ref.specials.push(sp);
      else ref.bad = true;
    } else {
      ref.col1 = unescapeColumnName(a);
      skip();
      if (inner[p] === ':') {
        p++;
        const b = item();
        if (b === null) ref.bad = true;
        else ref.col2 = unescapeColumnName(b);
      }
    }
    skip();
    if (p < inner.length) {
      if (inner[p] !== ',') {
        ref.bad = true;
        return ref;
      }
      p++;
    }
  }
  return ref;
}

function simpleColumn(name: string): boolean {
  return /^[\p{L}\p{N}_ ]+$/u.test(name) && name.trim() === name;
}

/** Canonical file form: `Tbl[[#This Row],[Col]]`, `Tbl[Col]`, `Tbl[[#Headers],[A]:[B]]`, `Tbl[#All]`. */
export function formatStructured(ref: SRef): string {
  const table = ref.table ?? '';
  const cols = ref.col1 === undefined ? [] : [`[${escapeColumnName(ref.col1)}]${ref.col2 !== undefined ? `:[${escapeColumnName(ref.col2)}]` : ''}`];
  const specials = ref.specials.map((s) => `[${s}]`);
  if (specials.length === 0 && cols.length === 0) return `${table}[]`;
  if (specials.length === 1 && cols.length === 0) return `${table}${specials[0]}`;
  if (specials.length === 0 && ref.col2 === undefined && simpleColumn(ref.col1!)) return `${table}[${ref.col1}]`;
  return `${table}[${[...specials, ...cols].join(',')}]`;
}
