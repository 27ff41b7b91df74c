import { HOUSEHOLD_COLUMNS } from '../../../src/domain/catalogue/columns';
import {
  completeness,
  completenessByOperation,
  completenessColumns,
  worstFirst,
  type ColumnCompleteness,
} from '../../../src/domain/tracking';
import { everything, makeHousehold, SUIVI, type Values } from './helpers';

/** Columns of the 'after' group that apply only to relogés: 33 in the group minus Relogement and Commentaires. */
const AFTER_ONLY = HOUSEHOLD_COLUMNS.filter(
  (c) => c.group === 'after' && c.key !== 'relocation' && c.key !== 'comments',
).map((c) => c.key);
const blank = (keys: readonly string[]): Values => Object.fromEntries(keys.map((k) => [k, null]));

// H1 relogé, everything filled. Tilleuls.
const H1 = makeHousehold(
  { ...everything(), operation: 'Les Tilleuls', relocation: 'OUI' },
  { [SUIVI.key]: 'oui' },
  2,
);
// H2 à reloger: before-relocation block filled except Loyer (★), Quittance (★, derived) and Âge; no comment,
// no user value; its after block is blank except Nombre de pièces après (does not count: not relogé).
const H2 = makeHousehold(
  {
    ...everything(),
    ...blank(AFTER_ONLY),
    operation: 'Les Tilleuls',
    relocation: 'NON',
    rent: null,
    quittance: null,
    age: null,
    comments: null,
    roomsAfter: 4,
  },
  { [SUIVI.key]: null },
  3,
);
// H3 relogé, missing Nombre de pièces après (★), Date du déménagement (★), Évolution de la surface (derived), comment.
const H3 = makeHousehold(
  {
    ...everything(),
    operation: 'Bellevue',
    relocation: 'OUI',
    roomsAfter: null,
    moveDate: null,
    surfaceEvolution: null,
    comments: null,
  },
  { [SUIVI.key]: 'non' },
  4,
);
// H4: only its numbers; no operation, Relogement blank.
const H4 = makeHousehold({ householdId: 4, requestNo: 1 }, {}, 5);
const ALL = [H1, H2, H3, H4];
const OPTS = { customFields: [SUIVI] };

const byKey = (cols: readonly ColumnCompleteness[], key: string): ColumnCompleteness =>
  cols.find((c) => c.key === key)!;
const fig = (c: ColumnCompleteness): unknown[] => [c.applicable, c.filled, c.missing, c.rate];

describe('completeness columns', () => {
  it('72 catalogue columns and the user column: ANRU ★ first, then catalogue order, user column before the comments', () => {
    const keys = completenessColumns([SUIVI]).map((c) => c.key);
    expect(keys).toHaveLength(73);
    expect(keys.slice(0, 4)).toEqual(['operation', 'rooms', 'rent', 'charges']);
    expect(keys.slice(28, 33)).toEqual([
      'moveDate',
      'relocationType',
      'householdId',
      'requestNo',
      'lastName',
    ]);
    expect(keys.slice(-3)).toEqual(['acceptance', 'custom:suivi ccas', 'comments']);
  });

  it('the after block, 31 columns, applies to relogés only; Relogement and the comments to everyone', () => {
    expect(AFTER_ONLY).toHaveLength(31);
    expect(completenessColumns().filter((c) => c.relocatedOnly)).toHaveLength(31);
    expect(completenessColumns().find((c) => c.key === 'relocation')!.relocatedOnly).toBe(false);
  });
});

