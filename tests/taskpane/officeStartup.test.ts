/**
 * Start-up of the pane inside Office (src/taskpane/index.tsx) and of change tracking
 * (officeTracking.tsx), with fake `Office` / `Excel` globals whose `Excel.run` runs the real excel layer on
 * the memory host. What is asserted is what the code asks of Office and Excel, and in which order: the
 * start-up behaviour requested once with StartupBehavior.load after Office.onReady, the onChanged handler
 * added once on the household sheet (even when start-up is asked again), and removed with
 * EventHandlerResult.remove() followed by a sync when tracking stops.
 */
import { HISTORY_TABLE } from '../../src/domain/tracking';
import type { MemoryWorkbook } from '../../src/host/memory';
import { EventHandlerResult, WorksheetChangedEvent } from '../../src/host/memory/proxy/sheet-parts';
import { officeTracking } from '../../src/taskpane/sections/tracking/officeTracking';
import { handBuilt } from '../excel/tracking/helpers';

const HOUSEHOLD_SHEET = 'Tableau_de_saisie';

interface Fakes {
  readonly log: string[];
  readonly runs: Promise<unknown>[];
  readonly setStartupBehavior: jest.Mock;
}

const g = globalThis as Record<string, unknown>;

/**
 * Records the calls: `onChanged.add` and `remove()` when the code queues them, « handler added / removed »
 * when the host applies them, which it does only at the sync of the batch that queued them.
 */
function record(wb: MemoryWorkbook, log: string[]): void {
  const nameOf = (id: string) => wb.sheetNames().find((n) => wb.sheet(n)!.id === id);
  const add = wb.addChangeHandler.bind(wb);
  const remove = wb.removeChangeHandler.bind(wb);
  jest.spyOn(wb, 'addChangeHandler').mockImplementation((id, h) => {
    log.push(`handler added on ${nameOf(id)}`);
    add(id, h);
  });
  jest.spyOn(wb, 'removeChangeHandler').mockImplementation((id, h) => {
    log.push(`handler removed from ${nameOf(id)}`);
    remove(id, h);
  });
  const onAdd = WorksheetChangedEvent.prototype.add;
  jest.spyOn(WorksheetChangedEvent.prototype, 'add').mockImplementation(function (this: WorksheetChangedEvent, h) {
    log.push('onChanged.add');
    return onAdd.call(this, h);
  });
  const onRemove = EventHandlerResult.prototype.remove;
  jest.spyOn(EventHandlerResult.prototype, 'remove').mockImplementation(function (this: EventHandlerResult) {
    log.push('remove()');
    onRemove.call(this);
  });
}

function installOffice(wb: MemoryWorkbook, startup: () => Promise<void> = () => Promise.resolve()): Fakes {
  const log: string[] = [];
  const runs: Promise<unknown>[] = [];
  const setStartupBehavior = jest.fn((behavior: string) => {
    log.push(`setStartupBehavior(${behavior})`);
    return startup();
  });
  g.Office = {
    onReady: (callback: (info: { host: string }) => void) => {
      log.push('Office.onReady');
      callback({ host: 'Excel' });
      return Promise.resolve({ host: 'Excel' });
    },
    addin: { setStartupBehavior },
    StartupBehavior: { load: 'Load', none: 'None' },
  };
  g.Excel = {
    run: (callback: (context: Excel.RequestContext) => Promise<unknown>) => {
      log.push('Excel.run');
      const p = wb.run(callback);
      runs.push(p);
      return p;
    },
    createWorkbook: jest.fn(),
  };
  g.document = {
    getElementById: (id: string) => {
      log.push(`getElementById(${id})`);
      return null; // no #root: nothing is rendered, the start-up path still runs
    },
  };
  record(wb, log);
  return { log, runs, setStartupBehavior };
}

/** Waits for every Excel.run started so far, including those started by the ones awaited. */
async function settle(runs: Promise<unknown>[]): Promise<void> {
  for (let n = -1; n !== runs.length; ) {
    n = runs.length;
    await Promise.allSettled(runs);
  }
}

/** Loads the Office entry afresh (its module code is the start-up path). */
async function loadIndex(): Promise<void> {
  await jest.isolateModulesAsync(async () => {
    await import('../../src/taskpane/index');
  });
}

afterEach(() => {
  jest.restoreAllMocks();
  delete g.Office;
  delete g.Excel;
  delete g.document;
});

