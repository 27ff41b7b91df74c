/**
 * The add-in's actions log themselves in « Historique des modifications », and their own writes are not
 * logged again by the change tracker (memory host: events of API writes carry triggerSource
 * 'ThisLocalAddin', or no triggerSource at all as on ExcelApi 1.13 hosts, and come after the sync).
 *
 * The hand-built workbook (old layout, then Préparer le classeur): households rows 6-9, columns
 * A N° d'identification, B N° de demande, C Nom, D Prénom, E Opération; BT « Commentaires et observations ».
 * Row 6: 1 Durand Tour A — row 7: 2 Petit Tour A — row 8: 3 (no name) Barre B — row 9: 4 Roux Barre B.
 * Serials: 20/10/2026 = 46315.
 */
import { HISTORY_TABLE } from '../../../src/domain/tracking';
import { serialFromYmd } from '../../../src/domain/dates';
import { addCustomField } from '../../../src/excel/fields';
import { deleteOperation } from '../../../src/excel/operations/actions';
import { loadSample } from '../../../src/excel/sample/loadSample';
import { prepareWorkbook } from '../../../src/excel/setup/prepare';
import { reconcileOnOpen } from '../../../src/excel/tracking/fingerprints';
import { ownWrite } from '../../../src/excel/tracking/ownWrites';
import { startTracking, type TrackingSession } from '../../../src/excel/tracking/watch';
import { MemoryWorkbook } from '../../../src/host/memory';

const SHEET = 'Tableau_de_saisie';
const TODAY = serialFromYmd(2026, 10, 20);
const DATA = {
  operations: [
    { name: 'Tour A', commune: 'Vaulx' },
    { name: 'Barre B', commune: 'Vaulx' },
  ],
  rows: [
    { householdId: 1, requestNo: 1, lastName: 'Durand', operation: 'Tour A', relocation: 'OUI', moveDate: serialFromYmd(2025, 3, 15) },
    { householdId: 2, requestNo: 1, lastName: 'Petit', operation: 'Tour A', relocation: 'NON' },
    { householdId: 3, requestNo: 2, operation: 'Barre B', relocation: 'OUI' },
    { householdId: 4, requestNo: 1, lastName: 'Roux', operation: 'Barre B', relocation: 'D' },
  ],
};

async function workbook(triggerSource: boolean, legacyOnly = false): Promise<MemoryWorkbook> {
  const wb = new MemoryWorkbook({ triggerSource });
  await wb.run((context) => loadSample(context, DATA, { today: TODAY, legacyOnly }));
  return wb;
}

const history = (wb: MemoryWorkbook) => wb.table(HISTORY_TABLE)?.values() ?? [];
const at = (h: number, m: number) => 46315 + (h * 3600 + m * 60) / 86400;

function track(wb: MemoryWorkbook): Promise<TrackingSession> {
  return wb.run((ctx) => startTracking(ctx, { who: 'agent', run: (cb) => wb.run(cb), now: () => '2026-10-20T15:00:00' }));
}

/** Every event delivered and handled. */
async function settled(wb: MemoryWorkbook, session: TrackingSession): Promise<void> {
  await wb.eventsDelivered();
  await session.idle();
}

test('Préparer le classeur on an old file: one history row with who and what was done; no extra sync', async () => {
  const wb = await workbook(true, true);
  wb.resetStats();
  const report = await wb.run((ctx) => prepareWorkbook(ctx, { today: TODAY, log: { who: 'Marie Dupont', at: '2026-10-20T09:15:00' } }));
  // As without the log (tests/excel/syncs.test.ts): the history does not exist yet, its position costs nothing.
  expect(wb.stats.syncs).toBe(5);
  expect(report.syncs).toBe(5);
  // The old file holds the 54 typed columns of the catalogue's 72: the 18 calculated ones are added.
  expect(history(wb)).toEqual([
    [
      at(9, 15),
      'Marie Dupont',
      SHEET,
      '',
      '',
      '',
      '',
      'Classeur préparé : plage de la feuille « Tableau_de_saisie » convertie en tableau Excel Tableau_menages ; ' +
        '4 feuilles créées (Paramètres, Tableau des variables, Explication, Listes) ; 18 colonnes du catalogue ajoutées ; ' +
        '4 ménages, 2 opérations.',
      'Préparer le classeur',
    ],
  ]);
  // Nothing to change the second time: no row.
  await wb.run((ctx) => prepareWorkbook(ctx, { today: TODAY, log: { who: 'Marie Dupont' } }));
  expect(history(wb)).toHaveLength(1);
});

