import { column } from '../../../src/domain/catalogue/columns';
import type { CustomFieldDef } from '../../../src/domain/catalogue/types';
import { serialFromYmd } from '../../../src/domain/dates';
import { criteriaPredicate, operatorsFor, type Criterion } from '../../../src/domain/populations';
import { makeHousehold, type Values } from './helpers';

const CODE = ['est', 'parmi', 'n_est_pas', 'n_est_pas_parmi', 'renseigne', 'non_renseigne'];
const NUMBER = ['=', '≠', '<', '≤', '>', '≥', 'entre', 'renseigne', 'non_renseigne'];
const TEXT = ['contient', 'renseigne', 'non_renseigne'];

const BATIMENT: CustomFieldDef = {
  key: 'custom:batiment',
  label: 'Bâtiment',
  type: 'list',
  help: '',
  personal: false,
  codes: [
    { code: 'A', label: 'Bâtiment A' },
    { code: 'B', label: 'Bâtiment B' },
  ],
};
const ENQUETE: CustomFieldDef = {
  key: 'custom:enquete',
  label: "Date de l'enquête",
  type: 'date',
  help: '',
  personal: false,
};
const NOTE: CustomFieldDef = { key: 'custom:note', label: 'Note', type: 'text', help: '', personal: false };
const CUSTOM = [BATIMENT, ENQUETE, NOTE];

const matches = (
  criteria: Criterion[],
  v: Values,
  custom: Record<string, string | number | null> = {},
): boolean => criteriaPredicate(criteria, CUSTOM)(makeHousehold(v, custom));

describe('operatorsFor', () => {
  it.each([
    ['familyStructure', CODE],
    ['relocation', CODE],
    ['operation', CODE],
    ['effortRateEvolutionBand', CODE],
    ['densityBefore', CODE],
    ['age', NUMBER],
    ['rent', NUMBER],
    ['effortRate', NUMBER],
    ['effortRateEvolution', NUMBER],
    ['moveDate', NUMBER],
    ['relocationCommune', TEXT],
    ['comments', TEXT],
  ])('%s', (key, ops) => {
    expect(operatorsFor(column(key))).toEqual(ops);
  });

  it('user fields by type', () => {
    expect(operatorsFor(BATIMENT)).toEqual(CODE);
    expect(operatorsFor(ENQUETE)).toEqual(NUMBER);
    expect(operatorsFor(NOTE)).toEqual(TEXT);
    expect(operatorsFor({ ...NOTE, type: 'amount' })).toEqual(NUMBER);
  });
});

