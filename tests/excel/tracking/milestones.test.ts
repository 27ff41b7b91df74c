import { HISTORY_TABLE } from '../../../src/domain/tracking';
import { logAction } from '../../../src/excel/tracking/history';
import { closeMilestone, readMilestoneSettings, reminders } from '../../../src/excel/tracking/milestones';
import {
  MILESTONES_SHEET,
  POINTS_SHEET,
  PROGRESS_SHEET,
  PROGRESS_TABLE,
} from '../../../src/excel/tracking/milestoneSheet';
import { startTracking } from '../../../src/excel/tracking/watch';
import type { MemoryWorkbook } from '../../../src/host/memory';
import { handBuilt, preparedSample } from './helpers';

// Excel serials: 30/09/2026 = 46295, 31/10/2026 = 46326, 15/03/2025 = 45731.
const SEP30 = 46295;
const OCT31 = 46326;
const MARCH_15_2025 = 45731;

type Sheet = NonNullable<ReturnType<MemoryWorkbook['sheet']>>;

/** 1-based row of the first cell of column A equal to `label`, searching from row `from`. */
function rowOf(sheet: Sheet, label: string, from = 1): number {
  const a = sheet.values(`A${from}:A${from + 400}`).map((r) => r[0]);
  const i = a.indexOf(label);
  if (i < 0) throw new Error(`« ${label} » introuvable`);
  return from + i;
}
const line = (sheet: Sheet, row: number): (string | number | boolean)[] => sheet.values(`A${row}:D${row}`)[0];

test('closing a milestone: the indicator matrix (Tout, Tour A, Barre B) on « Points d\'étape » with formats, in 6 syncs', async () => {
  // Hand-built: 1 Durand Tour A relogé 15/03/2025, 2 Petit Tour A à reloger, 3 Barre B relogé (no date), 4 Roux Barre B D.
  const wb = await handBuilt();
  wb.resetStats();
  const first = await wb.run((ctx) => closeMilestone(ctx, { date: SEP30, who: 'mdupont', now: '2026-10-02T10:00:00' }));
  expect(wb.stats.syncs).toBe(6);
  expect(first.block).toMatchObject({ row: 0, cols: 4 });
  const sheet = wb.sheet(MILESTONES_SHEET)!;
  expect(line(sheet, 1)).toEqual(["Point d'étape du 30/09/2026 — clos le 02/10/2026 à 10:00 par mdupont", '', '', '']);
  expect(line(sheet, 2)).toEqual(['Indicateur', 'Tout', 'Tour A', 'Barre B']);
  expect(line(sheet, 3)).toEqual(['Fiche 1 — Avancement des relogements', '', '', '']);
  expect(line(sheet, rowOf(sheet, 'Nombre de ménages relogés'))).toEqual(['Nombre de ménages relogés', 2, 1, 1]);
  const situation = rowOf(sheet, 'Situation des ménages au regard du relogement');
  expect(sheet.values(`A${situation}:D${situation + 6}`)).toEqual([
    ['Situation des ménages au regard du relogement', '', '', ''],
    ['Ménages relogés', 2, 1, 1],
    ['Ménages à reloger', 1, 1, 0],
    ['Départs spontanés', 1, 0, 1],
    ['Autres (décès, expulsion…)', 0, 0, 0],
    ['Non renseigné', 0, 0, 0],
    ['Total', 4, 2, 2],
  ]);
  const lastMove = rowOf(sheet, 'Date du dernier relogement');
  expect(line(sheet, lastMove)).toEqual(['Date du dernier relogement', MARCH_15_2025, MARCH_15_2025, '']);
  expect(sheet.at(`B${lastMove}`).numberFormat).toBe('dd/mm/yyyy');
  // liste_opération has no figures here: the dependent indicators are blank, not 0.
  expect(line(sheet, rowOf(sheet, 'Nombre de logements à démolir'))).toEqual(['Nombre de logements à démolir', '', '', '']);
  // FAT: both relogés have no Statut d'occupation after → Non classé; TOTAL 2 / 1 / 1.
  const fat = rowOf(sheet, 'FAT — DESCRIPTION DES RELOGEMENTS');
  expect(line(sheet, rowOf(sheet, 'TOTAL des ménages relogés', fat))).toEqual(['TOTAL des ménages relogés', 2, 1, 1]);
  expect(sheet.at(`A${fat + 1}`).value).toBe('PARC LOGEMENT SOCIAL');
  expect(sheet.at(`A${fat + 1}`).font.italic).toBe(true);
  // Completeness: Relogement filled everywhere; Date du déménagement for 1 of Tout's 2 relogés (Tour A 1/1, Barre B 0/1).
  const fill = rowOf(sheet, 'Taux de remplissage');
  expect(line(sheet, rowOf(sheet, 'Relogement ★', fill))).toEqual(['Relogement ★', 1, 1, 1]);
  const moveDate = rowOf(sheet, 'Date du déménagement ★', fill);
  expect(line(sheet, moveDate)).toEqual(['Date du déménagement ★', 0.5, 1, 0]);
  expect(sheet.at(`C${moveDate}`).numberFormat).toBe('0.0%');
  expect(sheet.at(`B${rowOf(sheet, 'Ménages relogés')}`).numberFormat).toBe('0');
  // Last row of the block: the last ★ column of the catalogue.
  expect(sheet.at(`A${first.block.rows}`).value).toBe('Type de relogement ★');
  expect(sheet.at(`A${first.block.rows + 1}`).value).toBe('');
  // Looks: bold title, header filled, section lines filled, borders around every cell from the header down.
  expect(sheet.at('A1').font.bold).toBe(true);
  expect([sheet.at('C2').font.bold, sheet.at('C2').fill]).toEqual([true, '#D9E1F2']);
  expect([sheet.at(`D${fill}`).font.bold, sheet.at(`D${fill}`).fill]).toEqual([true, '#F2F2F2']);
  expect(sheet.at(`B${lastMove}`).font.bold).toBe(false);
  const style = sheet.at(`C${lastMove}`).style;
  expect([style.top, style.bottom, style.left, style.right].every((b) => b !== undefined)).toBe(true);
  expect(sheet.at('A1').style.top).toBeUndefined();
  expect(wb.sheet(POINTS_SHEET)!.visibility).toBe('VeryHidden');
});

