/**
 * « Exporter le point d'étape » from the pane's actions: in Office the file goes to `openWorkbook`
 * (Excel.createWorkbook), in the demo to `download`; the bytes handed over are the export itself.
 */
import { MemoryWorkbook } from '../../src/host/memory';
import { closeMilestone } from '../../src/excel/tracking/milestones';
import { messageForError } from '../../src/taskpane/errors';
import type { PaneHost } from '../../src/taskpane/host';
import { trackingActions } from '../../src/taskpane/sections/tracking/actions';
import { handBuilt } from '../excel/tracking/helpers';

const steps: string[] = [];
const progress = (s: string) => void steps.push(s);

async function closed(): Promise<MemoryWorkbook> {
  const wb = await handBuilt();
  await wb.run((ctx) => closeMilestone(ctx, { date: 46326, who: 'Marie Dupont', now: '2026-11-02T09:30:00' }));
  return wb;
}

const host = (wb: MemoryWorkbook, extra: Partial<PaneHost>): PaneHost => ({ run: (cb) => wb.run(cb), today: () => 46330, ...extra });

test('in Office: the export opens as a new workbook', async () => {
  const wb = await closed();
  const openWorkbook = jest.fn(async (_base64: string) => undefined);
  const outcome = await trackingActions(host(wb, { openWorkbook })).exportLast(progress);
  expect(openWorkbook).toHaveBeenCalledTimes(1);
  const opened = await MemoryWorkbook.fromXlsx(Buffer.from(openWorkbook.mock.calls[0][0], 'base64'));
  expect(opened.sheetNames()).toEqual(["Point d'étape", 'Progression']);
  expect(opened.sheet("Point d'étape")!.values('A1:A2')).toEqual([
    ["Point d'étape du 31/10/2026 — clos le 02/11/2026 à 09:30"],
    ['Chiffres agrégés, sans donnée personnelle'],
  ]);
  expect(outcome).toEqual({
    intent: 'success',
    title: "Point d'étape du 31/10/2026 exporté",
    lines: [
      "Nouveau classeur ouvert : l'enregistrer sous « RIME_point_etape_2026-10-31.xlsx ».",
      '3 périmètre(s) (Tout et chaque opération), 1 point(s) de progression ; chiffres agrégés, sans donnée personnelle.',
    ],
  });
});

test('in the demo: the export is downloaded under its file name', async () => {
  const wb = await closed();
  const download = jest.fn((_name: string, _base64: string) => undefined);
  const outcome = await trackingActions(host(wb, { download })).exportLast(progress);
  expect(download).toHaveBeenCalledTimes(1);
  expect(download.mock.calls[0][0]).toBe('RIME_point_etape_2026-10-31.xlsx');
  const file = await MemoryWorkbook.fromXlsx(Buffer.from(download.mock.calls[0][1], 'base64'));
  expect(file.sheet('Progression')!.values('A5:D5')).toEqual([['31/10/2026', 2, 1, 1]]);
  expect(outcome.lines[0]).toBe('Fichier « RIME_point_etape_2026-10-31.xlsx » téléchargé.');
});

test('nothing closed: the French error reaches the pane (the action fails, nothing is opened)', async () => {
  const wb = await handBuilt();
  const openWorkbook = jest.fn(async () => undefined);
  const error = await trackingActions(host(wb, { openWorkbook })).exportLast(progress).catch((e: unknown) => e);
  expect(error).toMatchObject({ code: 'NoMilestoneClosed' });
  // What the pane shows (useAction's error outcome).
  expect(messageForError(error)).toBe(
    "Aucun point d'étape n'est clos dans ce classeur : clore d'abord un point d'étape (« Clore le point d'étape »), puis l'exporter.",
  );
  expect(openWorkbook).not.toHaveBeenCalled();
});
