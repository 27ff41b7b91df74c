/** The criteria builder's pure part: operators offered per column (catalogue or user field), codes, built criterion. */
import type { CustomFieldDef } from '../../src/domain/catalogue';
import { fieldFor } from '../../src/domain/populations';
import {
  buildCriterion, codesOf, columnGroups, EMPTY_DRAFT, OPERATOR_WORDS, operatorsOf,
} from '../../src/taskpane/sections/treatments/draft';

const VISIT: CustomFieldDef = {
  key: 'custom:visite', label: 'Visite', type: 'list', help: '', personal: false,
  codes: [{ code: '01', label: 'Première visite' }, { code: '02', label: 'Seconde visite' }, { code: '03', label: '03' }],
};
const field = (key: string, type: CustomFieldDef['type'], label = key): CustomFieldDef => ({ key, label, type, help: '', personal: false });
const FIELDS: CustomFieldDef[] = [
  VISIT, field('custom:visites', 'number', 'Nombre de visites'), field('custom:frais', 'amount', 'Frais'),
  field('custom:date', 'date', 'Date de la visite'), field('custom:note', 'text', 'Note'),
];
const words = (key: string) => operatorsOf(key, FIELDS).map((o) => OPERATOR_WORDS[o]);

const CODE_WORDS = ['est', 'est parmi', "n'est pas", "n'est pas parmi", 'est renseigné', "n'est pas renseigné (NR)"];
const NUMBER_WORDS = [
  '= (égal à)', '≠ (différent de)', '< (inférieur à)', '≤ (inférieur ou égal à)', '> (supérieur à)', '≥ (supérieur ou égal à)',
  'entre … et … (bornes comprises)', 'est renseigné', "n'est pas renseigné (NR)",
];

describe('operators offered for a column', () => {
  test('a user field of type liste like a catalogue code column', () => {
    expect(words('custom:visite')).toEqual(CODE_WORDS);
    expect(words('zus')).toEqual(CODE_WORDS);
  });

  test('nombre, montant and date: the comparisons; texte: contient', () => {
    expect(words('custom:visites')).toEqual(NUMBER_WORDS);
    expect(words('custom:frais')).toEqual(NUMBER_WORDS);
    expect(words('custom:date')).toEqual(NUMBER_WORDS);
    expect(words('custom:note')).toEqual(['contient', 'est renseigné', "n'est pas renseigné (NR)"]);
    expect(words('custom:inconnu')).toEqual([]);
  });

  test('the stored codes are the choices, with their meaning', () => {
    expect(codesOf(fieldFor('custom:visite', FIELDS), [])).toEqual([
      { code: '01', text: '01 – Première visite' }, { code: '02', text: '02 – Seconde visite' }, { code: '03', text: '03' },
    ]);
    expect(fieldFor('custom:frais', FIELDS)?.unit).toBe('€');
  });

  test('the user fields come last, under « Champs ajoutés »', () => {
    const groups = columnGroups(FIELDS);
    expect(groups[groups.length - 1]).toEqual({
      label: 'Champs ajoutés',
      columns: FIELDS.map((f) => ({ key: f.key, label: f.label })),
    });
  });
});

describe('the criterion built from the draft', () => {
  const build = (d: Partial<typeof EMPTY_DRAFT>) => buildCriterion({ ...EMPTY_DRAFT, ...d }, FIELDS, []);

  test("« n'est pas parmi » on a liste field", () => {
    expect(build({ key: 'custom:visite', op: 'n_est_pas_parmi', codes: ['01', '03'] })).toEqual({
      criterion: { key: 'custom:visite', op: 'n_est_pas_parmi', value: ['01', '03'] },
    });
    expect(build({ key: 'custom:visite', op: 'n_est_pas_parmi' })).toEqual({ error: 'Choisissez au moins une valeur.' });
    expect(build({ key: 'custom:visite', op: 'parmi', codes: ['1'] })).toEqual({
      error: "« 1 » n'est pas un code de « Visite » (codes possibles : 01, 02, 03).",
    });
  });

  test('numbers typed the French way on a nombre field; contient refused on a liste field', () => {
    expect(build({ key: 'custom:visites', op: 'entre', text: '1', upTo: '2,5' })).toEqual({
      criterion: { key: 'custom:visites', op: 'entre', value: [1, 2.5] },
    });
    expect(build({ key: 'custom:visite', op: 'contient', text: '01' })).toEqual({
      error: "L'opérateur « contient » ne s'applique pas à « Visite » (opérateurs possibles : « est », « parmi », « n_est_pas », « n_est_pas_parmi », « renseigne », « non_renseigne »).",
    });
  });
});
