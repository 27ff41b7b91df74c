import type { FatReport } from '../../../src/domain/fat';
import { FAT_COLS, GROUP_RULE, planFatSheet, RULE_HEADER } from '../../../src/excel/exports/fatPlan';
import { sanitiseSheetName, uniqueSheetName, uniqueTableName } from '../../../src/excel/exports/names';
import { numberFormatRuns, wrappedHeight } from '../../../src/excel/sheets/plan';
import { looksPersonal } from '../../../src/excel/exports/personal';
import { identifyingIndexes } from '../../../src/excel/exports/identifying';

describe('sheet and table names', () => {
  test('forbidden characters, 31 characters, apostrophes at the ends', () => {
    expect(sanitiseSheetName('FAT Résidence [A/B]: tour*?')).toBe('FAT Résidence A B tour');
    expect(sanitiseSheetName("'FAT x'")).toBe('FAT x');
    expect(sanitiseSheetName('   ')).toBe('Feuille');
    const long = 'FAT Résidence Les Érables – bâtiment A et B';
    expect(sanitiseSheetName(long)).toBe('FAT Résidence Les Érables – bât');
    expect(sanitiseSheetName(long)).toHaveLength(31);
  });
  test('unique, case-insensitive, suffix kept within 31 characters', () => {
    expect(uniqueSheetName('FAT Tout', ['Feuil1'])).toBe('FAT Tout');
    expect(uniqueSheetName('FAT Tout', ['fat tout'])).toBe('FAT Tout (2)');
    expect(uniqueSheetName('FAT Tout', ['FAT Tout', 'FAT TOUT (2)'])).toBe('FAT Tout (3)');
    const long = 'FAT Résidence Les Érables – bâtiment A';
    const first = uniqueSheetName(long, []);
    const second = uniqueSheetName(long, [first]);
    expect(second).toBe('FAT Résidence Les Érables (2)');
    expect(second.length).toBeLessThanOrEqual(31);
  });
  test('table names', () => {
    expect(uniqueTableName('Export_anonymised', [])).toBe('Export_anonymised');
    expect(uniqueTableName('Export_anonymised', ['export_anonymised'])).toBe('Export_anonymised_2');
    expect(uniqueTableName('Export anonymisé', [])).toBe('Export_anonymise');
    expect(uniqueTableName('AB12', [])).toBe('T_AB12');
  });
});

describe('small helpers', () => {
  test('number format runs merge adjacent equal formats and skip General', () => {
    expect(numberFormatRuns(['0', '0', 'General', '@', 'dd/mm/yyyy', 'dd/mm/yyyy'], 6, 10)).toEqual([
      { row: 6, col: 0, rows: 10, cols: 2, format: { numberFormat: '0' } },
      { row: 6, col: 3, rows: 10, cols: 1, format: { numberFormat: '@' } },
      { row: 6, col: 4, rows: 10, cols: 2, format: { numberFormat: 'dd/mm/yyyy' } },
    ]);
    expect(numberFormatRuns(['0'], 6, 0)).toEqual([]);
  });
  test('wrapped height grows with the text', () => {
    expect(wrappedHeight('court', 300)).toBe(16);
    expect(wrappedHeight('x'.repeat(200), 52)).toBeGreaterThan(wrappedHeight('x'.repeat(20), 52));
  });
  test('personal-looking user headers', () => {
    for (const h of ['Téléphone', 'Nom du conjoint', 'Courriel', 'Date de naissance', 'N° allocataire CAF', 'Remarques']) {
      expect(looksPersonal(h)).toBe(true);
    }
    for (const h of ['Bâtiment', 'Escalier', 'Étage', 'Montant du dépôt de garantie']) expect(looksPersonal(h)).toBe(false);
  });
  test('identifying columns among headers: flagged catalogue columns and personal user columns', () => {
    const headers = ['Opération ★', "N° d'identification du ménage", 'N° de demande', 'Nom du chef de ménage', 'Prénom du chef de ménage',
      'Adresse actuelle du ménage à reloger', 'Bâtiment', 'Téléphone', 'Commentaires et observations'];
    expect(identifyingIndexes(headers)).toEqual([1, 2, 3, 4, 5, 7]);
  });
});

/** A small report written by hand: one count table with groups, an unclassified line and a total; the rate table. */
const REPORT: FatReport = {
  title: 'RAPPEL', scopeLabel: 'Résidence A', editionDate: 45658, householdCount: 12, relocatedCount: 7,
  tables: [
    {
      kind: 'counts', id: 'strategy', title: 'STRATÉGIE', columnTitle: 'NOMBRE', notes: ['Note 1'],
      rows: [
        { id: 'toDemolish', label: 'Logements à démolir', level: 0, count: null, rule: 'liste_opération', reason: 'Non renseigné' },
        { id: 'spontaneous', label: 'Départs spontanés', level: 0, count: 2, rule: 'Relogement = D' },
      ],
    },
    {
      kind: 'counts', id: 'description', title: 'DESCRIPTION', columnTitle: 'NOMBRE', notes: [],
      rows: [
        { id: 'socialPark', label: 'PARC LOGEMENT SOCIAL', level: 0, count: null, rule: '', isHeader: true },
        { id: 'new', label: 'Logement social neuf', level: 2, count: 4, rule: 'Âge du bâti ∈ {CN, C-5}' },
        { id: 'unclassified:x', label: 'Non classé', level: 0, count: 1, rule: 'Statut vide', isUnclassified: true, reason: 'Statut non renseigné' },
        { id: 'total', label: 'TOTAL des ménages relogés', level: 0, count: 7, rule: 'Relogement = OUI', isTotal: true },
      ],
    },
    {
      kind: 'rates', id: 'rate', title: 'TAUX', notes: ['Décision : taux'],
      columns: [
        { id: 'ceiling1', label: 'PLAI', rule: 'Plafond = 1' },
        { id: 'ceilingNR', label: 'NR', rule: 'Plafond vide', isUnclassified: true, reason: 'non classés' },
        { id: 'total', label: 'Total', rule: 'Toutes', isTotal: true },
      ],
      rows: [
        { id: 'definitive', label: '(a)', rule: 'règle a', format: 'count', values: [2, 0, 2] },
        { id: 'rate', label: 'Taux', rule: 'règle taux', format: 'rate', values: [0.5, null, 0.25] },
      ],
    },
  ],
};

