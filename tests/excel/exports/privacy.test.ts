import { HOUSEHOLD_COLUMNS } from '../../../src/domain/catalogue';
import type { ExportTable } from '../../../src/domain/exports';
import { exportData, planExportSheet, setIdentifyingColumnsHidden } from '../../../src/excel/exports';
import { leaks, run, sampleWorkbook, sheetTexts, TODAY } from './helpers';

describe('user columns', () => {
  test('a user column never leaves in the anonymised export; a personal-looking one is hidden with the identifying columns', async () => {
    const { wb, sample } = await sampleWorkbook(30);
    const width = HOUSEHOLD_COLUMNS.filter((c) => c.kind !== 'derived').length;
    const phones = sample.rows.map((_, i) => `06 12 34 ${String(10 + i).padStart(2, '0')} 99`);
    const buildings = sample.rows.map((_, i) => `Bâtiment ${String.fromCharCode(65 + (i % 5))}`);
    await wb.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem('Tableau_de_saisie');
      ws.getRangeByIndexes(0, width, 1, 2).values = [['Téléphone', 'Bâtiment']];
      ws.getRangeByIndexes(1, width, phones.length, 2).values = phones.map((p, i) => [p, buildings[i]]);
      await ctx.sync();
    });
    const anon = await run(wb, (ctx) => exportData(ctx, { kind: 'anonyme', operation: 'Tout', today: TODAY }));
    const anonTexts = sheetTexts(wb, anon.sheetName!);
    expect(leaks(anonTexts, phones)).toEqual([]);
    expect(anonTexts).not.toContain('Téléphone');
    expect(anonTexts).not.toContain('Bâtiment');
    const base = await run(wb, (ctx) => exportData(ctx, { kind: 'base', operation: 'Tout', today: TODAY }));
    const baseTexts = new Set(sheetTexts(wb, base.sheetName!));
    expect(phones.every((p) => baseTexts.has(p))).toBe(true);
    expect(baseTexts.has('Bâtiment')).toBe(true);

    const res = await run(wb, (ctx) => setIdentifyingColumnsHidden(ctx, true));
    expect(res.headers).toContain('Téléphone');
    expect(res.headers).not.toContain('Bâtiment');
    const s = wb.sheet('Tableau_de_saisie')!;
    expect([s.columnHidden(width), s.columnHidden(width + 1)]).toEqual([true, false]);
  });
});

describe('export sheet plan', () => {
  const table: ExportTable = {
    kind: 'base', title: 'Exportation de la base de saisie', scopeLabel: 'Tout', date: 45658, notice: 'Document interne',
    columns: [
      { source: 'catalogue', key: 'householdId', header: "N° d'identification du ménage", numberFormat: '0', numericCodes: false },
      { source: 'catalogue', key: 'comments', header: 'Commentaires et observations', numberFormat: '@', numericCodes: false },
      { source: 'catalogue', key: 'moveDate', header: 'Date du déménagement', numberFormat: 'dd/mm/yyyy', numericCodes: false },
    ],
    headers: ["N° d'identification du ménage", 'Commentaires et observations', 'Date du déménagement'],
    rows: [[1, '=HYPERLINK("x")', 45000], [2, '', '']],
  };
  test('title block, header row, rows, number formats before values, table, print-ready', () => {
    const plan = planExportSheet(table, 'Export base', 'Export_base');
    expect(plan.cells.slice(0, 4).map((r) => r.slice(0, 2))).toEqual([
      ['Exportation de la base de saisie – Tout (toutes les opérations)', ''],
      ['Périmètre', 'Tout (toutes les opérations)'],
      ["Date de l'export", 45658],
      ['Document interne', ''],
    ]);
    expect(plan.cells[5]).toEqual(table.headers);
    // Formula-looking text stays text (leading apostrophe in a text column).
    expect(plan.cells[6]).toEqual([1, '\'=HYPERLINK("x")', 45000]);
    expect(plan.formats.filter((f) => f.format.numberFormat && f.row === 6)).toEqual([
      { row: 6, col: 0, rows: 2, cols: 1, format: { numberFormat: '0' } },
      { row: 6, col: 1, rows: 2, cols: 1, format: { numberFormat: '@' } },
      { row: 6, col: 2, rows: 2, cols: 1, format: { numberFormat: 'dd/mm/yyyy' } },
    ]);
    expect(plan.table).toEqual({ row: 5, col: 0, rows: 3, cols: 3, name: 'Export_base', style: 'TableStyleLight9' });
    expect(plan.print).toEqual({ area: { row: 0, col: 0, rows: 8, cols: 3 }, orientation: 'Landscape', titleRows: { row: 5, rows: 1 } });
    expect(plan.freezeRows).toBe(6);
  });
  test('an empty export keeps one blank table row', () => {
    const plan = planExportSheet({ ...table, rows: [] }, 'Export base', 'Export_base');
    expect(plan.cells).toHaveLength(7);
    expect(plan.table!.rows).toBe(2);
  });
});
