import { MemoryWorkbook } from '../../src/host/memory';
import { legacyWorkbook, prepare } from './helpers';

test('a prepared workbook saved as .xlsx and reopened needs nothing more', async () => {
  const wb = await legacyWorkbook(['Nom du chef de ménage', "N° d'identification du ménage", 'Relogement', 'Loyer de base mensuel', 'Bâtiment'], [
    ['Durand', 1, 'OUI', 400, 'B'],
    ['Martin', 2, 'NON', 380, 'C'],
  ]);
  expect((await prepare(wb)).changed).toBe(true);
  const reopened = await MemoryWorkbook.fromXlsx(await wb.toXlsx());
  const report = await prepare(reopened);
  expect(report.lines).toEqual(['Le classeur est déjà prêt : rien à changer.']);
  expect(report.changed).toBe(false);
});
