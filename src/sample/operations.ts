/** The operations of liste_opération: invented residences, their territory, dates and counts. */
import type { Code } from './codes';
import { C } from './codes';
import { BUILDINGS, DISTRICTS, OPERATION_NOTES, RESIDENCES, STREETS, TERRITORIES } from './names';
import { clamp, Rng, Weighted } from './random';
import type { RawHouseholdRow, RawOperation } from './types';

/** What the household generator needs to know of an operation. */
export interface OperationPlan {
  readonly name: string;
  readonly commune: string;
  readonly district: string;
  readonly epci: string;
  readonly street: string;
  /** Excel serial numbers; start ≤ today − 540, end ≥ start + 4 years. */
  readonly start: number;
  readonly end: number;
  /** End before today: every household has left (no Relogement NON). */
  readonly closed: boolean;
  /** Relogement OUI / NON / D / A, weighted by how far the operation has gone. */
  readonly relocation: Weighted<Code>;
  readonly vacancyRate: number;
  readonly notes: string;
}

const YEAR = 365;

/** K operations, unique names "Résidence Les Tilleuls – bât. B", all in the landlord's agglomeration. */
export function planOperations(rng: Rng, count: number, today: number): OperationPlan[] {
  const agglo = TERRITORIES[0];
  const combos = rng.shuffle(RESIDENCES.flatMap((_, r) => BUILDINGS.map((b) => [r, b] as const)));
  const sites = new Map<number, { commune: string; district: string }>();
  const plans: OperationPlan[] = [];
  for (let i = 0; i < count; i++) {
    const [r, building] = combos[i % combos.length];
    const round_ = Math.floor(i / combos.length);
    let site = sites.get(r);
    if (!site) {
      // Most operations in the agglomeration's first communes; buildings of one residence share its site.
      const commune = agglo.communes[rng.chance(0.7) ? rng.int(0, 1) : rng.int(2, agglo.communes.length - 1)];
      site = { commune, district: rng.pick(DISTRICTS) };
      sites.set(r, site);
    }
    const start = today - rng.int(Math.round(1.5 * YEAR), 12 * YEAR);
    const end = start + rng.int(4 * YEAR, 9 * YEAR);
    const closed = end < today;
    const progress = clamp((today - start) / (end - start), 0, 1);
    const relocated = 0.12 + 0.72 * progress;
    const waiting = closed ? 0 : Math.max(0.03, 0.76 - 0.72 * progress);
    plans.push({
      name: `${RESIDENCES[r]} – bât. ${building}${round_ > 0 ? ` (${round_ + 1})` : ''}`,
      commune: site.commune,
      district: site.district,
      epci: agglo.epci,
      street: STREETS[r],
      start,
      end,
      closed,
      relocation: new Weighted<Code>([
        [C.relocated, relocated],
        [C.notRelocated, waiting],
        [C.spontaneous, 0.08],
        [C.other, 0.04],
      ]),
      vacancyRate: rng.real(0.03, 0.15, 3),
      notes: rng.chance(0.5) ? rng.pick(OPERATION_NOTES) : '',
    });
  }
  return plans;
}

/**
 * Splits `total` rows over the operations with uneven weights (largest remainder): every operation
 * gets at least one row when total ≥ count.
 */
export function splitRows(rng: Rng, total: number, count: number): number[] {
  const weights = Array.from({ length: count }, () => 0.5 + rng.float());
  const base = total >= count ? 1 : 0;
  const rest = total - base * count;
  const sum = weights.reduce((a, b) => a + b, 0);
  const exact = weights.map((w) => (rest * w) / sum);
  const counts = exact.map((x) => base + Math.floor(x));
  let left = total - counts.reduce((a, b) => a + b, 0);
  const order = exact
    .map((x, i) => [x - Math.floor(x), i] as const)
    .sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  for (let k = 0; left > 0; k++, left--) counts[order[k % count][1]]++;
  return counts;
}

/** Number of household rows per operation name (requests, décohabitations included). */
export function householdsPerOperation(rows: readonly RawHouseholdRow[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const r of rows) out[String(r.operation)] = (out[String(r.operation)] ?? 0) + 1;
  return out;
}

/** The liste_opération row: counts from the generated rows (requests and distinct families). */
export function toRawOperation(plan: OperationPlan, requests: number, families: number): RawOperation {
  const vacant = Math.round(families * plan.vacancyRate);
  return {
    name: plan.name,
    commune: plan.commune,
    district: plan.district,
    epci: plan.epci,
    householdsToRelocate: requests,
    dwellingsToDemolish: families + vacant,
    vacantDwellings: vacant,
    startDate: plan.start,
    endDate: plan.end,
    notes: plan.notes,
  };
}
