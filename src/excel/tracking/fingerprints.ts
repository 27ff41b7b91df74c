/**
 * Rows changed while the add-in was not watching (« modifié hors suivi »): the fingerprint of every
 * household row is kept in the very hidden sheet `RIME_empreintes` (row key, fingerprint) after each
 * logged change and at start-up; `reconcileOnOpen` compares it with the rows as they are now.
 *
 * Decisions of this module:
 * - A fingerprint covers the row's typed INPUT cells as Excel gives them (raw values: catalogue input
 *   columns and user columns, keyed by column key; derived columns left out), with the domain's
 *   `fingerprintValues`, `rowKeyOf`, `uniqueKeys` and `diffFingerprints`. Raw rather than parsed
 *   values (`fingerprintRows` works on parsed households): a change between two unreadable values (an
 *   unknown code, a number typed as text) is a change of the cell, and renaming an operation in
 *   liste_opération changes no household row.
 * - Only fingerprints are kept, never values (no copy of personal data in a hidden sheet): the entry of
 *   a row changed outside tracking therefore gives the row's CURRENT input values (« Libellé : valeur ;
 *   … ») in « Nouvelle valeur », « Ligne modifiée » / « Ligne ajoutée » / « Ligne supprimée » in
 *   « Colonne », and no old value.
 * - The first check ever (no `RIME_empreintes` yet) logs nothing: it only stores the fingerprints.
 */
import {
  HOUSEHOLD_COLUMNS,
  type CellValue,
  type ColumnDef,
  type CustomFieldDef,
} from '../../domain/catalogue';
import {
  describeColumn,
  diffFingerprints,
  displayValue,
  fingerprintValues,
  rowKeyOf,
  uniqueKeys,
  type Fingerprint,
  type HistoryEntry,
  type Identifier,
} from '../../domain/tracking';
import type { RawRow } from '../../domain/household';
import { rowsPerChunk } from '../util/payload';
import { protectText } from '../util/text';
import { readHouseholds, type HouseholdsRead } from '../workbook/read';
import { addSheet, atOf, queueNames, queueUsed, sheetOf, usedValues, type Moment } from './common';
import { queueHistoryAppend, queueHistoryState } from './history';

export const FINGERPRINT_SHEET = 'RIME_empreintes';
export const FINGERPRINT_HEADERS = ['Clé du ménage (N° / N° de demande)', 'Empreinte'] as const;

const DERIVED = new Set(
  (HOUSEHOLD_COLUMNS as readonly ColumnDef[]).filter((c) => c.kind === 'derived').map((c) => c.key),
);

/** True for a key whose cells are typed (catalogue input or user column). */
export const isInputKey = (key: string): boolean => !DERIVED.has(key);

type Raw = Readonly<Record<string, CellValue | null | undefined>>;

export function rawFingerprint(raw: Raw): Fingerprint {
  const values: Record<string, CellValue | null | undefined> = {};
  for (const k of Object.keys(raw)) if (isInputKey(k)) values[k] = raw[k];
  return fingerprintValues(values);
}

/** Row key and fingerprint of every row, in table order (keys made unique with #2, #3…). */
export function fingerprintRaw(rows: readonly { readonly raw: Raw }[]): Map<string, Fingerprint> {
  const keys = uniqueKeys(rows.map((r) => rowKeyOf(r.raw.householdId, r.raw.requestNo)));
  return new Map(rows.map((r, i) => [keys[i], rawFingerprint(r.raw)]));
}

/** The stored fingerprints (header row skipped), null when nothing was ever stored. */
export function decodeFingerprints(
  values: readonly (readonly CellValue[])[] | null,
): Map<string, Fingerprint> | null {
  if (values === null) return null;
  const out = new Map<string, Fingerprint>();
  values.forEach((r, i) => {
    const key = String(r[0] ?? '');
    const fp = String(r[1] ?? '').trim();
    if (i === 0 && key === FINGERPRINT_HEADERS[0]) return;
    if (key !== '' && fp !== '') out.set(key, fp);
  });
  return out;
}

export function encodeFingerprints(map: ReadonlyMap<string, Fingerprint>): CellValue[][] {
  return [[...FINGERPRINT_HEADERS], ...[...map].map(([k, fp]) => [protectText(k, '@'), fp])];
}

/**
 * Queues the rewrite of the store (columns A:B cleared, then written as text; the sheet created very
 * hidden when missing). Syncs only between chunks; returns the syncs made.
 */
export async function queueFingerprintWrite(
  context: Excel.RequestContext,
  sheet: string | null,
  map: ReadonlyMap<string, Fingerprint>,
): Promise<number> {
  const ws = sheet
    ? context.workbook.worksheets.getItem(sheet)
    : addSheet(context, FINGERPRINT_SHEET, 'VeryHidden');
  if (sheet) ws.getRange('A:B').clear('Contents' as Excel.ClearApplyTo);
  const rows = encodeFingerprints(map);
  const per = rowsPerChunk(2, 2);
  let syncs = 0;
  for (let start = 0; start < rows.length; start += per) {
    if (start > 0) {
      await context.sync();
      syncs++;
    }
    const slice = rows.slice(start, start + per);
    const r = ws.getRangeByIndexes(start, 0, slice.length, 2);
    r.numberFormat = slice.map(() => ['@', '@']);
    r.values = slice;
  }
  return syncs;
}

