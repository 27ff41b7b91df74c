/**
 * « Historique des modifications » (circular USH 2006-09, GUIDE-NOTES §1.8 C3 and §4.3): an
 * append-only, visible log recording who, when, what (household, column, old value → new value) and
 * how (action).
 *
 * Decisions of this module:
 * - Sheet name « Historique des modifications » (28 characters, within Excel's 31): Excel reserves
 *   « History » (its localised « Historique » in French Excel) for its own change tracking.
 * - `at` is a local date-time in ISO form « 2024-11-30T14:05:09 » (an offset, if any, is ignored for
 *   display): the log shows the time the user saw on their clock. In the sheet it is an Excel date-time
 *   serial formatted dd/mm/yyyy hh:mm:ss, so the column sorts and filters.
 * - Values are shown as French Excel shows them: dates dd/mm/yyyy (date columns), numbers with a
 *   decimal comma and grouped thousands, booleans VRAI/FAUX, blank as an empty text. Identifiers
 *   (N° d'identification du ménage, N° de demande) are numbers in the sheet but codes for the user:
 *   they print as typed, without a thousands space (« 1234 », not « 1 234 »).
 * - A change whose old and new values are equal (blank = '' = null) gives no entry: pasting a block
 *   over itself logs nothing.
 */
import { column, HOUSEHOLD_SHEET, isColumnKey } from '../catalogue/columns';
import type { CellValue, CustomFieldDef } from '../catalogue/types';
import { formatDate, serialFromYmd } from '../dates';

export const HISTORY_SHEET = 'Historique des modifications';
export const HISTORY_TABLE = 'Tableau_historique';

export const HISTORY_ACTIONS = [
  'saisie',
  'collage',
  'effacement',
  'ligne ajoutée',
  'ligne supprimée',
  'Préparer le classeur',
  'Valider la liste des opérations',
  "suppression d'opération",
  'champ ajouté',
  'modifié hors suivi',
  "point d'étape",
  'paramètres',
] as const;
export type HistoryAction = (typeof HISTORY_ACTIONS)[number];

export type Identifier = number | string | null;

export interface HistoryEntry {
  /** Local date-time, ISO « yyyy-mm-ddThh:mm:ss ». */
  readonly at: string;
  /** Identifiant of the person (Office or Windows user name). */
  readonly who: string;
  readonly sheet: string;
  readonly householdId: Identifier;
  readonly requestNo: Identifier;
  /** French label of the column ('' for an event that concerns no column). */
  readonly columnLabel: string;
  readonly oldValue: string;
  readonly newValue: string;
  readonly action: HistoryAction;
}

export const HISTORY_HEADERS = [
  'Date et heure',
  'Identifiant',
  'Feuille',
  "N° d'identification du ménage",
  'N° de demande',
  'Colonne',
  'Ancienne valeur',
  'Nouvelle valeur',
  'Action',
] as const;

/** Excel number format of each history column (the first holds a date-time serial). */
export const HISTORY_NUMBER_FORMATS: readonly string[] = [
  'dd/mm/yyyy hh:mm:ss',
  '@',
  '@',
  'General',
  'General',
  '@',
  '@',
  '@',
  '@',
];

export type CellChange = {
  /** Worksheet row (1-based). */
  readonly row: number;
  /** Value before the change; undefined when Excel did not give it (multi-cell paste). */
  readonly before?: CellValue | null;
  readonly after: CellValue | null;
} & (
  | { readonly columnKey: string; readonly customKey?: undefined }
  | { readonly customKey: string; readonly columnKey?: undefined }
);

export interface HouseholdIdentity {
  readonly householdId: Identifier;
  readonly requestNo: Identifier;
}

export interface EntryContext {
  readonly who: string;
  readonly at: string;
  readonly action: HistoryAction;
  /** Defaults to the household sheet. */
  readonly sheet?: string;
  /** The household (N° d'identification, N° de demande) on a worksheet row. */
  readonly householdOf: (row: number) => HouseholdIdentity | null | undefined;
  readonly customFields?: readonly CustomFieldDef[];
}

