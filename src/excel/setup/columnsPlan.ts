/** Which columns the household table must have, in which order, and where each one's cells come from (pure). */
import { COMMENTS_KEY, headerOf, HOUSEHOLD_COLUMNS, type ColumnDef } from '../../domain/catalogue';
import { columnLetter } from '../util/address';
import type { HeaderMap } from '../workbook/headers';

export type TargetColumn =
  | { readonly kind: 'catalogue'; readonly key: string; readonly header: string; readonly from?: number }
  | { readonly kind: 'user'; readonly key: string; readonly header: string; readonly from: number; readonly renamed: boolean }
  /** The typed values found in a derived column, kept in a user column (the derived column gets its formula). */
  | { readonly kind: 'preserved'; readonly key: string; readonly header: string; readonly from: number };

export const PRESERVED_SUFFIX = " (saisie d'origine)";

/** The catalogue a table follows: its columns in order, the column user columns go before, header text. */
export interface TableSpec {
  readonly columns: readonly ColumnDef[];
  readonly userBefore: string;
  readonly header: (c: ColumnDef) => string;
}

export const HOUSEHOLD_SPEC: TableSpec = { columns: HOUSEHOLD_COLUMNS, userBefore: COMMENTS_KEY, header: headerOf };

const defOf = (spec: TableSpec, key: string): ColumnDef => spec.columns.find((c) => c.key === key)!;

/** Makes headers unique as Excel tables require (case-insensitive), adding " (2)", " (3)"… */
function uniqueHeader(wanted: string, taken: Set<string>): string {
  let h = wanted;
  for (let n = 2; taken.has(h.toLowerCase()); n++) h = `${wanted} (${n})`;
  taken.add(h.toLowerCase());
  return h;
}

interface Sources {
  readonly catalogue: TargetColumn[];
  readonly others: TargetColumn[];
}

/** Every existing column as a target column, plus preserved columns, with unique headers. */
function sources(
  headers: readonly string[], map: HeaderMap, preserve: ReadonlySet<string>, firstCol: number, spec: TableSpec,
): Sources {
  const taken = new Set<string>();
  const catalogue: TargetColumn[] = [];
  for (const [key, from] of [...map.byKey.entries()].sort((a, b) => a[1] - b[1])) {
    catalogue.push({ kind: 'catalogue', key, header: uniqueHeader(spec.header(defOf(spec, key)), taken), from });
  }
  const others: (TargetColumn & { from: number })[] = [];
  for (const u of map.user) {
    const wanted = u.header === '' ? `Champ sans titre (colonne ${columnLetter(firstCol + u.index)})` : u.header;
    const header = uniqueHeader(wanted, taken);
    others.push({ kind: 'user', key: u.key, header, from: u.index, renamed: header !== headers[u.index] });
  }
  for (const key of preserve) {
    const from = map.byKey.get(key);
    if (from === undefined) continue;
    others.push({ kind: 'preserved', key, header: uniqueHeader(defOf(spec, key).label + PRESERVED_SUFFIX, taken), from });
  }
  others.sort((a, b) => a.from - b.from);
  return { catalogue, others };
}

/**
 * Legacy range (or a new table): every catalogue column in catalogue order, user columns (and
 * preserved derived values) just before "Commentaires et observations".
 */
export function planLegacyColumns(
  headers: readonly string[],
  map: HeaderMap,
  preserve: ReadonlySet<string> = new Set(),
  firstCol = 0,
  spec: TableSpec = HOUSEHOLD_SPEC,
): TargetColumn[] {
  const { catalogue, others } = sources(headers, map, preserve, firstCol, spec);
  const taken = new Set([...catalogue, ...others].map((t) => t.header.toLowerCase()));
  const byKey = new Map(catalogue.map((t) => [t.key, t]));
  const out: TargetColumn[] = [];
  for (const c of spec.columns) {
    if (c.key === spec.userBefore) out.push(...others);
    out.push(byKey.get(c.key) ?? { kind: 'catalogue', key: c.key, header: uniqueHeader(spec.header(c), taken) });
  }
  return out;
}

/**
 * Existing table: its columns stay where the user put them; each missing catalogue column goes just
 * after the nearest catalogue column before it, but never after the comments column (comments
 * itself: at the end); preserved columns just before the comments column.
 */
export function planTableColumns(
  headers: readonly string[],
  map: HeaderMap,
  preserve: ReadonlySet<string> = new Set(),
  firstCol = 0,
  spec: TableSpec = HOUSEHOLD_SPEC,
): TargetColumn[] {
  const ALL = spec.columns;
  const { catalogue, others } = sources(headers, map, preserve, firstCol, spec);
  const existing = [...catalogue, ...others.filter((o) => o.kind === 'user')].sort((a, b) => a.from! - b.from!);
  const out: TargetColumn[] = [...existing];
  const taken = new Set(out.map((t) => t.header.toLowerCase()));
  const indexOfKey = (key: string): number => out.findIndex((t) => t.kind === 'catalogue' && t.key === key);
  ALL.forEach((c, i) => {
    if (indexOfKey(c.key) >= 0) return;
    const added: TargetColumn = { kind: 'catalogue', key: c.key, header: uniqueHeader(spec.header(c), taken) };
    if (c.key === spec.userBefore) {
      out.push(added);
      return;
    }
    let at = 0;
    for (let j = i - 1; j >= 0; j--) {
      const k = indexOfKey(ALL[j].key);
      if (k >= 0) {
        at = k + 1;
        break;
      }
    }
    // Never after the comments column (when the user moved a catalogue column past it).
    const comments = indexOfKey(spec.userBefore);
    if (comments >= 0 && at > comments) at = comments;
    out.splice(at, 0, added);
  });
  const preserved = others.filter((o) => o.kind === 'preserved');
  if (preserved.length > 0) out.splice(indexOfKey(spec.userBefore), 0, ...preserved);
  return out;
}

export function targetDef(t: TargetColumn, spec: TableSpec = HOUSEHOLD_SPEC): ColumnDef | undefined {
  return t.kind === 'catalogue' ? defOf(spec, t.key) : undefined;
}
