/** Headers → catalogue keys (pure). Columns are always found by header, never by position. */
import {
  columnForHeader,
  normaliseHeader,
  OPERATION_COLUMNS,
  type CellValue,
  type ColumnDef,
} from '../../domain/catalogue';

export type HeaderMatcher = (header: string) => ColumnDef | undefined;

export interface UserColumn {
  /** 0-based index among the headers. */
  readonly index: number;
  readonly header: string;
  /** 'custom:' + normalised header (made unique with ':2', ':3'…). */
  readonly key: string;
  /** Why it is a user column: not in the catalogue, or a second header for a catalogue column. */
  readonly reason: 'unknown' | 'duplicate' | 'blank';
}

export interface HeaderMap {
  /** Catalogue key → 0-based index among the headers (the first header matching it). */
  readonly byKey: ReadonlyMap<string, number>;
  /** Every other column, in sheet order. */
  readonly user: readonly UserColumn[];
}

export const householdMatcher: HeaderMatcher = columnForHeader;

const OPERATION_BY_HEADER = new Map<string, ColumnDef>();
for (const c of OPERATION_COLUMNS as readonly ColumnDef[]) {
  for (const text of [c.label, ...(c.aliases ?? [])]) {
    const k = normaliseHeader(text);
    if (!OPERATION_BY_HEADER.has(k)) OPERATION_BY_HEADER.set(k, c);
  }
}
export const operationMatcher: HeaderMatcher = (h) => OPERATION_BY_HEADER.get(normaliseHeader(h));

/** Key of a user column from its header. */
export function customKey(header: string): string {
  return `custom:${normaliseHeader(header)}`;
}

export function headerText(v: CellValue | null | undefined): string {
  return v === null || v === undefined ? '' : String(v).trim();
}

export function mapHeaders(headers: readonly (CellValue | null | undefined)[], match: HeaderMatcher): HeaderMap {
  const byKey = new Map<string, number>();
  const user: UserColumn[] = [];
  const usedCustom = new Set<string>();
  headers.forEach((raw, index) => {
    const header = headerText(raw);
    const def = header === '' ? undefined : match(header);
    if (def && !byKey.has(def.key)) {
      byKey.set(def.key, index);
      return;
    }
    const reason: UserColumn['reason'] = header === '' ? 'blank' : def ? 'duplicate' : 'unknown';
    let key = customKey(header === '' ? `colonne ${index + 1}` : header);
    for (let n = 2; usedCustom.has(key); n++) key = `${customKey(header)}:${n}`;
    usedCustom.add(key);
    user.push({ index, header, key, reason });
  });
  return { byKey, user };
}

/** How many headers of a row are catalogue columns (used to find a legacy header row). */
export function countMatches(row: readonly (CellValue | null | undefined)[], match: HeaderMatcher): number {
  const keys = new Set<string>();
  for (const v of row) {
    const h = headerText(v);
    const def = h === '' ? undefined : match(h);
    if (def) keys.add(def.key);
  }
  return keys.size;
}
