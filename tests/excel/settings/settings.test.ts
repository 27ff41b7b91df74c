import { prepareWorkbook } from '../../../src/excel/setup/prepare';
import { readSettings, settingsProblems, writeSettings } from '../../../src/excel/settings/settings';
import { MemoryWorkbook } from '../../../src/host/memory';
import { parseSmicLines } from '../../../src/taskpane/sections/settings';

const TODAY = 46349; // 2026-11-23

async function prepared(): Promise<MemoryWorkbook> {
  const wb = new MemoryWorkbook();
  await wb.run((c) => prepareWorkbook(c, { today: TODAY, bailleur: 'Habitat Sud', referent: 'A. Martin' }));
  return wb;
}

test('reads what Préparer le classeur wrote: bailleur, référent, SMIC year and table', async () => {
  const s = await (await prepared()).run((c) => readSettings(c));
  expect(s.bailleur).toBe('Habitat Sud');
  expect(s.referent).toBe('A. Martin');
  expect(s.smicYear).toBe(2026);
  expect(s.smicTable[0]).toEqual({ year: 2006, value: 1118 });
});

test('writes the form back, and RIME_SMIC follows the year of reference', async () => {
  const wb = await prepared();
  await wb.run((c) =>
    writeSettings(c, { bailleur: 'Logis Nord', referent: 'B. Durand', smicYear: 2030, smicTable: [{ year: 2030, value: 1500.5 }, { year: 2006, value: 1118 }] }),
  );
  const s = await wb.run((c) => readSettings(c));
  expect(s).toEqual({ bailleur: 'Logis Nord', referent: 'B. Durand', smicYear: 2030, smicTable: [{ year: 2006, value: 1118 }, { year: 2030, value: 1500.5 }] });
  const smic = await wb.run(async (c) => {
    const r = c.workbook.names.getItem('RIME_SMIC').getRange();
    r.load('values');
    await c.sync();
    return r.values[0][0];
  });
  expect(smic).toBe(1500.5);
});

test('French problems for bad entries; nothing is written', async () => {
  expect(settingsProblems({ bailleur: '', referent: '', smicYear: 26, smicTable: [{ year: 2024, value: 0 }, { year: 2024, value: 1 }] })).toEqual([
    "L'année de référence du SMIC doit être une année entre 1990 et 2100.",
    'SMIC de 2024 invalide : saisir un montant mensuel positif en euros.',
    "L'année 2024 figure deux fois dans la table du SMIC : n'en garder qu'une.",
  ]);
  expect(parseSmicLines('2024 = 1398,69\n2025: 1 426,30 €\nabc')).toEqual({
    entries: [{ year: 2024, value: 1398.69 }, { year: 2025, value: 1426.3 }],
    errors: ['Ligne 3 « abc » : écrire « année = montant », par exemple « 2026 = 1443,11 ».'],
  });
});

test('a workbook without Paramètres gets a French message naming the fix', async () => {
  const wb = new MemoryWorkbook();
  await expect(wb.run((c) => readSettings(c))).rejects.toThrow('Préparer le classeur');
});
