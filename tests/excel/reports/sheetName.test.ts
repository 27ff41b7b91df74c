import {
  cleanSheetName, criteriaSheetBase, populationSheetBase, uniqueSheetName, SHEET_NAME_MAX,
} from '../../../src/excel/reports/sheetName';

describe('cleanSheetName', () => {
  test('keeps a valid French name as is', () => {
    expect(cleanSheetName('Résultats relogés en ZUS')).toBe('Résultats relogés en ZUS');
  });

  test('removes \\ / ? * : [ ] and collapses spaces', () => {
    expect(cleanSheetName('Résultats : [ZUS] / hors*ZUS? \\ ok')).toBe('Résultats ZUS horsZUS ok');
  });

  test('no leading or trailing apostrophe, even after cutting', () => {
    expect(cleanSheetName("'l'ensemble'")).toBe("l'ensemble");
    // 30 characters then an apostrophe at position 31: cut at 31 leaves a trailing apostrophe.
    const s = "Résultats relogés titulaires d'un bail";
    expect(s.slice(0, 31)).toBe("Résultats relogés titulaires d'");
    expect(cleanSheetName(s)).toBe('Résultats relogés titulaires d');
  });

  test('cut to 31 characters without a trailing space', () => {
    const name = cleanSheetName('Résultats relogés ayant accédé à la propriété');
    expect(name).toBe('Résultats relogés ayant accédé');
    expect(name.length).toBe(30);
  });

  test('a name with nothing left falls back to « Résultats »', () => {
    expect(cleanSheetName('[]:?*')).toBe('Résultats');
    expect(cleanSheetName("  ''  ")).toBe('Résultats');
  });
});

describe('uniqueSheetName', () => {
  test('free name unchanged', () => {
    expect(uniqueSheetName('Résultats relogés en ZUS', ['Tableau_de_saisie'])).toBe('Résultats relogés en ZUS');
  });

  test('collision ignoring case gives « (2) », then « (3) »', () => {
    expect(uniqueSheetName('Résultats relogés en ZUS', ['résultats RELOGÉS en zus'])).toBe('Résultats relogés en ZUS (2)');
    expect(uniqueSheetName('Résultats relogés en ZUS', ['Résultats relogés en ZUS', 'Résultats relogés en ZUS (2)'])).toBe(
      'Résultats relogés en ZUS (3)',
    );
  });

  test('the suffix still fits in 31 characters (base shortened)', () => {
    const base = 'Résultats titulaires 60-100 %'; // 29 characters
    expect(base.length).toBe(29);
    const second = uniqueSheetName(base, [base]);
    expect(second).toBe('Résultats titulaires 60-100 (2)');
    expect(second.length).toBe(SHEET_NAME_MAX);
    const third = uniqueSheetName(base, [base, second]);
    expect(third).toBe('Résultats titulaires 60-100 (3)');
  });

  test('suffix from 10 on takes one more character', () => {
    const base = 'Résultats ANRU sous PLAI à HLMx'; // 31 characters
    const names = [base];
    for (let i = 0; i < 9; i++) names.push(uniqueSheetName(base, names));
    expect(names[1]).toBe('Résultats ANRU sous PLAI à (2)');
    expect(names[8]).toBe('Résultats ANRU sous PLAI à (9)');
    expect(names[9]).toBe('Résultats ANRU sous PLAI à (10)');
    expect(names.every((n) => n.length <= 31)).toBe(true);
  });
});

describe('sheet bases', () => {
  test('predefined: « Résultats » + the short label', () => {
    expect(populationSheetBase('relogés en ZUS')).toBe('Résultats relogés en ZUS');
  });

  test('criteria: the sentence without its leading « Ménages »', () => {
    expect(criteriaSheetBase('Ménages relogés en ZUS')).toBe('Résultats relogés en ZUS');
    expect(criteriaSheetBase('Ensemble des ménages')).toBe('Résultats ensemble des ménages');
    expect(criteriaSheetBase("Ménages dont l'évolution du taux d'effort > 15 points")).toBe(
      "Résultats l'évolution du taux d'effort > 15 points",
    );
    expect(uniqueSheetName(criteriaSheetBase('Ménages relogés en ZUS / QPV et dont la surface > 50 m²'), [])).toBe(
      'Résultats relogés en ZUS QPV et',
    );
  });
});