describe('completeness of 4 hand-built households', () => {
  const r = completeness(ALL, OPTS);

  it('per column: applicable, filled, missing, rate', () => {
    expect(r.households).toBe(4);
    expect(fig(byKey(r.columns, 'rent'))).toEqual([4, 2, 2, 0.5]);
    expect(fig(byKey(r.columns, 'quittance'))).toEqual([4, 2, 2, 0.5]);
    expect(fig(byKey(r.columns, 'relocation'))).toEqual([4, 3, 1, 0.75]);
    expect(fig(byKey(r.columns, 'operation'))).toEqual([4, 3, 1, 0.75]);
    expect(fig(byKey(r.columns, 'householdId'))).toEqual([4, 4, 0, 1]);
    expect(fig(byKey(r.columns, 'roomsAfter'))).toEqual([2, 1, 1, 0.5]); // H2's value does not count
    expect(fig(byKey(r.columns, 'moveDate'))).toEqual([2, 1, 1, 0.5]);
    expect(fig(byKey(r.columns, 'surfaceEvolution'))).toEqual([2, 1, 1, 0.5]);
    expect(fig(byKey(r.columns, 'effortRateAfter'))).toEqual([2, 2, 0, 1]);
    expect(fig(byKey(r.columns, 'custom:suivi ccas'))).toEqual([4, 2, 2, 0.5]);
    expect(fig(byKey(r.columns, 'comments'))).toEqual([4, 1, 3, 0.25]);
  });

  it('labels and flags', () => {
    const c = byKey(r.columns, 'moveDate');
    expect([c.label, c.anru, c.custom, c.optional]).toEqual(['Date du déménagement', true, false, false]);
    const u = byKey(r.columns, 'custom:suivi ccas');
    expect([u.label, u.anru, u.custom, u.optional]).toEqual(['Suivi CCAS', false, true, false]);
    expect(byKey(r.columns, 'comments').optional).toBe(true);
  });

  it('overall: 180 filled of 226 applicable cells, comments left out', () => {
    // applicable: 41 columns for all × 4 + 31 after columns × 2 relogés = 226
    // filled: H1 72 + H2 37 + H3 69 + H4 2 = 180
    expect(r.overall).toBeCloseTo(180 / 226, 12);
  });

  it('with no optional column, the comments count: 181 of 230', () => {
    expect(completeness(ALL, { ...OPTS, optional: [] }).overall).toBeCloseTo(181 / 230, 12);
  });

  it('other optional keys may be named, user columns included: 178 of 222', () => {
    expect(completeness(ALL, { ...OPTS, optional: ['comments', 'custom:suivi ccas'] }).overall).toBeCloseTo(
      178 / 222,
      12,
    );
  });

  it('without its definition a user column is not listed', () => {
    expect(completeness(ALL).columns).toHaveLength(72);
    expect(completeness(ALL).overall).toBeCloseTo(178 / 222, 12);
  });

  it('no relogé: the after block has a null rate; nobody at all: null overall', () => {
    const r2 = completeness([H2], OPTS);
    expect(fig(byKey(r2.columns, 'roomsAfter'))).toEqual([0, 0, 0, null]);
    expect(r2.overall).toBeCloseTo(37 / 41, 12);
    expect(completeness([], OPTS).overall).toBeNull();
  });

  it('blank texts and spaces-only user values are missing', () => {
    const h = makeHousehold({ householdId: 9 }, { [SUIVI.key]: '   ' });
    expect(fig(byKey(completeness([h], OPTS).columns, 'custom:suivi ccas'))).toEqual([1, 0, 1, 0]);
  });
});

describe('worstFirst', () => {
  it('lowest rates first (display order on ties), null rates then optional columns last', () => {
    const w = worstFirst(completeness(ALL, OPTS).columns).map((c) => c.key);
    expect(w.slice(0, 8)).toEqual([
      'rent',
      'quittance',
      'roomsAfter',
      'moveDate',
      'age',
      'surfaceEvolution',
      'custom:suivi ccas',
      'operation',
    ]);
    expect(w[w.length - 1]).toBe('comments');
    const w2 = worstFirst(completeness([H2], OPTS).columns).map((c) => c.key);
    // H2 alone: the 31 after columns have no relogé (null rate) and come after every rated column
    expect(w2.slice(0, 4)).toEqual(['rent', 'quittance', 'age', 'custom:suivi ccas']);
    expect(w2.slice(41, 45)).toEqual(['roomsAfter', 'roomsEvolution', 'tenureAfter', 'financing']);
    expect(w2.slice(-2)).toEqual(['acceptance', 'comments']);
  });
});

describe('completenessByOperation', () => {
  const ops = completenessByOperation(ALL, ['Tout', 'Les Tilleuls', { name: 'Bellevue' }, 'Vide'], OPTS);

  it('one entry per operation (Tout skipped), then the households without a known operation', () => {
    expect(ops.map((o) => [o.operation, o.label, o.households])).toEqual([
      ['Les Tilleuls', 'Les Tilleuls', 2],
      ['Bellevue', 'Bellevue', 1],
      ['Vide', 'Vide', 0],
      [null, 'Opération non renseignée ou inconnue', 1],
    ]);
  });

  it('overall rates by hand', () => {
    expect(ops[0].overall).toBeCloseTo(109 / 113, 12); // (72 + 37) / (41 × 2 + 31)
    expect(ops[1].overall).toBeCloseTo(69 / 72, 12);
    expect(ops[2].overall).toBeNull();
    expect(ops[3].overall).toBeCloseTo(2 / 41, 12);
    expect(fig(byKey(ops[0].columns, 'rent'))).toEqual([2, 1, 1, 0.5]);
    expect(fig(byKey(ops[1].columns, 'moveDate'))).toEqual([1, 0, 1, 0]);
  });

  it('matches names without case or accents; an unknown operation joins the orphans', () => {
    const a = makeHousehold({ householdId: 7, operation: 'LES TILLEULS' });
    const b = makeHousehold({ householdId: 8, operation: 'Ancienne opération' });
    const r = completenessByOperation([a, b], ['Les Tilleuls']);
    expect(r.map((o) => [o.label, o.households])).toEqual([
      ['Les Tilleuls', 1],
      ['Opération non renseignée ou inconnue', 1],
    ]);
  });

  it('no orphan entry when every household has a listed operation', () => {
    expect(completenessByOperation([H3], ['Bellevue']).map((o) => o.label)).toEqual(['Bellevue']);
  });
});
