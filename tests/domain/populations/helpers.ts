/** Test households built directly from typed values (every other column null = non renseigné). */
import { HOUSEHOLD_COLUMNS, type ColumnKey } from '../../../src/domain/catalogue/columns';
import type { CustomValue, Household, HouseholdValues } from '../../../src/domain/household/types';

export type Values = Partial<Record<ColumnKey, string | number | null>>;

export function makeHousehold(values: Values, custom: Record<string, CustomValue> = {}, row = 2): Household {
  const all: Record<string, string | number | null> = {};
  for (const c of HOUSEHOLD_COLUMNS) all[c.key] = null;
  Object.assign(all, values);
  return { row, values: all as HouseholdValues, custom };
}
