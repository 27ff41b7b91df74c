/**
 * « Traitements » (reference §5): one read, pure computation and planning, then the result sheet(s)
 * and the Tableaux_comparaisons block(s) written in one batch — or one batch per sheet when the
 * payload would pass ~4 MB. The number of syncs does not depend on the number of households.
 */
import { serialFromDate } from '../../domain/dates';
import { POPULATIONS, type Scope } from '../../domain/populations';
import { PAYLOAD_LIMIT } from '../util/payload';
import { planComparison, type ComparisonPlan } from './comparisons';
import { checkScope, compute, planFor, resolvePopulation, type Computed, type PopulationChoice } from './population';
import { queueSheetPlan } from '../sheets/apply';
import { planBytes } from '../sheets/plan';
import type { ResultSheetPlan } from './layout';
import { readForTreatment, type TreatmentRead } from './read';
import { comparisonBytes, queueComparison } from './write';

export type Progress = (message: string, fraction: number) => void;

export interface TreatmentOptions {
  /** A predefined population id ('reloges-zus'…) or manual criteria. */
  readonly population: PopulationChoice;
  readonly scope: Scope;
  /** Date d'édition. */
  readonly today: Date | number;
  readonly onProgress?: Progress;
  /** Append the tri à plat to Tableaux_comparaisons (default true). */
  readonly compare?: boolean;
  /** Byte budget of one write batch (tests). */
  readonly payloadLimit?: number;
}

export interface TreatmentResult {
  readonly sheetName: string;
  /** Full title, in A1. */
  readonly title: string;
  readonly populationLabel: string;
  readonly scopeLabel: string;
  readonly populationSize: number;
  readonly relocatedSize: number;
  readonly charts: number;
  /** 0-based index of the block appended to Tableaux_comparaisons, null when not compared. */
  readonly comparisonBlock: number | null;
  /** Household rows with unreadable cells (counted as NR): run « Valider la saisie ». */
  readonly rowsWithProblems: number;
}

export interface TreatmentsReport {
  readonly results: readonly TreatmentResult[];
  /** Syncs made: read + writes. */
  readonly syncs: number;
  readonly writeBatches: number;
}

const serial = (d: Date | number): number => (typeof d === 'number' ? d : serialFromDate(d));

interface Unit {
  readonly sheet: ResultSheetPlan;
  readonly comparison: ComparisonPlan | null;
  readonly bytes: number;
}

/** Plans every treatment against the read (names kept unique, comparison blocks chained). */
function planAll(read: TreatmentRead, computed: readonly Computed[], today: number, compare: boolean): Unit[] {
  const taken = [...read.sheetNames];
  let grid = read.comparison;
  const units: Unit[] = [];
  for (const c of computed) {
    const sheet = planFor(c, today, taken);
    let comparison: ComparisonPlan | null = null;
    if (compare) {
      const name = read.comparisonSheet ?? 'Tableaux_comparaisons';
      const create = read.comparisonSheet === null && units.every((u) => u.comparison === null);
      comparison = planComparison(grid, {
        label: c.population.label, scopeLabel: c.scopeLabel, today, populationSize: c.size, rows: c.tri,
      }, name, create);
      grid = afterComparison(grid, comparison);
    }
    units.push({ sheet, comparison, bytes: planBytes(sheet) + (comparison ? comparisonBytes(comparison) : 0) });
  }
  return units;
}

/** The comparison sheet's grid once a plan is applied (so the next block of a batch aligns). */
function afterComparison(grid: TreatmentRead['comparison'], plan: ComparisonPlan): TreatmentRead['comparison'] {
  const cells = new Map<string, unknown>();
  let rows = 0;
  let cols = 0;
  const put = (r: number, c: number, v: unknown): void => {
    cells.set(`${r},${c}`, v);
    rows = Math.max(rows, r + 1);
    cols = Math.max(cols, c + 1);
  };
  grid?.formulas.forEach((row, i) => row.forEach((v, j) => put(grid.row + i, grid.col + j, v)));
  for (const p of plan.patches) p.values.forEach((row, i) => row.forEach((v, j) => put(p.row + i, p.col + j, v)));
  const formulas = Array.from({ length: rows }, (_, r) =>
    Array.from({ length: cols }, (_, c) => (cells.get(`${r},${c}`) ?? '') as string),
  );
  return { row: 0, col: 0, formulas };
}

