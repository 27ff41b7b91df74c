/**
 * The one sheet-plan applier (result sheets, exports, FAT) on the in-memory host, with plans written by
 * hand: everything a plan holds lands on the sheet; the values are cut in row slices only when they
 * pass the byte budget; queueSheetPlan queues without syncing.
 */
import { applySheetPlan, queueSheetPlan } from '../../../src/excel/sheets/apply';
import { cellBytes, type SheetPlan } from '../../../src/excel/sheets/plan';
import { MemoryWorkbook } from '../../../src/host/memory';

const GREY = { style: 'Continuous', color: '#808080', weight: 'Thin' };

/** 4 rows × 3 columns: a title, a header, two rows (a rate in B, merged with C); every feature of a plan once. */
const PLAN: SheetPlan = {
  name: 'Essai',
  cells: [
    ['Titre', '', ''],
    ['Libellé', 'Taux', ''],
    ['A', 0.75, ''],
    ["'=1+1", 0.25, ''],
  ],
  width: 3,
  numberFormats: [
    ['General', 'General', 'General'],
    ['General', 'General', 'General'],
    ['General', '0.0%', '0.0%'],
    ['General', '0.0%', '0.0%'],
  ],
  formats: [
    { row: 0, col: 0, rows: 1, cols: 1, format: { bold: true, size: 14, fontColor: '1F4E79' } },
    { row: 1, col: 0, rows: 1, cols: 3, format: { bold: true, fill: 'DDEBF7', hAlign: 'Center' } },
    { row: 1, col: 0, rows: 3, cols: 3, format: { borders: 'grid' } },
    { row: 0, col: 0, rows: 1, cols: 3, format: { borders: 'box' } },
  ],
  merges: [{ row: 0, col: 0, rows: 1, cols: 3 }, { row: 2, col: 1, rows: 2, cols: 2, across: true }],
  charts: [{ type: 'Pie', title: 'Répartition', source: { row: 1, col: 0, rows: 3, cols: 2 }, seriesBy: 'Columns', anchor: { row: 0, col: 4, rows: 4, cols: 3 } }],
  columnWidths: [120, 50, 50],
  pageBreaks: [2],
  print: { area: { row: 0, col: 0, rows: 4, cols: 3 }, orientation: 'Landscape' },
  freezeRows: 2,
  tabColor: '1F4E79',
};

