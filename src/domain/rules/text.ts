/** French texts of the findings: column labels and order, numbers, codes, and the message frame. */
import { codeLabel } from '../catalogue/codeLists';
import { COMMENTS_KEY, HOUSEHOLD_COLUMNS } from '../catalogue/columns';
import type { CustomFieldDef } from '../catalogue/types';
import { formatDate } from '../dates';

/**
 * Key used to compare names (communes, operations): no accents, upper case, hyphens, apostrophes,
 * dots and underscores read as spaces, single spaces. "Saint-Étienne " = "saint etienne".
 */
export function normaliseName(text: string): string {
  let key = NAME_KEYS.get(text);
  if (key === undefined) {
    key = computeNameKey(text);
    if (NAME_KEYS.size >= NAME_CACHE_SIZE) NAME_KEYS.clear();
    NAME_KEYS.set(text, key);
  }
  return key;
}

/** Operation and commune names repeat on thousands of rows: their keys are cached (bounded). */
const NAME_CACHE_SIZE = 10_000;
const NAME_KEYS = new Map<string, string>();

function computeNameKey(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toUpperCase()
    .replace(/[-'’‘`._]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** A number as French users read it: decimal comma, at most 2 decimals, no thousands separator. */
export function frNumber(n: number): string {
  const s = Number.isInteger(n) ? String(n) : n.toFixed(2).replace(/0+$/, '').replace(/\.$/, '');
  return s.replace('.', ',');
}

/** Euros: whole amounts without decimals (380 €), others with cents (475,50 €). */
export const frEuro = (n: number): string =>
  `${Number.isInteger(n) ? String(n) : n.toFixed(2).replace('.', ',')} €`;
export const frPercent = (fraction: number): string => `${(fraction * 100).toFixed(1).replace('.', ',')} %`;
export const frDate = formatDate;

const lowerFirst = (s: string): string => (/^[A-Z][a-zé]/.test(s) ? s[0].toLowerCase() + s.slice(1) : s);

/** "CE (couple avec enfant(s))": a code with its meaning. */
export function codeText(listId: string, code: string): string {
  const label = codeLabel(listId, code);
  return label && label !== code ? `${code} (${lowerFirst(label)})` : code;
}

/** Labels and sort positions of the columns: catalogue order, user fields just before the comments. */
export interface ColumnIndex {
  label(key: string): string;
  position(key: string): number;
}

export function columnIndex(customFields: readonly CustomFieldDef[] = []): ColumnIndex {
  const labels = new Map<string, string>();
  const positions = new Map<string, number>();
  const add = (key: string, label: string): void => {
    if (positions.has(key)) return;
    labels.set(key, label);
    positions.set(key, positions.size);
  };
  for (const c of HOUSEHOLD_COLUMNS) {
    if (c.key === COMMENTS_KEY) customFields.forEach((f) => add(f.key, f.label));
    add(c.key, c.label);
  }
  customFields.forEach((f) => add(f.key, f.label));
  return {
    label: (key) => labels.get(key) ?? key,
    position: (key) => positions.get(key) ?? positions.size,
  };
}

/** « label »: a column named in a message. */
export const quoted = (label: string): string => `« ${label} »`;

/**
 * Where the finding is: "Ligne 12 (N° d'identification 841, N° de demande 2), colonne « Nombre
 * d'enfants »". The N° de demande is named only when it is above 1.
 */
export function locate(
  row: number,
  householdId: number | null,
  requestNo: number | null,
  rawId: string | null,
  columnLabel: string,
): string {
  let who: string;
  if (householdId !== null) who = `N° d'identification ${frNumber(householdId)}`;
  else if (rawId !== null) who = `N° d'identification illisible ${quoted(rawId)}`;
  else who = "N° d'identification manquant";
  if (requestNo !== null && requestNo > 1) who += `, N° de demande ${frNumber(requestNo)}`;
  return `Ligne ${row} (${who}), colonne ${quoted(columnLabel)}`;
}

/** The whole message: where, the rule's title, what is wrong, the fix. */
export function frame(where: string, title: string, detail: string, fix: string): string {
  const sentence = (s: string): string => (s === '' || /[.!?…]$/.test(s) ? s : `${s}.`);
  return [`${where} — ${title}.`, sentence(detail), sentence(fix)].filter((s) => s !== '').join(' ');
}
