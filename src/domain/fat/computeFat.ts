/**
 * The FAT démolition report for one operation or for Tout (reference §7): the seven tables of the
 * guide, in its order, each line with the French rule that feeds it.
 */
import type { Household } from '../household/types';
import { inPopulation } from './classify';
import { DESCRIPTION } from './description';
import { FAT_TITLE } from './labels';
import { rateTable } from './rate';
import {
  descriptionTable,
  effortRateTable,
  locationTable,
  residualRentTable,
  roomsTable,
  strategyTable,
} from './tables';
import type { FatContext, FatReport, OperationFigures } from './types';

/**
 * `households`: the rows of the scope (one operation, or all of them for Tout).
 * `figures`: the operation's liste_opération figures, or their sum for Tout (sumOperationFigures).
 */
export function computeFat(households: readonly Household[], figures: OperationFigures, ctx: FatContext): FatReport {
  return {
    title: FAT_TITLE,
    scopeLabel: ctx.scopeLabel,
    editionDate: ctx.today,
    householdCount: households.length,
    relocatedCount: households.filter((h) => inPopulation(DESCRIPTION, h)).length,
    tables: [
      strategyTable(households, figures, ctx.scopeLabel),
      descriptionTable(households),
      rateTable(households),
      locationTable(households),
      roomsTable(households),
      residualRentTable(households),
      effortRateTable(households),
    ],
  };
}

function sum(values: readonly (number | null)[]): number | null {
  if (values.length === 0 || values.some((v) => v === null)) return null;
  return (values as number[]).reduce((a, b) => a + b, 0);
}

/**
 * Figures of Tout: the sum over the operations. A figure left blank for any operation makes the sum
 * blank (the FAT line then says which figure is missing): a partial sum would look like a total.
 */
export function sumOperationFigures(list: readonly OperationFigures[]): OperationFigures {
  return {
    dwellingsToDemolish: sum(list.map((f) => f.dwellingsToDemolish)),
    vacantDwellings: sum(list.map((f) => f.vacantDwellings)),
    householdsToRelocate: sum(list.map((f) => f.householdsToRelocate)),
  };
}
