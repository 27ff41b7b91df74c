import type { CustomFieldDef } from '../../../src/domain/catalogue/types';
import { serialFromYmd } from '../../../src/domain/dates';
import { criteriaSentence, formatNumberFr } from '../../../src/domain/populations';

const NBSP = '\u00a0';

describe('formatNumberFr', () => {
  it.each([
    [15.5, '15,5'],
    [15, '15'],
    [-2.5, '-2,5'],
    [0, '0'],
    [0.1 + 0.2, '0,3'],
    [1118, `1${NBSP}118`],
    [1234567.891, `1${NBSP}234${NBSP}567,891`],
    [-0.00001, '0'],
    [999, '999'],
  ])('%s → %s', (x, text) => {
    expect(formatNumberFr(x)).toBe(text);
  });
});

describe('criteriaSentence', () => {
  it('the guide’s example', () => {
    expect(
      criteriaSentence([
        { key: 'relocation', op: 'est', value: 'OUI' },
        { key: 'zus', op: 'est', value: 'Z' },
        { key: 'effortRateEvolution', op: '>', value: 15 },
      ]),
    ).toBe("Ménages relogés en ZUS / QPV et dont l'évolution du taux d'effort > 15 points");
  });

  it('puts « relogés » first whatever the order, and reads common codes as adjectives', () => {
    expect(
      criteriaSentence([
        { key: 'location', op: 'est', value: 'SIT' },
        { key: 'relocation', op: 'est', value: 'OUI' },
      ]),
    ).toBe('Ménages relogés sur site');
    expect(criteriaSentence([{ key: 'relocation', op: 'parmi', value: ['NON', 'OUI'] }])).toBe(
      'Ménages à reloger ou relogés',
    );
    expect(
      criteriaSentence([
        { key: 'relocation', op: 'est', value: 'OUI' },
        { key: 'priorStatus', op: 'est', value: 'T' },
        { key: 'ceilings', op: 'est', value: '1' },
      ]),
    ).toBe(
      'Ménages relogés titulaires de bail et dont les plafonds des ressources du ménage sont < 60 % des plafonds PLUS',
    );
    expect(criteriaSentence([{ key: 'location', op: 'parmi', value: ['SIT', 'HSIT'] }])).toBe(
      'Ménages sur site ou hors site dans la commune',
    );
  });

  it('dont-clauses with articles, agreement and code labels', () => {
    expect(criteriaSentence([{ key: 'familyStructure', op: 'est', value: 'CE' }])).toBe(
      'Ménages dont la structure familiale est couple avec enfant(s)',
    );
    expect(criteriaSentence([{ key: 'jobStatus', op: 'n_est_pas', value: 'RET' }])).toBe(
      "Ménages dont la situation professionnelle du chef de ménage n'est pas retraite",
    );
    expect(criteriaSentence([{ key: 'financing', op: 'parmi', value: ['PLAI', 'PLUS', 'PLUS CD'] }])).toBe(
      'Ménages dont le type de financement est PLAI, PLUS ou PLUS CD',
    );
    expect(
      criteriaSentence([
        { key: 'relocation', op: 'est', value: 'OUI' },
        { key: 'relocationCommune', op: 'non_renseigne' },
      ]),
    ).toBe("Ménages relogés et dont la commune de relogement n'est pas renseignée");
    expect(criteriaSentence([{ key: 'salaries', op: 'renseigne' }])).toBe(
      'Ménages dont les salaires mensuels sont renseignés',
    );
    expect(criteriaSentence([{ key: 'relocationDistrict', op: 'contient', value: 'Mermoz' }])).toBe(
      'Ménages dont le quartier de relogement contient « Mermoz »',
    );
  });

  it('several clauses, French numbers and units', () => {
    expect(
      criteriaSentence([
        { key: 'age', op: '≥', value: 60 },
        { key: 'resources', op: 'entre', value: [1000, 1500.5] },
      ]),
    ).toBe(
      `Ménages dont l'âge du chef de ménage ≥ 60 ans et dont les ressources du ménage sont entre 1${NBSP}000 € et 1${NBSP}500,5 €`,
    );
    expect(criteriaSentence([{ key: 'effortRateEvolution', op: '<', value: -1.5 }])).toBe(
      "Ménages dont l'évolution du taux d'effort < -1,5 point",
    );
    expect(criteriaSentence([{ key: 'effortRateAfter', op: '>', value: 30 }])).toBe(
      "Ménages dont le taux d'effort après > 30 %",
    );
  });

  it('dates in words', () => {
    expect(criteriaSentence([{ key: 'moveDate', op: '≥', value: serialFromYmd(2024, 3, 1) }])).toBe(
      'Ménages dont la date du déménagement est au plus tôt le 01/03/2024',
    );
    expect(
      criteriaSentence([
        { key: 'moveDate', op: 'entre', value: [serialFromYmd(2024, 1, 1), serialFromYmd(2024, 6, 30)] },
      ]),
    ).toBe('Ménages dont la date du déménagement est entre le 01/01/2024 et le 30/06/2024');
  });

  it('user fields and the empty set', () => {
    const f: CustomFieldDef = {
      key: 'custom:batiment',
      label: 'Bâtiment',
      type: 'list',
      help: '',
      personal: false,
      codes: [{ code: 'B', label: 'Bâtiment B' }],
    };
    expect(criteriaSentence([{ key: 'custom:batiment', op: 'est', value: 'B' }], [f])).toBe(
      'Ménages dont le champ « Bâtiment » est bâtiment B',
    );
    expect(criteriaSentence([])).toBe('Ensemble des ménages');
  });

  it('a user field of type liste: est parmi and n\'est pas parmi with the codes’ meanings', () => {
    const visit: CustomFieldDef = {
      key: 'custom:visite', label: 'Visite', type: 'list', help: '', personal: false,
      codes: [{ code: '01', label: 'Première visite' }, { code: '02', label: 'Seconde visite' }, { code: '03', label: 'Visite de sortie' }, { code: 'X', label: '' }],
    };
    const say = (c: Parameters<typeof criteriaSentence>[0]) => criteriaSentence(c, [visit]);
    expect(say([{ key: 'custom:visite', op: 'parmi', value: ['01', '03'] }])).toBe(
      'Ménages dont le champ « Visite » est première visite ou visite de sortie',
    );
    expect(say([{ key: 'custom:visite', op: 'n_est_pas_parmi', value: ['01'] }])).toBe(
      "Ménages dont le champ « Visite » n'est pas première visite",
    );
    expect(say([{ key: 'custom:visite', op: 'n_est_pas_parmi', value: ['01', '02'] }])).toBe(
      "Ménages dont le champ « Visite » n'est ni première visite ni seconde visite",
    );
    // A code without meaning (RIME_champs edited by hand) reads as itself.
    expect(say([{ key: 'relocation', op: 'est', value: 'OUI' }, { key: 'custom:visite', op: 'n_est_pas_parmi', value: ['01', '02', 'X'] }])).toBe(
      "Ménages relogés et dont le champ « Visite » n'est ni première visite, ni seconde visite, ni X",
    );
    expect(criteriaSentence([{ key: 'location', op: 'n_est_pas_parmi', value: ['SIT', 'HSIT'] }])).toBe(
      "Ménages dont la localisation géographique n'est ni relogement sur site ni relogement hors site dans la commune",
    );
    expect(criteriaSentence([{ key: 'salaries', op: 'renseigne' }, { key: 'financing', op: 'n_est_pas_parmi', value: ['PLAI', 'PLUS'] }])).toBe(
      "Ménages dont les salaires mensuels sont renseignés et dont le type de financement n'est ni PLAI ni PLUS",
    );
  });
});