/** Local date-time of a Date, ISO « yyyy-mm-ddThh:mm:ss » (no offset). */
export function isoLocal(d: Date): string {
  const p = (n: number): string => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}T${p(d.getHours())}:${p(d.getMinutes())}:${p(d.getSeconds())}`;
}

const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?)?/;

/** Excel date-time serial of an ISO local date-time (its own fields, no time-zone shift); null if unreadable. */
export function serialFromIso(at: string): number | null {
  const m = ISO.exec(at);
  if (!m) return null;
  const [, y, mo, d, h = '0', mi = '0', s = '0'] = m;
  return (
    serialFromYmd(Number(y), Number(mo), Number(d)) + (Number(h) * 3600 + Number(mi) * 60 + Number(s)) / 86400
  );
}

/** « 30/11/2024 14:05:09 »; the text itself when unreadable. */
export function formatDateTime(at: string): string {
  const m = ISO.exec(at);
  if (!m) return at;
  const [, y, mo, d, h = '00', mi = '00', s = '00'] = m;
  return `${d}/${mo}/${y} ${h}:${mi}:${s}`;
}

/** A number as French Excel shows it: 1 234,5 (up to 15 significant digits, as Excel). */
export function frenchNumber(x: number): string {
  if (!Number.isFinite(x)) return String(x);
  const text = String(Number(x.toPrecision(15)));
  if (/e/i.test(text)) return text.replace('.', ',');
  const [int, dec] = text.replace('-', '').split('.');
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, '\u00a0');
  return (text.startsWith('-') ? '-' : '') + grouped + (dec ? `,${dec}` : '');
}

export type ValueKind = 'date' | 'identifier' | 'other';

/** Catalogue columns holding identifiers (numbers shown without grouping). */
export const IDENTIFIER_KEYS: readonly string[] = ['householdId', 'requestNo'];

/** A cell value as the history shows it. */
export function displayValue(v: CellValue | null | undefined, kind: ValueKind = 'other'): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'boolean') return v ? 'VRAI' : 'FAUX';
  if (typeof v === 'number') {
    if (kind === 'date' && Number.isFinite(v) && v >= 1) return formatDate(v);
    if (kind === 'identifier' && Number.isFinite(v)) return String(Number(v.toPrecision(15))).replace('.', ',');
    return frenchNumber(v);
  }
  return v;
}

const isBlank = (v: CellValue | null | undefined): boolean => v === null || v === undefined || v === '';

export function sameValue(a: CellValue | null | undefined, b: CellValue | null | undefined): boolean {
  return isBlank(a) ? isBlank(b) : a === b;
}

/** Label and value kind of a catalogue or user column (the key itself when unknown). */
export function describeColumn(
  change: CellChange,
  customFields: readonly CustomFieldDef[] = [],
): { label: string; kind: ValueKind } {
  if (change.columnKey !== undefined) {
    if (!isColumnKey(change.columnKey)) return { label: change.columnKey, kind: 'other' };
    const c = column(change.columnKey);
    const kind = c.kind === 'date' ? 'date' : IDENTIFIER_KEYS.includes(c.key) ? 'identifier' : 'other';
    return { label: c.label, kind };
  }
  const f = customFields.find((x) => x.key === change.customKey);
  return f
    ? { label: f.label, kind: f.type === 'date' ? 'date' : 'other' }
    : { label: change.customKey, kind: 'other' };
}

/** One entry per real change (old ≠ new), in the order of the changes. */
export function entriesFromCellChanges(
  changes: readonly CellChange[],
  context: EntryContext,
): HistoryEntry[] {
  const out: HistoryEntry[] = [];
  for (const ch of changes) {
    if (sameValue(ch.before, ch.after)) continue;
    const { label, kind } = describeColumn(ch, context.customFields);
    const who = context.householdOf(ch.row);
    out.push({
      at: context.at,
      who: context.who,
      sheet: context.sheet ?? HOUSEHOLD_SHEET,
      householdId: who?.householdId ?? null,
      requestNo: who?.requestNo ?? null,
      columnLabel: label,
      oldValue: displayValue(ch.before, kind),
      newValue: displayValue(ch.after, kind),
      action: context.action,
    });
  }
  return out;
}

/** An entry for an event that concerns no cell (point d'étape, champ ajouté, Préparer le classeur…). */
export function eventEntry(e: {
  readonly at: string;
  readonly who: string;
  readonly action: HistoryAction;
  readonly sheet?: string;
  readonly columnLabel?: string;
  readonly detail: string;
  readonly household?: HouseholdIdentity;
}): HistoryEntry {
  return {
    at: e.at,
    who: e.who,
    sheet: e.sheet ?? HOUSEHOLD_SHEET,
    householdId: e.household?.householdId ?? null,
    requestNo: e.household?.requestNo ?? null,
    columnLabel: e.columnLabel ?? '',
    oldValue: '',
    newValue: e.detail,
    action: e.action,
  };
}

/** The row written in the history table, in HISTORY_HEADERS order (date-time as an Excel serial). */
export function historyRow(e: HistoryEntry): (string | number)[] {
  return [
    serialFromIso(e.at) ?? e.at,
    e.who,
    e.sheet,
    e.householdId ?? '',
    e.requestNo ?? '',
    e.columnLabel,
    e.oldValue,
    e.newValue,
    e.action,
  ];
}
