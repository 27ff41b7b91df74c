/**
 * liste_opération's computed figures (pure): for each operation the number of relocated households
 * and the date of the last relocation, and the Tout row consolidating every operation. Values, never
 * formulas: deleting an operation row can never show #REF!.
 */
import { ALL_OPERATIONS, codeList, type CellValue } from '../../domain/catalogue';
import { codeKey, readCode, readDate, readNumber } from '../../domain/household';
import { isFormula, moveReferences } from '../util/formulas';
import { isBlank } from '../workbook/grid';

const RELOCATION = codeList('relocation');

/** What the operations need to know of one household row. */
export interface HouseholdFact {
  /** Sheet row (1-based). */
  readonly row: number;
  readonly householdId: CellValue;
  readonly operation: string;
  readonly relocated: boolean;
  readonly moveDate: number | null;
}

export function householdFact(row: number, get: (key: string) => CellValue | undefined): HouseholdFact {
  const op = get('operation');
  return {
    row,
    householdId: get('householdId') ?? '',
    operation: isBlank(op) ? '' : String(op).trim(),
    relocated: readCode(get('relocation'), RELOCATION).value === 'OUI',
    moveDate: readDate(get('moveDate')).value,
  };
}

export const sameOperation = (a: CellValue, b: CellValue): boolean => !isBlank(a) && codeKey(a) === codeKey(b);
export const isAll = (name: CellValue): boolean => sameOperation(name, ALL_OPERATIONS);

export interface RelocationFigures {
  readonly relocatedCount: number;
  /** Latest moving date of the relocated households, '' when none. */
  readonly lastRelocation: number | '';
}

export function relocationFigures(facts: readonly HouseholdFact[], name?: CellValue): RelocationFigures {
  let count = 0;
  let last = -Infinity;
  for (const f of facts) {
    if (!f.relocated || (name !== undefined && !sameOperation(f.operation, name))) continue;
    count++;
    if (f.moveDate !== null && f.moveDate > last) last = f.moveDate;
  }
  return { relocatedCount: count, lastRelocation: last === -Infinity ? '' : last };
}

/** Column positions (0-based within the table) of the operation columns the figures use. */
export type OperationColumns = Readonly<Partial<Record<string, number>>>;

export const TOUT_NOTE = 'Ligne calculée par le complément (toutes les opérations) : seules Commune et EPCI peuvent y être saisies.';

const SUMS = ['householdsToRelocate', 'dwellingsToDemolish', 'vacantDwellings'] as const;

/**
 * The table body with Tout first (created when missing), the other rows in their order (or sorted
 * alphabetically), every computed cell filled. Formulas of moved rows follow their row.
 */
export function operationBody(
  rows: readonly (readonly CellValue[])[],
  cols: OperationColumns,
  facts: readonly HouseholdFact[],
  opts: {
    sort?: boolean; sheet?: string; firstRow?: number; width?: number; origin?: readonly number[];
    /** Computed values of `rows` (same shape), for the sums when cells hold formulas. */
    values?: readonly (readonly CellValue[])[];
  } = {},
): { body: CellValue[][]; toutAdded: boolean; order: number[] } {
  const width = opts.width ?? rows[0]?.length ?? 0;
  const name = cols.name ?? 0;
  let tout = rows.findIndex((r) => isAll(r[name]));
  const others = rows.map((_, i) => i).filter((i) => i !== tout);
  if (opts.sort) {
    others.sort((a, b) => String(rows[a][name] ?? '').localeCompare(String(rows[b][name] ?? ''), 'fr', { sensitivity: 'base', numeric: true }));
    // Blank names go last.
    others.sort((a, b) => Number(isBlank(rows[a][name])) - Number(isBlank(rows[b][name])));
  }
  const toutAdded = tout < 0;
  const order = toutAdded ? [-1, ...others] : [tout, ...others];
  const firstRow = opts.firstRow ?? 0;
  const body = order.map((src, i) => {
    if (src < 0) {
      return Array.from({ length: width }, (_, j) => (j === name ? ALL_OPERATIONS : j === cols.notes ? TOUT_NOTE : '')) as CellValue[];
    }
    const row = [...rows[src]];
    while (row.length < width) row.push('');
    const shift = i - (opts.origin?.[src] ?? src);
    if (shift === 0) return row;
    return row.map((v) =>
      isFormula(v) && opts.sheet
        ? moveReferences(v, { sheet: opts.sheet, row: (r) => r, col: (c) => c, cell: (r, c) => [r === firstRow + src ? r + shift : r, c] })
        : v,
    );
  });
  tout = 0;
  for (let i = 1; i < body.length; i++) {
    const f = relocationFigures(facts, body[i][name]);
    if (cols.relocatedCount !== undefined) body[i][cols.relocatedCount] = isBlank(body[i][name]) ? '' : f.relocatedCount;
    if (cols.lastRelocation !== undefined) body[i][cols.lastRelocation] = f.lastRelocation;
  }
  const all = body[tout];
  const ops = order.slice(1).map((src, i) => (opts.values?.[src] ? [...opts.values[src]] : body[i + 1]));
  for (const key of SUMS) {
    const c = cols[key];
    if (c === undefined) continue;
    const nums = ops.map((r) => readNumber(r[c], false).value).filter((v): v is number => v !== null);
    all[c] = nums.length === 0 ? '' : nums.reduce((a, b) => a + b, 0);
  }
  const dates = (c: number | undefined): number[] =>
    c === undefined ? [] : ops.map((r) => readDate(r[c]).value).filter((v): v is number => v !== null);
  if (cols.startDate !== undefined) {
    const d = dates(cols.startDate);
    all[cols.startDate] = d.length === 0 ? '' : Math.min(...d);
  }
  if (cols.endDate !== undefined) {
    const d = dates(cols.endDate);
    all[cols.endDate] = d.length === 0 ? '' : Math.max(...d);
  }
  const f = relocationFigures(facts);
  if (cols.relocatedCount !== undefined) all[cols.relocatedCount] = f.relocatedCount;
  if (cols.lastRelocation !== undefined) all[cols.lastRelocation] = f.lastRelocation;
  return { body, toutAdded, order };
}