const historyActions = (wb: MemoryWorkbook): string[] => (wb.table(HISTORY_TABLE)?.column('Action') ?? []) as string[];

test('index.tsx: after Office.onReady, asks to load with the workbook, then registers one handler on the household sheet', async () => {
  const wb = await handBuilt();
  const { log, runs, setStartupBehavior } = installOffice(wb);
  await loadIndex();
  await settle(runs);
  expect(setStartupBehavior).toHaveBeenCalledTimes(1);
  expect(setStartupBehavior).toHaveBeenCalledWith('Load');
  expect(log).toEqual([
    'Office.onReady',
    'getElementById(root)',
    'setStartupBehavior(Load)',
    'Excel.run',
    'onChanged.add',
    `handler added on ${HOUSEHOLD_SHEET}`,
  ]);
  expect(wb.changeHandlerCount(HOUSEHOLD_SHEET)).toBe(1);
  // The registered handler is the tracker: a typed change is logged in the history, in its own Excel.run.
  await wb.simulateUserEdit(HOUSEHOLD_SHEET, 'D6', 'Jeanne');
  await settle(runs);
  expect(log.filter((l) => l === 'Excel.run')).toHaveLength(2);
  expect(historyActions(wb)).toEqual(['saisie']);
});

test('index.tsx: a refused start-up behaviour is only a warning; tracking still starts', async () => {
  const wb = await handBuilt();
  const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
  const { log, runs } = installOffice(wb, () => Promise.reject(Object.assign(new Error('refusé'), { code: 'NotAllowed' })));
  await loadIndex();
  await settle(runs);
  await new Promise((resolve) => setImmediate(resolve)); // let the rejected start-up request be handled
  expect(warn).toHaveBeenCalledWith('RIME : chargement au démarrage non activé.', expect.objectContaining({ code: 'NotAllowed' }));
  expect(log.slice(-2)).toEqual(['onChanged.add', `handler added on ${HOUSEHOLD_SHEET}`]);
  expect(wb.changeHandlerCount(HOUSEHOLD_SHEET)).toBe(1);
});

test('officeTracking: started once however often it is asked; stop removes the handler (remove() then sync); start again', async () => {
  const wb = await handBuilt();
  const { log, runs } = installOffice(wb);
  const run = (g.Excel as { run: <T>(cb: (c: Excel.RequestContext) => Promise<T>) => Promise<T> }).run;
  const tracking = officeTracking(run, () => 'mdupont');
  // At start-up and after a pane action at the same time, then once more when running.
  await Promise.all([tracking.ensure(), tracking.ensure()]);
  await tracking.ensure();
  expect(log.filter((l) => l === 'onChanged.add')).toHaveLength(1);
  expect(wb.changeHandlerCount(HOUSEHOLD_SHEET)).toBe(1);
  expect(tracking.notice()).toEqual({ intent: 'success', text: `Suivi des modifications actif sur la feuille « ${HOUSEHOLD_SHEET} ».` });

  log.length = 0;
  await tracking.stop();
  expect(log).toEqual(['remove()', `handler removed from ${HOUSEHOLD_SHEET}`]);
  expect(wb.changeHandlerCount(HOUSEHOLD_SHEET)).toBe(0);
  expect(tracking.notice()).toEqual({ intent: 'info', text: 'Suivi des modifications arrêté.' });
  await wb.simulateUserEdit(HOUSEHOLD_SHEET, 'D6', 'Jeanne');
  await settle(runs);
  expect(historyActions(wb)).toEqual([]);

  // Started again: the edit made while stopped is found by the fingerprint check, then edits are logged.
  await tracking.ensure();
  expect(log.slice(-2)).toEqual(['onChanged.add', `handler added on ${HOUSEHOLD_SHEET}`]);
  expect(wb.changeHandlerCount(HOUSEHOLD_SHEET)).toBe(1);
  expect(tracking.notice()?.text).toBe(
    `Suivi des modifications actif sur la feuille « ${HOUSEHOLD_SHEET} ». 1 ménage(s) modifié(s) hors suivi depuis la dernière ouverture : voir l'historique.`,
  );
  await wb.simulateUserEdit(HOUSEHOLD_SHEET, 'D7', 'Paul');
  await settle(runs);
  expect(historyActions(wb)).toEqual(['modifié hors suivi', 'saisie']);
  await tracking.stop();
  expect(wb.changeHandlerCount(HOUSEHOLD_SHEET)).toBe(0);
});
