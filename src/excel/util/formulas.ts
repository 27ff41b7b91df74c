/** Formula text helpers (pure): comparing formulas as Excel may return them, moving A1 references. */
import { columnIndex, columnLetter, sameSheetName } from './address';

export function isFormula(v: unknown): v is string {
  return typeof v === 'string' && v.startsWith('=') && v.length > 1;
}

/** Applies `f` to the parts of a formula outside string literals. */
function outsideStrings(formula: string, f: (part: string) => string): string {
  const parts = formula.split('"');
  return parts.map((p, i) => (i % 2 === 0 ? f(p) : p)).join('"');
}

/**
 * A canonical form for comparing formulas: no spaces and upper case outside strings, and every
 * this-row structured reference written `[@[header]]` (Excel may return `[@header]` or the long form).
 */
export function normaliseFormula(formula: string): string {
  return outsideStrings(formula, (p) =>
    p
      .replace(/\s+/g, '')
      .toUpperCase()
      .replace(/[A-Z_\\][A-Z0-9_.]*\[\[#THISROW\],\[/g, '[@[')
      .replace(/[A-Z_\\][A-Z0-9_.]*\[@/g, '[@')
      .replace(/\[@([^[\]]+)\]/g, '[@[$1]]'),
  );
}

export interface RefMap {
  /** The sheet the formula's unqualified references point to. */
  readonly sheet: string;
  /** New position of a cell (0-based). */
  cell(row: number, col: number): [number, number];
  /** New index of a whole column / row reference. */
  col(col: number): number;
  row(row: number): number;
}

const MAX_COL = 16384;
const MAX_ROW = 1048576;
const IDENT = /[A-Za-z0-9_.$'\u00C0-\u024F\\]/;
const REF = /^(?:('(?:[^']|'')+'|[A-Za-z_\u00C0-\u024F][\w.\u00C0-\u024F]*)!)?(?:(\$?)([A-Za-z]{1,3})(\$?)(\d+)(?::(\$?)([A-Za-z]{1,3})(\$?)(\d+))?|(\$?)([A-Za-z]{1,3}):(\$?)([A-Za-z]{1,3})|(\$?)(\d+):(\$?)(\d+))/;

function unquote(sheet: string): string {
  return sheet.startsWith("'") ? sheet.slice(1, -1).replace(/''/g, "'") : sheet;
}

function moveRef(m: RegExpExecArray, map: RefMap): string | undefined {
  const cell = (d1: string, c: string, d2: string, r: string): string | undefined => {
    const col = columnIndex(c);
    const row = Number(r) - 1;
    if (col >= MAX_COL || row >= MAX_ROW || row < 0) return undefined;
    const [nr, nc] = map.cell(row, col);
    return `${d1}${columnLetter(nc)}${d2}${nr + 1}`;
  };
  if (m[3] !== undefined) {
    const a = cell(m[2], m[3], m[4], m[5]);
    if (a === undefined) return undefined;
    if (m[7] === undefined) return a;
    const b = cell(m[6], m[7], m[8], m[9]);
    return b === undefined ? undefined : `${a}:${b}`;
  }
  if (m[11] !== undefined) {
    const a = columnIndex(m[11]);
    const b = columnIndex(m[13]);
    if (a >= MAX_COL || b >= MAX_COL) return undefined;
    return `${m[10]}${columnLetter(map.col(a))}:${m[12]}${columnLetter(map.col(b))}`;
  }
  const a = Number(m[15]) - 1;
  const b = Number(m[17]) - 1;
  return `${m[14]}${map.row(a) + 1}:${m[16]}${map.row(b) + 1}`;
}

/** Rewrites the A1 references of a formula that point to `map.sheet` (other sheets and names untouched). */
export function moveReferences(formula: string, map: RefMap): string {
  return outsideStrings(formula, (part) => {
    let out = '';
    let depth = 0;
    let i = 0;
    while (i < part.length) {
      const ch = part[i];
      if (ch === '[') depth++;
      if (ch === ']') depth = Math.max(0, depth - 1);
      const prev = i > 0 ? part[i - 1] : '';
      if (depth === 0 && ch !== '[' && ch !== ']' && !IDENT.test(prev)) {
        const m = REF.exec(part.slice(i));
        if (m) {
          const next = part[i + m[0].length] ?? '';
          const sheet = m[1] === undefined ? undefined : unquote(m[1]);
          const ours = sheet === undefined || sameSheetName(sheet, map.sheet);
          if (!/[A-Za-z0-9_(!.\u00C0-\u024F]/.test(next) && ours) {
            const moved = moveRef(m, map);
            if (moved !== undefined) {
              out += (m[1] !== undefined ? `${m[1]}!` : '') + moved;
              i += m[0].length;
              continue;
            }
          }
          out += m[0];
          i += m[0].length;
          continue;
        }
      }
      out += ch;
      i++;
    }
    return out;
  });
}
