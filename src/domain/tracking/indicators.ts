/**
 * The indicator matrix frozen at a point d'étape: one column per scope (Tout, then each operation of
 * liste_opération), one row per indicator, rows grouped in titled sections. It is what the « Points
 * d'étape » block and the export show, and what `RIME_points` keeps (JSON).
 *
 * Decisions of this module:
 * - Formats: 'count' (a whole number), 'percent' (a fraction 0–1 shown as %; fiche 1's 0–100
 *   percentages are divided by 100 so that every percentage of the matrix reads the same way), 'rate'
 *   (a ratio that is not a percentage: « ménages à reloger pour 100 logements à démolir »), 'date' (an
 *   Excel serial), 'label' (a heading line of a table: no figure).
 * - Scopes do not all have the same rows: a FAT « Non classé » line exists only where a household is
 *   unclassified for that reason. Rows are merged by id in the order they come (Tout first, which holds
 *   every household hence every reason), a new row going just before the row that follows it in its
 *   scope (a « Non classé » line stays above the TOTAL). A « Non classé » line missing from a scope
 *   counts 0 there (no household); any other missing row is null (not computed).
 * - An old snapshot (closed before the matrix existed) has only the situation counts and the overall
 *   completeness of each scope: `indicatorsOf` rebuilds the two sections it can from them.
 */
import { z } from 'zod';
import { completeness, type CompletenessOptions } from './completeness';
import type { ScopeCounts } from './snapshot';

export type IndicatorFormat = 'count' | 'percent' | 'rate' | 'date' | 'label';

export interface IndicatorRow {
  /** Stable id, e.g. 'f1:menages-reloges', 'fat:description:total', 'completeness:overall'. */
  readonly id: string;
  readonly label: string;
  readonly format: IndicatorFormat;
  /** One value per scope (null: not computed or not applicable; always null on a 'label' row). */
  readonly values: readonly (number | null)[];
}

export interface IndicatorSection {
  readonly title: string;
  readonly rows: readonly IndicatorRow[];
}

export interface IndicatorMatrix {
  /** « Tout », then each operation. */
  readonly scopes: readonly string[];
  readonly sections: readonly IndicatorSection[];
}

/** A row of one scope, before the scopes are put side by side. */
export interface ScopeRow {
  readonly id: string;
  readonly label: string;
  readonly format: IndicatorFormat;
  readonly value: number | null;
}

export interface ScopeSection {
  readonly title: string;
  readonly rows: readonly ScopeRow[];
}

export const COMPLETENESS_SECTION = 'Taux de remplissage';
export const SITUATION_SECTION = 'Situation des ménages';

/** A FAT « Non classé » line: absent from a scope means no household there. */
const countsZeroWhenMissing = (id: string): boolean => id.includes('unclassified:');

/** Ordered union of row ids: a row new to the list goes just before the row that follows it in its scope. */
function mergeOrder(lists: readonly (readonly ScopeRow[])[]): ScopeRow[] {
  const out: ScopeRow[] = [];
  const seen = new Set<string>();
  for (const rows of lists) {
    rows.forEach((r, i) => {
      if (seen.has(r.id)) return;
      const next = rows.slice(i + 1).find((x) => seen.has(x.id));
      const at = next ? out.findIndex((x) => x.id === next.id) : out.length;
      out.splice(at, 0, r);
      seen.add(r.id);
    });
  }
  return out;
}

/**
 * Puts the sections of each scope side by side. Every scope gives the same sections in the same order
 * (matched by title); rows are merged by id.
 */
export function mergeScopes(scopes: readonly string[], perScope: readonly (readonly ScopeSection[])[]): IndicatorMatrix {
  const titles: string[] = [];
  for (const sections of perScope) for (const s of sections) if (!titles.includes(s.title)) titles.push(s.title);
  const sections = titles.map((title): IndicatorSection => {
    const lists = perScope.map((sections) => sections.find((s) => s.title === title)?.rows ?? []);
    const rows = mergeOrder(lists).map((r): IndicatorRow => ({
      id: r.id,
      label: r.label,
      format: r.format,
      values: lists.map((list) => {
        if (r.format === 'label') return null;
        const own = list.find((x) => x.id === r.id);
        if (own) return own.value;
        return countsZeroWhenMissing(r.id) ? 0 : null;
      }),
    }));
    return { title, rows };
  });
  return { scopes: [...scopes], sections };
}

/**
 * « Taux de remplissage » of one scope: the overall rate (every non-optional column), then each ANRU ★
 * column's rate in catalogue order. Decision: the ★ columns only are listed one by one, because they
 * are the variables ANRU asks for and the block stays readable; the others weigh in the overall rate,
 * and the pane lists them all, worst first.
 */
export function completenessSection(
  households: Parameters<typeof completeness>[0],
  options: CompletenessOptions = {},
): ScopeSection {
  const c = completeness(households, options);
  return {
    title: COMPLETENESS_SECTION,
    rows: [
      {
        id: 'completeness:overall',
        label: 'Taux de remplissage global (toutes les colonnes sauf les facultatives)',
        format: 'percent',
        value: c.overall,
      },
      ...c.columns
        .filter((col) => col.anru && !col.optional)
        .map((col): ScopeRow => ({ id: `completeness:${col.key}`, label: `${col.label} ★`, format: 'percent', value: col.rate })),
    ],
  };
}

/** The two sections an old snapshot (situation counts and overall completeness only) can give. */
export function legacyIndicators(scopes: readonly ScopeCounts[]): IndicatorMatrix {
  const row = (id: string, label: string, format: IndicatorFormat, pick: (s: ScopeCounts) => number | null): IndicatorRow => ({
    id,
    label,
    format,
    values: scopes.map(pick),
  });
  return {
    scopes: scopes.map((s) => s.scopeLabel),
    sections: [
      {
        title: SITUATION_SECTION,
        rows: [
          row('situation:relocated', 'Ménages relogés', 'count', (s) => s.relocated),
          row('situation:toRelocate', 'Ménages à reloger', 'count', (s) => s.toRelocate),
          row('situation:departures', 'Départs spontanés', 'count', (s) => s.departures),
          row('situation:others', 'Autres (décès, expulsion…)', 'count', (s) => s.others),
          row('situation:notInformed', 'Non renseigné', 'count', (s) => s.notInformed),
          row('situation:total', 'Total', 'count', (s) => s.total),
        ],
      },
      {
        title: COMPLETENESS_SECTION,
        rows: [
          row(
            'completeness:overall',
            'Taux de remplissage global (toutes les colonnes sauf les facultatives)',
            'percent',
            (s) => s.completeness,
          ),
        ],
      },
    ],
  };
}

export const INDICATOR_FORMATS = ['count', 'percent', 'rate', 'date', 'label'] as const;

/** zod schema of a stored matrix: one value per scope on every row. */
export const IndicatorMatrixSchema = z
  .strictObject({
    scopes: z.array(z.string().min(1)).min(1),
    sections: z.array(
      z.strictObject({
        title: z.string(),
        rows: z.array(
          z.strictObject({
            id: z.string().min(1),
            label: z.string(),
            format: z.enum(INDICATOR_FORMATS),
            values: z.array(z.number().nullable()),
          }),
        ),
      }),
    ),
  })
  .refine((m) => m.sections.every((s) => s.rows.every((r) => r.values.length === m.scopes.length)), {
    error: 'indicateurs : chaque ligne doit avoir une valeur par périmètre',
  });
