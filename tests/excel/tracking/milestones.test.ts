import { HISTORY_TABLE } from '../../../src/domain/tracking';
import { logAction } from '../../../src/excel/tracking/history';
import { closeMilestone, readMilestoneSettings, reminders } from '../../../src/excel/tracking/milestones';
import { MILESTONES_SHEET, POINTS_SHEET, PROGRESS_TABLE } from '../../../src/excel/tracking/milestoneSheet';
import { startTracking } from '../../../src/excel/tracking/watch';
import { handBuilt } from './helpers';

// Excel serials of 2026: 30/09 = 46295, 31/10 = 46326, 27/10 = 46322.
const SEP30 = 46295;
const OCT31 = 46326;

test('closing milestones: one block each, never rewritten; a second closing asks first; progress table and chart', async () => {
  const wb = await handBuilt();
  wb.resetStats();
  const first = await wb.run((ctx) =>
    closeMilestone(ctx, { date: SEP30, who: 'mdupont', now: '2026-10-02T10:00:00' }),
  );
  expect(wb.stats.syncs).toBe(6);
  expect(first.block).toEqual({ row: 0, rows: 5 });
  const sheet = wb.sheet(MILESTONES_SHEET)!;
  expect(sheet.values('A1:G5')).toEqual([
    ["Point d'étape du 30/09/2026 — clos le 02/10/2026 à 10:00 par mdupont", '', '', '', '', '', ''],
    ['Périmètre', 'Relogés', 'À reloger', 'Départs spontanés', 'Autres', 'Non renseigné', 'Total'],
    ['Tout', 2, 1, 1, 0, 0, 4],
    ['Tour A', 1, 1, 0, 0, 0, 2],
    ['Barre B', 1, 0, 1, 0, 0, 2],
  ]);
  expect(sheet.at('H3').numberFormat).toBe('0.0%');

  await wb.run((ctx) => closeMilestone(ctx, { date: OCT31, who: 'mdupont', now: '2026-11-02T09:30:00' }));
  const before = sheet.values('A1:H11');
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
  expect(sheet.values('A1:H11')).toEqual(before);
  const third = await wb.run((ctx) =>
    closeMilestone(ctx, { date: OCT31, who: 'agent2', now: '2026-11-03T11:00:00', confirmDuplicate: true }),
  );
  expect(third.duplicate).toBe(true);
  expect(third.block).toEqual({ row: 12, rows: 5 });
  expect(sheet.values('A1:H11')).toEqual(before);
  expect(sheet.values('A13:G15')).toEqual([
    ["Point d'étape du 31/10/2026 — clos le 03/11/2026 à 11:00 par agent2", '', '', '', '', '', ''],
    ['Périmètre', 'Relogés', 'À reloger', 'Départs spontanés', 'Autres', 'Non renseigné', 'Total'],
    ['Tout', 3, 0, 1, 0, 0, 4],
  ]);
  // Progression: one point per closing, the chart over the whole table.
  expect(sheet.values('J1')).toEqual([['Progression du relogement (Tout)']]);
  expect(wb.table(PROGRESS_TABLE)!.values()).toEqual([
    ['30/09/2026', 2, 1, 1],
    ['31/10/2026', 2, 1, 1],
    ['31/10/2026 (2)', 3, 0, 1],
  ]);
  const charts = sheet.charts();
  expect(charts).toHaveLength(1);
  expect(charts[0]).toMatchObject({
    name: 'RIME_progression',
    type: 'LineMarkers',
    source: "'Points d''étape'!J2:M5",
  });
  expect(wb.sheet(POINTS_SHEET)!.visibility).toBe('VeryHidden');
  expect(wb.table(HISTORY_TABLE)!.column('Action')).toEqual([
    "point d'étape",
    "point d'étape",
    "point d'étape",
  ]);
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
