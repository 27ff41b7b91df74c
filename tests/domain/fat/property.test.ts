/**
 * Property: on random households (blanks, junk codes, numbers typed as text included), the total of
 * every FAT table equals the population it describes, « Non classé » lines included.
 */
import fc from 'fast-check';
import { codeList } from '../../../src/domain/catalogue/codeLists';
import { HOUSEHOLD_COLUMNS } from '../../../src/domain/catalogue/columns';
import type { ColumnDef } from '../../../src/domain/catalogue/types';
import { computeFat, type FatCountTable, type FatRateTable } from '../../../src/domain/fat';
import { parseRow } from '../../../src/domain/household/parse';
import type { Household } from '../../../src/domain/household/types';

type Cell = string | number;

function cellArb(c: ColumnDef): fc.Arbitrary<Cell> {
  switch (c.kind) {
    case 'code': {
      if (c.key === 'operation') return fc.constantFrom<Cell>('Tour A', 'Tour B', '');
      const list = codeList(c.codeList!);
      const values: Cell[] = list.codes.map((x) => (list.numeric ? Number(x.code) : x.code));
      return fc.constantFrom<Cell>('', 'zz', ...values, ...values, ...values);
    }
    case 'integer':
    case 'amount':
    case 'number':
      return fc.oneof(fc.constant<Cell>(''), fc.integer({ min: 0, max: 2500 }), fc.constant<Cell>(0), fc.constant<Cell>('12,5'));
    case 'date':
      return fc.oneof(fc.constant<Cell>(''), fc.integer({ min: 40000, max: 46000 }));
    default:
      return fc.constantFrom<Cell>('', 'texte');
  }
}

const INPUTS = HOUSEHOLD_COLUMNS.filter((c) => c.kind !== 'derived');
const rawArb = fc.record(Object.fromEntries(INPUTS.map((c) => [c.key, cellArb(c)])) as Record<string, fc.Arbitrary<Cell>>);
const householdsArb: fc.Arbitrary<Household[]> = fc
  .array(rawArb, { maxLength: 40 })
  .map((rows) => rows.map((raw, i) => parseRow(raw, { row: i + 2, params: { smic: 1400 } }).household));
const figureArb = fc.option(fc.integer({ min: 0, max: 200 }), { nil: null });
const figuresArb = fc.record({ dwellingsToDemolish: figureArb, vacantDwellings: figureArb, householdsToRelocate: figureArb });

/** Each TOTAL equals the sum of the counted lines above it (back to the previous TOTAL). */
function checkSections(t: FatCountTable, population: number): void {
  let sum = 0;
  let totals = 0;
  for (const r of t.rows) {
    if (r.isHeader) {
      expect(r.count).toBeNull();
    } else if (r.isTotal) {
      expect(r.count).toBe(sum);
      expect(r.count).toBe(population);
      sum = 0;
      totals += 1;
    } else {
      expect(r.count).not.toBeNull();
      expect(r.count!).toBeGreaterThanOrEqual(0);
      if (r.isUnclassified) expect(r.count!).toBeGreaterThan(0);
      if (r.isUnclassified) expect(r.reason).toBeTruthy();
      sum += r.count!;
    }
  }
  expect(totals).toBe(t.id === 'effortRate' ? 2 : 1);
}

function checkRates(t: FatRateTable, population: number): void {
  const row = (id: string) => t.rows.find((r) => r.id === id)!.values as number[];
  for (const id of ['definitive', 'formalised', 'noType', 'relocated']) {
    const v = row(id);
    expect(v[0] + v[1] + v[2] + v[3]).toBe(v[4]);
  }
  expect(row('relocated')[4]).toBe(population);
  const rate = t.rows.find((r) => r.id === 'rate')!.values;
  row('relocated').forEach((n, i) => {
    expect(row('definitive')[i] + row('formalised')[i] + row('noType')[i]).toBeLessThanOrEqual(n);
    if (n === 0) expect(rate[i]).toBeNull();
    else expect(rate[i]).toBeCloseTo((row('definitive')[i] + row('formalised')[i]) / n, 12);
  });
}

describe('FAT: totals equal populations (property)', () => {
  it('holds for every table on random households', () => {
    fc.assert(
      fc.property(householdsArb, figuresArb, (households, figures) => {
        const report = computeFat(households, figures, { scopeLabel: 'Tour A', today: 45000 });
        const relocated = households.filter((h) => h.values.relocation === 'OUI').length;
        expect(report.relocatedCount).toBe(relocated);
        expect(report.householdCount).toBe(households.length);
        for (const t of report.tables) {
          if (t.kind === 'rates') checkRates(t, relocated);
          else if (t.id !== 'strategy') checkSections(t, relocated);
        }
        const strategy = report.tables[0] as FatCountTable;
        const count = (id: string) => strategy.rows.find((r) => r.id === id)!.count!;
        expect(count('decohabitations')).toBe(households.filter((h) => h.values.priorStatus === 'D').length);
        expect(count('spontaneous') + count('others') + relocated).toBeLessThanOrEqual(households.length);
      }),
      { numRuns: 300 },
    );
  });
});