test('blocks one below the other, never rewritten; a second closing asks first; the Progression sheet holds the table and chart', async () => {
  const wb = await handBuilt();
  const first = await wb.run((ctx) => closeMilestone(ctx, { date: SEP30, who: 'mdupont', now: '2026-10-02T10:00:00' }));
  const n = first.block.rows;
  const second = await wb.run((ctx) => closeMilestone(ctx, { date: OCT31, who: 'mdupont', now: '2026-11-02T09:30:00' }));
  expect(second.block.row).toBe(n + 1); // a blank line between blocks
  const sheet = wb.sheet(MILESTONES_SHEET)!;
  const before = sheet.values(`A1:D${2 * n + 1}`);
  // Household 2 (Tour A) is relocated after the closing.
  await wb.run(async (ctx) => {
    const t = ctx.workbook.tables.getItem('Tableau_menages');
    const h = t.getHeaderRowRange().load('values');
    await ctx.sync();
    const col = (h.values[0] as string[]).indexOf('Relogement ★');
    t.getDataBodyRange().getCell(1, col).values = [['OUI']];
    await ctx.sync();
  });
  await expect(
    wb.run((ctx) => closeMilestone(ctx, { date: OCT31, who: 'agent2', now: '2026-11-03T11:00:00' })),
  ).rejects.toMatchObject({
    code: 'MilestoneAlreadyClosed',
    message:
      "Le point d'étape du 31/10/2026 est déjà clos le 02/11/2026 à 09:30 par mdupont. Confirmer pour en enregistrer un second ?",
  });
  expect(sheet.values(`A1:D${2 * n + 1}`)).toEqual(before);
  const third = await wb.run((ctx) =>
    closeMilestone(ctx, { date: OCT31, who: 'agent2', now: '2026-11-03T11:00:00', confirmDuplicate: true }),
  );
  expect(third.duplicate).toBe(true);
  expect(third.block.row).toBe(2 * n + 2);
  expect(sheet.values(`A1:D${2 * n + 1}`)).toEqual(before);
  const top = third.block.row + 1;
  expect(line(sheet, top)).toEqual(["Point d'étape du 31/10/2026 — clos le 03/11/2026 à 11:00 par agent2", '', '', '']);
  expect(line(sheet, rowOf(sheet, 'Nombre de ménages relogés', top))).toEqual(['Nombre de ménages relogés', 3, 2, 1]);
  // Progression: its own sheet, one point per closing, the chart over the whole table.
  expect(sheet.charts()).toEqual([]);
  const progress = wb.sheet(PROGRESS_SHEET)!;
  expect(progress.values('A1')).toEqual([['Progression du relogement (Tout)']]);
  expect(wb.table(PROGRESS_TABLE)!.address).toBe('Progression!A2:D5');
  expect(wb.table(PROGRESS_TABLE)!.values()).toEqual([
    ['30/09/2026', 2, 1, 1],
    ['31/10/2026', 2, 1, 1],
    ['31/10/2026 (2)', 3, 0, 1],
  ]);
  expect(progress.charts()).toEqual([
    expect.objectContaining({ name: 'RIME_progression', type: 'LineMarkers', source: 'Progression!A2:D5' }),
  ]);
  expect(wb.table(HISTORY_TABLE)!.column('Action')).toEqual(["point d'étape", "point d'étape", "point d'étape"]);
});

