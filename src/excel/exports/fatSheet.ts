/**
 * « FAT démolition »: reads the households and liste_opération once, computes the FAT for the scope
 * (the operation's figures, or their sum for Tout) and writes it in a new sheet « FAT <opération> ».
 * Syncs: the reads (constant, chunks aside) + one write batch.
 */
import { ALL_OPERATIONS } from '../../domain/catalogue';
import { serialFromDate } from '../../domain/dates';
import { householdsInScope } from '../../domain/exports';
import { computeFat, sumOperationFigures, type FatReport, type OperationFigures } from '../../domain/fat';
import { readHouseholds } from '../workbook/read';
import { readOperations, type OperationRow } from '../workbook/operations';
import { applySheetPlan } from '../sheets/apply';
import { planFatSheet } from './fatPlan';
import { uniqueSheetName } from './names';
import { resolveOperation } from './scope';

export interface FatSheetOptions {
  /** An operation's name, or 'Tout'. */
  readonly operation: string;
  /** Edition date (Excel serial number or Date). */
  readonly today: number | Date;
}

export interface FatSheetResult {
  readonly sheetName: string;
  /** Rows (requests) of the scope. */
  readonly householdCount: number;
  readonly relocatedCount: number;
  readonly report: FatReport;
  /** Syncs made: reads + writes. */
  readonly syncs: number;
}

const NO_FIGURES: OperationFigures = { dwellingsToDemolish: null, vacantDwellings: null, householdsToRelocate: null };

function figuresOf(r: OperationRow): OperationFigures {
  return { dwellingsToDemolish: r.dwellingsToDemolish, vacantDwellings: r.vacantDwellings, householdsToRelocate: r.householdsToRelocate };
}

export function toSerial(today: number | Date): number {
  return typeof today === 'number' ? today : serialFromDate(today);
}

export async function writeFatSheet(context: Excel.RequestContext, opts: FatSheetOptions): Promise<FatSheetResult> {
  // Resolved by the first sync of the reads below.
  const sheets = context.workbook.worksheets;
  sheets.load('items/name');
  const read = await readHouseholds(context);
  const ops = await readOperations(context);
  const names = ops.operations.map((o) => o.name);
  const operation = resolveOperation(opts.operation, names, read.households);
  let figures: OperationFigures;
  if (operation === null) figures = sumOperationFigures(ops.operations.map(figuresOf));
  else {
    const row = ops.operations.find((o) => o.name === operation);
    figures = row ? figuresOf(row) : NO_FIGURES;
  }
  const scoped = householdsInScope(read.households, operation);
  const scopeLabel = operation ?? ALL_OPERATIONS;
  const report = computeFat(scoped, figures, { scopeLabel, today: toSerial(opts.today) });
  const sheetName = uniqueSheetName(`FAT ${scopeLabel}`, sheets.items.map((s) => s.name));
  const { plan } = planFatSheet(report, sheetName);
  const writes = await applySheetPlan(context, plan);
  return {
    sheetName,
    householdCount: report.householdCount,
    relocatedCount: report.relocatedCount,
    report,
    syncs: read.syncs + ops.syncs + writes,
  };
}
