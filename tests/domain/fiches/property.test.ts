/**
 * Invariants on random households (random codes, unknown codes and blanks everywhere): no table ever
 * drops a household, percentages add up to 100, and the fiches agree with the populations.
 */
import fc from 'fast-check';
import { codeList } from '../../../src/domain/catalogue/codeLists';
import { HOUSEHOLD_COLUMNS } from '../../../src/domain/catalogue/columns';
import { DERIVED } from '../../../src/domain/derived/definitions';
import {
  computeFiches,
  ficheCrossTables,
  ficheFigures,
  ficheTables,
  triAPlat,
  type Fiche,
  type Fiches,
} from '../../../src/domain/fiches';
import type { Household } from '../../../src/domain/household/types';
import { populationById, selectPopulation } from '../../../src/domain/populations';
import { makeHousehold } from '../populations/helpers';
import { FIXTURE } from './fixture';
import { CTX, figure, table } from './helpers';

type V = string | number | null;

function arbitraryFor(c: (typeof HOUSEHOLD_COLUMNS)[number]): fc.Arbitrary<V> {
  if (c.kind === 'code' && c.codeList) {
    return fc.constantFrom<V>(...codeList(c.codeList).codes.map((x) => x.code), null, null, 'ZZ');
  }
  if (c.kind === 'code') return fc.constantFrom<V>('Le Parc', 'Les Tilleuls', null);
  if (c.kind === 'text')
    return fc.constantFrom<V>('Lyon', 'LYON', 'lyon', 'Bron', 'Vénissieux', 'venissieux', null);
  if (c.kind === 'derived' && c.result === 'label') {
    const bands = (DERIVED as Record<string, { bands?: { bands: readonly { label: string }[] } }>)[c.key]
      .bands!;
    return fc.constantFrom<V>(...bands.bands.map((b) => b.label), null);
  }
  return fc.option(
    fc.oneof(
      fc.integer({ min: -20, max: 60 }),
      fc.double({ min: -50, max: 3000, noNaN: true, noDefaultInfinity: true }),
    ),
    { nil: null },
  );
}

const household: fc.Arbitrary<Household> = fc
  .record(
    Object.fromEntries(HOUSEHOLD_COLUMNS.map((c) => [c.key, arbitraryFor(c)])) as Record<
      string,
      fc.Arbitrary<V>
    >,
  )
  .chain((values) =>
    // Relogement is drawn again so that relogés are frequent.
    fc
      .constantFrom<V>('OUI', 'OUI', 'OUI', 'NON', 'D', 'A', null)
      .map((relocation) => makeHousehold({ ...values, relocation })),
  );

const sum = (xs: readonly number[]): number => xs.reduce((s, x) => s + x, 0);

function checkFiche(f: Fiche, size: number, relocated: number): void {
  const baseSize = (b: string) => (b === 'population' ? size : relocated);
  expect([f.populationSize, f.relocatedSize]).toEqual([size, relocated]);
  for (const t of ficheTables(f)) {
    expect(sum(t.rows.map((r) => r.count)) + t.nr).toBe(t.total);
    expect(t.total).toBe(baseSize(t.base));
    expect(t.answered).toBe(sum(t.rows.filter((r) => !r.outOfBase).map((r) => r.count)));
    const ps = t.rows.map((r) => r.percent).filter((p): p is number => p !== null);
    if (t.answered > 0) expect(Math.abs(sum(ps) - 100)).toBeLessThan(0.1);
    else expect(ps).toEqual([]);
    for (const s of t.synthese ?? []) expect(s.count).toBeLessThanOrEqual(t.answered);
  }
  for (const t of ficheCrossTables(f)) {
    const cells = sum(t.cells.map((r) => sum(r)));
    expect(cells + sum(t.rowNr) + sum(t.colNr) + t.bothNr).toBe(t.total);
    expect(t.total).toBe(baseSize(t.base));
    expect(t.answered).toBe(cells);
    expect(t.rowNr.length).toBe(t.colLabels.length);
    expect(t.colNr.length).toBe(t.rowLabels.length);
    t.colLabels.forEach((_, j) => {
      expect(t.colTotals[j]).toBe(sum(t.cells.map((r) => r[j])));
      const ps = t.percents.map((r) => r[j]);
      if (t.colTotals[j] > 0) expect(Math.abs(sum(ps as number[]) - 100)).toBeLessThan(0.1);
      else expect(ps.every((p) => p === null)).toBe(true);
    });
    for (const s of t.synthese ?? []) expect(s.count).toBeLessThanOrEqual(t.answered);
  }
  for (const x of ficheFigures(f)) {
    if (x.answered !== undefined) expect(x.answered + (x.nr ?? 0)).toBe(baseSize(x.base ?? 'population'));
  }
}

const count = (hs: readonly Household[], id: string): number =>
  selectPopulation(hs, populationById(id)!).length;

describe('fiches on random households', () => {
  it('never drop a household; percentages add up to 100', () => {
    fc.assert(
      fc.property(fc.array(household, { maxLength: 30 }), (hs) => {
        const fiches: Fiches = computeFiches(hs, CTX);
        const relocated = hs.filter((h) => h.values.relocation === 'OUI').length;
        for (const f of [fiches.fiche1, fiches.fiche2, fiches.fiche3, fiches.fiche4])
          checkFiche(f, hs.length, relocated);
      }),
      { numRuns: 150 },
    );
  });

  it('agree with the populations', () => {
    fc.assert(
      fc.property(fc.array(household, { maxLength: 30 }), (hs) => {
        const { fiche1: f1, fiche3: f3 } = computeFiches(hs, CTX);
        expect(figure(f1, 'menages-reloges').value).toBe(count(hs, 'reloges'));
        expect(figure(f1, 'menages-restant-a-reloger').value).toBe(count(hs, 'a-reloger'));
        expect(figure(f1, 'reloges-neuf-moins-5-ans').value).toBe(count(hs, 'reloges-neuf'));
        expect(figure(f1, 'decohabitants-heberges-reloges').value).toBe(
          count(hs, 'reloges-heberges-decohabitants'),
        );
        const evolution = table(f3, 'f3-evolution-taux-effort');
        expect(evolution.rows[3].count + evolution.rows[4].count).toBe(
          count(hs, 'reloges-hausse-taux-effort'),
        );
        expect(evolution.synthese?.[2].count).toBe(count(hs, 'reloges-hausse-taux-effort'));
        expect(table(f3, 'f3-zus').rows.map((r) => r.count)).toEqual([
          count(hs, 'reloges-zus'),
          count(hs, 'reloges-hors-zus'),
        ]);
        expect(table(f3, 'f3-statut-occupation').rows[2].count).toBe(count(hs, 'reloges-propriete'));
        const loc = table(f3, 'f3-localisation').rows.map((r) => r.count);
        expect(loc[0]).toBe(count(hs, 'reloges-sur-site'));
        expect(loc[0] + loc[1]).toBe(count(hs, 'reloges-commune'));
        expect(loc[2] + loc[3]).toBe(count(hs, 'reloges-hors-commune'));
      }),
      { numRuns: 100 },
    );
  });

  it('give tri à plat blocks that align row by row with any other run', () => {
    const key = (f: Fiches) => triAPlat(f).map((r) => `${r.tableId}|${r.variable}|${r.label}`);
    const reference = key(computeFiches(FIXTURE, CTX));
    fc.assert(
      fc.property(fc.array(household, { maxLength: 20 }), (hs) => {
        expect(key(computeFiches(hs, CTX))).toEqual(reference);
      }),
      { numRuns: 50 },
    );
  });
});
