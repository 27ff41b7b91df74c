/**
 * Milestone snapshots: the results are closed (« clôture des résultats ») at each point d'étape before
 * any consolidation (circular USH 2006-09, GUIDE-NOTES §1.8 C2 and §4.8), and the progress chart shows
 * one point per closed milestone.
 *
 * Decisions of this module:
 * - A snapshot holds aggregated counts only (no row-level data): for « Tout » (every household,
 *   including those whose Opération is blank or unknown) then for each operation of liste_opération in
 *   its order, the fiche 1 situation: relogés (Relogement = OUI), à reloger (NON), départs spontanés
 *   (D), autres (A), non renseigné (blank), total; plus the overall completeness rate of the scope.
 * - It also holds the indicator matrix (indicators.ts): fiche 1, the seven FAT tables and the
 *   completeness figures, per scope, in the same scope order. Snapshots stored before the matrix
 *   existed have no `indicators` and still decode (the field is optional) and still feed the series.
 * - Closing the same milestone twice keeps both snapshots: the series orders points by milestone, then
 *   by closing time, and numbers the repeated labels (« 31/10/2024 (2) »).
 */
import { z } from 'zod';
import { ALL_OPERATIONS } from '../catalogue/operations';
import { formatDate } from '../dates';
import type { Household } from '../household/types';
import {
  completeness,
  householdsByOperation,
  type CompletenessOptions,
} from './completeness';
import { serialFromIso } from './history';
import { fatSections, fiche1Sections, type SnapshotOperation } from './indicatorSources';
import {
  completenessSection,
  IndicatorMatrixSchema,
  legacyIndicators,
  mergeScopes,
  type IndicatorMatrix,
} from './indicators';

export interface ScopeCounts {
  /** « Tout » or the operation's name. */
  readonly scopeLabel: string;
  readonly relocated: number;
  readonly toRelocate: number;
  readonly departures: number;
  readonly others: number;
  /** Relogement blank (non renseigné). */
  readonly notInformed: number;
  readonly total: number;
  /** Overall completeness rate of the scope (fraction), null when nothing applies. */
  readonly completeness: number | null;
}

export interface MilestoneSnapshot {
  /** Serial of the milestone closed. */
  readonly milestone: number;
  /** Local date-time of the closing, ISO « yyyy-mm-ddThh:mm:ss ». */
  readonly closedAt: string;
  readonly who: string;
  readonly scopes: readonly ScopeCounts[];
  /** Fiche 1, FAT and completeness per scope; absent from snapshots closed before it existed. */
  readonly indicators?: IndicatorMatrix;
}

export interface SnapshotOptions extends CompletenessOptions {
  readonly closedAt: string;
  readonly who: string;
}

export function scopeCounts(
  scopeLabel: string,
  households: readonly Household[],
  options: CompletenessOptions = {},
): ScopeCounts {
  const n = (code: string): number => households.filter((h) => h.values.relocation === code).length;
  const relocated = n('OUI');
  const toRelocate = n('NON');
  const departures = n('D');
  const others = n('A');
  return {
    scopeLabel,
    relocated,
    toRelocate,
    departures,
    others,
    notInformed: households.length - relocated - toRelocate - departures - others,
    total: households.length,
    completeness: completeness(households, options).overall,
  };
}

/**
 * The snapshot of a closing. `operations`: the rows of liste_opération (names, or names with their
 * figures: ménages à reloger, logements à démolir, vacants, date de début), Tout skipped.
 */
export function snapshotFromHouseholds(
  households: readonly Household[],
  operations: readonly (string | SnapshotOperation)[],
  milestone: number,
  options: SnapshotOptions,
): MilestoneSnapshot {
  const { names, groups } = householdsByOperation(households, operations);
  // The figures of the operations kept as scopes (Tout, blanks and duplicates out, as householdsByOperation).
  const rows = names.map(
    (name): SnapshotOperation =>
      operations.map((o) => (typeof o === 'string' ? { name: o } : o)).find((o) => o.name === name) ?? { name },
  );
  const today = Math.floor(serialFromIso(options.closedAt) ?? milestone);
  const scopeSections = (scoped: readonly Household[], scope: string | null) => [
    ...fiche1Sections(scoped, rows, scope, today),
    ...fatSections(scoped, rows, scope, today),
    completenessSection(scoped, options),
  ];
  return {
    milestone: Math.floor(milestone),
    closedAt: options.closedAt,
    who: options.who,
    scopes: [
      scopeCounts(ALL_OPERATIONS, households, options),
      ...names.map((name, i) => scopeCounts(name, groups[i], options)),
    ],
    indicators: mergeScopes(
      [ALL_OPERATIONS, ...names],
      [scopeSections(households, null), ...names.map((name, i) => scopeSections(groups[i], name))],
    ),
  };
}

/** The matrix of a snapshot: its own, or for an old one the sections its counts can give. */
export function indicatorsOf(s: MilestoneSnapshot): IndicatorMatrix {
  return s.indicators ?? legacyIndicators(s.scopes);
}

export interface ProgressPoint extends Omit<ScopeCounts, 'scopeLabel'> {
  readonly milestone: number;
  /** « 31/10/2024 », « 31/10/2024 (2) » for a milestone closed again. */
  readonly label: string;
  readonly closedAt: string;
}

const closedTime = (s: MilestoneSnapshot): number => serialFromIso(s.closedAt) ?? Number.POSITIVE_INFINITY;

/**
 * One point per closed milestone for a scope (« Tout » by default), ordered by milestone then closing
 * time; snapshots without that scope (an operation created later) give no point.
 */
export function progressSeries(
  snapshots: readonly MilestoneSnapshot[],
  scopeLabel: string = ALL_OPERATIONS,
): ProgressPoint[] {
  const ordered = snapshots
    .map((s, i) => ({ s, i }))
    .sort((a, b) => a.s.milestone - b.s.milestone || closedTime(a.s) - closedTime(b.s) || a.i - b.i)
    .map((x) => x.s);
  const seen = new Map<number, number>();
  const out: ProgressPoint[] = [];
  for (const s of ordered) {
    const scope = s.scopes.find((c) => c.scopeLabel === scopeLabel);
    if (!scope) continue;
    const n = (seen.get(s.milestone) ?? 0) + 1;
    seen.set(s.milestone, n);
    const { scopeLabel: _label, ...counts } = scope;
    out.push({
      milestone: s.milestone,
      label: n === 1 ? formatDate(s.milestone) : `${formatDate(s.milestone)} (${n})`,
      closedAt: s.closedAt,
      ...counts,
    });
  }
  return out;
}

const Count = z.number().int().nonnegative();

/** zod schema of a stored snapshot (read back from the workbook). */
export const MilestoneSnapshotSchema = z.strictObject({
  milestone: z
    .number({ error: "la date du point d'étape (milestone) doit être une date Excel" })
    .int()
    .positive(),
  closedAt: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?/, {
      error: 'date de clôture (closedAt) attendue au format aaaa-mm-jjThh:mm:ss',
    }),
  who: z.string(),
  scopes: z.array(
    z.strictObject({
      scopeLabel: z.string().min(1),
      relocated: Count,
      toRelocate: Count,
      departures: Count,
      others: Count,
      notInformed: Count,
      total: Count,
      completeness: z.number().min(0).max(1).nullable(),
    }),
  ),
  indicators: IndicatorMatrixSchema.optional(),
});
