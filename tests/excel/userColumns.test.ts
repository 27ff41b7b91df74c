/** Columns typed by hand: which headers, and the type the pane offers from the first household's cell. */
import { firstCellType, isPreservedHeader, userColumnFields } from '../../src/excel/workbook/userColumns';
import { offeredFields } from '../../src/excel/workbook/treatmentChoices';
import type { StoredField } from '../../src/excel/fields/store';

describe('firstCellType', () => {
  test.each([
    ['a text', 'Suivi RSA', 'General', 'text'],
    ['VRAI', true, 'General', 'text'],
    ['a number', 12, 'General', 'number'],
    ['a date', 46001, 'dd/mm/yyyy', 'date'],
    ['a blank cell formatted as dates', '', 'dd/mm/yyyy', 'date'],
    ['a blank cell formatted as numbers', '', '# ##0,00 "€"', 'number'],
    ['a blank « Standard » cell', '', 'General', 'text'],
    ['a text in a date-formatted cell', 'à voir', 'dd/mm/yyyy', 'text'],
    ['no household', undefined, undefined, 'text'],
  ] as const)('%s', (_, value, format, type) => {
    expect(firstCellType(value, format)).toBe(type);
  });
});

test("Préparer's copies « … (saisie d'origine) » of catalogue columns are recognised, not a user's own header", () => {
  expect(isPreservedHeader("Évolution nombre pièces (avant/après) (saisie d'origine)")).toBe(true);
  expect(isPreservedHeader("Évolution nombre pièces (avant/après) (saisie d'origine) (2)")).toBe(true);
  expect(isPreservedHeader("Suivi CCAS (saisie d'origine)")).toBe(false);
  expect(isPreservedHeader('Suivi CCAS')).toBe(false);
});

test('userColumnFields: catalogue headers, aliases, a second catalogue header and copies left out; defined ones kept', () => {
  const header = ["N° d'identification du ménage", 'Surface après', 'Visite', 'Suivi CCAS', 'Surface après', "Surface après (saisie d'origine)", 'Nb visites'];
  const first = { values: [21, 40, '01', '', 55, 40, 3], formats: ['General', '0', '@', 'General', '0', '0', 'General'] };
  expect(userColumnFields(header, new Set(['custom:visite']), first)).toEqual([
    { key: 'custom:visite', label: 'Visite', type: 'text', help: '', personal: false },
    { key: 'custom:suivi ccas', label: 'Suivi CCAS', type: 'text', help: '', personal: false, guessed: true },
    { key: 'custom:nb visites', label: 'Nb visites', type: 'number', help: '', personal: false, guessed: true },
  ]);
  expect(userColumnFields(['Nb visites'], new Set(), null)).toEqual([
    { key: 'custom:nb visites', label: 'Nb visites', type: 'text', help: '', personal: false, guessed: true },
  ]);
});

test('offeredFields: without a table every definition, as a plain field; with one, the header row in its order', () => {
  const stored: StoredField[] = [
    { key: 'custom:visite', label: 'Visite', type: 'list', help: 'Code de la visite', personal: false, codes: [{ code: '01', label: 'Première' }], listSource: '=Listes!$X$2:$X$3', added: 45000 },
    { key: 'custom:referent', label: 'Référent', type: 'text', help: '', personal: true, listSource: '', added: null },
  ];
  expect(offeredFields(stored, null)).toEqual([
    { key: 'custom:visite', label: 'Visite', type: 'list', help: 'Code de la visite', personal: false, codes: [{ code: '01', label: 'Première' }] },
    { key: 'custom:referent', label: 'Référent', type: 'text', help: '', personal: true },
  ]);
  // « Référent » is no longer in the table; « Nb visites » was typed by hand, its first cell a number.
  expect(offeredFields(stored, ["N° d'identification du ménage", 'Nb visites', 'Visite'], { values: [21, 4, '01'], formats: ['General', 'General', '@'] })).toEqual([
    { key: 'custom:nb visites', label: 'Nb visites', type: 'number', help: '', personal: false, guessed: true },
    { key: 'custom:visite', label: 'Visite', type: 'list', help: 'Code de la visite', personal: false, codes: [{ code: '01', label: 'Première' }] },
  ]);
});
