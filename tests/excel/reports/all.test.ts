/** « Tout lancer », .xlsx round trip, manual criteria, saved criteria sets and scopes on the memory host. */
import ExcelJS from 'exceljs';
import { POPULATIONS } from '../../../src/domain/populations';
import { listCriteriaSets, saveCriteriaSet } from '../../../src/excel/reports/criteriaSets';
import { runAllTreatments, runTreatment } from '../../../src/excel/reports/treatment';
import { loadSample } from '../../../src/excel/sample/loadSample';
import { MemoryWorkbook } from '../../../src/host/memory/workbook';
import { generateSample } from '../../../src/sample';
import { run } from './hostShim';

const TODAY = 45000;
const ALL = { kind: 'all' } as const;

async function workbook(): Promise<{ wb: MemoryWorkbook; sample: ReturnType<typeof generateSample> }> {
  const sample = generateSample({ households: 300, seed: 3, today: TODAY });
  const wb = new MemoryWorkbook();
  await run(wb, (ctx) => loadSample(ctx, sample, { today: TODAY, legacyOnly: true }));
  return { wb, sample };
}

describe('runAllTreatments', () => {
  test('22 result sheets (19 + 3 ANRU), unique names, 22 comparison blocks, few write batches under 4 MB', async () => {
    const { wb } = await workbook();
    const before = wb.sheetNames();
    wb.resetStats();
    const progress: [string, number][] = [];
    const report = await run(wb, (ctx) => runAllTreatments(ctx, { scope: ALL, today: TODAY, onProgress: (m, f) => progress.push([m, f]) }));
    expect(progress[0]).toEqual(['Lecture du classeur', 0]);
    expect(progress[progress.length - 1]).toEqual(['Écriture des feuilles de résultats (22 / 22)', 1]);
    expect(progress.every(([, f], i) => i === 0 || f >= progress[i - 1][1])).toBe(true);
    expect(report.results).toHaveLength(22);
    const added = wb.sheetNames().filter((n) => !before.includes(n));
    expect(added.filter((n) => n.startsWith('Résultats '))).toHaveLength(22);
    expect(added).toContain('Tableaux_comparaisons');
    expect(report.results.map((r) => r.sheetName)).toEqual(POPULATIONS.map((p) => `Résultats ${p.sheetLabel}`));
    expect(report.results.map((r) => r.comparisonBlock)).toEqual(POPULATIONS.map((_, i) => i));
    expect(report.results.every((r) => r.charts === 4)).toBe(true);
    expect(report.writeBatches).toBeLessThanOrEqual(22);
    expect(report.syncs).toBe(wb.stats.syncs);
    expect(wb.stats.maxRequestBytes).toBeLessThan(4_000_000);
    // Tableaux_comparaisons: one column pair per population, headed by its label (row 2).
    const head = wb.sheet('Tableaux_comparaisons')!.values('A2:AV2')[0];
    expect(head.filter((_, j) => j >= 2 && j % 2 === 0)).toEqual([...POPULATIONS.map((p) => p.label), '']);
  }, 60_000);
});

describe('.xlsx round trip', () => {
  test('the result sheet survives save and load; its charts are listed in the note sheet', async () => {
    const { wb } = await workbook();
    const r = await run(wb, (ctx) => runTreatment(ctx, { population: 'reloges-sur-site', scope: ALL, today: TODAY }));
    const bytes = await wb.toXlsx();

    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
    const note = book.getWorksheet('Note graphiques')!;
    const listed: string[][] = [];
    note.eachRow((row, i) => {
      if (i > 2) listed.push([String(row.getCell(1).value), String(row.getCell(2).value), String(row.getCell(3).value)]);
    });
    expect(listed).toEqual([
      ['Résultats relogés sur site', 'Âge du bâti des logements de relogement', 'Pie'],
      ['Résultats relogés sur site', 'Structure familiale des ménages relogés', 'ColumnClustered'],
      ['Résultats relogés sur site', "Taux d'effort avant et après le relogement", 'ColumnClustered'],
      ['Résultats relogés sur site', 'Localisation géographique du relogement', 'ColumnClustered'],
    ]);

    const back = await MemoryWorkbook.fromXlsx(bytes);
    const sh = back.sheet(r.sheetName)!;
    expect(sh.at('A1').value).toBe('Résultats : Ménages relogés sur site');
    expect(sh.at('B4').value).toBe(r.populationSize);
    expect(sh.values()).toEqual(wb.sheet(r.sheetName)!.values());
    expect(sh.charts()).toHaveLength(4);
    // Page breaks are written to the .xlsx but not read back by the host (reported).
    expect(back.sheet('Tableaux_comparaisons')!.values()).toEqual(wb.sheet('Tableaux_comparaisons')!.values());
  }, 60_000);
});

