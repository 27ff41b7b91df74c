/**
 * The runner's workbook commands (issue 4): setup, sample, operations — OUT written only on success, IN never
 * modified, French messages and exit codes; the saved file opens in LibreOffice when it is installed.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { promises as fs, existsSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { MemoryWorkbook } from '../../src/host/memory';
import { rime } from './run';

let dir: string;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'rime-cli-'));
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

const file = (name: string) => path.join(dir, name);
const sha = async (f: string) => createHash('sha256').update(await fs.readFile(f)).digest('hex');

async function sheetNames(f: string): Promise<string[]> {
  const wb = await MemoryWorkbook.fromXlsx(await fs.readFile(f));
  return wb.run(async (context) => {
    const sheets = context.workbook.worksheets;
    sheets.load('items/name');
    await context.sync();
    return sheets.items.map((s) => s.name);
  });
}

test('setup --out makes a new workbook with every RIME sheet', async () => {
  const r = await rime('setup', '--out', file('new.xlsx'), '--today', '2026-11-23');
  expect(r.code).toBe(0);
  expect(r.out).toContain('Classeur préparé');
  expect(await sheetNames(file('new.xlsx'))).toEqual(
    expect.arrayContaining(['Tableau_de_saisie', 'liste_opération', 'Paramètres', 'Tableau des variables', 'Explication', 'Listes']),
  );
});

test('sample then setup again changes nothing, and IN is never modified', async () => {
  const sample = await rime('sample', '--households', '300', '--seed', '4', '--out', file('sample.xlsx'), '--today', '2026-11-23');
  expect(sample.code).toBe(0);
  expect(sample.out).toContain('300 ménages fictifs sur 4 opérations');
  const before = await sha(file('sample.xlsx'));
  const again = await rime('setup', '--in', file('sample.xlsx'), '--out', file('again.xlsx'), '--today', '2026-11-23', '--json');
  expect(again.code).toBe(0);
  expect(JSON.parse(again.out).changed).toBe(false);
  expect(await sha(file('sample.xlsx'))).toBe(before);
});

test('operations validate, then a refused delete that names the households and leaves no OUT', async () => {
  const v = await rime('operations', 'validate', '--in', file('sample.xlsx'), '--out', file('validated.xlsx'));
  expect(v.code).toBe(0);
  const wb = await MemoryWorkbook.fromXlsx(await fs.readFile(file('validated.xlsx')));
  const names = await wb.run(async (context) => {
    const r = context.workbook.worksheets.getItem('liste_opération').getUsedRange(true);
    r.load('values');
    await context.sync();
    return r.values.map((row) => String(row[0]));
  });
  const ops = names.slice(names.indexOf('Tout') + 1).filter((n) => n !== '');
  expect(names[names.indexOf('Tout')]).toBe('Tout');
  expect(ops).toEqual([...ops].sort((a, b) => a.localeCompare(b, 'fr')));
  expect(ops).toHaveLength(4);
  const d = await rime('operations', 'delete', ops[0], '--in', file('validated.xlsx'), '--out', file('deleted.xlsx'));
  expect(d.code).not.toBe(0);
  expect(d.err).toMatch(/Impossible de supprimer l'opération .* ménages y sont rattachés \(ligne \d+ \(N° \d+\)/);
  expect(existsSync(file('deleted.xlsx'))).toBe(false);
  const moved = await rime('operations', 'delete', ops[0], '--move-to', ops[1], '--in', file('validated.xlsx'), '--out', file('deleted.xlsx'));
  expect(moved.code).toBe(0);
  expect(existsSync(file('deleted.xlsx'))).toBe(true);
});

test('usage errors are French, exit 2, and write nothing', async () => {
  expect((await rime('sample', '--out', file('x.xlsx'))).err).toContain("L'option --households est obligatoire");
  const missing = await rime('setup', '--in', file('absent.xlsx'), '--out', file('y.xlsx'));
  expect(missing.code).toBe(1);
  expect(missing.err).toContain('est introuvable');
  expect((await rime('inconnue')).code).toBe(2);
  expect(existsSync(file('x.xlsx')) || existsSync(file('y.xlsx'))).toBe(false);
});

const soffice = spawnSync('sh', ['-c', 'command -v soffice'], { encoding: 'utf8' }).stdout.trim();
const withLibreOffice = soffice ? test : test.skip;
if (!soffice) console.warn('LibreOffice (soffice) absent : test de conversion PDF ignoré (.ci/run l\'installe).');

withLibreOffice('LibreOffice opens the prepared sample and recalculates the derived formulas', async () => {
  const out = path.join(dir, 'lo');
  execFileSync(soffice, ['--headless', '--convert-to', 'pdf', '--outdir', out, file('sample.xlsx')], { stdio: 'pipe', timeout: 120000 });
  expect((await fs.stat(path.join(out, 'sample.pdf'))).size).toBeGreaterThan(10000);
  execFileSync(soffice, ['--headless', '--convert-to', 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1', '--outdir', out, file('sample.xlsx')], { stdio: 'pipe', timeout: 120000 });
  const csv = await fs.readFile(path.join(out, 'sample-Tableau_de_saisie.csv'), 'utf8');
  const lines = csv.split('\n');
  const header = lines.findIndex((l) => l.startsWith("N° d'identification du ménage"));
  const cols = lines[header].split(',');
  const first = lines[header + 1].match(/("[^"]*"|[^,]*)(,|$)/g)!.map((c) => c.replace(/,$/, '').replace(/^"|"$/g, ''));
  const at = (label: string) => first[cols.indexOf(label)];
  const rent = Number(at('Loyer de base mensuel ★'));
  const charges = Number(at('Provision pour charges ★') || 0);
  // LibreOffice computed the structured-reference formula: quittance = loyer + provision pour charges.
  expect(Number(at('Quittance mensuelle ★'))).toBeCloseTo(rent + charges, 6);
  expect(csv).not.toMatch(/#VALUE!|#DIV\/0!|#REF!|#NAME\?|Err:/);
});
