/**
 * Band edges of every band table (reference §3.6, §3.7, Decisions D-BANDS9, D-EFFORT-BANDS,
 * D-EFFORT-EVOL, D-DENSITY): values on each boundary and just either side. Labels written by hand.
 */
import {
  AGE_BANDS,
  BAND_TABLES,
  CHILDREN_BANDS,
  DENSITY_BANDS,
  EFFORT_EVOLUTION_3_BANDS,
  EFFORT_EVOLUTION_BANDS,
  EFFORT_EVOLUTION_MEANINGS,
  EFFORT_RATE_BANDS,
  FAT_EFFORT_RATE_BANDS,
  RESIDUAL_EVOLUTION_BANDS,
  RESIDUAL_VS_BEFORE_BANDS,
  ROOMS_EVOLUTION_BANDS,
  SMIC_BANDS,
  SURFACE_EVOLUTION_BANDS,
  bandOf,
  type BandTable,
} from '../../../src/domain/catalogue';

type Case = readonly [value: number, label: string];

const CASES: ReadonlyArray<readonly [BandTable, readonly Case[]]> = [
  [AGE_BANDS, [
    [16, 'Moins de 30 ans'], [29, 'Moins de 30 ans'], [29.9, 'Moins de 30 ans'], [30, '30-39 ans'], [39, '30-39 ans'],
    [40, '40-49 ans'], [49, '40-49 ans'], [50, '50-59 ans'], [59, '50-59 ans'], [60, '60-74 ans'], [74, '60-74 ans'],
    [75, '75 ans et plus'], [110, '75 ans et plus'],
  ]],
  [EFFORT_RATE_BANDS, [
    [0, 'Moins de 10 %'], [0.0999, 'Moins de 10 %'], [0.1, 'De 10 à 15 %'], [0.1499, 'De 10 à 15 %'],
    [0.15, 'De 15 à 20 %'], [0.1999, 'De 15 à 20 %'], [0.2, 'De 20 à 25 %'], [0.2499, 'De 20 à 25 %'],
    [0.25, 'De 25 à 30 %'], [0.2999, 'De 25 à 30 %'], [0.3, 'Plus de 30 %'], [1.5, 'Plus de 30 %'], [-0.2, 'Moins de 10 %'],
  ]],
  [FAT_EFFORT_RATE_BANDS, [
    [0.0999, '< 10 %'], [0.1, '≥ 10 % et < 15 %'], [0.1499, '≥ 10 % et < 15 %'], [0.15, '≥ 15 % et < 20 %'],
    [0.1999, '≥ 15 % et < 20 %'], [0.2, '≥ 20 % et < 25 %'], [0.2499, '≥ 20 % et < 25 %'], [0.25, '≥ 25 %'],
    [0.3, '≥ 25 %'], [0.9, '≥ 25 %'],
  ]],
  [SURFACE_EVOLUTION_BANDS, [
    [-50, '< -5 %'], [-5.0001, '< -5 %'], [-5, 'De -5 à 0 %'], [-0.0001, 'De -5 à 0 %'], [0, '0 %'],
    [0.0001, 'De 0 à 5 %'], [5, 'De 0 à 5 %'], [5.0001, 'De 5 à 10 %'], [10, 'De 5 à 10 %'],
    [10.0001, 'De 10 à 20 %'], [20, 'De 10 à 20 %'], [20.0001, 'De 20 à 30 %'], [30, 'De 20 à 30 %'],
    [30.0001, 'De 30 à 40 %'], [40, 'De 30 à 40 %'], [40.0001, '> 40 %'], [300, '> 40 %'],
  ]],
  [RESIDUAL_EVOLUTION_BANDS, [
    [-200, '< -5 €'], [-5.01, '< -5 €'], [-5, 'De -5 à 0 €'], [-0.01, 'De -5 à 0 €'], [0, '0 €'],
    [0.01, 'De 0 à 5 €'], [5, 'De 0 à 5 €'], [5.01, 'De 5 à 10 €'], [10, 'De 5 à 10 €'], [10.01, 'De 10 à 20 €'],
    [20, 'De 10 à 20 €'], [20.01, 'De 20 à 30 €'], [30, 'De 20 à 30 €'], [30.01, 'De 30 à 40 €'], [40, 'De 30 à 40 €'],
    [40.01, '> 40 €'], [250, '> 40 €'],
  ]],
  [EFFORT_EVOLUTION_BANDS, [
    [-30, '< -15 pts'], [-15.0001, '< -15 pts'], [-15, 'De -15 à -2,5 pts'], [-2.5001, 'De -15 à -2,5 pts'],
    [-2.5, 'De -2,5 à 2,5 pts'], [0, 'De -2,5 à 2,5 pts'], [2.5, 'De -2,5 à 2,5 pts'], [2.5001, 'De 2,5 à 15 pts'],
    [15, 'De 2,5 à 15 pts'], [15.0001, '> 15 pts'], [40, '> 15 pts'],
  ]],
  [EFFORT_EVOLUTION_3_BANDS, [
    [-15, 'Diminution (< -2,5 pts)'], [-2.5001, 'Diminution (< -2,5 pts)'], [-2.5, 'Stable (-2,5 à 2,5 pts)'],
    [0, 'Stable (-2,5 à 2,5 pts)'], [2.5, 'Stable (-2,5 à 2,5 pts)'], [2.5001, 'Augmentation (> 2,5 pts)'],
    [15, 'Augmentation (> 2,5 pts)'],
  ]],
  [SMIC_BANDS, [
    [0, "Moins d'un demi SMIC (< 0,5 SMIC)"], [0.4999, "Moins d'un demi SMIC (< 0,5 SMIC)"],
    [0.5, 'Un demi SMIC à un SMIC (de 0,5 à 1 SMIC)'], [0.9999, 'Un demi SMIC à un SMIC (de 0,5 à 1 SMIC)'],
    [1, 'Un SMIC à un SMIC et demi (1 à 1,5 SMIC)'], [1.4999, 'Un SMIC à un SMIC et demi (1 à 1,5 SMIC)'],
    [1.5, 'Un SMIC et demi à deux SMIC (1,5 à 2 SMIC)'], [1.9999, 'Un SMIC et demi à deux SMIC (1,5 à 2 SMIC)'],
    [2, 'Deux SMIC à deux SMIC et demi (2 à 2,5 SMIC)'], [2.4999, 'Deux SMIC à deux SMIC et demi (2 à 2,5 SMIC)'],
    [2.5, 'Deux SMIC et demi à trois SMIC (2,5 à 3 SMIC)'], [2.9999, 'Deux SMIC et demi à trois SMIC (2,5 à 3 SMIC)'],
    [3, 'Trois SMIC et plus (3 SMIC et plus)'], [7.2, 'Trois SMIC et plus (3 SMIC et plus)'],
  ]],
  [ROOMS_EVOLUTION_BANDS, [
    [-5, 'Diminution'], [-1, 'Diminution'], [0, 'Stabilité'], [1, 'Augmentation'], [5, 'Augmentation'],
  ]],
  [CHILDREN_BANDS, [
    [0, 'Sans enfant'], [1, '1-2 enfants'], [2, '1-2 enfants'], [3, '3 enfants et plus'], [9, '3 enfants et plus'],
  ]],
  [RESIDUAL_VS_BEFORE_BANDS, [
    [-100, 'Nombre de ménages ayant un reste à charge inférieur ou égal'],
    [0, 'Nombre de ménages ayant un reste à charge inférieur ou égal'],
    [0.01, 'Nombre de ménages ayant un reste à charge supérieur'],
  ]],
  [DENSITY_BANDS, [
    [-5, 'Sous-occupation'], [-3, 'Sous-occupation'], [-2, 'Sous-occupation'], [-1, 'Équilibre'], [0, 'Équilibre'],
    [1, 'Équilibre'], [2, 'Sur-occupation'], [3, 'Sur-occupation'], [8, 'Sur-occupation'],
  ]],
];

