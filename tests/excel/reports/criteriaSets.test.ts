import { checkSetName, parseSavedSets } from '../../../src/excel/reports/criteriaSets';
import type { Grid } from '../../../src/excel/workbook/grid';

const grid: Grid = {
  row: 0, col: 0, formulas: [
    ['Nom', 'Critères (JSON)', 'Enregistré le'],
    ['ZUS et hausse', '{"version":1,"criteria":[{"key":"relocation","op":"est","value":"OUI"},{"key":"zus","op":"est","value":"Z"}]}', 45000],
    ['', '{"version":1,"criteria":[]}', ''],
    ['Abîmé', '{"version":1,"criteria":[{"key":"zus","op":"est"', ''],
    ['Colonne inconnue', '{"version":1,"criteria":[{"key":"couleur","op":"est","value":"bleu"}]}', 45001],
  ],
};

describe('saved criteria sets', () => {
  test('read back through the zod schema: valid sets, French errors for the others, blank names skipped', () => {
    expect(parseSavedSets(grid)).toEqual([
      {
        name: 'ZUS et hausse', row: 1, ok: true, savedOn: 45000,
        criteria: [{ key: 'relocation', op: 'est', value: 'OUI' }, { key: 'zus', op: 'est', value: 'Z' }],
      },
      { name: 'Abîmé', row: 3, ok: false, savedOn: null, errors: ['Les critères enregistrés ne sont pas lisibles (texte JSON invalide).'] },
      { name: 'Colonne inconnue', row: 4, ok: false, savedOn: 45001, errors: ['Critère 1 : colonne inconnue « couleur ».'] },
    ]);
  });

  test('no sheet: no set', () => {
    expect(parseSavedSets(null)).toEqual([]);
  });

  test('set names: trimmed, not blank, at most 100 characters', () => {
    expect(checkSetName('  ZUS   et hausse ')).toBe('ZUS et hausse');
    expect(() => checkSetName('   ')).toThrow('Donnez un nom aux critères à enregistrer.');
    expect(() => checkSetName('x'.repeat(101))).toThrow('Le nom des critères est trop long (101 caractères, 100 au plus).');
  });
});
