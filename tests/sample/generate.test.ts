import { HOUSEHOLD_COLUMNS } from '../../src/domain/catalogue';
import { parseRow } from '../../src/domain/household';
import { generateSample, householdsPerOperation } from '../../src/sample';

const TODAY = 46000; // 09/12/2025
const SMIC = { smic: 1398.69 };

describe('determinism and sizes', () => {
  it('same options ⇒ deep-equal output; another seed ⇒ other rows', () => {
    const a = generateSample({ households: 500, operations: 3, errors: 5, seed: 9, today: TODAY });
    const b = generateSample({ households: 500, operations: 3, errors: 5, seed: 9, today: TODAY });
    const c = generateSample({ households: 500, operations: 3, errors: 5, seed: 10, today: TODAY });
    expect(b).toEqual(a);
    expect(c.rows).not.toEqual(a.rows);
    expect(c.operations).not.toEqual(a.operations);
  });

  it('defaults: 4 operations, no error, seed 1', () => {
    const s = generateSample({ households: 120, today: TODAY });
    expect(s.operations).toHaveLength(4);
    expect(s.rows).toHaveLength(120);
    expect(s.injected).toEqual([]);
    expect(s).toEqual(generateSample({ households: 120, operations: 4, errors: 0, seed: 1, today: TODAY }));
  });

  it.each([
    [0, 1],
    [1, 4],
    [7, 2],
    [1000, 12],
  ])('%i rows over %i operations', (households, operations) => {
    const s = generateSample({ households, operations, seed: 4, today: TODAY });
    expect(s.rows).toHaveLength(households);
    expect(s.operations).toHaveLength(operations);
    const perOp = householdsPerOperation(s.rows);
    expect(Object.values(perOp).reduce((a, b) => a + b, 0)).toBe(households);
  });

  it('rejects impossible options in French', () => {
    expect(() => generateSample({ households: -1 })).toThrow('« households » doit être un nombre entier ≥ 0');
    expect(() => generateSample({ households: 10, operations: 0 })).toThrow(
      '« operations » doit être un nombre entier ≥ 1',
    );
    expect(() => generateSample({ households: 2.5 })).toThrow(RangeError);
    expect(() => generateSample({ households: 10, seed: 0.5 })).toThrow(
      'La graine doit être un nombre entier',
    );
  });
});

describe('raw rows as Office.js returns them', () => {
  const s = generateSample({ households: 1500, operations: 4, seed: 21, today: TODAY });
  const inputKeys = HOUSEHOLD_COLUMNS.filter((c) => c.kind !== 'derived').map((c) => c.key);

  it('hold exactly the input columns, in catalogue order (no derived column)', () => {
    expect(Object.keys(s.rows[0])).toEqual(inputKeys);
    expect(Object.keys(s.rows[0])).not.toContain('quittance');
    expect(Object.keys(s.rows[0])).not.toContain('effortRate');
    const odd = s.rows.flatMap((r) =>
      Object.entries(r).filter(([, v]) => typeof v !== 'string' && typeof v !== 'number'),
    );
    expect(odd).toEqual([]);
  });

  it('every row parses with zero problems', () => {
    const operations = s.operations.map((o) => String(o.name));
    s.rows.forEach((raw, i) => {
      const parsed = parseRow(raw, { row: i + 2, params: SMIC, operations });
      expect(parsed.problems).toEqual([]);
    });
  });

  it('numeric codes are numbers, text codes strings, dates whole serials', () => {
    const relocated = s.rows.filter((r) => r.relocation === 'OUI');
    expect(relocated.length).toBeGreaterThan(0);
    for (const r of s.rows) {
      expect(typeof r.rooms).toBe('number');
      expect(typeof r.ceilings).toBe('number');
      expect(typeof r.seniority).toBe('number');
      expect(typeof r.familyStructure).toBe('string');
    }
    for (const r of relocated) {
      expect(typeof r.roomsAfter).toBe('number');
      expect(Number.isInteger(r.moveDate)).toBe(true);
    }
  });
});

describe('realistic variety', () => {
  const s = generateSample({ households: 2000, operations: 4, seed: 3, today: TODAY });
  const values = (key: string): Set<unknown> =>
    new Set(s.rows.map((r) => (r as Record<string, unknown>)[key]));

  it('all relocation states are present, OUI the most frequent', () => {
    const count = (state: string): number => s.rows.filter((r) => r.relocation === state).length;
    for (const state of ['OUI', 'NON', 'D', 'A']) expect(count(state)).toBeGreaterThan(0);
    expect(count('OUI')).toBeGreaterThan(count('NON'));
    expect(count('D')).toBeGreaterThan(count('A'));
  });

  it('every structure, statut, localisation, statut après, financement, âge du bâti and type appear', () => {
    expect(values('familyStructure')).toEqual(new Set(['I', 'C', 'M', 'CE', 'IH', 'CH', 'MH', 'CEH']));
    expect(values('priorStatus')).toEqual(new Set(['T', 'D', 'H']));
    expect(values('location')).toEqual(new Set(['', 'SIT', 'HSIT', 'AGGLO', 'HAGL']));
    expect(values('tenureAfter')).toEqual(new Set(['', 'PS', 'LL', 'AP', 'A']));
    expect(values('financing')).toEqual(
      new Set(['', 'PLAI', 'PLUS', 'PLUS CD', 'PLA', 'PLS', 'PLI', 'HLMO', 'AS', 'AI']),
    );
    expect(values('buildingAge')).toEqual(new Set(['', 'CN', 'C-5', 'CR-5', 'CR+5', 'CNR+5', 'RD5', 'AA-5']));
    expect(values('relocationType')).toEqual(new Set(['', 'D', 'T', 'TN']));
    expect(values('reservation')).toEqual(new Set(['', 'PREF', 'FONC', 'VILLE', 'EPCI', 'B', '1%', 'AR']));
    expect(values('ceilings')).toEqual(new Set([1, 2, 3]));
    expect(values('rooms')).toEqual(new Set([1, 2, 3, 4, 5, 6]));
  });

  it('has décohabitations (request 2, statut D) and households with blank prestations', () => {
    const decohabitations = s.rows.filter((r) => r.requestNo === 2);
    expect(decohabitations.length).toBeGreaterThan(20);
    for (const d of decohabitations) {
      expect(d.priorStatus).toBe('D');
      const first = s.rows.find((r) => r.householdId === d.householdId && r.requestNo === 1)!;
      expect(first.lastName).toBe(d.lastName);
      expect(first.address).toBe(d.address);
    }
    expect(s.rows.filter((r) => r.familyBenefits === '').length).toBeGreaterThan(0);
    expect(s.rows.filter((r) => r.apl === '').length).toBeGreaterThan(0);
  });
});

describe('bench size', () => {
  it('generates 100,000 rows', () => {
    const s = generateSample({ households: 100_000, operations: 12, errors: 16, seed: 1, today: TODAY });
    expect(s.rows).toHaveLength(100_000);
    expect(s.injected).toHaveLength(16);
    expect(s.operations.reduce((a, o) => a + (o.householdsToRelocate as number), 0)).toBe(100_000);
  });
});
