/** The operations the check needs, read from the rows of liste_opération (cell values as Office.js gives them). */
import { ALL_OPERATIONS } from '../catalogue/operations';
import type { CellValue } from '../catalogue/types';
import { readDate, readText } from '../household/cells';
import { normaliseName } from './text';
import type { OperationInfo } from './types';

export type RawOperationRow = Readonly<Record<string, CellValue | null | undefined>>;

/**
 * One OperationInfo per named operation, keyed as the catalogue's OPERATION_COLUMNS (name, commune,
 * startDate, endDate). The consolidated row « Tout » and rows without a name are left out; a date
 * that is not a date serial (text) counts as unknown — the operation sheet has its own checks.
 */
export function operationInfos(rows: readonly RawOperationRow[]): OperationInfo[] {
  const out: OperationInfo[] = [];
  for (const r of rows) {
    const name = readText(r.name).value;
    if (name === null || normaliseName(name) === normaliseName(ALL_OPERATIONS)) continue;
    out.push({
      name,
      commune: readText(r.commune).value,
      startDate: readDate(r.startDate).value,
      endDate: readDate(r.endDate).value,
    });
  }
  return out;
}
