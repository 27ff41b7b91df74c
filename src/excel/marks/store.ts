/**
 * The record of the marks (« repérages ») painted by « Valider la saisie », kept in the very hidden
 * sheet `RIME_repérages`, one row per marked cell: where it is (sheet row, column header and key, the
 * household's N° d'identification / N° de demande to find the row again after a sort), why (rules,
 * severity), the cell's ORIGINAL fill and font colours read just before painting, and the colours
 * painted (so a cell the user recoloured since is left alone). Pure: encoding and decoding only.
 */
import type { CellValue } from '../../domain/catalogue';
import type { Severity } from '../../domain/rules';
import { protectText } from '../util/text';

export const MARKS_SHEET = 'RIME_repérages';

/** Colours of the marks (Excel's « Mauvais » and « Neutre » cell styles). `#RRGGBB`, upper case. */
export const MARK_COLOURS: Readonly<Record<Severity, { readonly fill: string; readonly font: string }>> = {
  erreur: { fill: '#FFC7CE', font: '#9C0006' },
  avertissement: { fill: '#FFEB9C', font: '#9C5700' },
};

/** What Office.js reports for a cell without fill / with the automatic font colour. */
export const NO_FILL = '#FFFFFF';
export const AUTO_FONT = '#000000';

export const MARK_HEADERS = [
  'Feuille', 'Ligne', 'Colonne (en-tête)', 'Clé', 'Règles', 'Gravité', "N° d'identification", 'N° de demande',
  "Remplissage d'origine", "Police d'origine", 'Remplissage du repérage', 'Police du repérage',
] as const;
export const MARK_WIDTH = MARK_HEADERS.length;

export interface MarkRecord {
  /** Sheet holding the household table when the mark was painted. */
  readonly sheet: string;
  /** Sheet row, 1-based (as Excel shows it). */
  readonly row: number;
  readonly header: string;
  /** Catalogue key or user-column key ('custom:…'). */
  readonly key: string;
  readonly ruleIds: readonly string[];
  readonly severity: Severity;
  /** Text of the N° d'identification / N° de demande cells of the row when marked ('' when blank). */
  readonly householdId: string;
  readonly requestNo: string;
  /** Colours of the cell before the mark (`#RRGGBB`; NO_FILL means no fill). */
  readonly originalFill: string;
  readonly originalFont: string;
  /** Colours painted. */
  readonly markFill: string;
  readonly markFont: string;
}

/** Cell text of a value as the store keeps it (numbers without thousands separators). */
export function cellText(v: CellValue | null | undefined): string {
  if (v === null || v === undefined) return '';
  return String(v).trim();
}

const upper = (s: string): string => s.trim().toUpperCase();

/** The store's rows, headers first; every cell is text (the sheet's cells are formatted '@'). */
export function encodeMarks(records: readonly MarkRecord[]): string[][] {
  const rows: string[][] = [[...MARK_HEADERS]];
  for (const m of records) {
    rows.push(
      [
        m.sheet, String(m.row), m.header, m.key, m.ruleIds.join(' '), m.severity, m.householdId, m.requestNo,
        m.originalFill, m.originalFont, m.markFill, m.markFont,
      ].map((s) => protectText(s, '@')),
    );
  }
  return rows;
}

/** Records of the store's used range (headers on the first row); rows that cannot be read are skipped. */
export function decodeMarks(values: readonly (readonly CellValue[])[]): MarkRecord[] {
  const out: MarkRecord[] = [];
  const first = values.findIndex((r) => cellText(r[0]) === MARK_HEADERS[0] && cellText(r[1]) === MARK_HEADERS[1]);
  for (const r of values.slice(first + 1)) {
    const t = (i: number): string => cellText(r[i]);
    const row = Number(t(1));
    const severity = t(5);
    if (!Number.isInteger(row) || row < 1 || (severity !== 'erreur' && severity !== 'avertissement')) continue;
    const colour = (i: number, fallback: string): string => (/^#[0-9A-F]{6}$/.test(upper(t(i))) ? upper(t(i)) : fallback);
    out.push({
      sheet: t(0), row, header: t(2), key: t(3), ruleIds: t(4).split(/\s+/).filter((s) => s !== ''), severity,
      householdId: t(6), requestNo: t(7),
      originalFill: colour(8, NO_FILL), originalFont: colour(9, AUTO_FONT),
      markFill: colour(10, MARK_COLOURS[severity].fill), markFont: colour(11, MARK_COLOURS[severity].font),
    });
  }
  return out;
}
