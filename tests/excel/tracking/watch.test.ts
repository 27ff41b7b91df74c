import { HISTORY_SHEET, HISTORY_TABLE } from '../../../src/domain/tracking';
import { logAction } from '../../../src/excel/tracking/history';
import { FINGERPRINT_SHEET, reconcileOnOpen } from '../../../src/excel/tracking/fingerprints';
import { startTracking } from '../../../src/excel/tracking/watch';
import type { MemoryWorkbook } from '../../../src/host/memory';
import { preparedSample } from './helpers';

const SHEET = 'Tableau_de_saisie';
// Household table: headers on row 5, households from row 6; A = N° d'identification, B = N° de demande,
// C = Nom du chef de ménage, D = Prénom du chef de ménage.

/** Known values typed before tracking starts (a context without tracking). */
async function typeKnownValues(wb: MemoryWorkbook): Promise<void> {
  await wb.run(async (ctx) => {
    ctx.workbook.worksheets.getItem(SHEET).getRange('A6:D8').values = [
      [9001, 1, 'Durand', 'Jean'],
      [9002, 1, 'Petit', 'Marie'],
      [9003, 2, 'Leroy', 'Luc'],
    ];
    await ctx.sync();
  });
}

const clock = (at: string) => () => at;
const history = (wb: MemoryWorkbook) => wb.table(HISTORY_TABLE)?.values() ?? [];

test('start-up stores fingerprints (first time: nothing logged), a typed cell is logged « saisie » old → new', async () => {
  const wb = await preparedSample(40);
  await typeKnownValues(wb);
  const session = await wb.run((ctx) =>
    startTracking(ctx, { who: 'mdupont', run: (cb) => wb.run(cb), now: clock('2026-10-20T10:00:00') }),
  );
  expect(session.reconciled.first).toBe(true);
  expect(session.reconciled.entries).toEqual([]);
  expect(wb.sheet(FINGERPRINT_SHEET)!.visibility).toBe('VeryHidden');
  expect(wb.sheet(FINGERPRINT_SHEET)!.values('A2:A4')).toEqual([['9001/1'], ['9002/1'], ['9003/2']]);
  expect(wb.changeHandlerCount(SHEET)).toBe(1);
  expect(wb.table(HISTORY_TABLE)).toBeUndefined();

  wb.resetStats();
  await wb.simulateUserEdit(SHEET, 'C6', 'Martin');
  await session.idle();
  expect(wb.stats.syncs).toBe(3);
  expect(history(wb)).toEqual([
    [46315 + 10 / 24, 'mdupont', SHEET, 9001, 1, 'Nom du chef de ménage', 'Durand', 'Martin', 'saisie'],
  ]);
  expect(session.logged).toBe(1);
  await session.stop();
  expect(wb.changeHandlerCount(SHEET)).toBe(0);
});

test('a multi-cell paste logs one « collage » row per changed cell, old values from the cache', async () => {
  const wb = await preparedSample(40);
  await typeKnownValues(wb);
  const session = await wb.run((ctx) =>
    startTracking(ctx, { who: 'agent2', run: (cb) => wb.run(cb), now: clock('2026-10-21T08:30:00') }),
  );
  wb.resetStats();
  // D6 pasted with its own value: no entry for it.
  await wb.simulateUserEdit(SHEET, 'C6:D7', [
    ['Martin', 'Jean'],
    ['Bernard', 'Anne'],
  ]);
  await session.idle();
  expect(wb.stats.syncs).toBe(3);
  const at = 46316 + 8.5 / 24;
  expect(history(wb)).toEqual([
    [at, 'agent2', SHEET, 9001, 1, 'Nom du chef de ménage', 'Durand', 'Martin', 'collage'],
    [at, 'agent2', SHEET, 9002, 1, 'Nom du chef de ménage', 'Petit', 'Bernard', 'collage'],
    [at, 'agent2', SHEET, 9002, 1, 'Prénom du chef de ménage', 'Marie', 'Anne', 'collage'],
  ]);
  // the cache now knows the pasted values: a second paste shows them as old values
  await wb.simulateUserEdit(SHEET, 'C6:C7', [['Moreau'], ['']]);
  await session.idle();
  expect(
    history(wb)
      .slice(3)
      .map((r) => r.slice(5)),
  ).toEqual([
    ['Nom du chef de ménage', 'Martin', 'Moreau', 'collage'],
    ['Nom du chef de ménage', 'Bernard', '', 'collage'],
  ]);
  await session.stop();
});

