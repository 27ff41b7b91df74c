import { HOUSEHOLD_COLUMNS } from '../../src/domain/catalogue';
import { planLegacyColumns, planTableColumns } from '../../src/excel/setup/columnsPlan';
import { bandRuns, bandValues, listRule, truncate } from '../../src/excel/setup/layout';
import { householdMatcher, mapHeaders } from '../../src/excel/workbook/headers';
import { findHeaderRegion } from '../../src/excel/workbook/grid';
import { column } from '../../src/domain/catalogue';

const N = HOUSEHOLD_COLUMNS.length;

describe('mapHeaders', () => {
  test('by header, with or without star, other spellings, user and duplicate columns', () => {
    const map = mapHeaders(['Relogement', "N° d'identification du ménage", 'Loyer de base mensuel ★', 'Bâtiment', 'Nom', '', 'Commentaires', 'Observations'], householdMatcher);
    expect([...map.byKey.entries()]).toEqual([
      ['relocation', 0], ['householdId', 1], ['rent', 2], ['lastName', 4], ['comments', 6],
    ]);
    expect(map.user.map((u) => [u.index, u.reason, u.key])).toEqual([
      [3, 'unknown', 'custom:batiment'],
      [5, 'blank', 'custom:colonne 6'],
      [7, 'duplicate', 'custom:observations'],
    ]);
  });
});

describe('column plans', () => {
  test('legacy: catalogue order, user columns just before comments, preserved typed values', () => {
    const headers = ['Commentaires et observations', 'Bâtiment', 'Nom du chef de ménage', 'Quittance mensuelle', "N° d'identification du ménage", 'Escalier'];
    const map = mapHeaders(headers, householdMatcher);
    const t = planLegacyColumns(headers, map, new Set(['quittance']));
    expect(t).toHaveLength(N + 3);
    expect(t[0]).toEqual({ kind: 'catalogue', key: 'householdId', header: "N° d'identification du ménage", from: 4 });
    expect(t[2]).toEqual({ kind: 'catalogue', key: 'lastName', header: 'Nom du chef de ménage', from: 2 });
    expect(t.slice(-4).map((c) => [c.kind, c.header, 'from' in c ? c.from : undefined])).toEqual([
      ['user', 'Bâtiment', 1],
      ['preserved', "Quittance mensuelle (saisie d'origine)", 3],
      ['user', 'Escalier', 5],
      ['catalogue', 'Commentaires et observations', 0],
    ]);
    expect(t.find((c) => c.kind === 'catalogue' && c.key === 'quittance')).toEqual({ kind: 'catalogue', key: 'quittance', header: 'Quittance mensuelle ★', from: 3 });
    expect(t.filter((c) => c.kind === 'catalogue' && c.from === undefined)).toHaveLength(N - 4);
  });

  test('existing table: columns stay, missing ones go after their catalogue neighbour', () => {
    const headers = ["N° d'identification du ménage", 'Escalier', 'Opération ★', 'Commentaires et observations'];
    const t = planTableColumns(headers, mapHeaders(headers, householdMatcher));
    expect(t).toHaveLength(N + 1);
    expect(t.slice(0, 6).map((c) => c.header)).toEqual([
      "N° d'identification du ménage", 'N° de demande', 'Nom du chef de ménage', 'Prénom du chef de ménage', 'Escalier', 'Opération ★',
    ]);
    expect(t[t.length - 1].header).toBe('Commentaires et observations');
    expect(t[7].header).toBe(`${column('rooms').label} ★`);
  });
});

describe('layout rules', () => {
  test('band runs over groups, user columns apart', () => {
    const runs = bandRuns(['general', 'general', 'initial', undefined, 'after']);
    expect(runs.map((r) => [r.label, r.start, r.count])).toEqual([
      ['Données générales', 0, 2], ['Logement initial', 2, 1], ['Champs ajoutés', 3, 1], ['Après relogement', 4, 1],
    ]);
    expect(bandValues(runs)).toEqual(['Données générales', '', 'Logement initial', 'Champs ajoutés', 'Après relogement']);
  });
  test('dropdowns: a range source, meanings in the input message within 255 characters', () => {
    const r = listRule(column('rooms'));
    expect(r.source).toBe('=Listes!$A$2:$A$7');
    expect(r.prompt).toBe('1 = T1 ou T1bis\n2 = T2\n3 = T3\n4 = T4\n5 = T5\n6 = T6 ou plus');
    const age = listRule(column('buildingAge'));
    expect(age.prompt.length).toBeLessThanOrEqual(255);
    expect(age.prompt.endsWith('…')).toBe(true);
    expect(age.prompt.startsWith('CN = Logt social neuf 1re livraison\nC-5 = Logt social de -5 ans')).toBe(true);
    expect(listRule(column('operation'), "='liste_opération'!$A$3:$A$4").source).toBe("='liste_opération'!$A$3:$A$4");
    expect(truncate('abc def ghi', 8)).toBe('abc def…');
  });
});

describe('findHeaderRegion', () => {
  test('the row with most catalogue headers, data down to the last filled row', () => {
    const g = {
      row: 2, col: 1,
      formulas: [
        ['Suivi du relogement', '', '', ''],
        ['Nom', 'Opération', 'Relogement', 'Bâtiment'],
        ['Durand', 'Tour A', 'OUI', ''],
        ['', '', '', ''],
        ['Martin', '', '', 'B'],
        ['', '', '', ''],
      ],
    };
    expect(findHeaderRegion(g, householdMatcher)).toEqual({
      headerRow: 3, firstCol: 1, cols: 4, rows: 3, headers: ['Nom', 'Opération', 'Relogement', 'Bâtiment'],
    });
  });
});
