import { FAT_COLS, planFatSheet, RULE_HEADER } from '../../../src/excel/exports/fatPlan';
import { writeFatSheet } from '../../../src/excel/exports';
import type { MemoryWorkbook } from '../../../src/host/memory';
import type { Sample } from '../../../src/sample';
import { run, sampleWorkbook, TODAY } from './helpers';

let wb: MemoryWorkbook;
let sample: Sample;
beforeAll(async () => {
  ({ wb, sample } = await sampleWorkbook(150));
});

/** Column A and B of every row labelled TOTAL… (tables 2, 4–7). */
function totals(sheet: string): (string | number | boolean)[] {
  const v = wb.sheet(sheet)!.values();
  return v.filter((r) => typeof r[0] === 'string' && /^TOTAL/.test(r[0])).map((r) => r[1]);
}

describe('FAT sheet on the in-memory host', () => {
  test('one operation: sheet, A1 title, totals = relocated households counted by hand, rule beside every line', async () => {
    const op = String(sample.operations[1].name);
    const relocated = sample.rows.filter((r) => r.operation === op && r.relocation === 'OUI').length;
    const requests = sample.rows.filter((r) => r.operation === op).length;
    expect(relocated).toBeGreaterThan(0);
    const res = await run(wb, (ctx) => writeFatSheet(ctx, { operation: op, today: TODAY }));
    expect(res.sheetName.length).toBeLessThanOrEqual(31);
    expect(res.sheetName.startsWith('FAT ')).toBe(true);
    expect(wb.sheetNames()).toContain(res.sheetName);
    expect(wb.activeSheetName()).toBe(res.sheetName);
    const s = wb.sheet(res.sheetName)!;
    expect(s.at('A1').value).toBe(`Rappel des indicateurs de bilan ANRU – FAT démolition – ${op}`);
    expect(s.at('B2').value).toBe(op);
    expect(s.at('B3').value).toBe(TODAY);
    expect(s.at('B3').numberFormat).toBe('dd/mm/yyyy');
    expect(s.at('B4').value).toBe(requests);
    expect(res.householdCount).toBe(requests);
    // TOTAL des ménages relogés, localisation, pièces, reste à charge, taux d'effort avant et après.
    expect(totals(res.sheetName)).toEqual([relocated, relocated, relocated, relocated, relocated, relocated]);

    const { tables } = planFatSheet(res.report, res.sheetName);
    const values = s.values();
    let lines = 0;
    for (const t of tables) {
      expect(values[t.headerRow][FAT_COLS.rule]).toBe(RULE_HEADER);
      for (const line of t.lines) {
        expect(String(values[line.row][0])).not.toBe('');
        expect(String(values[line.row][FAT_COLS.rule]).trim()).not.toBe('');
        lines++;
      }
    }
    expect(lines).toBeGreaterThan(50);
    // Rate table, line « Ménages relogés de la catégorie », column « Total des relogements ».
    const rate = tables.find((t) => t.id === 'rate')!;
    const relocatedLine = rate.lines.find((l) => l.id === 'relocated')!.row;
    expect(values[relocatedLine][5]).toBe(relocated);
    const rateLine = rate.lines.find((l) => l.id === 'rate')!.row;
    expect(s.cell(rateLine, 5).numberFormat).toBe('0.0%');
    // One printed page per table, print area over the sheet.
    expect(s.rowBreaks).toHaveLength(6);
    expect(s.printArea).toMatch(/^A1:H\d+$/);
    expect(s.orientation).toBe('Landscape');
    expect(s.printScale).toBe(73); // 1,010 pt of columns on the 741 pt of A4 landscape
  });

  test('Tout: every household, figures of liste_opération summed', async () => {
    const relocated = sample.rows.filter((r) => r.relocation === 'OUI').length;
    const toDemolish = sample.operations.reduce((a, o) => a + Number(o.dwellingsToDemolish), 0);
    const vacant = sample.operations.reduce((a, o) => a + Number(o.vacantDwellings), 0);
    const res = await run(wb, (ctx) => writeFatSheet(ctx, { operation: 'Tout', today: TODAY }));
    expect(res.sheetName).toBe('FAT Tout');
    const s = wb.sheet('FAT Tout')!;
    expect(s.at('A1').value).toBe('Rappel des indicateurs de bilan ANRU – FAT démolition – Tout (toutes les opérations)');
    expect(s.at('B4').value).toBe(sample.rows.length);
    expect(totals('FAT Tout')).toEqual([relocated, relocated, relocated, relocated, relocated, relocated]);
    const v = s.values();
    const row = (label: string) => v.find((r) => r[0] === label)!;
    expect(row('Logements à démolir')[1]).toBe(toDemolish);
    expect(row('Logements occupés')[1]).toBe(toDemolish - vacant);
    expect(row('Départs spontanés')[1]).toBe(sample.rows.filter((r) => r.relocation === 'D').length);
    // A second FAT Tout gets its own sheet.
    const again = await run(wb, (ctx) => writeFatSheet(ctx, { operation: 'tout', today: TODAY }));
    expect(again.sheetName).toBe('FAT Tout (2)');
  });

  test('unknown operation: French WorkbookError, nothing written', async () => {
    const before = wb.sheetNames();
    await expect(run(wb, (ctx) => writeFatSheet(ctx, { operation: 'Opération fantôme', today: TODAY }))).rejects.toMatchObject({
      code: 'UnknownOperation',
      message: expect.stringContaining('« Opération fantôme » est introuvable'),
    });
    expect(wb.sheetNames()).toEqual(before);
  });
});
