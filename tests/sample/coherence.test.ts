import { generateSample } from '../../src/sample';
import { checkRows } from './checker';

const TODAY = 46000; // 09/12/2025

describe('coherent sample (hand-written checker)', () => {
  it('2,000 rows break none of the rules R1–R20', () => {
    const s = generateSample({ households: 2000, operations: 5, seed: 11, today: TODAY });
    expect(checkRows(s.rows, s.operations, TODAY)).toEqual([]);
  });

  it.each([1, 2, 3, 42, 2024])('seed %i, 300 rows over 7 operations: no violation', (seed) => {
    const s = generateSample({ households: 300, operations: 7, seed, today: TODAY });
    expect(checkRows(s.rows, s.operations, TODAY)).toEqual([]);
  });

  it('the checker does catch an incoherent row', () => {
    const s = generateSample({ households: 50, seed: 3, today: TODAY });
    const i = s.rows.findIndex((r) => r.familyStructure === 'CE');
    const rows = s.rows.map((r, k) => (k === i ? { ...r, occupants: (r.occupants as number) + 1 } : r));
    expect(checkRows(rows, s.operations, TODAY)).toEqual([{ row: i, rule: 'R8', detail: 'occupants' }]);
  });
});

describe('operations', () => {
  const s = generateSample({ households: 2000, operations: 6, seed: 5, today: TODAY });

  it('have unique names, none "Tout", a territory and dates around today', () => {
    const names = s.operations.map((o) => o.name);
    expect(new Set(names).size).toBe(6);
    expect(names).not.toContain('Tout');
    for (const o of s.operations) {
      expect(o.name).toMatch(/^.+ – bât\. [A-H]$/);
      expect(typeof o.commune).toBe('string');
      expect(o.commune).not.toBe('');
      expect(o.district).not.toBe('');
      expect(o.epci).not.toBe('');
      expect(o.startDate as number).toBeLessThanOrEqual(TODAY - 540);
      expect((o.endDate as number) - (o.startDate as number)).toBeGreaterThanOrEqual(4 * 365);
      expect(Object.keys(o)).not.toContain('relocatedCount');
      expect(Object.keys(o)).not.toContain('lastRelocation');
    }
  });

  it('count their requests and families, and a closed operation has nobody left to rehouse', () => {
    for (const o of s.operations) {
      const mine = s.rows.filter((r) => r.operation === o.name);
      const families = new Set(mine.map((r) => r.householdId)).size;
      expect(o.householdsToRelocate).toBe(mine.length);
      expect(o.dwellingsToDemolish).toBe(families + (o.vacantDwellings as number));
      expect(o.vacantDwellings as number).toBeGreaterThanOrEqual(0);
      if ((o.endDate as number) < TODAY) expect(mine.filter((r) => r.relocation === 'NON')).toEqual([]);
      const late = mine.filter((r) => typeof r.moveDate === 'number' && r.moveDate > (o.endDate as number));
      expect(late).toEqual([]);
    }
    expect(s.operations.reduce((a, o) => a + (o.householdsToRelocate as number), 0)).toBe(2000);
  });

  it('every operation gets at least one row when there are enough rows', () => {
    const t = generateSample({ households: 10, operations: 10, seed: 8, today: TODAY });
    expect(t.operations.map((o) => o.householdsToRelocate)).toEqual([1, 1, 1, 1, 1, 1, 1, 1, 1, 1]);
  });

  it('more operations than residence × building pairs still get unique names', () => {
    const t = generateSample({ households: 0, operations: 130, seed: 2, today: TODAY });
    expect(new Set(t.operations.map((o) => o.name)).size).toBe(130);
  });
});