/** Writes the units, as many per sync as fit under the limit; returns the syncs made. */
async function writeUnits(context: Excel.RequestContext, units: readonly Unit[], limit: number, progress?: Progress): Promise<number> {
  let syncs = 0;
  let bytes = 0;
  let done = 0;
  let pending = 0;
  const flush = async (): Promise<void> => {
    await context.sync();
    syncs++;
    done += pending;
    pending = 0;
    bytes = 0;
    progress?.(`Écriture des feuilles de résultats (${done} / ${units.length})`, 0.5 + (0.5 * done) / units.length);
  };
  let last: Excel.Worksheet | null = null;
  for (const u of units) {
    if (bytes > 0 && bytes + u.bytes > limit) await flush();
    last = await queueSheetPlan(context, u.sheet);
    if (u.comparison) queueComparison(context, u.comparison);
    bytes += u.bytes;
    pending++;
  }
  last?.activate();
  if (pending > 0) await flush();
  return syncs;
}

function resultOf(c: Computed, u: Unit, read: TreatmentRead): TreatmentResult {
  return {
    sheetName: u.sheet.name,
    title: u.sheet.title,
    populationLabel: c.population.label,
    scopeLabel: c.scopeLabel,
    populationSize: c.size,
    relocatedSize: c.relocated,
    charts: u.sheet.charts?.length ?? 0,
    comparisonBlock: u.comparison?.blockIndex ?? null,
    rowsWithProblems: read.households.problems.length,
  };
}

async function run(
  context: Excel.RequestContext, choices: readonly PopulationChoice[], scope: Scope, todayIn: Date | number,
  opts: { onProgress?: Progress; compare?: boolean; payloadLimit?: number },
): Promise<TreatmentsReport> {
  const today = serial(todayIn);
  opts.onProgress?.('Lecture du classeur', 0);
  const read = await readForTreatment(context);
  // Operation names from liste_opération, table or plain range (readHouseholds lists tables only).
  const names = read.operations.length > 0 ? read.operations.map((o) => o.name) : read.households.operations;
  const ctx = { customFields: read.households.customFields, operations: names };
  checkScope(scope, names);
  const resolved = choices.map((c) => resolvePopulation(c, ctx));
  opts.onProgress?.('Calcul des fiches', 0.25);
  const computed = resolved.map((p) =>
    compute(p, scope, read.households.households, read.operations, today, read.households.customFields),
  );
  const units = planAll(read, computed, today, opts.compare ?? true);
  const writes = await writeUnits(context, units, opts.payloadLimit ?? PAYLOAD_LIMIT, opts.onProgress);
  return { results: computed.map((c, i) => resultOf(c, units[i], read)), syncs: read.syncs + writes, writeBatches: writes };
}

/** One treatment: a result sheet named after the criteria, and its block in Tableaux_comparaisons. */
export async function runTreatment(context: Excel.RequestContext, options: TreatmentOptions): Promise<TreatmentResult & { syncs: number }> {
  const report = await run(context, [options.population], options.scope, options.today, options);
  return { ...report.results[0], syncs: report.syncs };
}

export interface AllTreatmentsOptions extends Omit<TreatmentOptions, 'population'> {
  /** Predefined ids to run (default: the 19 of the guide and the 3 ANRU categories). */
  readonly populations?: readonly string[];
}

/** « Tout lancer »: every predefined population, one read, one write batch (or one per sheet over ~4 MB). */
export async function runAllTreatments(context: Excel.RequestContext, options: AllTreatmentsOptions): Promise<TreatmentsReport> {
  const ids = options.populations ?? POPULATIONS.map((p) => p.id);
  return run(context, ids, options.scope, options.today, options);
}
