/** Household facts (operation, relocated, moving date) read from a loaded grid by header (pure). */
import { valueAt, type Grid } from '../workbook/grid';
import { householdMatcher, mapHeaders } from '../workbook/headers';
import { householdFact, type HouseholdFact } from './figures';

/** Facts of the body rows under a header row; rows with neither N° nor operation nor relocation are skipped. */
export function householdFacts(g: Grid, headerRow: number, firstCol: number, headers: readonly string[], rows: number): HouseholdFact[] {
  const map = mapHeaders(headers, householdMatcher);
  const out: HouseholdFact[] = [];
  for (let r = headerRow + 1; r <= headerRow + rows; r++) {
    const get = (key: string) => {
      const idx = map.byKey.get(key);
      return idx === undefined ? undefined : valueAt(g, r, firstCol + idx);
    };
    const f = householdFact(r + 1, get);
    if (f.householdId === '' && f.operation === '' && !f.relocated) continue;
    out.push(f);
  }
  return out;
}
