/**
 * Marks on a workbook prepared by « Préparer le classeur »: the households are an Excel table with a
 * table style (Tableau_menages, headers on row 5, households on rows 6-35), so the 5 injected errors
 * of the 30-household sample (seed 7) sit 4 rows lower than in the old file.
 */
import { clearMarks, validateInput } from '../../../src/excel/marks';
import { MemoryWorkbook } from '../../../src/host/memory';
import { run, sampleWorkbook, TODAY } from './helpers';

const SHEET = 'Tableau_de_saisie';
const RED = { fill: '#FFC7CE', font: '#9C0006' };
const ORANGE = { fill: '#FFEB9C', font: '#9C5700' };

function col(wb: MemoryWorkbook, header: string): number {
  const c = wb.table('Tableau_menages')!.headers.indexOf(header);
  if (c < 0) throw new Error(header);
  return c;
}

function colours(wb: MemoryWorkbook, row1: number, header: string): { fill: string | undefined; font: string } {
  const cell = wb.sheet(SHEET)!.cell(row1 - 1, col(wb, header));
  return { fill: cell.fill, font: cell.font.color };
}

test('errors in red, a warning in orange, exact cells; clearMarks gives the table style back', async () => {
  const { wb } = await sampleWorkbook(30, 5, { prepared: true });
  await run(wb, async (context) => {
    context.workbook.worksheets.getItem(SHEET).getRangeByIndexes(9, col(wb, "Nombre d'occupants"), 1, 1).values = [[9]];
    await context.sync();
  });
  wb.resetStats();
  const res = await run(wb, (c) => validateInput(c, { today: TODAY }));
  expect(wb.stats.syncs).toBe(7);
  expect(res.syncs).toBe(7);
  expect(res.findings.map((f) => [f.row, f.columnKey, f.ruleId, f.severity])).toEqual([
    [10, 'occupants', 'occupants-incoherents', 'avertissement'],
    [13, 'age', 'age-hors-bornes', 'erreur'],
    [17, 'rent', 'nombre-en-texte', 'erreur'],
    [26, 'surface', 'surface-non-positive', 'erreur'],
    [30, 'rni', 'montant-negatif', 'erreur'],
    [31, 'jobStatus', 'code-hors-liste', 'erreur'],
  ]);
  expect(res.summary).toMatchObject({ rowsChecked: 30, errors: 5, warnings: 1, rowsWithFindings: 6 });
  expect(colours(wb, 10, "Nombre d'occupants")).toEqual(ORANGE);
  expect(colours(wb, 13, 'Âge du chef de ménage')).toEqual(RED);
  expect(colours(wb, 17, 'Loyer de base mensuel ★')).toEqual(RED);
  expect(colours(wb, 26, 'Surface habitable ou surface corrigée en m²')).toEqual(RED);
  expect(colours(wb, 30, 'Revenu(s) net imposable (RNI)')).toEqual(RED);
  expect(colours(wb, 31, 'Situation professionnelle du chef de ménage')).toEqual(RED);
  // Neighbours untouched.
  expect(colours(wb, 12, 'Âge du chef de ménage')).toEqual({ fill: undefined, font: '#000000' });
  expect(colours(wb, 14, 'Âge du chef de ménage')).toEqual({ fill: undefined, font: '#000000' });

  const cleared = await run(wb, (c) => clearMarks(c));
  expect(cleared.restored).toBe(6);
  expect(colours(wb, 10, "Nombre d'occupants")).toEqual({ fill: undefined, font: '#000000' });
  expect(colours(wb, 31, 'Situation professionnelle du chef de ménage')).toEqual({ fill: undefined, font: '#000000' });
  expect(wb.table('Tableau_menages')!.style).toBe('TableStyleLight1');
});

test('after a column is inserted before them, the marks are found by header and removed', async () => {
  const { wb } = await sampleWorkbook(30, 5, { prepared: true });
  await run(wb, (c) => validateInput(c, { today: TODAY }));
  const before = col(wb, 'Loyer de base mensuel ★');
  await run(wb, async (context) => {
    context.workbook.tables.getItem('Tableau_menages').columns.add(0, undefined, 'Ma colonne');
    await context.sync();
  });
  expect(col(wb, 'Loyer de base mensuel ★')).toBe(before + 1);
  expect(colours(wb, 17, 'Loyer de base mensuel ★')).toEqual(RED);
  const res = await run(wb, (c) => clearMarks(c));
  expect(res).toMatchObject({ restored: 5, left: 0 });
  expect(colours(wb, 17, 'Loyer de base mensuel ★')).toEqual({ fill: undefined, font: '#000000' });
  expect(colours(wb, 13, 'Âge du chef de ménage')).toEqual({ fill: undefined, font: '#000000' });
});

test('sync count: 7 for 50 and for 2,000 households in a prepared workbook', async () => {
  for (const [households, errors] of [[50, 5], [2000, 60]]) {
    const { wb } = await sampleWorkbook(households, errors, { prepared: true });
    wb.resetStats();
    await run(wb, (c) => validateInput(c, { today: TODAY }));
    expect(wb.stats.syncs).toBe(7);
    wb.resetStats();
    await run(wb, (c) => clearMarks(c));
    expect(wb.stats.syncs).toBe(7);
    expect(wb.stats.maxRequestBytes).toBeLessThan(4_000_000);
  }
});