const blank = (v: unknown): boolean => v === null || v === undefined || v === '';

/**
 * « Libellé : valeur ; … » of the typed cells of a row (catalogue order, then user columns), values as
 * the history shows them (the N° d'identification and N° de demande without thousands space).
 */
export function rowText(raw: Raw, customFields: readonly CustomFieldDef[] = [], max = 32000): string {
  const parts: string[] = [];
  const add = (change: Parameters<typeof describeColumn>[0], v: CellValue | null | undefined): void => {
    if (blank(v)) return;
    const { label, kind } = describeColumn(change, customFields);
    parts.push(`${label} : ${displayValue(v, kind)}`);
  };
  for (const c of HOUSEHOLD_COLUMNS as readonly ColumnDef[]) {
    if (c.kind !== 'derived') add({ row: 0, columnKey: c.key, after: null }, raw[c.key]);
  }
  for (const f of customFields) add({ row: 0, customKey: f.key, after: null }, raw[f.key]);
  const text = parts.join(' ; ');
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

const identifier = (s: string): Identifier => (s === '' ? null : /^-?\d+(\.\d+)?$/.test(s) ? Number(s) : s);

/** The household of a row key (`12/1`, `12/2#2`). */
export function identityOfKey(key: string): { householdId: Identifier; requestNo: Identifier } {
  const base = key.replace(/#\d+$/, '');
  const at = base.lastIndexOf('/');
  return { householdId: identifier(base.slice(0, at)), requestNo: identifier(base.slice(at + 1)) };
}

export interface ReconcileOptions {
  readonly who: string;
  /** The moment of the check (default: now). */
  readonly now?: Moment;
}

export interface ReconcileReport {
  /** True when no fingerprint was stored yet: nothing was compared, the fingerprints were stored. */
  readonly first: boolean;
  readonly changed: readonly string[];
  readonly added: readonly string[];
  readonly removed: readonly string[];
  readonly entries: readonly HistoryEntry[];
  /** The fingerprints now stored. */
  readonly fingerprints: ReadonlyMap<string, Fingerprint>;
  readonly syncs: number;
}

/** The history entries of a comparison (changed and added rows with their values, removed rows). */
export function reconcileEntries(
  read: Pick<HouseholdsRead, 'rows' | 'customFields' | 'source'>,
  previous: ReadonlyMap<string, Fingerprint>,
  current: ReadonlyMap<string, Fingerprint>,
  who: string,
  at: string,
): { entries: HistoryEntry[]; changed: string[]; added: string[]; removed: string[] } {
  const { changed, added, removed } = diffFingerprints(previous, current);
  const keys = [...current.keys()];
  const rowOf = new Map(keys.map((k, i) => [k, read.rows[i].raw as RawRow]));
  const entry = (key: string, columnLabel: string, newValue: string): HistoryEntry => ({
    at,
    who,
    sheet: read.source.sheet,
    ...identityOfKey(key),
    columnLabel,
    oldValue: '',
    newValue,
    action: 'modifié hors suivi',
  });
  const isChanged = new Set(changed);
  const isAdded = new Set(added);
  const entries = [
    ...keys
      .filter((k) => isChanged.has(k) || isAdded.has(k))
      .map((k) =>
        entry(
          k,
          isChanged.has(k) ? 'Ligne modifiée' : 'Ligne ajoutée',
          rowText(rowOf.get(k)!, read.customFields),
        ),
      ),
    ...removed.map((k) => entry(k, 'Ligne supprimée', '')),
  ];
  return { entries, changed: [...changed], added: [...added], removed: [...removed] };
}

/** Compares with an already made read of the households (shared with `startTracking`). */
export async function reconcileRead(
  context: Excel.RequestContext,
  read: HouseholdsRead,
  opts: ReconcileOptions,
): Promise<ReconcileReport> {
  const names = queueNames(context);
  await context.sync();
  const n = names();
  const store = sheetOf(n, FINGERPRINT_SHEET);
  const used = store ? queueUsed(context, store) : null;
  const history = queueHistoryState(context, n);
  await context.sync();
  const previous = decodeFingerprints(store ? usedValues(used) : null);
  const current = fingerprintRaw(read.rows);
  const result = previous
    ? reconcileEntries(read, previous, current, opts.who, atOf(opts.now))
    : { entries: [], changed: [], added: [], removed: [] };
  let syncs = await queueHistoryAppend(context, history, result.entries);
  syncs += await queueFingerprintWrite(context, store, current);
  await context.sync();
  return { first: previous === null, ...result, fingerprints: current, syncs: read.syncs + syncs + 3 };
}

/**
 * At opening: logs every row changed, added or removed since the last stored fingerprints as
 * « modifié hors suivi » (current values), then stores the new fingerprints.
 */
export async function reconcileOnOpen(
  context: Excel.RequestContext,
  opts: ReconcileOptions,
): Promise<ReconcileReport> {
  const read = await readHouseholds(context);
  return reconcileRead(context, read, opts);
}
