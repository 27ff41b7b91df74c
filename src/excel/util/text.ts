/** Keeping typed text as text when it is written back (pure). */

const NUMBER_LIKE = /^\s*[-+]?[\d\s.,\u00a0\u202f]*\d[\d\s.,\u00a0\u202f]*\s*[%€]?\s*$/;
const DATE_LIKE = /^\s*\d{1,4}[/.-]\d{1,2}([/.-]\d{1,4})?\s*$/;
const TIME_LIKE = /^\s*\d{1,2}:\d{2}/;
const BOOLEAN_LIKE = /^\s*(vrai|faux|true|false)\s*$/i;

/** True when Excel would turn this typed text into something else (number, date, formula…). */
export function wouldBeConverted(s: string): boolean {
  return /^[=+\-@']/.test(s) || NUMBER_LIKE.test(s) || DATE_LIKE.test(s) || TIME_LIKE.test(s) || BOOLEAN_LIKE.test(s);
}

/**
 * The text to write so the cell keeps exactly this text: a leading apostrophe (Excel's text prefix,
 * not part of the value) when Excel would otherwise convert it. In a text-formatted ('@') column
 * only formula-looking text needs it.
 */
export function protectText(s: string, numberFormat: string): string {
  if (numberFormat === '@') return /^[=']/.test(s) ? `'${s}` : s;
  return wouldBeConverted(s) ? `'${s}` : s;
}
