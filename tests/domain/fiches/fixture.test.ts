import { FIXTURE, PARSED } from './fixture';

describe('fixture (sanity of the hand-written households)', () => {
  it('parses without problems', () => {
    expect(PARSED.flatMap((p) => p.problems)).toEqual([]);
  });
  it('has the derived values stated in its header', () => {
    const ev = FIXTURE.map((h) => h.values.effortRateEvolution);
    expect(ev).toEqual([2, 2.5, -3.75, 0, 11.1765, 21.5385, -15, null, null, null, null, null]);
    expect(FIXTURE.map((h) => h.values.residualRentEvolution)).toEqual([
      30,
      25,
      -30,
      0,
      190,
      280,
      -450,
      null,
      null,
      null,
      null,
      null,
    ]);
    expect(FIXTURE.map((h) => h.values.surfaceEvolutionBand).slice(0, 8)).toEqual([
      'De 20 à 30 %',
      '< -5 %',
      '0 %',
      '0 %',
      'De 5 à 10 %',
      'De 20 à 30 %',
      '0 %',
      null,
    ]);
    expect(FIXTURE.map((h) => h.values.resourcesSmic)).toEqual([
      1.5,
      1,
      0.8,
      0.5,
      1.7,
      1.3,
      3,
      null,
      2.3,
      0.65,
      0.35,
      2.5,
    ]);
  });
});
