/**
 * Fingerprints of household rows, to find the rows changed while the add-in was not watching
 * (« modifié hors suivi ») by comparing with the fingerprints kept at the last check.
 *
 * Decisions of this module:
 * - A fingerprint covers the row's INPUT values only (derived columns follow from them), keyed by
 *   column key, so moving, inserting or hiding columns changes nothing. User columns are included,
 *   under their key ('custom:…').
 * - Only non-blank values enter the serialisation: adding an empty user column leaves every
 *   fingerprint unchanged. Keys are sorted; values are tagged by type (12 and "12" differ).
 * - Hash: FNV-1a 64 bits over the UTF-8 bytes of the serialisation, computed with four 16-bit limbs
 *   (no BigInt, fast), written as 16 hex digits. Not cryptographic: it detects changes, it protects
 *   nothing.
 * - Row key = `${householdId}/${requestNo}` (N° de demande blank = 1, as parsed); a blank N°
 *   d'identification gives `/${requestNo}`. A key met again in the same table (a duplicate, flagged by
 *   the input checks) gets `#2`, `#3`… in row order.
 */
import { HOUSEHOLD_COLUMNS } from '../catalogue/columns';
import type { CellValue } from '../catalogue/types';
import type { Household } from '../household/types';

export type Fingerprint = string;

/** FNV-1a 64 of a string's UTF-8 bytes, 16 lower-case hex digits. */
export function fnv1a64(text: string): Fingerprint {
  // offset basis 0xcbf29ce484222325, limbs low → high
  let h0 = 0x2325;
  let h1 = 0x8422;
  let h2 = 0x9ce4;
  let h3 = 0xcbf2;
  const eat = (byte: number): void => {
    h0 ^= byte;
    // × prime 0x100000001b3 = 2^40 + 0x1b3 (limbs: p0 = 0x1b3, p2 = 0x100)
    const t0 = h0 * 0x1b3;
    const t1 = h1 * 0x1b3 + (t0 >>> 16);
    const t2 = h2 * 0x1b3 + h0 * 0x100 + (t1 >>> 16);
    const t3 = h3 * 0x1b3 + h1 * 0x100 + (t2 >>> 16);
    h0 = t0 & 0xffff;
    h1 = t1 & 0xffff;
    h2 = t2 & 0xffff;
    h3 = t3 & 0xffff;
  };
  for (const ch of text) {
    let cp = ch.codePointAt(0)!;
    if (cp >= 0xd800 && cp <= 0xdfff) cp = 0xfffd; // lone surrogate: U+FFFD, as TextEncoder
    if (cp < 0x80) eat(cp);
    else if (cp < 0x800) {
      eat(0xc0 | (cp >> 6));
      eat(0x80 | (cp & 0x3f));
    } else if (cp < 0x10000) {
      eat(0xe0 | (cp >> 12));
      eat(0x80 | ((cp >> 6) & 0x3f));
      eat(0x80 | (cp & 0x3f));
    } else {
      eat(0xf0 | (cp >> 18));
      eat(0x80 | ((cp >> 12) & 0x3f));
      eat(0x80 | ((cp >> 6) & 0x3f));
      eat(0x80 | (cp & 0x3f));
    }
  }
  const hex = (n: number): string => n.toString(16).padStart(4, '0');
  return hex(h3) + hex(h2) + hex(h1) + hex(h0);
}

const INPUT_KEYS: readonly string[] = HOUSEHOLD_COLUMNS.filter((c) => c.kind !== 'derived').map((c) => c.key);

type Value = CellValue | null | undefined;

function tagged(v: Value): string | null {
  if (v === null || v === undefined || v === '') return null;
  if (typeof v === 'number') return Number.isNaN(v) ? 'n:NaN' : `n:${String(v)}`;
  if (typeof v === 'boolean') return `b:${v ? 1 : 0}`;
  return `s:${JSON.stringify(v)}`;
}

/** Canonical text of a set of values keyed by column: sorted keys, blanks left out. */
export function canonicalValues(values: Readonly<Record<string, Value>>): string {
  return Object.keys(values)
    .sort()
    .flatMap((k) => {
      const t = tagged(values[k]);
      return t === null ? [] : [`${JSON.stringify(k)}=${t}`];
    })
    .join('\u001f');
}

/** The input values of a household, keyed by column key (catalogue inputs and user columns). */
export function inputValues(h: Household): Record<string, Value> {
  const out: Record<string, Value> = {};
  const values = h.values as Readonly<Record<string, string | number | null>>;
  for (const k of INPUT_KEYS) out[k] = values[k];
  for (const [k, v] of Object.entries(h.custom)) out[k] = v;
  return out;
}

export function fingerprintValues(values: Readonly<Record<string, Value>>): Fingerprint {
  return fnv1a64(canonicalValues(values));
}

export function fingerprint(h: Household): Fingerprint {
  return fingerprintValues(inputValues(h));
}

const idText = (v: Value): string =>
  v === null || v === undefined ? '' : typeof v === 'string' ? v.trim() : String(v);

/** `${householdId}/${requestNo}`; a blank N° de demande counts as 1. */
export function rowKeyOf(householdId: Value, requestNo: Value): string {
  const req = idText(requestNo);
  return `${idText(householdId)}/${req === '' ? '1' : req}`;
}

export function rowKey(h: Household): string {
  return rowKeyOf(h.values.householdId, h.values.requestNo);
}

/** Unique keys for a list of base keys: the second and later occurrences get `#2`, `#3`… */
export function uniqueKeys(keys: readonly string[]): string[] {
  const seen = new Map<string, number>();
  return keys.map((k) => {
    const n = (seen.get(k) ?? 0) + 1;
    seen.set(k, n);
    return n === 1 ? k : `${k}#${n}`;
  });
}

/** Fingerprint of every row, keyed by row key (table order). */
export function fingerprintRows(households: readonly Household[]): Map<string, Fingerprint> {
  const keys = uniqueKeys(households.map(rowKey));
  return new Map(households.map((h, i) => [keys[i], fingerprint(h)]));
}

export interface FingerprintDiff {
  /** In both, with another fingerprint (current order). */
  readonly changed: readonly string[];
  /** Only in current (current order). */
  readonly added: readonly string[];
  /** Only in previous (previous order). */
  readonly removed: readonly string[];
}

export function diffFingerprints(
  previous: ReadonlyMap<string, Fingerprint>,
  current: ReadonlyMap<string, Fingerprint>,
): FingerprintDiff {
  const changed: string[] = [];
  const added: string[] = [];
  for (const [k, fp] of current) {
    const before = previous.get(k);
    if (before === undefined) added.push(k);
    else if (before !== fp) changed.push(k);
  }
  const removed = [...previous.keys()].filter((k) => !current.has(k));
  return { changed, added, removed };
}
