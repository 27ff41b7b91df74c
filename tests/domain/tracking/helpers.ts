/** Test households built from typed values (every other column null = non renseigné). */
import { HOUSEHOLD_COLUMNS, type ColumnKey } from '../../../src/domain/catalogue/columns';
import type { CustomFieldDef } from '../../../src/domain/catalogue/types';
import type { CustomValue, Household, HouseholdValues } from '../../../src/domain/household/types';

export type Values = Partial<Record<ColumnKey, string | number | null>>;

export function makeHousehold(values: Values, custom: Record<string, CustomValue> = {}, row = 2): Household {
  const all: Record<string, string | number | null> = {};
  for (const c of HOUSEHOLD_COLUMNS) all[c.key] = null;
  Object.assign(all, values);
  return { row, values: all as HouseholdValues, custom };
}

/** Every column filled with a placeholder (completeness only looks at null / not null). */
export function everything(): Values {
  const v: Record<string, string | number> = {};
  for (const c of HOUSEHOLD_COLUMNS) v[c.key] = c.kind === 'code' || c.kind === 'text' ? 'x' : 1;
  return v as Values;
}

export const SUIVI: CustomFieldDef = {
  key: 'custom:suivi ccas',
  label: 'Suivi CCAS',
  type: 'text',
  help: '',
  personal: false,
};
