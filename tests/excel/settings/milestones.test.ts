import { HISTORY_TABLE } from '../../../src/domain/tracking';
import { applyMilestonePreset, presetLines } from '../../../src/excel/settings/milestones';
import { prepareWorkbook } from '../../../src/excel/setup/prepare';
import { readMilestoneSettings, reminders } from '../../../src/excel/tracking/milestones';
import { MemoryWorkbook } from '../../../src/host/memory';

const TODAY = 46349; // 23/11/2026: Préparer writes the eight month ends of 2026 in E11:F18.

// Excel serials written by hand (days since 30/12/1899).
const Q2028 = { mar31: 46843, jun30: 46934, sep30: 47026, dec31: 47118 };
const FEB29_2028 = 46812;
const CIRCULAIRE_2027 = [46418, 46507, 46568, 46630, 46660, 46691, 46721, 46752];
const CIRCULAIRE_2026 = [46053, 46142, 46203, 46265, 46295, 46326, 46356, 46387];

async function prepared(): Promise<MemoryWorkbook> {
  const wb = new MemoryWorkbook();
  await wb.run((c) => prepareWorkbook(c, { today: TODAY, bailleur: 'Habitat Sud', referent: 'A. Martin' }));
  return wb;
}

/** Cells typed by a user around the list: right of it (G), and below it after the blank row (E20:F20). */
async function withNotes(wb: MemoryWorkbook): Promise<void> {
  await wb.run(async (c) => {
    const ws = c.workbook.worksheets.getItem('Paramètres');
    ws.getRange('G11:G12').values = [['note à droite'], ['autre note']];
    ws.getRange('E20:F20').values = [['à garder', 12]];
    await c.sync();
  });
}

test('Préparer wrote the circular\'s eight month ends of 2026 under the « Point d\'étape » header', async () => {
  const sheet = (await prepared()).sheet('Paramètres')!;
  expect(sheet.values('E9:F10')).toEqual([
    ["Points d'étape de l'année (modifiables)", ''],
    ["Point d'étape", 'Date'],
  ]);
  expect(sheet.values('F11:F18').map((r) => r[0])).toEqual(CIRCULAIRE_2026);
});

test('trimestriel 2028: four month ends under the header, the old rows emptied, the cells around untouched, 3 syncs', async () => {
  const wb = await prepared();
  await withNotes(wb);
  const sheet = wb.sheet('Paramètres')!;
  const before = sheet.formulas('A1:H60');
  wb.resetStats();
  const report = await wb.run((c) =>
    applyMilestonePreset(c, { preset: 'trimestriel', year: 2028, who: 'mdupont', now: '2028-01-05T09:00:00' }),
  );
  expect(wb.stats.syncs).toBe(3);
  expect(report.syncs).toBe(3);
  expect(report).toMatchObject({ address: 'E11:F14', cleared: 4, sheet: 'Paramètres', previous: CIRCULAIRE_2026 });
  expect(report.dates).toEqual([Q2028.mar31, Q2028.jun30, Q2028.sep30, Q2028.dec31]);
  expect(sheet.values('E10:F19')).toEqual([
    ["Point d'étape", 'Date'],
    [1, Q2028.mar31],
    [2, Q2028.jun30],
    [3, Q2028.sep30],
    [4, Q2028.dec31],
    ['', ''],
    ['', ''],
    ['', ''],
    ['', ''],
    ['', ''],
  ]);
  expect(['F11', 'F12', 'F13', 'F14'].map((a) => sheet.at(a).numberFormat)).toEqual(Array(4).fill('dd/mm/yyyy'));
  // Every other cell of A1:H60 is as it was (G notes, E20:F20 below the list, the SMIC table, column B).
  const after = sheet.formulas('A1:H60');
  const changed: string[] = [];
  after.forEach((row, r) =>
    row.forEach((v, c) => {
      if (v !== before[r][c]) changed.push(`${'ABCDEFGH'[c]}${r + 1}`);
    }),
  );
  // E11:E14 were already 1 to 4.
  expect(changed).toEqual(['F11', 'F12', 'F13', 'F14', 'E15', 'F15', 'E16', 'F16', 'E17', 'F17', 'E18', 'F18']);
  expect(sheet.values('G11:G12')).toEqual([['note à droite'], ['autre note']]);
  expect(sheet.values('E20:F20')).toEqual([['à garder', 12]]);
  // Read back as the rest of the add-in reads it.
  expect((await wb.run((c) => readMilestoneSettings(c))).dates).toEqual([Q2028.mar31, Q2028.jun30, Q2028.sep30, Q2028.dec31]);
  // One history row: action « paramètres », old and new dates.
  const history = wb.table(HISTORY_TABLE)!;
  expect(history.column('Action')).toEqual(['paramètres']);
  expect(history.column('Identifiant')).toEqual(['mdupont']);
  expect(history.column('Feuille')).toEqual(['Paramètres']);
  expect(history.column('Nouvelle valeur')).toEqual(['Calendrier trimestriel 2028 : 31/03/2028, 30/06/2028, 30/09/2028, 31/12/2028']);
  expect(history.column('Ancienne valeur')).toEqual([
    '31/01/2026, 30/04/2026, 30/06/2026, 31/08/2026, 30/09/2026, 31/10/2026, 30/11/2026, 31/12/2026',
  ]);
  expect(presetLines(report)).toEqual([
    "Calendrier trimestriel 2028 : 4 dates, du 31/03/2028 au 31/12/2028, écrites dans la feuille « Paramètres » (E11:F14).",
    '31/03/2028, 30/06/2028, 30/09/2028, 31/12/2028',
    "Les rappels du Suivi et « Clore le point d'étape » suivent désormais ces dates.",
  ]);
});

