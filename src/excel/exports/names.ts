/** Sheet and table names for the sheets the exports add (pure): valid, ≤ 31 characters, unique. */

export const MAX_SHEET_NAME = 31;

/**
 * A valid sheet name from any text: the characters Excel refuses (`: \ / ? * [ ]`) become spaces,
 * spaces are collapsed, no apostrophe at either end, at most 31 characters, never blank.
 */
export function sanitiseSheetName(text: string, fallback = 'Feuille'): string {
  let s = Array.from(text, (ch) => (ch.charCodeAt(0) < 32 ? ' ' : ch)).join('').replace(/[:\\/?*[\]]/g, ' ').replace(/\s+/g, ' ').trim();
  s = s.replace(/^'+|'+$/g, '').trim();
  s = cut(s, MAX_SHEET_NAME).replace(/'+$/g, '').trim();
  return s === '' ? fallback : s;
}

/** The first `max` characters, never splitting a surrogate pair. */
function cut(s: string, max: number): string {
  const chars = Array.from(s);
  return chars.length <= max ? s : chars.slice(0, max).join('').trimEnd();
}

/**
 * `wanted` (sanitised) when no sheet has that name (case-insensitive, as Excel compares), else the
 * name with « (2) », « (3) »… the base being shortened so the whole stays within 31 characters.
 */
export function uniqueSheetName(wanted: string, existing: readonly string[]): string {
  const taken = new Set(existing.map((n) => n.toLowerCase()));
  const base = sanitiseSheetName(wanted);
  if (!taken.has(base.toLowerCase())) return base;
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const name = `${cut(base, MAX_SHEET_NAME - suffix.length).replace(/[\s'–-]+$/u, '')}${suffix}`;
    if (!taken.has(name.toLowerCase())) return name;
  }
}

/** A valid, unique Excel table name: letters, digits and _ only, starting with a letter or _. */
export function uniqueTableName(wanted: string, existing: readonly string[]): string {
  const taken = new Set(existing.map((n) => n.toLowerCase()));
  let base = wanted
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9_]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .slice(0, 200);
  if (!/^[A-Za-z_]/.test(base)) base = `T_${base}`;
  // Names that look like cell references (A1, R1C1) are refused by Excel.
  if (/^[A-Za-z]{1,3}\d+$/.test(base) || /^[Rr]\d*[Cc]\d*$/.test(base)) base = `T_${base}`;
  if (!taken.has(base.toLowerCase())) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}_${n}`.toLowerCase())) return `${base}_${n}`;
}