describe('criteriaPredicate', () => {
  it('no criterion: everybody', () => {
    expect(matches([], {})).toBe(true);
  });

  it('est / n_est_pas / non_renseigne split the households in three', () => {
    const est: Criterion[] = [{ key: 'zus', op: 'est', value: 'Z' }];
    const nEst: Criterion[] = [{ key: 'zus', op: 'n_est_pas', value: 'Z' }];
    const nr: Criterion[] = [{ key: 'zus', op: 'non_renseigne' }];
    const rens: Criterion[] = [{ key: 'zus', op: 'renseigne' }];
    expect([
      matches(est, { zus: 'Z' }),
      matches(nEst, { zus: 'Z' }),
      matches(nr, { zus: 'Z' }),
      matches(rens, { zus: 'Z' }),
    ]).toEqual([true, false, false, true]);
    expect([matches(est, { zus: 'HZ' }), matches(nEst, { zus: 'HZ' }), matches(nr, { zus: 'HZ' })]).toEqual([
      false,
      true,
      false,
    ]);
    expect([matches(est, {}), matches(nEst, {}), matches(nr, {}), matches(rens, {})]).toEqual([
      false,
      false,
      true,
      false,
    ]);
  });

  it('parmi', () => {
    const c: Criterion[] = [{ key: 'familyStructure', op: 'parmi', value: ['IH', 'CH', 'MH', 'CEH'] }];
    expect(matches(c, { familyStructure: 'MH' })).toBe(true);
    expect(matches(c, { familyStructure: 'M' })).toBe(false);
    expect(matches(c, {})).toBe(false);
  });

  it("n'est pas parmi: the other codes, never a blank", () => {
    const c: Criterion[] = [{ key: 'familyStructure', op: 'n_est_pas_parmi', value: ['IH', 'CH'] }];
    expect([matches(c, { familyStructure: 'IH' }), matches(c, { familyStructure: 'CH' }), matches(c, { familyStructure: 'MH' }), matches(c, {})]).toEqual([
      false, false, true, false,
    ]);
  });

  it('a user field of type liste: est parmi, n\'est pas parmi and non renseigné split the households in three', () => {
    const visit: CustomFieldDef = {
      key: 'custom:visite', label: 'Visite', type: 'list', help: '', personal: false,
      codes: [{ code: '01', label: 'Première visite' }, { code: '02', label: 'Seconde visite' }, { code: '03', label: 'Visite de sortie' }],
    };
    // Rows 2 to 6: codes as the household table holds them (text, even when they look like numbers).
    const households = ['01', '02', '03', null, '02'].map((v, i) => makeHousehold({}, { 'custom:visite': v }, i + 2));
    const rows = (c: Criterion[]) => households.filter(criteriaPredicate(c, [visit])).map((h) => h.row);
    expect(rows([{ key: 'custom:visite', op: 'parmi', value: ['01', '03'] }])).toEqual([2, 4]);
    expect(rows([{ key: 'custom:visite', op: 'n_est_pas_parmi', value: ['01', '03'] }])).toEqual([3, 6]);
    expect(rows([{ key: 'custom:visite', op: 'non_renseigne' }])).toEqual([5]);
    expect(rows([{ key: 'custom:visite', op: 'est', value: '02' }])).toEqual([3, 6]);
    // « 1 » is not the code « 01 ».
    expect(rows([{ key: 'custom:visite', op: 'parmi', value: ['1'] }])).toEqual([]);
  });

  it('user fields of type nombre and montant compare numbers', () => {
    const visits: CustomFieldDef = { key: 'custom:visites', label: 'Nombre de visites', type: 'number', help: '', personal: false };
    const fees: CustomFieldDef = { key: 'custom:frais', label: 'Frais de déménagement', type: 'amount', help: '', personal: false };
    const households = [[0, 250], [2, 1200.5], [5, null], [null, 800]].map(([v, f], i) => makeHousehold({}, { 'custom:visites': v, 'custom:frais': f }, i + 2));
    const rows = (c: Criterion[]) => households.filter(criteriaPredicate(c, [visits, fees])).map((h) => h.row);
    expect(rows([{ key: 'custom:visites', op: '≥', value: 2 }])).toEqual([3, 4]);
    expect(rows([{ key: 'custom:frais', op: 'entre', value: [250, 800] }])).toEqual([2, 5]);
    expect(rows([{ key: 'custom:visites', op: '≥', value: 2 }, { key: 'custom:frais', op: '>', value: 1000 }])).toEqual([3]);
  });

  it('numeric code lists compare their canonical strings', () => {
    expect(matches([{ key: 'ceilings', op: 'est', value: '1' }], { ceilings: '1' })).toBe(true);
    expect(matches([{ key: 'rooms', op: 'parmi', value: ['5', '6'] }], { rooms: '4' })).toBe(false);
  });

  it('numbers at the edges (points)', () => {
    const gt: Criterion[] = [{ key: 'effortRateEvolution', op: '>', value: 15 }];
    const ge: Criterion[] = [{ key: 'effortRateEvolution', op: '≥', value: 15 }];
    expect([matches(gt, { effortRateEvolution: 15 }), matches(ge, { effortRateEvolution: 15 })]).toEqual([
      false,
      true,
    ]);
    expect(matches(gt, { effortRateEvolution: 15.0001 })).toBe(true);
    expect(matches(gt, {})).toBe(false);
    expect(matches([{ key: 'age', op: '<', value: 30 }], { age: 29 })).toBe(true);
    expect(matches([{ key: 'age', op: '≤', value: 30 }], { age: 31 })).toBe(false);
    expect(matches([{ key: 'age', op: '=', value: 30 }], { age: 30 })).toBe(true);
    expect(matches([{ key: 'age', op: '≠', value: 30 }], { age: 30 })).toBe(false);
    expect(matches([{ key: 'age', op: '≠', value: 30 }], {})).toBe(false);
  });

  it('rates are compared in % (0,3 stored = 30 %), without floating noise', () => {
    expect(matches([{ key: 'effortRate', op: '>', value: 30 }], { effortRate: 0.3 })).toBe(false);
    expect(matches([{ key: 'effortRate', op: '≥', value: 30 }], { effortRate: 0.3 })).toBe(true);
    expect(matches([{ key: 'effortRate', op: '=', value: 30 }], { effortRate: 0.1 + 0.2 })).toBe(true);
    expect(matches([{ key: 'effortRateAfter', op: '<', value: 10 }], { effortRateAfter: 0.0999 })).toBe(true);
  });

  it('entre includes both bounds', () => {
    const c: Criterion[] = [{ key: 'resources', op: 'entre', value: [1000, 1500] }];
    expect([999.99, 1000, 1250, 1500, 1500.01].map((resources) => matches(c, { resources }))).toEqual([
      false,
      true,
      true,
      true,
      false,
    ]);
  });

  it('dates as serial numbers', () => {
    const c: Criterion[] = [{ key: 'moveDate', op: '≥', value: serialFromYmd(2024, 3, 1) }];
    expect(matches(c, { moveDate: serialFromYmd(2024, 2, 29) })).toBe(false);
    expect(matches(c, { moveDate: serialFromYmd(2024, 3, 1) })).toBe(true);
  });

  it('contient ignores case and accents', () => {
    const c: Criterion[] = [{ key: 'relocationCommune', op: 'contient', value: 'venissieux' }];
    expect(matches(c, { relocationCommune: 'VÉNISSIEUX' })).toBe(true);
    expect(matches(c, { relocationCommune: 'Saint-Fons' })).toBe(false);
    expect(matches(c, {})).toBe(false);
  });

  it('derived bands are tested by their label', () => {
    const c: Criterion[] = [{ key: 'effortRateEvolutionBand', op: 'est', value: '> 15 pts' }];
    expect(matches(c, { effortRateEvolutionBand: '> 15 pts' })).toBe(true);
    expect(matches(c, { effortRateEvolutionBand: 'De 2,5 à 15 pts' })).toBe(false);
  });

  it('several criteria combine with AND (the guide’s example)', () => {
    const c: Criterion[] = [
      { key: 'relocation', op: 'est', value: 'OUI' },
      { key: 'zus', op: 'est', value: 'Z' },
      { key: 'effortRateEvolution', op: '>', value: 15 },
    ];
    expect(matches(c, { relocation: 'OUI', zus: 'Z', effortRateEvolution: 16 })).toBe(true);
    expect(matches(c, { relocation: 'OUI', zus: 'HZ', effortRateEvolution: 16 })).toBe(false);
    expect(matches(c, { relocation: 'NON', zus: 'Z', effortRateEvolution: 16 })).toBe(false);
    expect(matches(c, { relocation: 'OUI', zus: 'Z', effortRateEvolution: 15 })).toBe(false);
  });

  it('user fields', () => {
    expect(matches([{ key: 'custom:batiment', op: 'est', value: 'B' }], {}, { 'custom:batiment': 'B' })).toBe(
      true,
    );
    expect(matches([{ key: 'custom:batiment', op: 'est', value: 'B' }], {}, { 'custom:batiment': 'A' })).toBe(
      false,
    );
    expect(matches([{ key: 'custom:enquete', op: '<', value: 45000 }], {}, { 'custom:enquete': 44999 })).toBe(
      true,
    );
    expect(matches([{ key: 'custom:note', op: 'non_renseigne' }], {}, {})).toBe(true);
  });

  it('throws in French on an unknown column or an operator that does not fit', () => {
    expect(() => criteriaPredicate([{ key: 'nope', op: 'renseigne' }])).toThrow(
      'Colonne inconnue dans un critère : « nope ».',
    );
    expect(() => criteriaPredicate([{ key: 'familyStructure', op: '>', value: 2 }])).toThrow(
      "L'opérateur « > » ne s'applique pas à la colonne « Structure familiale ».",
    );
    expect(() => criteriaPredicate([{ key: 'custom:batiment', op: 'est', value: 'B' }])).toThrow(
      'Colonne inconnue',
    );
  });
});
