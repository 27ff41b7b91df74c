import { planResultSheet, PERSONAL_DATA_WARNING } from '../../../src/excel/reports/layout';
import type { SheetPlan, StyledRect } from '../../../src/excel/reports/plan';
import { CROSS, FICHES } from './fixtures';

const plan: SheetPlan = planResultSheet({
  sheet: 'Résultats relogés en ZUS',
  title: 'Résultats : Ménages relogés en ZUS',
  scopeLabel: 'Toutes les opérations (Tout)',
  today: 45000,
  populationSize: 6,
  relocatedSize: 6,
  sentence: 'Ménages relogés en ZUS',
  definition: 'Relogement = OUI et ZUS / QPV = Z.',
  fiches: FICHES,
});

const row = (r: number, n = 5) => plan.values[r].slice(0, n);
const fmt = (r: number, n = 5) => plan.numberFormats[r].slice(0, n);
const stylesAt = (r: number, c: number): StyledRect[] =>
  plan.styles.filter((s) => r >= s.row && r < s.row + s.rows && c >= s.col && c < s.col + s.cols);
const styleAt = (r: number, c: number) => Object.assign({}, ...stylesAt(r, c).map((s) => s.style));

describe('result sheet plan (hand-written fiches)', () => {
  test('heading: title in A1, périmètre, date d’édition, size, criteria and definition', () => {
    expect(plan.values[0][0]).toBe('Résultats : Ménages relogés en ZUS');
    expect(styleAt(0, 0)).toMatchObject({ bold: true, size: 16 });
    expect(row(1, 2)).toEqual(['Périmètre', 'Toutes les opérations (Tout)']);
    expect(row(2, 2)).toEqual(["Date d'édition", 45000]);
    expect(fmt(2, 2)).toEqual(['General', 'dd/mm/yyyy']);
    expect(row(3, 2)).toEqual(['Nombre de ménages de la population', 6]);
    expect(fmt(3, 2)).toEqual(['General', '0']);
    expect(row(5, 2)).toEqual(['Critères', 'Ménages relogés en ZUS']);
    expect(row(6, 2)).toEqual(['Définition', 'Relogement = OUI et ZUS / QPV = Z.']);
    expect(plan.merges).toContainEqual({ row: 5, col: 1, rows: 1, cols: 9 });
  });

  test('every row has 10 cells and a format per cell', () => {
    expect(plan.values).toHaveLength(159);
    expect(plan.values.every((r) => r.length === 10)).toBe(true);
    expect(plan.numberFormats.every((r) => r.length === 10)).toBe(true);
  });

  test('fiche titles, page breaks between fiches, print area, portrait', () => {
    expect(plan.values[8][0]).toBe("Fiche 1 — État d'avancement des relogements");
    expect(plan.values[46][0]).toBe('Fiche 2 — Le profil des ménages relogés');
    expect(plan.values[87][0]).toBe('Fiche 3 — Les nouvelles conditions de logement');
    expect(plan.values[129][0]).toBe('Fiche 4 — Le parcours résidentiel des ménages relogés');
    expect(plan.pageBreaks).toEqual([46, 87, 129]);
    expect(plan.printArea).toEqual({ row: 0, col: 0, rows: 158, cols: 10 });
    expect(plan.orientation).toBe('Portrait');
    expect(styleAt(46, 0)).toMatchObject({ bold: true, fill: '1F4E79', fontColor: 'FFFFFF' });
  });

  test('figures: counts 0, % as fractions, dates, €, averages with their unit, NR', () => {
    expect(plan.values[12][0]).toBe('Chiffres');
    expect(row(13, 3)).toEqual(['Nombre de ménages relogés', 6, 'ménages']);
    expect(fmt(13, 2)[1]).toBe('0');
    expect(row(14, 3)).toEqual(['Part des relogés', 0.375, '']);
    expect(fmt(14, 2)[1]).toBe('0.0%');
    expect(fmt(15, 2)[1]).toBe('dd/mm/yyyy');
    expect(row(16, 2)).toEqual(['Ressources moyennes', 1372.5]);
    expect(fmt(16, 2)[1]).toBe('#,##0.00 "€"');
    expect(row(17, 3)).toEqual(['Âge moyen', 56.25, 'ans']);
    expect(fmt(17, 2)[1]).toBe('0.0');
    expect(row(18, 3)).toEqual(['Date de début', 'NR', '']);
  });

  test('flat table: bold filled header, counts, % of those who answered, Total and NR, borders', () => {
    expect(row(20, 3)).toEqual(['Âge du bâti', 'Nombre', '%']);
    expect(styleAt(20, 1)).toMatchObject({ bold: true, fill: 'DDEBF7' });
    expect(row(21, 3)).toEqual(['Logt social neuf 1re livraison', 1, 0.25]);
    expect(fmt(21, 3)).toEqual(['General', '0', '0.0%']);
    expect(row(23, 3)).toEqual(['Total', 4, 1]);
    expect(row(24, 3)).toEqual(['NR (non renseigné)', 2, '']);
    expect(plan.styles).toContainEqual({ row: 20, col: 0, rows: 5, cols: 3, style: { borders: 'grid' } });
  });

  test('cross table: counts with NR margins, then % of the column', () => {
    expect(plan.values[67][0]).toBe(CROSS.title);
    expect(row(68)).toEqual(['Ligne \\ Colonne', 'X', 'Y', 'NR', 'Total']);
    expect(row(69)).toEqual(['A', 1, 2, 0, 3]);
    expect(row(70)).toEqual(['B', 3, 0, 2, 5]);
    expect(row(71)).toEqual(['Total', 4, 2, 2, 8]);
    expect(row(72)).toEqual(['NR (non renseigné)', 1, 0, 1, 2]);
    expect(fmt(69)).toEqual(['General', '0', '0', '0', '0']);
    expect(row(74, 3)).toEqual(['A', 0.25, 1]);
    expect(row(75, 3)).toEqual(['B', 0.75, 0]);
    expect(row(76, 3)).toEqual(['Total', 1, 1]);
    expect(fmt(74, 3)).toEqual(['General', '0.0%', '0.0%']);
  });

  test('one chart per fiche, French titles, beside its table (from column E)', () => {
    expect(plan.charts).toEqual([
      { type: 'Pie', title: 'Âge du bâti des logements de relogement', source: { row: 20, col: 0, rows: 3, cols: 2 }, seriesBy: 'Columns', anchor: { row: 20, col: 4, rows: 16, cols: 6 } },
      { type: 'ColumnClustered', title: 'Structure familiale des ménages relogés', source: { row: 50, col: 0, rows: 3, cols: 2 }, seriesBy: 'Columns', anchor: { row: 50, col: 4, rows: 16, cols: 6 } },
      { type: 'ColumnClustered', title: "Taux d'effort avant et après le relogement", source: { row: 103, col: 0, rows: 3, cols: 3 }, seriesBy: 'Columns', anchor: { row: 103, col: 4, rows: 16, cols: 6 } },
      { type: 'ColumnClustered', title: 'Localisation géographique du relogement', source: { row: 133, col: 0, rows: 3, cols: 2 }, seriesBy: 'Columns', anchor: { row: 133, col: 4, rows: 16, cols: 6 } },
    ]);
    // Fiche 3's chart data: avant / après in % of those who answered.
    expect(row(103, 3)).toEqual(["Taux d'effort avant / après le relogement (en % des ménages ayant répondu)", 'Avant', 'Après']);
    expect(row(104, 3)).toEqual(['Moins de 10 %', 0.6, 0.2]);
    expect(row(105, 3)).toEqual(['Plus de 30 %', 0.4, 0.8]);
    // Nothing is written under a chart: the rows beside it are blank from column E.
    for (let r = 20; r < 36; r++) expect(plan.values[r].slice(4)).toEqual(['', '', '', '', '', '']);
  });

  test('comments box per fiche: title, personal-data warning, merged bordered area', () => {
    expect(plan.values[37][0]).toBe('COMMENTAIRES ET OBSERVATIONS SUR FICHE 1');
    expect(plan.values[38][0]).toBe(PERSONAL_DATA_WARNING);
    expect(plan.merges).toContainEqual({ row: 39, col: 0, rows: 6, cols: 10 });
    expect(plan.styles).toContainEqual({ row: 39, col: 0, rows: 6, cols: 10, style: { borders: 'box', wrap: true, vAlign: 'Top' } });
    const heads = plan.values.map((r) => r[0]).filter((v) => typeof v === 'string' && v.startsWith('COMMENTAIRES'));
    expect(heads).toEqual([1, 2, 3, 4].map((n) => `COMMENTAIRES ET OBSERVATIONS SUR FICHE ${n}`));
  });

  test('column widths: labels wide, numbers narrow', () => {
    expect(plan.columnWidths).toEqual([170, 44, 44, 44, 44, 44, 44, 44, 44, 44]);
  });
});