describe('manual criteria, saved sets and scopes', () => {
  let wb: MemoryWorkbook;
  let sample: ReturnType<typeof generateSample>;
  beforeAll(async () => {
    ({ wb, sample } = await workbook());
  });

  test('criteria relogés AND ZUS select the hand-counted households; the sheet is named after the sentence', async () => {
    const expected = sample.rows.filter((r) => r.relocation === 'OUI' && r.zus === 'Z').length;
    const r = await run(wb, (ctx) => runTreatment(ctx, {
      population: { criteria: [{ key: 'relocation', op: 'est', value: 'OUI' }, { key: 'zus', op: 'est', value: 'Z' }] },
      scope: ALL, today: TODAY,
    }));
    expect(r.populationSize).toBe(expected);
    expect(r.sheetName.startsWith('Résultats ')).toBe(true);
    expect(r.sheetName.length).toBeLessThanOrEqual(31);
    expect(wb.sheet(r.sheetName)!.at('A1').value).toBe(`Résultats : ${r.populationLabel}`);
  });

  test('invalid criteria are refused in French, nothing written', async () => {
    const names = wb.sheetNames();
    await expect(run(wb, (ctx) => runTreatment(ctx, {
      population: { criteria: [{ key: 'couleur', op: 'est', value: 'bleu' }] }, scope: ALL, today: TODAY,
    }))).rejects.toThrow('Les critères ne sont pas valides. Critère 1 : colonne inconnue « couleur ».');
    await expect(run(wb, (ctx) => runTreatment(ctx, { population: 'inconnue', scope: ALL, today: TODAY })))
      .rejects.toThrow('Population inconnue : « inconnue ».');
    expect(wb.sheetNames()).toEqual(names);
  });

  test('scope: one operation counts only its households; an unknown operation is refused', async () => {
    const op = String(sample.operations[0].name);
    const expected = sample.rows.filter((r) => r.relocation === 'OUI' && r.operation === op).length;
    const r = await run(wb, (ctx) => runTreatment(ctx, { population: 'reloges', scope: { kind: 'operations', names: [op] }, today: TODAY }));
    expect(r.populationSize).toBe(expected);
    expect(r.scopeLabel).toBe(`Opération : ${op}`);
    await expect(run(wb, (ctx) => runTreatment(ctx, { population: 'reloges', scope: { kind: 'operations', names: ['Nulle part'] }, today: TODAY })))
      .rejects.toThrow('Opération inconnue dans le périmètre : « Nulle part »');
  });

  test('criteria sets: saved in a hidden sheet, listed back validated, replaced by name ignoring case', async () => {
    const zus = [{ key: 'zus', op: 'est', value: 'Z' }] as const;
    const first = await run(wb, (ctx) => saveCriteriaSet(ctx, 'En ZUS', zus, { today: TODAY }));
    expect(first).toEqual({ row: 1, replaced: false });
    await run(wb, (ctx) => saveCriteriaSet(ctx, 'Hausse', [{ key: 'effortRateEvolution', op: '>', value: 15 }], { today: TODAY }));
    const again = await run(wb, (ctx) => saveCriteriaSet(ctx, 'en zus', [{ key: 'zus', op: 'est', value: 'HZ' }], { today: TODAY + 1 }));
    expect(again).toEqual({ row: 1, replaced: true });
    expect(wb.sheet('RIME_criteres')!.visibility).toBe('Hidden');
    const sets = await run(wb, (ctx) => listCriteriaSets(ctx));
    expect(sets).toEqual([
      { name: 'en zus', row: 1, ok: true, savedOn: TODAY + 1, criteria: [{ key: 'zus', op: 'est', value: 'HZ' }] },
      { name: 'Hausse', row: 2, ok: true, savedOn: TODAY, criteria: [{ key: 'effortRateEvolution', op: '>', value: 15 }] },
    ]);
    await expect(run(wb, (ctx) => saveCriteriaSet(ctx, 'Faux', [{ key: 'zus', op: 'est', value: 'Q' }])))
      .rejects.toThrow('Ces critères ne peuvent pas être enregistrés. Critère 1 : « Q » n\'est pas un code de');
  });
});
