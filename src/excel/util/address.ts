/** A1 addresses and sheet-name quoting (0-based row and column indexes everywhere in src/excel). */

/** Column letters of a 0-based column index: 0 → A, 25 → Z, 26 → AA. */
export function columnLetter(col: number): string {
  let n = col + 1;
  let s = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** 0-based column index of column letters: A → 0. */
export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** A sheet name as a formula prefix needs it: quoted when it holds anything but ASCII letters, digits, _. */
export function quoteSheet(sheet: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(sheet) ? sheet : `'${sheet.replace(/'/g, "''")}'`;
}

/** `A1` or `$A$1` of a cell. */
export function cellA1(row: number, col: number, absolute = false): string {
  const d = absolute ? '$' : '';
  return `${d}${columnLetter(col)}${d}${row + 1}`;
}

/** `A1:C5` (or absolute) of a block; a single cell gives `A1`. */
export function rangeA1(row: number, col: number, rows: number, cols: number, absolute = false): string {
  const first = cellA1(row, col, absolute);
  if (rows === 1 && cols === 1) return first;
  return `${first}:${cellA1(row + rows - 1, col + cols - 1, absolute)}`;
}

/** `='Sheet'!$A$2:$A$7`: a range reference usable as a validation source or a name's reference. */
export function sheetRangeRef(sheet: string, row: number, col: number, rows: number, cols: number): string {
  return `=${quoteSheet(sheet)}!${rangeA1(row, col, rows, cols, true)}`;
}

/** Parses the cell part of an Office.js address (`Feuil1!B3:D9`, `'A b'!C4`) into 0-based indexes. */
export function parseAddress(address: string): { row: number; col: number; rows: number; cols: number } {
  const bang = address.lastIndexOf('!');
  const part = (bang >= 0 ? address.slice(bang + 1) : address).replace(/\$/g, '');
  const m = /^([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?$/i.exec(part);
  if (!m) throw new Error(`Adresse illisible : ${address}`);
  const row = Number(m[2]) - 1;
  const col = columnIndex(m[1]);
  const row2 = m[4] ? Number(m[4]) - 1 : row;
  const col2 = m[3] ? columnIndex(m[3]) : col;
  return { row, col, rows: row2 - row + 1, cols: col2 - col + 1 };
}

/** Sheet names compared as Excel does (case-insensitive), also forgiving spaces/underscores and accents. */
export function sameSheetName(a: string, b: string): boolean {
  const k = (s: string): string =>
    s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[\s_]+/g, '');
  return a.toLowerCase() === b.toLowerCase() || k(a) === k(b);
}
