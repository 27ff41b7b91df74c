/**
 * Names of result sheets (pure): valid for Excel (≤ 31 characters, none of \ / ? * : [ ], no leading
 * or trailing apostrophe, not blank) and unique in the workbook ignoring case, with a suffix « (2) »,
 * « (3) »… that still fits in 31 characters. The full title is written in A1.
 */
import { decapitalize } from '../../domain/populations';

export const SHEET_NAME_MAX = 31;
const FORBIDDEN = /[\\/?*:[\]]/g;
/** Used when nothing is left of a name once cleaned. */
export const FALLBACK_SHEET_NAME = 'Résultats';

/** A valid Excel sheet name from any text (not yet unique). */
export function cleanSheetName(text: string, max = SHEET_NAME_MAX): string {
  let s = text
    .replace(FORBIDDEN, '')
    .replace(/\p{Cc}/gu, '')
    .replace(/\s+/g, ' ')
    .trim();
  s = trimApostrophes(s);
  if (s.length > max) s = trimApostrophes(s.slice(0, max).trimEnd());
  return s === '' ? FALLBACK_SHEET_NAME.slice(0, max) : s;
}

function trimApostrophes(s: string): string {
  return s.replace(/^['\s]+/, '').replace(/['\s]+$/, '');
}

const folded = (s: string): string => s.toLocaleLowerCase('fr-FR');

/**
 * A name for a new sheet: `wanted` cleaned, or with the first free suffix « (n) » (n ≥ 2) when a sheet
 * of `existing` has the same name ignoring case; the base is shortened so the whole stays ≤ 31.
 */
export function uniqueSheetName(wanted: string, existing: readonly string[]): string {
  const taken = new Set(existing.map(folded));
  const base = cleanSheetName(wanted);
  if (!taken.has(folded(base))) return base;
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const name = `${cleanSheetName(base, SHEET_NAME_MAX - suffix.length)}${suffix}`;
    if (!taken.has(folded(name))) return name;
  }
}

/** « Résultats relogés en ZUS » for a predefined population (its short sheet label). */
export function populationSheetBase(sheetLabel: string): string {
  return `Résultats ${sheetLabel}`;
}

/**
 * « Résultats relogés en ZUS et dont … » for manual criteria: the criteria sentence without its
 * leading « Ménages » and « dont » (« Ensemble des ménages » is kept, lower-cased).
 */
export function criteriaSheetBase(sentence: string): string {
  const rest = sentence.replace(/^Ménages\s+/, '').replace(/^dont\s+/, '');
  return `Résultats ${rest === sentence ? decapitalize(sentence) : rest}`;
}