describe.each(CASES.map(([t, c]) => [t.id, t, c] as const))('band table %s', (_id, table, cases) => {
  it.each(cases)('%p → %s', (value, label) => {
    expect(bandOf(table, value).label).toBe(label);
  });

  it('hits every band of the table in the cases above', () => {
    const hit = new Set(cases.map(([v]) => bandOf(table, v).id));
    expect(hit.size).toBe(table.bands.length);
  });
});

describe('band tables', () => {
  it('covers every band table of bands.ts in the cases above', () => {
    expect(CASES.map(([t]) => t.id).sort()).toEqual([...BAND_TABLES, DENSITY_BANDS].map((t) => t.id).sort());
    expect(CASES).toHaveLength(12);
  });

  it('lists the band labels in order (fiche 3 effort rate, nine bands in €)', () => {
    expect(EFFORT_RATE_BANDS.bands.map((b) => b.label)).toEqual([
      'Moins de 10 %', 'De 10 à 15 %', 'De 15 à 20 %', 'De 20 à 25 %', 'De 25 à 30 %', 'Plus de 30 %',
    ]);
    expect(RESIDUAL_EVOLUTION_BANDS.bands.map((b) => b.label)).toEqual([
      '< -5 €', 'De -5 à 0 €', '0 €', 'De 0 à 5 €', 'De 5 à 10 €', 'De 10 à 20 €', 'De 20 à 30 €', 'De 30 à 40 €', '> 40 €',
    ]);
    expect(EFFORT_EVOLUTION_MEANINGS).toEqual([
      'Très forte diminution', 'Diminution', 'Stable', 'Augmentation', 'Très forte augmentation',
    ]);
    expect(EFFORT_EVOLUTION_BANDS.bands).toHaveLength(EFFORT_EVOLUTION_MEANINGS.length);
  });

  it('gives every band but the last an upper test, and the last none', () => {
    for (const t of [...BAND_TABLES, DENSITY_BANDS]) {
      expect(t.bands.slice(0, -1).every((b) => b.upper !== undefined)).toBe(true);
      expect(t.bands[t.bands.length - 1].upper).toBeUndefined();
      expect(new Set(t.bands.map((b) => b.id)).size).toBe(t.bands.length);
    }
  });
});
