import {
  POPULATIONS,
  populationById,
  selectPopulation,
  type Population,
} from '../../../src/domain/populations';
import { makeHousehold, type Values } from './helpers';

const pop = (id: string): Population => {
  const p = populationById(id);
  if (!p) throw new Error(id);
  return p;
};
const test = (id: string, v: Values): boolean => pop(id).predicate(makeHousehold(v));
const OUI = { relocation: 'OUI' } as const;

describe('predefined populations: list', () => {
  it('has the guide’s 19 in order, then the 3 ANRU categories', () => {
    expect(POPULATIONS.map((p) => p.id)).toEqual([
      'ensemble',
      'reloges',
      'a-reloger',
      'reloges-commune',
      'reloges-sur-site',
      'reloges-zus',
      'reloges-hors-zus',
      'reloges-hors-commune',
      'reloges-heberges-decohabitants',
      'reloges-propriete',
      'reloges-individuel',
      'reloges-neuf',
      'reloges-hausse-taux-effort',
      'reloges-titulaires',
      'reloges-titulaires-moins-60',
      'reloges-titulaires-60-100',
      'reloges-titulaires-plus-100',
      'reloges-moins-60',
      'reloges-plus-60',
      'anru-sous-plafond-plai',
      'anru-plai-plafond-hlm',
      'anru-autres',
    ]);
    expect(POPULATIONS.filter((p) => p.kind === 'anru').length).toBe(3);
  });

  it('labels in the guide’s wording', () => {
    expect(pop('reloges-zus').label).toBe('Ménages relogés en ZUS');
    expect(pop('ensemble').label).toBe('Ensemble des ménages à reloger / relogés');
    expect(pop('reloges-titulaires-60-100').label).toBe(
      'Ménages relogés titulaires dont les ressources se situent entre 60 et 100 % des plafonds PLUS',
    );
    expect(pop('reloges-hausse-taux-effort').label).toBe(
      "Ménages relogés ayant subi une augmentation du taux d'effort",
    );
  });

  it('sheet labels fit "Résultats " + label in 31 characters, are unique and legal in a sheet name', () => {
    for (const p of POPULATIONS) {
      expect(`Résultats ${p.sheetLabel}`.length).toBeLessThanOrEqual(31);
      expect(p.sheetLabel).not.toMatch(/[:\\/?*[\]']/);
    }
    expect(new Set(POPULATIONS.map((p) => p.sheetLabel)).size).toBe(POPULATIONS.length);
    expect(POPULATIONS.every((p) => /^[a-z0-9]+(-[a-z0-9]+)*$/.test(p.id))).toBe(true);
  });

  it('unknown id', () => {
    expect(populationById('nope')).toBeUndefined();
  });
});

describe('predefined populations: relocation status', () => {
  it.each([
    ['OUI', true, true, false],
    ['NON', true, false, true],
    ['D', false, false, false],
    ['A', false, false, false],
    [null, false, false, false],
  ])('Relogement %s: ensemble %s, relogés %s, à reloger %s', (relocation, ensemble, reloges, aReloger) => {
    expect(test('ensemble', { relocation })).toBe(ensemble);
    expect(test('reloges', { relocation })).toBe(reloges);
    expect(test('a-reloger', { relocation })).toBe(aReloger);
  });

  it('populations 4 to 19 and ANRU never take a non-relogé, even when everything else matches', () => {
    const everything: Values = {
      location: 'SIT',
      zus: 'Z',
      priorStatus: 'T',
      tenureAfter: 'AP',
      dwellingType: 'I',
      buildingAge: 'CN',
      effortRateEvolution: 20,
      ceilings: '1',
    };
    for (const p of POPULATIONS.slice(3)) {
      for (const relocation of ['NON', 'D', 'A', null])
        expect(p.predicate(makeHousehold({ ...everything, relocation }))).toBe(false);
    }
  });
});

describe('predefined populations: each condition at its edges (relogés)', () => {
  it.each([
    ['reloges-commune', 'location', ['SIT', 'HSIT'], ['AGGLO', 'HAGL', null]],
    ['reloges-sur-site', 'location', ['SIT'], ['HSIT', 'AGGLO', 'HAGL', null]],
    ['reloges-hors-commune', 'location', ['AGGLO', 'HAGL'], ['SIT', 'HSIT', null]],
    ['reloges-zus', 'zus', ['Z'], ['HZ', null]],
    ['reloges-hors-zus', 'zus', ['HZ'], ['Z', null]],
    ['reloges-heberges-decohabitants', 'priorStatus', ['H', 'D'], ['T', null]],
    ['reloges-propriete', 'tenureAfter', ['AP'], ['PS', 'LL', 'A', null]],
    ['reloges-individuel', 'dwellingType', ['I'], ['C', null]],
    ['reloges-neuf', 'buildingAge', ['CN', 'C-5'], ['CR-5', 'CR+5', 'CNR+5', 'RD5', 'AA-5', null]],
    ['reloges-titulaires', 'priorStatus', ['T'], ['D', 'H', null]],
    ['reloges-moins-60', 'ceilings', ['1'], ['2', '3', null]],
    ['reloges-plus-60', 'ceilings', ['2', '3'], ['1', null]],
    ['anru-sous-plafond-plai', 'ceilings', ['1'], ['2', '3', null]],
    ['anru-plai-plafond-hlm', 'ceilings', ['2'], ['1', '3', null]],
    ['anru-autres', 'ceilings', ['3'], ['1', '2', null]],
  ] as const)('%s on %s', (id, key, yes, no) => {
    for (const v of yes) expect(test(id, { ...OUI, [key]: v })).toBe(true);
    for (const v of no) expect(test(id, { ...OUI, [key]: v })).toBe(false);
  });

  it('augmentation du taux d’effort: strictly above 2,5 points', () => {
    const t = (e: number | null) => test('reloges-hausse-taux-effort', { ...OUI, effortRateEvolution: e });
    expect(t(2.5)).toBe(false);
    expect(t(2.5001)).toBe(true);
    expect(t(15)).toBe(true);
    expect(t(40)).toBe(true);
    expect(t(0)).toBe(false);
    expect(t(-20)).toBe(false);
    expect(t(null)).toBe(false);
  });

  it.each([
    ['reloges-titulaires-moins-60', 'T', '1', true],
    ['reloges-titulaires-moins-60', 'D', '1', false],
    ['reloges-titulaires-moins-60', 'T', '2', false],
    ['reloges-titulaires-60-100', 'T', '2', true],
    ['reloges-titulaires-60-100', 'H', '2', false],
    ['reloges-titulaires-60-100', 'T', '3', false],
    ['reloges-titulaires-plus-100', 'T', '3', true],
    ['reloges-titulaires-plus-100', null, '3', false],
    ['reloges-titulaires-plus-100', 'T', null, false],
    ['reloges-moins-60', 'D', '1', true],
  ] as const)('%s: statut %s, plafonds %s → %s', (id, priorStatus, ceilings, expected) => {
    expect(test(id, { ...OUI, priorStatus, ceilings })).toBe(expected);
  });
});

describe('selectPopulation', () => {
  it('keeps the households of the population, in order', () => {
    const hs = [
      makeHousehold({ relocation: 'OUI', zus: 'Z' }, {}, 2),
      makeHousehold({ relocation: 'NON', zus: 'Z' }, {}, 3),
      makeHousehold({ relocation: 'OUI', zus: 'HZ' }, {}, 4),
      makeHousehold({ relocation: 'OUI', zus: 'Z' }, {}, 5),
    ];
    expect(selectPopulation(hs, pop('reloges-zus')).map((h) => h.row)).toEqual([2, 5]);
    expect(selectPopulation(hs, pop('ensemble')).map((h) => h.row)).toEqual([2, 3, 4, 5]);
  });
});