describe('applySheetPlan', () => {
  test('one sync: values, number formats, formats, borders, merges, chart, widths, print, freeze, tab, active', async () => {
    const wb = new MemoryWorkbook();
    wb.resetStats();
    const syncs = await wb.run((ctx) => applySheetPlan(ctx, PLAN));
    expect([syncs, wb.stats.syncs]).toEqual([1, 1]);
    const s = wb.sheet('Essai')!;
    // The apostrophe is Excel's text prefix: the cell keeps the text « =1+1 ».
    expect(s.values('A1:C4')).toEqual([['Titre', '', ''], ['Libellé', 'Taux', ''], ['A', 0.75, ''], ['=1+1', 0.25, '']]);
    expect(s.at('A4').formula).toBeUndefined();
    expect([s.at('B3').numberFormat, s.at('C4').numberFormat, s.at('A3').numberFormat]).toEqual(['0.0%', '0.0%', 'General']);
    expect(s.at('A1').font).toMatchObject({ bold: true, size: 14, color: '#1F4E79' });
    expect([s.at('B2').fill, s.at('B2').horizontalAlignment]).toEqual(['#DDEBF7', 'Center']);
    // Grid: every edge of every cell of A2:C4; box: only around A1:C1.
    expect([s.at('B3').style.top, s.at('B3').style.left, s.at('C4').style.right]).toEqual([GREY, GREY, GREY]);
    expect([s.at('B1').style.top, s.at('B1').style.bottom, s.at('A1').style.left, s.at('C1').style.right]).toEqual([GREY, GREY, GREY, GREY]);
    expect(s.at('B1').style.left).toBeUndefined();
    // « across »: B3:C3 and B4:C4 merged apart.
    expect(s.merges).toEqual(['A1:C1', 'B3:C3', 'B4:C4']);
    expect(s.charts().map((c) => [c.type, c.title, c.source])).toEqual([['Pie', 'Répartition', 'Essai!A2:B4']]);
    expect([s.columnWidth(0), s.columnWidth(1)]).toEqual([120, 50]);
    expect(s.rowBreaks).toEqual([2]);
    expect([s.printArea, s.orientation]).toEqual(['A1:C4', 'Landscape']);
    expect([s.freeze.rows, s.tabColor]).toEqual([2, '#1F4E79']);
    expect(wb.activeSheetName()).toBe('Essai');
  });

  test('an Excel table over its block, number format runs before the values', async () => {
    const wb = new MemoryWorkbook();
    const plan: SheetPlan = {
      name: 'Tableau', cells: [['N°', 'Code'], [1, '007'], [2, '010']], width: 2,
      formats: [{ row: 1, col: 1, rows: 2, cols: 1, format: { numberFormat: '@' } }],
      merges: [], columnWidths: [], pageBreaks: [], print: { area: { row: 0, col: 0, rows: 3, cols: 2 }, orientation: 'Portrait' },
      table: { row: 0, col: 0, rows: 3, cols: 2, name: 'T_essai', style: 'TableStyleLight9' },
    };
    await wb.run((ctx) => applySheetPlan(ctx, plan, { activate: false }));
    expect(wb.table('T_essai')!.address).toBe('Tableau!A1:B3');
    expect(wb.table('T_essai')!.style).toBe('TableStyleLight9');
    // Text in a text column stays text: « 007 », not 7.
    expect(wb.sheet('Tableau')!.values('B2:B3')).toEqual([['007'], ['010']]);
    expect(wb.activeSheetName()).not.toBe('Tableau');
  });

  test('values in row slices only past the budget: 50 and 100 rows of 6 bytes under 100 bytes, 4 and 7 syncs', async () => {
    // A row [7, 7] is 2 + 2 bytes and its brackets 2: 16 rows a slice (96 bytes); each slice (96 + 100
    // bytes) is synced apart: 50 rows → 4 slices, 100 rows → 7.
    const rows = (n: number): SheetPlan => ({
      name: `R${n}`, cells: Array.from({ length: n }, () => [7, 7]), width: 2, formats: [], merges: [], columnWidths: [],
      pageBreaks: [], print: { area: { row: 0, col: 0, rows: n, cols: 2 }, orientation: 'Portrait' },
    });
    const wb = new MemoryWorkbook();
    expect(await wb.run((ctx) => applySheetPlan(ctx, rows(50), { budget: 100 }))).toBe(4);
    expect(await wb.run((ctx) => applySheetPlan(ctx, rows(100), { budget: 100 }))).toBe(7);
    expect(await wb.run((ctx) => applySheetPlan(ctx, { ...rows(100), name: 'R100 bis' }))).toBe(1);
    expect(wb.sheet('R100')!.values()).toEqual(Array.from({ length: 100 }, () => [7, 7]));
  });

  test('a number format run taller than the budget is written in row slices, every cell formatted', async () => {
    // '0.00' over 2 columns: 2 × (4 + 3) + 2 = 16 bytes a row; budget 300 → (300 − 100) / 16 = 12 rows
    // a slice; 40 rows → 4 slices of formats (12, 12, 12, 4). Values: [1.5, 2.5] is 4 + 4 + 2 bytes,
    // 30 rows fit under 300, so 2 slices (30, 10). Six writes, none fitting beside another: 6 syncs.
    const plan: SheetPlan = {
      name: 'Formats', cells: Array.from({ length: 40 }, () => [1.5, 2.5]), width: 2, merges: [], columnWidths: [],
      formats: [{ row: 0, col: 0, rows: 40, cols: 2, format: { numberFormat: '0.00' } }],
      pageBreaks: [], print: { area: { row: 0, col: 0, rows: 40, cols: 2 }, orientation: 'Portrait' },
    };
    const wb = new MemoryWorkbook();
    wb.resetStats();
    const syncs = await wb.run((ctx) => applySheetPlan(ctx, plan, { budget: 300 }));
    expect(syncs).toBe(6);
    expect(wb.stats.maxRequestBytes).toBeLessThan(1000);
    const sheet = wb.sheet('Formats')!;
    const formats = Array.from({ length: 40 }, (_, r) => [0, 1].map((c) => sheet.cell(r, c).numberFormat));
    expect(formats.flat().filter((f) => f === '0.00')).toHaveLength(80);
    expect(sheet.cell(40, 0).numberFormat).toBe('General');
  });
});

describe('cellBytes: the JSON bytes a cell adds to a request', () => {
  test.each([
    // text: quotes and comma around it
    ['abc', 6],
    // 12 characters + 3, the two « " » escaped (+2), « € » 3 bytes in UTF-8 (+2): 19
    ['#,##0.00 "€"', 19],
    ['été', 10],
    [1234.5, 7],
    [true, 6],
  ])('%p → %p', (v, bytes) => {
    expect(cellBytes(v)).toBe(bytes);
  });

  test('exact on a row of number formats: the cells plus the row’s brackets, less the last comma', () => {
    const row = ['#,##0.00 "€"', '0.0%', 'dd/mm/yyyy', '+#,##0.00 "€";-#,##0.00 "€";0 "€"'];
    const real = new TextEncoder().encode(JSON.stringify(row)).length;
    expect(real).toBe(88);
    expect(row.reduce((n, f) => n + cellBytes(f), 0) + 2 - 1).toBe(real);
  });
});

describe('queueSheetPlan', () => {
  test('queues the plan without syncing; the caller’s sync writes it', async () => {
    const wb = new MemoryWorkbook();
    wb.resetStats();
    await wb.run(async (ctx) => {
      await queueSheetPlan(ctx, PLAN);
      await queueSheetPlan(ctx, { ...PLAN, name: 'Essai (2)' });
      expect(wb.stats.syncs).toBe(0);
      await ctx.sync();
    });
    expect(wb.stats.syncs).toBe(1);
    expect(wb.sheet('Essai (2)')!.values('A1:C2')).toEqual([['Titre', '', ''], ['Libellé', 'Taux', '']]);
    expect(wb.sheet('Essai')!.merges).toEqual(['A1:C1', 'B3:C3', 'B4:C4']);
  });
});
