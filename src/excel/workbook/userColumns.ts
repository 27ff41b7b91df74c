/**
 * User columns typed by hand in the household table: a header that is neither a catalogue column (nor
 * one of its legacy aliases, nor a copy « … (saisie d'origine) » kept by « Préparer le classeur »), nor
 * a field defined in RIME_champs. Pure: the pane offers them from the header row and the first data row,
 * never from the body of the table.
 *
 * Decisions (the type offered in the pane, from the first household's cell, 1 cell per column):
 * - a cell holding text (or VRAI / FAUX) → texte;
 * - else a date number format (jj/mm/aaaa…) → date, as readHouseholds decides with the same format;
 * - else a number, or a blank cell with a number format (0, 0,00, # ##0 €…) → nombre;
 * - else (blank « Standard » cell, no household) → texte.
 * The treatment types the column from all its cells (readHouseholds) and may disagree: criteria on a
 * column typed by hand accept both the text and the number operators (domain/populations/criteria).
 */
import type { CellValue, CustomFieldDef } from '../../domain/catalogue';
import { PRESERVED_SUFFIX } from '../setup/columnsPlan';
import { householdMatcher, mapHeaders } from './headers';

const DATE_FORMAT = /(^|[^"\\])(d{1,4}|y{2,4}|m{3,5})/i;
const NUMBER_FORMAT = /(^|[^"\\])[0#]/;

/** A number format that shows dates (d, y, mmm… outside quotes). */
export function isDateFormat(format: string | undefined): boolean {
  return DATE_FORMAT.test(format ?? '');
}

const escaped = PRESERVED_SUFFIX.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const PRESERVED = new RegExp(`^(.*)${escaped}(?: \\(\\d+\\))?$`, 'i');

/** « Revenus (saisie d'origine) », « … (saisie d'origine) (2) »: values kept by « Préparer » for a catalogue column. */
export function isPreservedHeader(header: string): boolean {
  const m = PRESERVED.exec(header.trim());
  return m !== null && householdMatcher(m[1]) !== undefined;
}

/** The type offered for a column typed by hand, from its first data cell (see the decisions above). */
export function firstCellType(value: CellValue | undefined, format: string | undefined): 'text' | 'number' | 'date' {
  if (typeof value === 'boolean' || (typeof value === 'string' && value.trim() !== '')) return 'text';
  if (isDateFormat(format)) return 'date';
  if (typeof value === 'number' || NUMBER_FORMAT.test(format ?? '')) return 'number';
  return 'text';
}

export interface FirstRow {
  readonly values: readonly CellValue[];
  readonly formats: readonly string[];
}

/**
 * The user columns of a header row, in table order: a defined column takes its definition's type (set
 * later by withDefinitions, hence 'text' here), a column typed by hand its first cell's (flagged `guessed`).
 * `first` is null when the table has no data row.
 */
export function userColumnFields(
  header: readonly CellValue[], defined: ReadonlySet<string>, first: FirstRow | null,
): CustomFieldDef[] {
  const out: CustomFieldDef[] = [];
  for (const u of mapHeaders(header, householdMatcher).user) {
    const base = { key: u.key, label: u.header, help: '', personal: false };
    if (defined.has(u.key)) out.push({ ...base, type: 'text' });
    else if (u.reason === 'unknown' && !isPreservedHeader(u.header)) {
      out.push({ ...base, type: first ? firstCellType(first.values[u.index], first.formats[u.index]) : 'text', guessed: true });
    }
  }
  return out;
}