test('mensuel 2028: twelve real month ends, 29/02/2028 included, the list ends on a blank row', async () => {
  const wb = await prepared();
  const report = await wb.run((c) => applyMilestonePreset(c, { preset: 'mensuel', year: 2028 }));
  expect(report).toMatchObject({ address: 'E11:F22', cleared: 0 });
  const sheet = wb.sheet('Paramètres')!;
  expect(sheet.values('E11:F23')).toEqual([
    [1, 46783],
    [2, FEB29_2028],
    [3, 46843],
    [4, 46873],
    [5, 46904],
    [6, 46934],
    [7, 46965],
    [8, 46996],
    [9, 47026],
    [10, 47057],
    [11, 47087],
    [12, 47118],
    ['', ''],
  ]);
  expect(sheet.at('F22').numberFormat).toBe('dd/mm/yyyy');
  expect(wb.table(HISTORY_TABLE)!.column('Identifiant')).toEqual(['(non renseigné)']);
  // Back to semestriel: two dates, the ten other rows emptied.
  const semi = await wb.run((c) => applyMilestonePreset(c, { preset: 'semestriel', year: 2028 }));
  expect(semi).toMatchObject({ address: 'E11:F12', cleared: 10, dates: [46934, 47118] });
  expect((await wb.run((c) => readMilestoneSettings(c))).dates).toEqual([46934, 47118]);
});

test('circulaire 2027: end of January, April, June, August, September, October, November, December', async () => {
  const wb = await prepared();
  await wb.run((c) => applyMilestonePreset(c, { preset: 'trimestriel', year: 2028 }));
  const report = await wb.run((c) => applyMilestonePreset(c, { preset: 'circulaire', year: 2027 }));
  expect(report.dates).toEqual(CIRCULAIRE_2027);
  expect(wb.sheet('Paramètres')!.values('E11:F19')).toEqual([
    [1, 46418],
    [2, 46507],
    [3, 46568],
    [4, 46630],
    [5, 46660],
    [6, 46691],
    [7, 46721],
    [8, 46752],
    ['', ''],
  ]);
  expect(presetLines(report)[0]).toBe(
    "Calendrier de la circulaire USH 2027 : 8 dates, du 31/01/2027 au 31/12/2027, écrites dans la feuille « Paramètres » (E11:F18).",
  );
});

test('the reminders follow the new dates', async () => {
  const wb = await prepared();
  const on27dec = 46383; // 27/12/2026
  const on27nov = 46353; // 27/11/2026
  expect((await wb.run((c) => reminders(c, on27nov))).map((r) => r.message)).toEqual([
    "Point d'étape le 30/11 : dans 3 jours",
    "Données non actualisées depuis le point d'étape du 31/10",
  ]);
  await wb.run((c) => applyMilestonePreset(c, { preset: 'trimestriel', year: 2028 }));
  // No milestone at the end of November any more; 31/12 comes, the last one passed is 30/09.
  expect((await wb.run((c) => reminders(c, on27nov))).map((r) => r.message)).toEqual([
    "Données non actualisées depuis le point d'étape du 30/09",
  ]);
  expect((await wb.run((c) => reminders(c, on27dec))).map((r) => r.message)).toEqual([
    "Point d'étape le 31/12 : dans 4 jours",
    "Données non actualisées depuis le point d'étape du 30/09",
  ]);
});

test('a longer list never writes over what a user typed below the old one: French message, nothing written', async () => {
  const wb = await prepared();
  await withNotes(wb);
  const sheet = wb.sheet('Paramètres')!;
  const before = sheet.formulas('A1:H60');
  await expect(wb.run((c) => applyMilestonePreset(c, { preset: 'mensuel', year: 2028 }))).rejects.toMatchObject({
    code: 'InvalidMilestonePreset',
    message:
      "Les 12 dates du calendrier mensuel ne tiennent pas sous l'en-tête « Point d'étape » : les cellules E20:F20 de la feuille « Paramètres » ne sont pas vides. Déplacez ce qui se trouve sous la liste des points d'étape, puis réessayez.",
  });
  expect(sheet.formulas('A1:H60')).toEqual(before);
  expect(wb.table(HISTORY_TABLE)).toBeUndefined();
});

test('without Paramètres, or with a bad year: a French message, nothing created', async () => {
  const wb = new MemoryWorkbook();
  await expect(wb.run((c) => applyMilestonePreset(c, { preset: 'trimestriel', year: 2028 }))).rejects.toMatchObject({
    code: 'MissingSheet',
    message:
      "Lancez d'abord « Préparer le classeur » : la feuille « Paramètres », qui porte les dates des points d'étape, est introuvable.",
  });
  expect(wb.sheetNames()).toEqual(['Feuil1']);
  const ready = await prepared();
  await expect(ready.run((c) => applyMilestonePreset(c, { preset: 'trimestriel', year: 28 }))).rejects.toMatchObject({
    code: 'InvalidMilestonePreset',
    message: 'Année « 28 » invalide : saisir une année entre 1990 et 2100.',
  });
});
