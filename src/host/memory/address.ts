/**
 * A1 addresses as Excel writes them: column letters <-> indexes, sheet-name quoting, parsing of
 * `'Feuille 1'!$A$1:C3`, whole columns `A:C` and whole rows `1:3`. Pure (browser-safe), 0-based rects.
 */

export const MAX_ROWS = 1048576;
export const MAX_COLS = 16384;

/** A rectangle of cells, 0-based, `rows`/`cols` >= 1. */
export interface Rect {
  row: number;
  col: number;
  rows: number;
  cols: number;
}

export interface ParsedAddress {
  sheet?: string;
  rect: Rect;
}

/** 0 -> "A", 25 -> "Z", 26 -> "AA". */
export function columnLetters(index: number): string {
  if (!Number.isInteger(index) || index < 0 || index >= MAX_COLS) throw new RangeError(`colonne hors limites : ${index}`);
  let n = index + 1;
  let out = '';
  while (n > 0) {
    const m = (n - 1) % 26;
    out = String.fromCharCode(65 + m) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/** "A" -> 0, "aa" -> 26. Returns -1 when the text is not column letters within Excel's grid. */
export function columnIndex(letters: string): number {
  if (!/^[A-Za-z]{1,3}$/.test(letters)) return -1;
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1 < MAX_COLS ? n - 1 : -1;
}

/** True when an unquoted sheet name would be read as something else (cell, R1C1, digits, spaces...). */
export function sheetNameNeedsQuotes(name: string): boolean {
  if (!/^[\p{L}_\\][\p{L}\p{N}_.]*$/u.test(name)) return true;
  if (/^[A-Za-z]{1,3}\d+$/.test(name) && columnIndex(name.replace(/\d+$/, '')) >= 0) return true;
  if (/^[Rr](\d+)?([Cc](\d+)?)?$/.test(name)) return true;
  return false;
}

/** `Feuil1` stays bare, `Feuille 1` -> `'Feuille 1'`, `L'été` -> `'L''été'`. */
export function quoteSheetName(name: string): string {
  return sheetNameNeedsQuotes(name) ? `'${name.replace(/'/g, "''")}'` : name;
}

export function cellAddress(row: number, col: number, absolute = false): string {
  const d = absolute ? '$' : '';
  return `${d}${columnLetters(col)}${d}${row + 1}`;
}

export function isWholeColumns(r: Rect): boolean {
  return r.row === 0 && r.rows === MAX_ROWS;
}

export function isWholeRows(r: Rect): boolean {
  return r.col === 0 && r.cols === MAX_COLS;
}

/** `A1`, `A1:C3`, `A:C` (whole columns), `1:3` (whole rows), like Excel's `range.address` part. */
export function rectAddress(r: Rect, absolute = false): string {
  const d = absolute ? '$' : '';
  if (isWholeColumns(r) && !isWholeRows(r)) {
    return `${d}${columnLetters(r.col)}:${d}${columnLetters(r.col + r.cols - 1)}`;
  }
  if (isWholeRows(r) && !isWholeColumns(r)) return `${d}${r.row + 1}:${d}${r.row + r.rows}`;
  const a = cellAddress(r.row, r.col, absolute);
  if (r.rows === 1 && r.cols === 1) return a;
  return `${a}:${cellAddress(r.row + r.rows - 1, r.col + r.cols - 1, absolute)}`;
}

/** `'Feuille 1'!A1:C3` (sheet always present, quoted when needed). */
export function formatAddress(sheet: string, r: Rect, absolute = false): string {
  return `${quoteSheetName(sheet)}!${rectAddress(r, absolute)}`;
}

/** Splits `'It''s'!A1` into sheet `It's` and `A1`; no `!` -> sheet undefined. */
export function splitSheet(address: string): { sheet?: string; local: string } {
  const s = address.trim();
  if (s.startsWith("'")) {
    let i = 1;
    let name = '';
    while (i < s.length) {
      if (s[i] === "'") {
        if (s[i + 1] === "'") {
          name += "'";
          i += 2;
          continue;
        }
        break;
      }
      name += s[i++];
    }
    if (s[i] !== "'" || s[i + 1] !== '!') return { local: s };
    return { sheet: name, local: s.slice(i + 2) };
  }
  const bang = s.lastIndexOf('!');
  if (bang < 0) return { local: s };
  return { sheet: s.slice(0, bang), local: s.slice(bang + 1) };
}

interface Part {
  row?: number;
  col?: number;
}

function parsePart(p: string): Part | null {
  const m = /^\$?([A-Za-z]{1,3})?\$?(\d+)?$/.exec(p);
  if (!m || (!m[1] && !m[2])) return null;
  const out: Part = {};
  if (m[1]) {
    const c = columnIndex(m[1]);
    if (c < 0) return null;
    out.col = c;
  }
  if (m[2]) {
    const r = Number(m[2]) - 1;
    if (r < 0 || r >= MAX_ROWS) return null;
    out.row = r;
  }
  return out;
}

/** Parses the local part (`$A$1`, `A1:C3`, `A:C`, `1:3`); null when it is not an A1 address. */
export function parseRect(local: string): Rect | null {
  const pieces = local.trim().split(':');
  if (pieces.length > 2 || pieces.some((p) => p === '')) return null;
  const a = parsePart(pieces[0]);
  const b = pieces.length === 2 ? parsePart(pieces[1]) : a;
  if (!a || !b) return null;
  const aCell = a.row !== undefined && a.col !== undefined;
  const bCell = b.row !== undefined && b.col !== undefined;
  if (aCell && bCell) {
    const row = Math.min(a.row!, b.row!);
    const col = Math.min(a.col!, b.col!);
    return { row, col, rows: Math.abs(a.row! - b.row!) + 1, cols: Math.abs(a.col! - b.col!) + 1 };
  }
  if (pieces.length !== 2) return null;
  if (a.row === undefined && b.row === undefined && a.col !== undefined && b.col !== undefined) {
    const col = Math.min(a.col, b.col);
    return { row: 0, col, rows: MAX_ROWS, cols: Math.abs(a.col - b.col) + 1 };
  }
  if (a.col === undefined && b.col === undefined && a.row !== undefined && b.row !== undefined) {
    const row = Math.min(a.row, b.row);
    return { row, col: 0, rows: Math.abs(a.row - b.row) + 1, cols: MAX_COLS };
  }
  return null;
}

/** Parses a full address with an optional sheet prefix; null when malformed. */
export function parseAddress(address: string): ParsedAddress | null {
  const { sheet, local } = splitSheet(address);
  const rect = parseRect(local);
  if (!rect) return null;
  return sheet === undefined ? { rect } : { sheet, rect };
}

export function intersect(a: Rect, b: Rect): Rect | null {
  const row = Math.max(a.row, b.row);
  const col = Math.max(a.col, b.col);
  const r2 = Math.min(a.row + a.rows, b.row + b.rows);
  const c2 = Math.min(a.col + a.cols, b.col + b.cols);
  if (r2 <= row || c2 <= col) return null;
  return { row, col, rows: r2 - row, cols: c2 - col };
}

export function containsRect(outer: Rect, inner: Rect): boolean {
  return (
    inner.row >= outer.row &&
    inner.col >= outer.col &&
    inner.row + inner.rows <= outer.row + outer.rows &&
    inner.col + inner.cols <= outer.col + outer.cols
  );
}

export function sameRect(a: Rect, b: Rect): boolean {
  return a.row === b.row && a.col === b.col && a.rows === b.rows && a.cols === b.cols;
}

/** The parts of `a` not covered by `b` (at most 4 rectangles). */
export function subtractRect(a: Rect, b: Rect): Rect[] {
  const i = intersect(a, b);
  if (!i) return [a];
  const out: Rect[] = [];
  if (i.row > a.row) out.push({ row: a.row, col: a.col, rows: i.row - a.row, cols: a.cols });
  const aBottom = a.row + a.rows;
  const iBottom = i.row + i.rows;
  if (iBottom < aBottom) out.push({ row: iBottom, col: a.col, rows: aBottom - iBottom, cols: a.cols });
  if (i.col > a.col) out.push({ row: i.row, col: a.col, rows: i.rows, cols: i.col - a.col });
  const aRight = a.col + a.cols;
  const iRight = i.col + i.cols;
  if (iRight < aRight) out.push({ row: i.row, col: iRight, rows: i.rows, cols: aRight - iRight });
  return out;
}