test.each([40, 400])('closing takes 6 syncs with %i households', async (households) => {
  const wb = await preparedSample(households);
  wb.resetStats();
  const r = await wb.run((ctx) => closeMilestone(ctx, { date: SEP30, who: 'x', now: '2026-10-02T10:00:00' }));
  expect(wb.stats.syncs).toBe(6);
  expect(r.syncs).toBe(6);
  expect(r.block.cols).toBe(5); // Indicateur, Tout, 3 operations
  expect(r.snapshot.scopes[0].total).toBe(households);
  // The figures of liste_opération are used: the row « Tout » of the block is their sum, read here from the sheet.
  const ops = wb.sheet('liste_opération')!.values('A1:H5');
  const col = ops[0].indexOf('Nombre de logements à démolir');
  const byOperation = ops.slice(2).map((r) => r[col] as number);
  expect(byOperation.every((n) => typeof n === 'number' && n > 0)).toBe(true);
  const sheet = wb.sheet(MILESTONES_SHEET)!;
  expect(line(sheet, rowOf(sheet, 'Nombre de logements à démolir')).slice(1)).toEqual([
    byOperation.reduce((a, b) => a + b, 0),
    byOperation[0],
    byOperation[1],
  ]);
});

test('a workbook closed before the Progression sheet existed: table, title and chart move from column J; old blocks stay', async () => {
  const wb = await handBuilt();
  const old = {
    milestone: SEP30,
    closedAt: '2026-10-02T10:00:00',
    who: 'mdupont',
    scopes: [{ scopeLabel: 'Tout', relocated: 1, toRelocate: 2, departures: 1, others: 0, notInformed: 0, total: 4, completeness: 0.1 }],
  };
  await wb.run(async (ctx) => {
    const ms = ctx.workbook.worksheets.add(MILESTONES_SHEET);
    ms.getRange('A1:C3').values = [
      ["Point d'étape du 30/09/2026 — clos le 02/10/2026 à 10:00 par mdupont", '', ''],
      ['Périmètre', 'Relogés', 'À reloger'],
      ['Tout', 1, 2],
    ];
    ms.getRange('J1').values = [['Progression du relogement (Tout)']];
    ms.getRange('J2:M3').values = [["Point d'étape", 'Relogés', 'À reloger', 'Départs'], ['30/09/2026', 1, 2, 1]];
    ms.tables.add('J2:M3', true).name = PROGRESS_TABLE;
    ms.charts.add('LineMarkers' as Excel.ChartType, ms.getRange('J2:M3'), 'Columns' as Excel.ChartSeriesBy).name =
      'RIME_progression';
    const store = ctx.workbook.worksheets.add(POINTS_SHEET);
    store.getRange('A1:D2').numberFormat = [['@', '@', '@', '@'], ['0', '@', '@', '@']];
    store.getRange('A1:D2').values = [
      ["Point d'étape", 'Clos le', 'Par', 'Résultats (JSON)'],
      [SEP30, old.closedAt, old.who, JSON.stringify(old)],
    ];
    await ctx.sync();
  });
  wb.resetStats();
  const r = await wb.run((ctx) => closeMilestone(ctx, { date: OCT31, who: 'agent2', now: '2026-11-02T09:00:00' }));
  expect(wb.stats.syncs).toBe(6);
  const sheet = wb.sheet(MILESTONES_SHEET)!;
  expect(sheet.values('A1:C3')).toEqual([
    ["Point d'étape du 30/09/2026 — clos le 02/10/2026 à 10:00 par mdupont", '', ''],
    ['Périmètre', 'Relogés', 'À reloger'],
    ['Tout', 1, 2],
  ]);
  expect(sheet.values('J1:M3')).toEqual([
    ['', '', '', ''],
    ['', '', '', ''],
    ['', '', '', ''],
  ]);
  expect(sheet.charts()).toEqual([]);
  expect(r.block.row).toBe(4); // below the old block and its blank line
  expect(line(sheet, 5)[0]).toBe("Point d'étape du 31/10/2026 — clos le 02/11/2026 à 09:00 par agent2");
  expect(wb.table(PROGRESS_TABLE)!.address).toBe('Progression!A2:D4');
  expect(wb.table(PROGRESS_TABLE)!.values()).toEqual([
    ['30/09/2026', 1, 2, 1],
    ['31/10/2026', 2, 1, 1],
  ]);
  expect(wb.sheet(PROGRESS_SHEET)!.charts()).toHaveLength(1);
});

