/**
 * A fiche variable: a title, its ordered categories (row labels in the guide's wording) and how a
 * household falls in one of them (null = non renseigné). Every category is always listed, even
 * empty, so tables from different runs align row by row.
 */
import { bandOf, type BandTable } from '../catalogue/bands';
import { codeList } from '../catalogue/codeLists';
import type { ColumnKey } from '../catalogue/columns';
import type { Household } from '../household/types';
import { foldText } from '../populations/criteria';

export interface Variable {
  readonly title: string;
  readonly labels: readonly string[];
  /** Index in `labels`, or null for non renseigné. */
  readonly classify: (h: Household) => number | null;
  /** Index of a "Sans objet" category: counted in the total, not in the percentage base. */
  readonly outOfBase?: number;
}

export function valueOf(h: Household, key: ColumnKey): string | number | null {
  return (h.values as Readonly<Record<string, string | number | null>>)[key] ?? null;
}

export function numberOf(h: Household, key: ColumnKey): number | null {
  const x = valueOf(h, key);
  return typeof x === 'number' && Number.isFinite(x) ? x : null;
}

/** The fiche wording of a code: its `short` label when the guide words it differently there. */
export function ficheLabel(listId: string, code: string): string {
  const def = codeList(listId).codes.find((c) => c.code === code);
  if (!def) throw new Error(`Code inconnu : ${listId} ${code}`);
  return def.short ?? def.label;
}

/** A code column; `order` lists the codes in the guide's order when it differs from the list's. */
export function codeVariable(
  title: string,
  key: ColumnKey,
  listId: string,
  order?: readonly string[],
): Variable {
  const codes = order ?? codeList(listId).codes.map((c) => c.code);
  return {
    title,
    labels: codes.map((c) => ficheLabel(listId, c)),
    classify: (h) => {
      const x = valueOf(h, key);
      if (x === null) return null;
      const i = codes.indexOf(String(x));
      return i < 0 ? null : i;
    },
  };
}

/** Codes pooled in groups (structure familiale in 5 groups). */
export function groupVariable(
  title: string,
  key: ColumnKey,
  groups: readonly { readonly label: string; readonly codes: readonly string[] }[],
): Variable {
  return {
    title,
    labels: groups.map((g) => g.label),
    classify: (h) => {
      const x = valueOf(h, key);
      if (x === null) return null;
      const i = groups.findIndex((g) => g.codes.includes(String(x)));
      return i < 0 ? null : i;
    },
  };
}

/**
 * A band table applied to a number column, or matched on the label a derived band column holds.
 * `labels` replaces the band labels in the fiche (same order).
 */
export function bandVariable(
  title: string,
  key: ColumnKey,
  table: BandTable,
  labels?: readonly string[],
): Variable {
  return {
    title,
    labels: labels ?? table.bands.map((b) => b.label),
    classify: (h) => {
      const x = valueOf(h, key);
      if (typeof x === 'number') return Number.isFinite(x) ? table.bands.indexOf(bandOf(table, x)) : null;
      if (typeof x === 'string') {
        const i = table.bands.findIndex((b) => b.label === x);
        return i < 0 ? null : i;
      }
      return null;
    },
  };
}

/** Two categories from a test on the household; null when the test cannot be decided (NR). */
export function splitVariable(
  title: string,
  yes: string,
  no: string,
  test: (h: Household) => boolean | null,
): Variable {
  return {
    title,
    labels: [yes, no],
    classify: (h) => {
      const t = test(h);
      if (t === null) return null;
      return t ? 0 : 1;
    },
  };
}

/** Categories of a free-text column: the spellings folded (case, accents, spaces). */
export interface TextCategory {
  readonly key: string;
  readonly label: string;
  readonly count: number;
}

/**
 * The values of a text column among households, grouped without case or accents; each group is shown
 * with its most frequent spelling (ties: alphabetical). Sorted by count (descending) then name.
 */
export function textCategories(households: readonly Household[], key: ColumnKey): TextCategory[] {
  const groups = new Map<string, Map<string, number>>();
  for (const h of households) {
    const x = valueOf(h, key);
    if (x === null || String(x).trim() === '') continue;
    const k = foldText(String(x));
    const spellings = groups.get(k) ?? new Map<string, number>();
    spellings.set(String(x).trim(), (spellings.get(String(x).trim()) ?? 0) + 1);
    groups.set(k, spellings);
  }
  const byName = (a: string, b: string): number => a.localeCompare(b, 'fr');
  const out: TextCategory[] = [];
  for (const [k, spellings] of groups) {
    const sorted = [...spellings].sort((a, b) => b[1] - a[1] || byName(a[0], b[0]));
    out.push({ key: k, label: sorted[0][0], count: sorted.reduce((s, [, n]) => s + n, 0) });
  }
  return out.sort((a, b) => b.count - a.count || byName(a.label, b.label));
}

/** A free-text column as a variable over the given households (categories from textCategories). */
export function textVariable(title: string, key: ColumnKey, households: readonly Household[]): Variable {
  const cats = textCategories(households, key);
  const index = new Map(cats.map((c, i) => [c.key, i]));
  return {
    title,
    labels: cats.map((c) => c.label),
    classify: (h) => {
      const x = valueOf(h, key);
      if (x === null || String(x).trim() === '') return null;
      return index.get(foldText(String(x))) ?? null;
    },
  };
}
