/**
 * The liste_opération figures fiche 1 needs, summed over the operations of the scope.
 *
 * Decision: a sum is null (NR) as soon as one operation of the scope lacks the figure — a partial sum
 * would understate the figure sent to ANRU; `incomplete` names the operations to complete. Likewise
 * the start date is the earliest one, null if one is missing. The consolidated row "Tout" is never
 * counted as an operation.
 */
import { ALL_OPERATIONS } from '../catalogue/operations';
import { foldText } from '../populations/criteria';
import type { Scope } from '../populations/scope';
import type { OperationFigures } from './types';

export interface OperationRow {
  readonly name: string;
  readonly householdsToRelocate: number | null;
  readonly dwellingsToDemolish: number | null;
  readonly vacantDwellings: number | null;
  readonly startDate: number | null;
}

export interface ScopedOperationFigures extends OperationFigures {
  /** Operations of the scope. */
  readonly operations: readonly string[];
  /** Operations of the scope missing one of the three counts or the start date. */
  readonly incomplete: readonly string[];
}

function sum(rows: readonly OperationRow[], pick: (r: OperationRow) => number | null): number | null {
  if (rows.length === 0) return null;
  let s = 0;
  for (const r of rows) {
    const x = pick(r);
    if (x === null || !Number.isFinite(x)) return null;
    s += x;
  }
  return s;
}

export function operationFigures(rows: readonly OperationRow[], scope: Scope): ScopedOperationFigures {
  const ops = rows.filter(
    (r) =>
      foldText(r.name) !== foldText(ALL_OPERATIONS) && (scope.kind === 'all' || scope.names.includes(r.name)),
  );
  const dates = ops.map((r) => r.startDate);
  const allDates = dates.length > 0 && dates.every((d) => d !== null && Number.isFinite(d));
  return {
    operations: ops.map((r) => r.name),
    incomplete: ops
      .filter((r) =>
        [r.householdsToRelocate, r.dwellingsToDemolish, r.vacantDwellings, r.startDate].includes(null),
      )
      .map((r) => r.name),
    householdsToRelocate: sum(ops, (r) => r.householdsToRelocate),
    dwellingsToDemolish: sum(ops, (r) => r.dwellingsToDemolish),
    vacantDwellings: sum(ops, (r) => r.vacantDwellings),
    startDate: allDates ? Math.min(...(dates as number[])) : null,
  };
}
