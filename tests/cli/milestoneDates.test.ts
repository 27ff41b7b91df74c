/**
 * The runner's `milestone dates`: the dates of Paramètres from a preset (trimestriel 2028, mensuel with
 * 29/02), the year of --today by default, the history row, French usage errors without OUT.
 */
import { existsSync, promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { MemoryWorkbook } from '../../src/host/memory';
import { rime } from './run';

let dir: string;
const file = (name: string) => path.join(dir, name);

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'rime-cli-dates-'));
  const r = await rime('setup', '--out', file('new.xlsx'), '--today', '2026-11-23');
  expect(r.code).toBe(0);
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

async function params(f: string, address: string): Promise<(string | number | boolean)[][]> {
  const wb = await MemoryWorkbook.fromXlsx(await fs.readFile(f));
  return wb.sheet('Paramètres')!.values(address);
}

test('milestone dates --preset trimestriel --year 2028: four month ends in E11:F14, the old rows emptied', async () => {
  const r = await rime('milestone', 'dates', '--preset', 'trimestriel', '--year', '2028', '--who', 'Marie Dupont', '--in', file('new.xlsx'), '--out', file('q.xlsx'));
  expect(r.err).toBe('');
  expect(r.code).toBe(0);
  expect(r.out.split('\n')).toEqual([
    "Calendrier trimestriel 2028 : 4 dates, du 31/03/2028 au 31/12/2028, écrites dans la feuille « Paramètres » (E11:F14).",
    '31/03/2028, 30/06/2028, 30/09/2028, 31/12/2028',
    "Les rappels du Suivi et « Clore le point d'étape » suivent désormais ces dates.",
    '',
  ]);
  // 31/03/2028 = 46843, 30/06 = 46934, 30/09 = 47026, 31/12 = 47118.
  expect(await params(file('q.xlsx'), 'E10:F19')).toEqual([
    ["Point d'étape", 'Date'],
    [1, 46843],
    [2, 46934],
    [3, 47026],
    [4, 47118],
    ['', ''],
    ['', ''],
    ['', ''],
    ['', ''],
    ['', ''],
  ]);
  // IN is untouched: still the eight dates of 2026 (31/01/2026 = 46053 … 31/12/2026 = 46387).
  expect((await params(file('new.xlsx'), 'F11:F18')).map((x) => x[0])).toEqual([46053, 46142, 46203, 46265, 46295, 46326, 46356, 46387]);
  const history = await rime('history', 'list', '--in', file('q.xlsx'), '--json');
  expect(JSON.parse(history.out)).toEqual([
    // `setup` logs itself (no --who: the runner's name).
    expect.objectContaining({ who: 'rime (ligne de commande)', action: 'Préparer le classeur' }),
    expect.objectContaining({
      who: 'Marie Dupont',
      sheet: 'Paramètres',
      action: 'paramètres',
      newValue: 'Calendrier trimestriel 2028 : 31/03/2028, 30/06/2028, 30/09/2028, 31/12/2028',
    }),
  ]);
});

test('milestone dates --preset mensuel --json, year of --today: twelve month ends, 29/02/2028 among them', async () => {
  const r = await rime('milestone', 'dates', '--preset', 'mensuel', '--today', '2028-05-02', '--in', file('new.xlsx'), '--out', file('m.xlsx'), '--json');
  expect(r.code).toBe(0);
  expect(JSON.parse(r.out)).toEqual({
    preset: 'mensuel',
    year: 2028,
    sheet: 'Paramètres',
    address: 'E11:F22',
    dates: [
      '2028-01-31', '2028-02-29', '2028-03-31', '2028-04-30', '2028-05-31', '2028-06-30',
      '2028-07-31', '2028-08-31', '2028-09-30', '2028-10-31', '2028-11-30', '2028-12-31',
    ],
    previous: ['2026-01-31', '2026-04-30', '2026-06-30', '2026-08-31', '2026-09-30', '2026-10-31', '2026-11-30', '2026-12-31'],
    cleared: 0,
  });
  expect((await params(file('m.xlsx'), 'F12:F12'))[0][0]).toBe(46812); // 29/02/2028
});

test('usage errors are French, exit 2, no OUT; a workbook without Paramètres names the fix', async () => {
  const none = await rime('milestone', 'dates', '--in', file('new.xlsx'), '--out', file('x.xlsx'));
  expect(none.code).toBe(2);
  expect(none.err).toContain("L'option --preset est obligatoire : circulaire, mensuel, trimestriel, semestriel.");
  const bad = await rime('milestone', 'dates', '--preset', 'annuel', '--in', file('new.xlsx'), '--out', file('x.xlsx'));
  expect(bad.code).toBe(2);
  expect(bad.err).toContain('Calendrier « annuel » inconnu : choisir circulaire, mensuel, trimestriel ou semestriel.');
  const year = await rime('milestone', 'dates', '--preset', 'mensuel', '--year', '28', '--in', file('new.xlsx'), '--out', file('x.xlsx'));
  expect(year.code).toBe(2);
  expect(year.err).toContain('--year attend une année AAAA (reçu « 28 »).');
  expect(existsSync(file('x.xlsx'))).toBe(false);

  const empty = new MemoryWorkbook();
  await fs.writeFile(file('empty.xlsx'), await empty.toXlsx());
  const missing = await rime('milestone', 'dates', '--preset', 'semestriel', '--in', file('empty.xlsx'), '--out', file('x.xlsx'));
  expect(missing.code).not.toBe(0);
  expect(missing.err).toContain("Lancez d'abord « Préparer le classeur » : la feuille « Paramètres »");
  expect(existsSync(file('x.xlsx'))).toBe(false);

  const help = (await rime('milestone', '--help')).out.split('\n');
  expect(help[4]).toBe(
    '        npm run rime -- milestone dates --preset circulaire|mensuel|trimestriel|semestriel [--year AAAA] [--who NOM] --in IN.xlsx --out OUT.xlsx [--json]',
  );
  expect(help).toContain(`  --year AAAA${' '.repeat(41)}année des dates écrites (par défaut : l’année en cours)`);
  expect(help).toContain(
    '  --preset circulaire|mensuel|trimestriel|semestriel  calendrier des points d’étape — circulaire USH : 8 points par an ' +
      '(fin janvier, avril, juin, août, septembre, octobre, novembre, décembre) ; mensuel : chaque fin de mois ; ' +
      'trimestriel : fin mars, juin, septembre, décembre ; semestriel : fin juin et fin décembre',
  );
  expect(help.slice(-3)).toEqual(['Exemple :', '  npm run rime -- milestone dates --preset trimestriel --year 2028 --in suivi.xlsx --out suivi-trimestriel.xlsx', '']);
});