describe.each([
  ['triggerSource (ExcelApi 1.14)', true],
  ['no triggerSource (ExcelApi 1.13)', false],
])('with the change tracker running, %s', (_, triggerSource) => {
  test('deleting an operation and moving its households: the action row, one row per household, nothing from the tracker', async () => {
    const wb = await workbook(triggerSource);
    const session = await track(wb);
    wb.resetStats();
    const report = await wb.run((ctx) =>
      deleteOperation(ctx, 'Barre B', { moveTo: 'Tour A', log: { who: 'Marie Dupont', at: '2026-10-20T11:00:00' } }),
    );
    expect(report.moved).toBe(2);
    await settled(wb, session);
    // The action's 4 syncs (as without the log, tests/excel/syncs.test.ts); the tracker reads nothing: the two
    // events of its writes (E8, E9) are the cells the action told it, their fingerprints stored by the action.
    expect([report.syncs, wb.stats.syncs]).toEqual([4, 4]);
    const t = at(11, 0);
    expect(history(wb)).toEqual([
      [t, 'Marie Dupont', 'liste_opération', '', '', 'Opération', '', 'Opération « Barre B » supprimée de la feuille liste_opération ; 2 ménages déplacés vers « Tour A »', "suppression d'opération"],
      [t, 'Marie Dupont', SHEET, 3, 2, 'Opération', 'Barre B', 'Tour A', "suppression d'opération"],
      [t, 'Marie Dupont', SHEET, 4, 1, 'Opération', 'Barre B', 'Tour A', "suppression d'opération"],
    ]);
    expect(session.logged).toBe(0);

    // The watch cache follows the action: a paste over the moved households logs « Tour A » as the old value.
    await wb.simulateUserEdit(SHEET, 'D8:E9', [['Lina', 'Tour A'], ['Paul', 'Barre C']]);
    await settled(wb, session);
    expect(history(wb).slice(3)).toEqual([
      [at(15, 0), 'agent', SHEET, 3, 2, 'Prénom du chef de ménage', '', 'Lina', 'collage'],
      [at(15, 0), 'agent', SHEET, 4, 1, 'Prénom du chef de ménage', '', 'Paul', 'collage'],
      [at(15, 0), 'agent', SHEET, 4, 1, 'Opération', 'Tour A', 'Barre C', 'collage'],
    ]);
    // A typed cell too (Excel's own old value).
    await wb.simulateUserEdit(SHEET, 'E8', 'Tour B');
    await settled(wb, session);
    expect(history(wb).slice(6)).toEqual([[at(15, 0), 'agent', SHEET, 3, 2, 'Opération', 'Tour A', 'Tour B', 'saisie']]);
    await session.stop();
  });

  test('reopening after the move reports nothing « modifié hors suivi »', async () => {
    const wb = await workbook(triggerSource);
    const session = await track(wb);
    await wb.run((ctx) => deleteOperation(ctx, 'Barre B', { moveTo: 'Tour A', log: { who: 'Marie Dupont' } }));
    await settled(wb, session);
    await session.stop();
    const report = await wb.run((ctx) => reconcileOnOpen(ctx, { who: 'agent' }));
    expect([report.first, report.changed, report.added, report.removed]).toEqual([false, [], [], []]);
    expect(history(wb)).toHaveLength(3);
  });

  test('champ ajouté: one row; the new column is then tracked under its name', async () => {
    const wb = await workbook(triggerSource);
    const session = await track(wb);
    wb.resetStats();
    const report = await wb.run((ctx) =>
      addCustomField(ctx, {
        name: 'Visite',
        type: 'list',
        codes: [{ code: 'F', label: 'Faite' }, { code: 'P', label: 'Prévue' }],
        help: '',
        personal: true,
        today: TODAY,
        log: { who: 'Marie Dupont', at: '2026-10-20T10:30:00' },
      }),
    );
    // Same 3 syncs as without the log (tests/excel/fields/addField.test.ts).
    expect(report.syncs).toBe(3);
    await settled(wb, session);
    expect(history(wb)).toEqual([
      [at(10, 30), 'Marie Dupont', SHEET, '', '', 'Visite', '', 'Champ « Visite » ajouté : code (liste déroulante), codes F, P ; données personnelles', 'champ ajouté'],
    ]);
    await wb.simulateUserEdit(SHEET, 'BT6:BT7', [['F'], ['P']]);
    await settled(wb, session);
    expect(history(wb).slice(1)).toEqual([
      [at(15, 0), 'agent', SHEET, 1, 1, 'Visite', '', 'F', 'collage'],
      [at(15, 0), 'agent', SHEET, 2, 1, 'Visite', '', 'P', 'collage'],
    ]);
    await session.stop();
  });
});

test('without a tracker (runner), the move still stores the new fingerprints of the households it moved', async () => {
  const wb = await workbook(true);
  await (await track(wb)).stop();
  // A household changed while the add-in was closed stays reported, the moved ones are not.
  await wb.run(async (ctx) => {
    ctx.workbook.worksheets.getItem(SHEET).getRange('C9').values = [['Roux-Martin']];
    await ctx.sync();
  });
  await wb.run((ctx) => deleteOperation(ctx, 'Barre B', { moveTo: 'Tour A' }));
  const report = await wb.run((ctx) => reconcileOnOpen(ctx, { who: 'agent' }));
  expect([report.changed, report.added, report.removed]).toEqual([['4/1'], [], []]);
});

test('an event of an own write delivered while the action still runs waits for its end (ExcelApi 1.13)', async () => {
  const wb = await workbook(false);
  const session = await track(wb);
  const write = (address: string) =>
    wb.run(async (ctx) => {
      ctx.workbook.worksheets.getItem(SHEET).getRange(address).values = [['Tour A']];
      await ctx.sync();
    });
  await ownWrite(
    async () => {
      await write('E8');
      await wb.eventsDelivered(); // the tracker has the event of E8 (Barre B → Tour A) before the action ends
      await write('E9');
    },
    () => ({ cells: [{ row: 8, key: 'operation', value: 'Tour A' }, { row: 9, key: 'operation', value: 'Tour A' }] }),
  );
  await settled(wb, session);
  expect(history(wb)).toEqual([]);
  // The action did not store the fingerprints: the tracker did.
  await session.stop();
  const report = await wb.run((ctx) => reconcileOnOpen(ctx, { who: 'agent' }));
  expect([report.changed, report.added, report.removed]).toEqual([[], [], []]);
});
