/**
 * The pane's and the ribbon's actions log themselves under the pane's name: `host.who` (Office: the
 * « Votre nom » of identity.ts), the ribbon command under identity.ts directly. Memory host, old file of
 * 4 households written by hand (1 Durand Tour A, 2 Petit Tour A, 3 Barre B, 4 Roux Barre B).
 */
import { COMMANDS } from '../../src/commands/commands';
import { HISTORY_TABLE } from '../../src/domain/tracking';
import { serialFromYmd } from '../../src/domain/dates';
import { loadSample } from '../../src/excel/sample/loadSample';
import { MemoryWorkbook } from '../../src/host/memory';
import { workbookActions } from '../../src/taskpane/actions';
import type { PaneHost } from '../../src/taskpane/host';
import { saveName } from '../../src/taskpane/identity';

const TODAY = serialFromYmd(2026, 10, 20);
const g = globalThis as Record<string, unknown>;

async function oldFile(): Promise<MemoryWorkbook> {
  const wb = new MemoryWorkbook();
  const data = {
    operations: [{ name: 'Tour A' }, { name: 'Barre B' }],
    rows: [
      { householdId: 1, lastName: 'Durand', operation: 'Tour A' },
      { householdId: 2, lastName: 'Petit', operation: 'Tour A' },
      { householdId: 3, operation: 'Barre B' },
      { householdId: 4, lastName: 'Roux', operation: 'Barre B' },
    ],
  };
  await wb.run((context) => loadSample(context, data, { today: TODAY, legacyOnly: true }));
  return wb;
}

/** Who and action of each history row. */
const rows = (wb: MemoryWorkbook) => (wb.table(HISTORY_TABLE)?.values() ?? []).map((r) => [r[1], r[8]]);

afterEach(() => {
  saveName('');
  delete g.Excel;
  delete g.Office;
});

test('pane: Préparer, Valider la liste, Supprimer une opération (déplacer vers) are logged under host.who', async () => {
  const wb = await oldFile();
  const host: PaneHost = { run: (cb) => wb.run(cb), today: () => TODAY, who: () => 'Marie Dupont' };
  const actions = workbookActions(host);
  const progress = () => undefined;
  await actions.prepare(progress);
  await actions.validateOperations(progress);
  await actions.deleteOperation('Tour A', 'Barre B', progress);
  expect(rows(wb)).toEqual([
    ['Marie Dupont', 'Préparer le classeur'],
    ['Marie Dupont', 'Valider la liste des opérations'],
    ['Marie Dupont', "suppression d'opération"],
    ['Marie Dupont', "suppression d'opération"],
    ['Marie Dupont', "suppression d'opération"],
  ]);
});

test('pane without host.who: the name given on this device, else « (non renseigné) »', async () => {
  const wb = await oldFile();
  const actions = workbookActions({ run: (cb) => wb.run(cb), today: () => TODAY });
  await actions.prepare(() => undefined);
  saveName('Paul Martin');
  await actions.deleteOperation('Tour A', 'Barre B', () => undefined);
  expect(rows(wb).slice(0, 2)).toEqual([
    ['(non renseigné)', 'Préparer le classeur'],
    ['Paul Martin', "suppression d'opération"],
  ]);
});

test('ribbon « Préparer le classeur »: logged under the name given in the pane', async () => {
  const wb = await oldFile();
  saveName('Paul Martin');
  g.Excel = { run: (cb: (c: Excel.RequestContext) => Promise<unknown>) => wb.run(cb) };
  g.Office = { addin: { showAsTaskpane: () => Promise.resolve() } };
  await new Promise<void>((resolve) => COMMANDS.prepareWorkbook({ completed: () => resolve() } as unknown as Office.AddinCommands.Event));
  expect(rows(wb)).toEqual([['Paul Martin', 'Préparer le classeur']]);
});
