import { areIdentifyingColumnsHidden, exportData, setIdentifyingColumnsHidden, EXPORT_ROWS } from '../../../src/excel/exports';
import type { MemoryWorkbook } from '../../../src/host/memory';
import type { Sample } from '../../../src/sample';
import { leaks, personalValues, run, sampleWorkbook, sheetTexts, TODAY, xlsxTexts } from './helpers';

let wb: MemoryWorkbook;
let sample: Sample;
beforeAll(async () => {
  ({ wb, sample } = await sampleWorkbook(150));
});

describe('exports on the in-memory host', () => {
  test('the sample holds personal values to hunt', () => {
    const p = personalValues(sample);
    expect(p.length).toBeGreaterThan(100);
    expect(sample.rows.some((r) => r.comments !== '')).toBe(true);
  });

  test('ANRU export of one operation, in a new sheet: no personal value anywhere', async () => {
    const op = String(sample.operations[0].name);
    const expected = sample.rows.filter((r) => r.operation === op).length;
    const res = await run(wb, (ctx) => exportData(ctx, { kind: 'anru', operation: op, today: TODAY }));
    expect(res.mode).toBe('sheet');
    expect(res.rows).toBe(expected);
    expect(res.sheetName!.startsWith('Export ANRU ')).toBe(true);
    expect(res.sheetName!.length).toBeLessThanOrEqual(31);
    const texts = sheetTexts(wb, res.sheetName!);
    expect(leaks(texts, personalValues(sample))).toEqual([]);
    const s = wb.sheet(res.sheetName!)!;
    expect(s.at('A1').value).toBe(`Exportation données ANRU – ${op}`);
    expect(s.at('B3').value).toBe(TODAY);
    expect(String(s.at('A4').value)).toMatch(/^Données ANRU pseudonymisées \(RGPD\)/);
    const header = s.values()[EXPORT_ROWS.header];
    expect(header.slice(0, 3)).toEqual(['Opération ★', "N° d'identification du ménage", 'N° de demande']);
    expect(s.tables()).toHaveLength(1);
    expect(wb.table(s.tables()[0])!.rowCount).toBe(expected);
    // Every exported row is of the operation.
    expect(wb.table(s.tables()[0])!.column('Opération ★').every((v) => v === op)).toBe(true);
  });

  test('anonymised export of Tout, in a new sheet: no personal value anywhere, random household numbers', async () => {
    const res = await run(wb, (ctx) => exportData(ctx, { kind: 'anonyme', operation: 'Tout', today: TODAY }));
    expect(res.sheetName).toBe('Export anonymisé');
    expect(res.rows).toBe(sample.rows.length);
    const texts = sheetTexts(wb, 'Export anonymisé');
    expect(leaks(texts, personalValues(sample))).toEqual([]);
    const header = wb.sheet('Export anonymisé')!.values()[EXPORT_ROWS.header];
    expect(header[0]).toBe('N° anonyme du ménage');
    expect(header).not.toContain('Nom du chef de ménage');
    expect(header).not.toContain('Commentaires et observations');
  });

  test('ANRU and anonymised exports as a new workbook: the .xlsx holds no personal value', async () => {
    const sheetsBefore = wb.sheetNames();
    for (const kind of ['anru', 'anonyme'] as const) {
      let base64 = '';
      const res = await run(wb, (ctx) =>
        exportData(ctx, { kind, operation: 'Tout', today: TODAY, openWorkbook: async (b) => void (base64 = b) }),
      );
      expect(res).toMatchObject({ mode: 'newWorkbook', rows: sample.rows.length });
      expect(res.sheetName).toBeUndefined();
      const { texts, book } = await xlsxTexts(base64);
      expect(leaks(texts, personalValues(sample))).toEqual([]);
      expect(book.creator).toBe('RIME pour Excel');
      const ws = book.worksheets[0];
      expect(String(ws.getCell('A4').value)).toMatch(/RGPD/);
      expect(ws.getCell('B3').value).toEqual(new Date(Date.UTC(2025, 11, 9)));
      expect(ws.getCell('B3').numFmt).toBe('dd/mm/yyyy');
      expect(ws.getTables()).toHaveLength(1);
      expect(ws.getCell(EXPORT_ROWS.header + 2 + sample.rows.length - 1, 1).value).not.toBeNull();
      expect(ws.pageSetup.orientation).toBe('landscape');
    }
    // Nothing was written in the current workbook.
    expect(wb.sheetNames()).toEqual(sheetsBefore);
  });

  test('base export: every personal value is there (internal document), print-ready', async () => {
    const res = await run(wb, (ctx) => exportData(ctx, { kind: 'base', operation: 'Tout', today: TODAY }));
    expect(res.sheetName).toBe('Export base');
    const texts = new Set(sheetTexts(wb, 'Export base'));
    const personal = personalValues(sample);
    expect(personal.filter((p) => !texts.has(p))).toEqual([]);
    const s = wb.sheet('Export base')!;
    expect(String(s.at('A4').value)).toMatch(/^Document interne/);
    expect(s.orientation).toBe('Landscape');
    expect(s.printArea).toMatch(new RegExp(`^A1:[A-Z]+${EXPORT_ROWS.header + 1 + sample.rows.length}$`));
    expect(s.freeze.rows).toBe(EXPORT_ROWS.header + 1);
    // A second base export gets its own sheet.
    const again = await run(wb, (ctx) => exportData(ctx, { kind: 'base', operation: 'Tout', today: TODAY }));
    expect(again.sheetName).toBe('Export base (2)');
  });
});

describe('Masquer / afficher les colonnes identifiantes', () => {
  const IDENTIFYING = [
    "N° d'identification du ménage", 'N° de demande', 'Nom du chef de ménage', 'Prénom du chef de ménage',
    'Adresse actuelle du ménage à reloger',
  ];
  test('hides exactly the identifying columns, then shows them again', async () => {
    const s = wb.sheet('Tableau_de_saisie')!;
    const used = s.values();
    const headerRow = used.findIndex((r) => r.includes("N° d'identification du ménage"));
    const headers = used[headerRow].map(String);
    const expectedCols = IDENTIFYING.map((h) => headers.indexOf(h));
    expect(expectedCols.every((c) => c >= 0)).toBe(true);
    expect(await run(wb, (ctx) => areIdentifyingColumnsHidden(ctx))).toBe(false);

    const res = await run(wb, (ctx) => setIdentifyingColumnsHidden(ctx, true));
    expect([...res.headers].sort()).toEqual([...IDENTIFYING].sort());
    const hidden = headers.map((_, c) => s.columnHidden(c));
    expect(hidden.flatMap((h, c) => (h ? [c] : []))).toEqual([...expectedCols].sort((a, b) => a - b));
    expect(await run(wb, (ctx) => areIdentifyingColumnsHidden(ctx))).toBe(true);

    await run(wb, (ctx) => setIdentifyingColumnsHidden(ctx, false));
    expect(headers.some((_, c) => s.columnHidden(c))).toBe(false);
    expect(await run(wb, (ctx) => areIdentifyingColumnsHidden(ctx))).toBe(false);
  });
});