describe('FAT sheet plan', () => {
  const { plan, tables } = planFatSheet(REPORT, 'FAT Résidence A');
  const at = (r: number, c: number) => plan.cells[r][c];

  test('title block: full title in A1, operation, date, households', () => {
    expect(at(0, 0)).toBe('Rappel des indicateurs de bilan ANRU – FAT démolition – Résidence A');
    expect([at(1, 0), at(1, 1)]).toEqual(['Opération', 'Résidence A']);
    expect([at(2, 0), at(2, 1)]).toEqual(["Date d'édition", 45658]);
    expect(at(3, 1)).toBe(12);
    expect(at(4, 1)).toBe(7);
    expect(plan.formats).toContainEqual({ row: 2, col: 1, rows: 1, cols: 1, format: { hAlign: 'Left', numberFormat: 'dd/mm/yyyy' } });
    expect(plan.cells.every((r) => r.length === FAT_COLS.width)).toBe(true);
  });

  test('tables in order, one page each, rule beside every line', () => {
    expect(tables.map((t) => t.id)).toEqual(['strategy', 'description', 'rate']);
    expect(plan.pageBreaks).toEqual([tables[1].titleRow, tables[2].titleRow]);
    expect(at(tables[0].titleRow, 0)).toBe('1. STRATÉGIE');
    expect(at(tables[2].titleRow, 0)).toBe('3. TAUX');
    for (const t of tables) {
      expect(at(t.headerRow, FAT_COLS.rule)).toBe(RULE_HEADER);
      for (const line of t.lines) expect(String(at(line.row, FAT_COLS.rule))).not.toBe('');
    }
    const desc = tables[1].lines;
    expect(at(desc[0].row, FAT_COLS.rule)).toBe(GROUP_RULE);
    expect(at(desc[1].row, FAT_COLS.rule)).toBe('Âge du bâti ∈ {CN, C-5}');
  });

  test('figures, missing figures with their reason, non classé with its reason', () => {
    const [strategy, description] = tables;
    expect(plan.cells[strategy.lines[0].row].slice(0, 2)).toEqual(['Logements à démolir', '']);
    expect(at(strategy.lines[0].row, FAT_COLS.remark)).toBe('Non renseigné');
    expect(at(strategy.lines[1].row, 1)).toBe(2);
    const nc = description.lines[2].row;
    expect([at(nc, 0), at(nc, 1), at(nc, FAT_COLS.remark)]).toEqual(['Non classé', 1, 'Statut non renseigné']);
    expect(at(description.lines[3].row, 1)).toBe(7);
    expect(plan.merges).toContainEqual({ row: description.lines[3].row, col: 1, rows: 1, cols: 5 });
  });

  test('indentation by level, bold headers and totals, italic non classé', () => {
    const d = tables[1].lines;
    const formatsOf = (row: number) => plan.formats.filter((f) => f.row <= row && row < f.row + f.rows).map((f) => f.format);
    expect(formatsOf(d[1].row)).toContainEqual({ hAlign: 'Left', indent: 4 });
    expect(formatsOf(d[0].row)).toContainEqual({ bold: true });
    expect(formatsOf(d[3].row)).toContainEqual({ bold: true, fill: 'E2EFDA' });
    expect(formatsOf(d[2].row)).toContainEqual({ italic: true, fill: 'FFF2CC' });
  });

  test('rate table: categories as columns, % format on the rate line, empty category blank', () => {
    const t = tables[2];
    expect(plan.cells[t.headerRow].slice(0, 4)).toEqual(['', 'PLAI', 'NR', 'Total']);
    expect(plan.cells[t.lines[0].row].slice(1, 4)).toEqual(['Plafond = 1', 'Plafond vide', 'Toutes']);
    const rate = t.lines.find((l) => l.id === 'rate')!.row;
    expect(plan.cells[rate].slice(0, 4)).toEqual(['Taux', 0.5, '', 0.25]);
    expect(plan.formats).toContainEqual({ row: rate, col: 1, rows: 1, cols: 5, format: { numberFormat: '0.0%', hAlign: 'Center' } });
    expect(at(rate, FAT_COLS.remark)).toBe('Vide : aucun ménage relogé dans la catégorie.');
  });

  test('notes under the tables, borders, print setup', () => {
    const noteRow = plan.cells.findIndex((r) => r[0] === 'Décision : taux');
    expect(noteRow).toBeGreaterThan(tables[2].lines[2].row);
    expect(plan.merges).toContainEqual({ row: noteRow, col: 0, rows: 1, cols: 8 });
    expect(plan.formats.filter((f) => f.format.borders)[1]).toEqual({ row: tables[1].headerRow, col: 0, rows: 5, cols: 8, format: { borders: 'grid' } });
    expect(plan.print.area).toEqual({ row: 0, col: 0, rows: plan.cells.length, cols: 8 });
    expect(plan.print.orientation).toBe('Landscape');
    // 260 + 5 × 58 + 300 + 160 = 1,010 pt on 741 pt of A4 landscape: 73.4 % → 73.
    expect(plan.print.scale).toBe(73);
  });
});
