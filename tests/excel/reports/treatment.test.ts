/** Treatments on the in-memory host, with a 300-household sample (legacy plain ranges, read by header). */
import { loadSample } from '../../../src/excel/sample/loadSample';
import { eraseLastComparison } from '../../../src/excel/reports/erase';
import { runTreatment } from '../../../src/excel/reports/treatment';
import { PERSONAL_DATA_WARNING } from '../../../src/excel/reports/layout';
import { MemoryWorkbook } from '../../../src/host/memory/workbook';
import { generateSample } from '../../../src/sample';
import { run } from './hostShim';

const TODAY = 45000;
const ALL = { kind: 'all' } as const;

/** legacy: plain ranges with the guide's headers (found by header); else « Préparer le classeur » tables. */
async function workbookWith(households: number, legacy = true): Promise<{ wb: MemoryWorkbook; rows: ReturnType<typeof generateSample>['rows'] }> {
  const sample = generateSample({ households, seed: 7, today: TODAY });
  const wb = new MemoryWorkbook();
  await run(wb, (ctx) => loadSample(ctx, sample, { today: TODAY, legacyOnly: legacy }));
  return { wb, rows: sample.rows };
}

describe('runTreatment « relogés en ZUS » on 300 households', () => {
  let wb: MemoryWorkbook;
  let rows: ReturnType<typeof generateSample>['rows'];
  // Counted by hand from the sample rows, with a filter written here.
  let zusRelocated: number;
  let relocated: number;

  beforeAll(async () => {
    ({ wb, rows } = await workbookWith(300));
    zusRelocated = rows.filter((r) => r.zus === 'Z' && r.relocation === 'OUI').length;
    relocated = rows.filter((r) => r.relocation === 'OUI').length;
  });

  test('the result sheet: name, A1 title, size, charts, page breaks, print area, portrait', async () => {
    expect(zusRelocated).toBeGreaterThan(20);
    const r = await run(wb, (ctx) => runTreatment(ctx, { population: 'reloges-zus', scope: ALL, today: TODAY }));
    expect(r.sheetName).toBe('Résultats relogés en ZUS');
    expect(r.populationSize).toBe(zusRelocated);
    const sh = wb.sheet('Résultats relogés en ZUS')!;
    expect(sh.at('A1').value).toBe('Résultats : Ménages relogés en ZUS');
    expect(sh.values('A2:B5')).toEqual([
      ['Périmètre', 'Toutes les opérations (Tout)'],
      ["Date d'édition", TODAY],
      ['Nombre de ménages de la population', zusRelocated],
      ['dont ménages relogés', zusRelocated],
    ]);
    expect(sh.at('B3').numberFormat).toBe('dd/mm/yyyy');
    expect(sh.at('B4').numberFormat).toBe('0');
    expect(sh.at('A1').font.bold).toBe(true);

    const charts = sh.charts();
    expect(charts.map((c) => [c.type, c.title])).toEqual([
      ['Pie', 'Âge du bâti des logements de relogement'],
      ['ColumnClustered', 'Structure familiale des ménages relogés'],
      ['ColumnClustered', "Taux d'effort avant et après le relogement"],
      ['ColumnClustered', 'Localisation géographique du relogement'],
    ]);
    // Beside its table: the chart starts right of column D (A 170 pt + B–D 3 × 44 pt).
    for (const c of charts) expect(c.left).toBe(170 + 3 * 44);

    const colA = sh.values().map((row) => row[0]);
    const titleRow = (n: number) => colA.findIndex((v) => typeof v === 'string' && v.startsWith(`Fiche ${n} — `));
    // Each fiche starts a printed page, and so does fiche 1's taux de remplissage.
    const completenessQuestion = colA.findIndex((v) => typeof v === 'string' && v.startsWith('Taux de remplissage : '));
    expect(completenessQuestion).toBeGreaterThan(titleRow(1));
    expect(completenessQuestion).toBeLessThan(titleRow(2));
    expect(sh.rowBreaks).toEqual([completenessQuestion, titleRow(2), titleRow(3), titleRow(4)]);
    expect(titleRow(1)).toBe(8);
    expect(sh.printArea).toBe(sh.usedRange());
    // 14 columns: 170 + 13 × 44 = 742 pt; portrait would need 494 / 742 = 66 % (under 75 %), so
    // landscape, where 741 / 742 gives 99 %.
    expect(sh.values()[0].length).toBe(14);
    expect(sh.orientation).toBe('Landscape');
    expect(sh.printScale).toBe(99);
    expect(colA.filter((v) => v === PERSONAL_DATA_WARNING)).toHaveLength(4);
    expect(sh.merges.length).toBeGreaterThan(4 * 2);

    // A flat table of fiche 1: header bold with fill, counts '0', percentages '0.0%'.
    const age = colA.indexOf('Âge du bâti');
    const header = sh.cell(age, 1);
    expect([header.value, header.font.bold, header.fill]).toEqual(['Nombre', true, '#DDEBF7']);
    expect(sh.cell(age + 1, 1).numberFormat).toBe('0');
    expect(sh.cell(age + 1, 2).numberFormat).toBe('0.0%');
    expect(wb.activeSheetName()).toBe('Résultats relogés en ZUS');
  });

  test('a second run with the same name gets « (2) »; comparison blocks stay aligned', async () => {
    const before = wb.sheet('Tableaux_comparaisons')!.values('A1:D200');
    const r = await run(wb, (ctx) => runTreatment(ctx, { population: 'reloges-zus', scope: ALL, today: TODAY + 1 }));
    expect(r.sheetName).toBe('Résultats relogés en ZUS (2)');
    expect(r.comparisonBlock).toBe(1);
    const r3 = await run(wb, (ctx) => runTreatment(ctx, { population: 'reloges', scope: ALL, today: TODAY }));
    expect(r3.populationSize).toBe(relocated);
    expect(r3.comparisonBlock).toBe(2);

    const cmp = wb.sheet('Tableaux_comparaisons')!;
    expect(cmp.values('A1:D200')).toEqual(before);
    expect(cmp.values('A2:G6')).toEqual([
      ['Population', '', 'Ménages relogés en ZUS', '', 'Ménages relogés en ZUS', '', 'Ménages relogés'],
      ['Périmètre', '', 'Toutes les opérations (Tout)', '', 'Toutes les opérations (Tout)', '', 'Toutes les opérations (Tout)'],
      ["Date d'édition", '', TODAY, '', TODAY + 1, '', TODAY],
      ['Effectif (N)', '', zusRelocated, '', zusRelocated, '', relocated],
      ['Variable', 'Modalité', 'N', '%', 'N', '%', 'N'],
    ]);
    const all = cmp.values();
    const line = (variable: string, label: string): (string | number | boolean)[] => {
      let v = '';
      for (const row of all) {
        if (row[0] !== '') v = String(row[0]);
        if (v === variable && row[1] === label) return row.slice(2, 8);
      }
      throw new Error(`${variable} / ${label} absent`);
    };
    // Same row for the same (variable, modality) in every block.
    expect(line('Population', 'Nombre de ménages')).toEqual([zusRelocated, '', zusRelocated, '', relocated, '']);
    const zus = line('Zone Urbaine Sensible (ZUS / QPV)', 'ZUS / QPV');
    expect([zus[0], zus[1], zus[2]]).toEqual([zusRelocated, 1, zusRelocated]);
    expect(zus[4]).toBe(zusRelocated);
    // The same population twice: blocks 1 and 2 equal except the date.
    for (const row of all.slice(6)) expect([row[4], row[5]]).toEqual([row[2], row[3]]);
  });

  test('« Efface dernier tri » removes the last block only, then refuses when none is left', async () => {
    const cmpBefore = wb.sheet('Tableaux_comparaisons')!.values('A1:F400');
    const formatBefore = wb.sheet('Tableaux_comparaisons')!.at('D10').numberFormat;
    const resultBefore = wb.sheet('Résultats relogés en ZUS')!.values();
    const e = await run(wb, (ctx) => eraseLastComparison(ctx));
    expect(e).toMatchObject({ label: 'Ménages relogés', remaining: 2 });
    const cmp = wb.sheet('Tableaux_comparaisons')!;
    expect(cmp.values('A1:F400')).toEqual(cmpBefore);
    expect(cmp.at('D10').numberFormat).toBe(formatBefore);
    expect(cmp.values('G1:H400').flat().every((v) => v === '')).toBe(true);
    expect(cmp.usedRange(true)!.split(':')[1].startsWith('F')).toBe(true);
    expect(wb.sheet('Résultats relogés en ZUS')!.values()).toEqual(resultBefore);

    await run(wb, (ctx) => eraseLastComparison(ctx));
    await run(wb, (ctx) => eraseLastComparison(ctx));
    expect(cmp.values('A1:B400')).toEqual(cmpBefore.map((r) => r.slice(0, 2)));
    await expect(run(wb, (ctx) => eraseLastComparison(ctx))).rejects.toThrow(
      "Aucun tri à effacer : la feuille « Tableaux_comparaisons » ne contient aucun tableau de comparaison. Lancez d'abord un traitement.",
    );
  });
});

describe('constant syncs', () => {
  test('same number of syncs for 100 and 2,000 households; every request under 4 MB', async () => {
    const measured: number[] = [];
    for (const n of [100, 2000]) {
      const { wb } = await workbookWith(n, true);
      wb.resetStats();
      const r = await run(wb, (ctx) => runTreatment(ctx, { population: 'ensemble', scope: ALL, today: TODAY }));
      expect(r.syncs).toBe(wb.stats.syncs);
      expect(wb.stats.maxRequestBytes).toBeLessThan(4_000_000);
      expect(wb.stats.maxResponseBytes).toBeLessThan(4_000_000);
      measured.push(wb.stats.syncs);
    }
    expect(measured[0]).toBe(measured[1]);
    expect(measured[0]).toBe(7);
  });

  test('prepared workbook (Excel tables): 6 syncs for 100 and 2,000 households', async () => {
    const measured: number[] = [];
    for (const n of [100, 2000]) {
      const { wb } = await workbookWith(n, false);
      wb.resetStats();
      await run(wb, (ctx) => runTreatment(ctx, { population: 'reloges-zus', scope: ALL, today: TODAY }));
      measured.push(wb.stats.syncs);
    }
    expect(measured).toEqual([6, 6]);
  }, 60_000);
});
