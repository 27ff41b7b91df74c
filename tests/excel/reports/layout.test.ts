import { planResultSheet, PERSONAL_DATA_WARNING, type ResultSheetPlan } from '../../../src/excel/reports/layout';
import type { FormatRun } from '../../../src/excel/sheets/plan';
import { CROSS, FICHES } from './fixtures';

const plan: ResultSheetPlan = planResultSheet({
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

const row = (r: number, n = 5) => plan.cells[r].slice(0, n);
const fmt = (r: number, n = 5) => plan.numberFormats![r].slice(0, n);
const stylesAt = (r: number, c: number): FormatRun[] =>
  plan.formats.filter((s) => r >= s.row && r < s.row + s.rows && c >= s.col && c < s.col + s.cols);
const styleAt = (r: number, c: number) => Object.assign({}, ...stylesAt(r, c).map((s) => s.format));

describe('result sheet plan (hand-written fiches)', () => {
  test('heading: title in A1, périmètre, date d’édition, size, criteria and definition', () => {
    expect(plan.cells[0][0]).toBe('Résultats : Ménages relogés en ZUS');
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
    expect(plan.cells).toHaveLength(170);
    expect(plan.width).toBe(10);
    expect(plan.cells.every((r) => r.length === 10)).toBe(true);
    expect(plan.numberFormats!.every((r) => r.length === 10)).toBe(true);
  });

  test('fiche titles, page breaks between fiches and above fiche 1’s taux de remplissage, print area, portrait', () => {
    expect(plan.cells[8][0]).toBe("Fiche 1 — État d'avancement des relogements");
    expect(plan.cells[37][0]).toBe('Taux de remplissage ?');
    expect(plan.cells[57][0]).toBe('Fiche 2 — Le profil des ménages relogés');
    expect(plan.cells[98][0]).toBe('Fiche 3 — Les nouvelles conditions de logement');
    expect(plan.cells[140][0]).toBe('Fiche 4 — Le parcours résidentiel des ménages relogés');
    expect(plan.pageBreaks).toEqual([37, 57, 98, 140]);
    // 170 + 9 × 44 = 566 pt of columns on the 494 pt of an A4 portrait page: 87.3 % → 87.
    expect(plan.print).toEqual({ area: { row: 0, col: 0, rows: 169, cols: 10 }, orientation: 'Portrait', scale: 87 });
    expect(styleAt(57, 0)).toMatchObject({ bold: true, fill: '1F4E79', fontColor: 'FFFFFF' });
  });

  test('figures: counts 0, % as fractions, dates, €, averages with their unit, NR', () => {
    expect(plan.cells[12][0]).toBe('Chiffres');
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
    expect(plan.formats).toContainEqual({ row: 20, col: 0, rows: 5, cols: 3, format: { borders: 'grid' } });
  });

  test('cross table: counts with NR margins, then % of the column', () => {
    expect(plan.cells[78][0]).toBe(CROSS.title);
    expect(row(79)).toEqual(['Ligne \\ Colonne', 'X', 'Y', 'NR', 'Total']);
    expect(row(80)).toEqual(['A', 1, 2, 0, 3]);
    expect(row(81)).toEqual(['B', 3, 0, 2, 5]);
    expect(row(82)).toEqual(['Total', 4, 2, 2, 8]);
    expect(row(83)).toEqual(['NR (non renseigné)', 1, 0, 1, 2]);
    expect(fmt(80)).toEqual(['General', '0', '0', '0', '0']);
    expect(row(85, 3)).toEqual(['A', 0.25, 1]);
    expect(row(86, 3)).toEqual(['B', 0.75, 0]);
    expect(row(87, 3)).toEqual(['Total', 1, 1]);
    expect(fmt(85, 3)).toEqual(['General', '0.0%', '0.0%']);
  });

  test('one chart per fiche, French titles, beside its table (from column E)', () => {
    expect(plan.charts).toEqual([
      { type: 'Pie', title: 'Âge du bâti des logements de relogement', source: { row: 20, col: 0, rows: 3, cols: 2 }, seriesBy: 'Columns', anchor: { row: 20, col: 4, rows: 16, cols: 6 } },
      { type: 'ColumnClustered', title: 'Structure familiale des ménages relogés', source: { row: 61, col: 0, rows: 3, cols: 2 }, seriesBy: 'Columns', anchor: { row: 61, col: 4, rows: 16, cols: 6 } },
      { type: 'ColumnClustered', title: "Taux d'effort avant et après le relogement", source: { row: 114, col: 0, rows: 3, cols: 3 }, seriesBy: 'Columns', anchor: { row: 114, col: 4, rows: 16, cols: 6 } },
      { type: 'ColumnClustered', title: 'Localisation géographique du relogement', source: { row: 144, col: 0, rows: 3, cols: 2 }, seriesBy: 'Columns', anchor: { row: 144, col: 4, rows: 16, cols: 6 } },
    ]);
    // Fiche 3's chart data: avant / après in % of those who answered.
    expect(row(114, 3)).toEqual(["Taux d'effort avant / après le relogement (en % des ménages ayant répondu)", 'Avant', 'Après']);
    expect(row(115, 3)).toEqual(['Moins de 10 %', 0.6, 0.2]);
    expect(row(116, 3)).toEqual(['Plus de 30 %', 0.4, 0.8]);
    // Nothing is written under a chart: the rows beside it are blank from column E.
    for (let r = 20; r < 36; r++) expect(plan.cells[r].slice(4)).toEqual(['', '', '', '', '', '']);
  });

  test('fiche 1’s taux de remplissage: a figure per merged pair of columns, counts 0, rates 0.0 %, « — » when nobody is concerned', () => {
    expect(row(38, 1)).toEqual(['Taux de remplissage des variables']);
    expect(styleAt(38, 0)).toMatchObject({ bold: true });
    expect(row(39, 10)).toEqual(['Variable', 'Ménages concernés', '', 'Renseignés', '', 'Non renseignés', '', 'Taux de remplissage', '', '']);
    expect(styleAt(39, 7)).toMatchObject({ bold: true, fill: 'DDEBF7', wrap: true, hAlign: 'Center' });
    expect(row(40, 10)).toEqual(['Ensemble des variables', 40, '', 30, '', 10, '', 0.75, '', '']);
    expect(row(41, 9)).toEqual(['Variables ANRU ★', 20, '', 16, '', 4, '', 0.8, '']);
    expect(row(42, 9)).toEqual(['Loyer de base mensuel ★', 4, '', 3, '', 1, '', 0.75, '']);
    expect(row(43, 9)).toEqual(['Loyer de base mensuel (y compris garage) après ★', 0, '', 0, '', 0, '', '—', '']);
    expect(row(44, 9)).toEqual(['Suivi CCAS (champ ajouté)', 4, '', 1, '', 3, '', 0.25, '']);
    for (let r = 40; r <= 44; r++) expect(fmt(r, 9)).toEqual(['General', '0', '0', '0', '0', '0', '0', '0.0%', '0.0%']);
    // The two aggregate lines bold on grey, the columns' lines plain.
    expect(styleAt(40, 0)).toMatchObject({ bold: true, fill: 'F2F2F2' });
    expect(styleAt(41, 5)).toMatchObject({ bold: true, fill: 'F2F2F2' });
    expect(styleAt(42, 0).bold).toBeUndefined();
    expect(styleAt(43, 7)).toMatchObject({ hAlign: 'Right' });
    // A label too long for one line of column A gets a taller row.
    expect(styleAt(43, 0)).toMatchObject({ wrap: true, rowHeight: 30 });
    expect(styleAt(42, 0).rowHeight).toBeUndefined();
    // Four merges, each row of the pair apart (header and 5 lines), and a grid over the table.
    expect(plan.merges.filter((m) => m.row === 39)).toEqual([1, 3, 5, 7].map((col) => ({ row: 39, col, rows: 6, cols: 2, across: true })));
    expect(plan.formats).toContainEqual({ row: 39, col: 0, rows: 6, cols: 9, format: { borders: 'grid' } });
    expect([plan.cells[45][0], plan.cells[46][0]]).toEqual(['Note 1.', 'Note 2.']);
    expect(plan.merges).toContainEqual({ row: 45, col: 0, rows: 1, cols: 10 });
    expect(styleAt(46, 0)).toMatchObject({ italic: true, wrap: true });
  });

  test('comments box per fiche (fiche 1’s after its taux de remplissage): title, personal-data warning, merged bordered area', () => {
    expect(plan.cells[48][0]).toBe('COMMENTAIRES ET OBSERVATIONS SUR FICHE 1');
    expect(plan.cells[49][0]).toBe(PERSONAL_DATA_WARNING);
    expect(plan.merges).toContainEqual({ row: 50, col: 0, rows: 6, cols: 10 });
    expect(plan.formats).toContainEqual({ row: 50, col: 0, rows: 6, cols: 10, format: { borders: 'box', wrap: true, vAlign: 'Top' } });
    const heads = plan.cells.map((r) => r[0]).filter((v) => typeof v === 'string' && v.startsWith('COMMENTAIRES'));
    expect(heads).toEqual([1, 2, 3, 4].map((n) => `COMMENTAIRES ET OBSERVATIONS SUR FICHE ${n}`));
  });

  test('column widths: labels wide, numbers narrow', () => {
    expect(plan.columnWidths).toEqual([170, 44, 44, 44, 44, 44, 44, 44, 44, 44]);
  });
});