test('milestone dates from Paramètres and the two reminders, lastChange = latest data change of the history', async () => {
  const wb = await handBuilt(); // prepared on 20/10/2026: the 8 milestones of 2026
  const settings = await wb.run((ctx) => readMilestoneSettings(ctx));
  expect(settings.dates).toEqual([46053, 46142, 46203, 46265, 46295, 46326, 46356, 46387]);
  const on27 = await wb.run((ctx) => reminders(ctx, 46322));
  expect(on27.map((r) => r.message)).toEqual([
    "Point d'étape le 31/10 : dans 4 jours",
    "Données non actualisées depuis le point d'étape du 30/09",
  ]);
  // An add-in action after the milestone is not an update of the data…
  await wb.run((ctx) =>
    logAction(ctx, { who: 'mdupont', action: "point d'étape", detail: 'clos', at: '2026-10-02T10:00:00' }),
  );
  expect((await wb.run((ctx) => reminders(ctx, 46322))).map((r) => r.kind)).toEqual(['upcoming', 'stale']);
  // …a typed change is.
  const session = await wb.run((ctx) =>
    startTracking(ctx, { who: 'mdupont', run: (cb) => wb.run(cb), now: () => '2026-10-21T14:00:00' }),
  );
  await wb.simulateUserEdit('Tableau_de_saisie', 'D6', 'Jeanne');
  await session.stop();
  expect((await wb.run((ctx) => reminders(ctx, 46322))).map((r) => r.kind)).toEqual(['upcoming']);
  // In January 2027 the schedule of Paramètres repeats: 31/01/2027 upcoming from the 25th.
  expect((await wb.run((ctx) => reminders(ctx, 46412))).map((r) => r.message)).toEqual([
    "Point d'étape le 31/01 : dans 6 jours",
    "Données non actualisées depuis le point d'étape du 31/12",
  ]);
});