test('an add-in action is logged beside the typed changes', async () => {
  const wb = await preparedSample(10);
  await wb.run((ctx) =>
    logAction(ctx, {
      who: 'mdupont',
      action: "suppression d'opération",
      sheet: 'liste_opération',
      columnLabel: 'Opération',
      detail: 'Opération « Les Tilleuls » supprimée',
      at: '2026-10-22T16:45:30',
    }),
  );
  expect(history(wb)).toEqual([
    [
      46317 + (16 * 3600 + 45 * 60 + 30) / 86400,
      'mdupont',
      'liste_opération',
      '',
      '',
      'Opération',
      '',
      'Opération « Les Tilleuls » supprimée',
      "suppression d'opération",
    ],
  ]);
  expect(wb.sheet(HISTORY_SHEET)!.at('H2').numberFormat).toBe('@');
});

test('rows changed while the add-in was not running are logged « modifié hors suivi » at the next opening', async () => {
  const wb = await preparedSample(40);
  await typeKnownValues(wb);
  const session = await wb.run((ctx) => startTracking(ctx, { who: 'mdupont', run: (cb) => wb.run(cb) }));
  await session.stop();
  // The add-in is closed: a change and a deleted household (row 7 deleted), through a context without tracking.
  await wb.run(async (ctx) => {
    const ws = ctx.workbook.worksheets.getItem(SHEET);
    ws.getRange('C8').values = [['Leroy-Blanc']];
    ws.getRange('7:7').delete('Up');
    await ctx.sync();
  });
  wb.resetStats();
  const report = await wb.run((ctx) => reconcileOnOpen(ctx, { who: 'mdupont', now: '2026-10-23T09:00:00' }));
  expect(report.first).toBe(false);
  expect(report.changed).toEqual(['9003/2']);
  expect(report.removed).toEqual(['9002/1']);
  expect(report.added).toEqual([]);
  const rows = history(wb);
  expect(rows.map((r) => [r[3], r[4], r[5], r[6], r[8]])).toEqual([
    [9003, 2, 'Ligne modifiée', '', 'modifié hors suivi'],
    [9002, 1, 'Ligne supprimée', '', 'modifié hors suivi'],
  ]);
  expect(String(rows[0][7])).toContain(
    "N° d'identification du ménage : 9003 ; N° de demande : 2 ; Nom du chef de ménage : Leroy-Blanc ; Prénom du chef de ménage : Luc",
  );
  expect(rows[1][7]).toBe('');
  // stored again: a second check finds nothing
  const again = await wb.run((ctx) => reconcileOnOpen(ctx, { who: 'mdupont', now: '2026-10-23T09:05:00' }));
  expect(again.entries).toEqual([]);
  expect(history(wb)).toHaveLength(2);
});

test('syncs per event do not grow with the number of households (3 for 40 and for 400)', async () => {
  for (const households of [40, 400]) {
    const wb = await preparedSample(households, 11);
    const session = await wb.run((ctx) => startTracking(ctx, { who: 'x', run: (cb) => wb.run(cb) }));
    wb.resetStats();
    await wb.simulateUserEdit(SHEET, 'C10:D11', [
      ['Aaa', 'Bbb'],
      ['Ccc', 'Ddd'],
    ]);
    await session.idle();
    expect([households, wb.stats.syncs]).toEqual([households, 3]);
    await session.stop();
  }
});
