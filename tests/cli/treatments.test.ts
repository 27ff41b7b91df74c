/**
 * The runner's `treat` command (issue « Traitements »): « Tout lancer » writes 22 result sheets and 22
 * comparison blocks; --json gives the fiche tables, checked against counts made by hand from the sample
 * rows; manual criteria; French usage errors; the 22-sheet file converts to PDF in LibreOffice.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { parseIsoDate } from '../../src/domain/dates';
import type { CompletenessLine, Fiche, FicheTable } from '../../src/domain/fiches';
import { MemoryWorkbook } from '../../src/host/memory';
import { generateSample } from '../../src/sample';
import { rime } from './run';

const TODAY = '2026-11-23';
// Slow steps (a 1,500-household workbook saved and reopened, LibreOffice): generous limits, nothing is timed.
jest.setTimeout(300_000);
let dir: string;
const file = (name: string) => path.join(dir, name);

// The rows `sample --households 1500 --seed 9` generates (same generator, same options as the command).
const rows = generateSample({ households: 1500, operations: 4, errors: 0, seed: 9, today: parseIsoDate(TODAY)! }).rows;

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'rime-treat-'));
  const r = await rime('sample', '--households', '1500', '--seed', '9', '--today', TODAY, '--out', file('sample.xlsx'));
  expect(r.code).toBe(0);
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

async function open(f: string): Promise<MemoryWorkbook> {
  return MemoryWorkbook.fromXlsx(await fs.readFile(f));
}

async function sheetNames(wb: MemoryWorkbook): Promise<string[]> {
  return wb.run(async (context) => {
    const sheets = context.workbook.worksheets;
    sheets.load('items/name');
    await context.sync();
    return sheets.items.map((s) => s.name);
  });
}

async function usedValues(wb: MemoryWorkbook, sheet: string): Promise<unknown[][]> {
  return wb.run(async (context) => {
    const r = context.workbook.worksheets.getItem(sheet).getUsedRange(true);
    r.load('values');
    await context.sync();
    return r.values;
  });
}

function completenessOf(fiche: Fiche): CompletenessLine[] {
  const last = fiche.sections[fiche.sections.length - 1];
  return last.blocks.flatMap((b) => (b.kind === 'completeness' ? b.lines : []));
}

function table(fiche: Fiche, id: string): FicheTable {
  for (const s of fiche.sections) {
    for (const b of s.blocks) if (b.kind === 'table' && b.table.id === id) return b.table;
  }
  throw new Error(`table ${id} absente`);
}

test('treat --population all: 22 « Résultats … » sheets and 22 blocks in Tableaux_comparaisons', async () => {
  const r = await rime('treat', '--population', 'all', '--operation', 'Tout', '--in', file('sample.xlsx'), '--out', file('all.xlsx'), '--today', TODAY);
  expect(r.code).toBe(0);
  expect(r.out).toContain('22 traitements lancés (Toutes les opérations (Tout))');
  const wb = await open(file('all.xlsx'));
  const names = await sheetNames(wb);
  const results = names.filter((n) => n.startsWith('Résultats '));
  expect(results).toHaveLength(22);
  expect(results).toEqual(expect.arrayContaining(['Résultats relogés', 'Résultats relogés en ZUS', 'Résultats ANRU autres']));
  expect(names).toContain('Tableaux_comparaisons');

  const grid = await usedValues(wb, 'Tableaux_comparaisons');
  // Row 6: Variable, Modalité, then N, % for each block; row 2: each block's population.
  const header = grid[5].filter((v) => v !== '');
  expect(header.slice(0, 2)).toEqual(['Variable', 'Modalité']);
  expect(header.filter((v) => v === 'N')).toHaveLength(22);
  const labels = grid[1].filter((v, j) => j >= 2 && v !== '');
  expect(labels).toHaveLength(22);
  expect(labels[0]).toBe('Ensemble des ménages à reloger / relogés');
  expect(labels[5]).toBe('Ménages relogés en ZUS');
});

test('treat --population reloges-zus --json: N counted by hand, every table adds up (rows + NR = total)', async () => {
  const zusByHand = rows.filter((h) => h.relocation === 'OUI' && h.zus === 'Z').length;
  expect(zusByHand).toBeGreaterThan(100);
  const r = await rime('treat', '--population', 'reloges-zus', '--in', file('sample.xlsx'), '--out', file('zus.xlsx'), '--today', TODAY, '--json');
  expect(r.code).toBe(0);
  const json = JSON.parse(r.out);
  expect(json.treatments).toHaveLength(1);
  const t = json.treatments[0];
  expect(t.population).toBe('reloges-zus');
  expect(t.sheetName).toBe('Résultats relogés en ZUS');
  expect(t.populationSize).toBe(zusByHand);
  expect(t.scopeLabel).toBe('Toutes les opérations (Tout)');
  const fiches: Fiche[] = t.fiches;
  expect(fiches.map((f) => f.number)).toEqual([1, 2, 3, 4]);
  expect(fiches.every((f) => f.populationSize === zusByHand)).toBe(true);

  // Fiche 3 « ZUS / QPV »: every household of the population is in ZUS, so one row holds them all.
  const zus = table(fiches[2], 'f3-zus');
  expect(zus.total).toBe(zusByHand);
  expect(zus.rows.reduce((n, row) => n + row.count, 0) + zus.nr).toBe(zus.total);
  expect(zus.nr).toBe(0);
  expect(Math.max(...zus.rows.map((row) => row.count))).toBe(zusByHand);
  // Localisation: the rows counted by hand from the sample, code by code.
  const loc = table(fiches[2], 'f3-localisation');
  const zusRows = rows.filter((h) => h.relocation === 'OUI' && h.zus === 'Z');
  const byHand = ['SIT', 'HSIT', 'AGGLO', 'HAGL'].map((code) => zusRows.filter((h) => h.location === code).length);
  expect(loc.rows.map((row) => row.count)).toEqual(byHand);
  expect(loc.rows.reduce((n, row) => n + row.count, 0) + loc.nr).toBe(loc.total);
  expect(loc.total).toBe(zusByHand);
  const percents = loc.rows.map((row) => row.percent ?? 0);
  expect(percents.reduce((a, b) => a + b, 0)).toBeCloseTo(100, 6);

  // Fiche 1 ends with the taux de remplissage over the population (every household relogé here).
  const lines = new Map(completenessOf(fiches[0]).map((l) => [l.key, l]));
  expect(lines.get('relocation')).toMatchObject({ applicable: zusByHand, filled: zusByHand, missing: 0, percent: 100 });
  expect(lines.get('zus')).toMatchObject({ applicable: zusByHand, filled: zusByHand, percent: 100 });
  const movedByHand = zusRows.filter((h) => typeof h.moveDate === 'number').length;
  expect(lines.get('moveDate')).toMatchObject({ applicable: zusByHand, filled: movedByHand, missing: zusByHand - movedByHand });
});

test('treat --criteria: manual criteria name the sheet with the French sentence; the N matches a hand filter', async () => {
  const criteria = JSON.stringify([
    { key: 'relocation', op: 'est', value: 'OUI' },
    { key: 'location', op: 'est', value: 'SIT' },
  ]);
  const byHand = rows.filter((h) => h.relocation === 'OUI' && h.location === 'SIT').length;
  const r = await rime('treat', '--criteria', criteria, '--in', file('sample.xlsx'), '--out', file('manual.xlsx'), '--today', TODAY, '--json');
  expect(r.code).toBe(0);
  const t = JSON.parse(r.out).treatments[0];
  expect(t.population).toBeNull();
  expect(t.populationLabel).toBe('Ménages relogés sur site');
  expect(t.populationSize).toBe(byHand);
  expect(await sheetNames(await open(file('manual.xlsx')))).toContain(t.sheetName);
});

test('treat on one operation counts only its households', async () => {
  const op = rows[0].operation as string;
  const byHand = rows.filter((h) => h.operation === op && h.relocation === 'OUI').length;
  const r = await rime('treat', '--population', 'reloges', '--operation', op, '--in', file('sample.xlsx'), '--out', file('op.xlsx'), '--today', TODAY, '--json');
  expect(r.code).toBe(0);
  const t = JSON.parse(r.out).treatments[0];
  expect(t.scopeLabel).toBe(`Opération : ${op}`);
  expect(t.populationSize).toBe(byHand);
});

test('usage errors are French, exit ≠ 0, and write no OUT', async () => {
  const none = await rime('treat', '--in', file('sample.xlsx'), '--out', file('x1.xlsx'));
  expect(none.code).toBe(2);
  expect(none.err).toContain("L'option --population est obligatoire");
  const unknown = await rime('treat', '--population', 'inconnue', '--in', file('sample.xlsx'), '--out', file('x2.xlsx'));
  expect(unknown.code).toBe(1);
  expect(unknown.err).toContain('Population inconnue : « inconnue »');
  const badOp = await rime('treat', '--population', 'reloges', '--operation', 'Nulle part', '--in', file('sample.xlsx'), '--out', file('x3.xlsx'));
  expect(badOp.code).toBe(1);
  expect(badOp.err).toContain('Opération inconnue dans le périmètre : « Nulle part »');
  const badJson = await rime('treat', '--criteria', '{oups', '--in', file('sample.xlsx'), '--out', file('x4.xlsx'));
  expect(badJson.code).toBe(2);
  expect(badJson.err).toContain('liste JSON de critères');
  const badCode = await rime('treat', '--criteria', '[{"key":"zus","op":"est","value":"X"}]', '--in', file('sample.xlsx'), '--out', file('x5.xlsx'));
  expect(badCode.code).toBe(1);
  expect(badCode.err).toContain("Critère 1 : « X » n'est pas un code de « ZUS / QPV »");
  for (const f of ['x1', 'x2', 'x3', 'x4', 'x5']) expect(existsSync(file(`${f}.xlsx`))).toBe(false);
});

const soffice = spawnSync('soffice', ['--version'], { encoding: 'utf8' });
const hasSoffice = soffice.status === 0;
if (!hasSoffice) {
  // CI installs LibreOffice (.ci/run); on a machine without it the conversion is not checked.
  console.warn('LibreOffice (soffice) absent : conversion PDF du classeur à 22 feuilles de résultats non vérifiée.');
}

(hasSoffice ? test : test.skip)('LibreOffice converts the 22-sheet file to PDF', async () => {
  expect(existsSync(file('all.xlsx'))).toBe(true);
  const out = file('pdf');
  await fs.mkdir(out, { recursive: true });
  const profile = `file://${file('lo-profile')}`;
  const r = spawnSync('soffice', [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', out, file('all.xlsx')], {
    encoding: 'utf8',
    timeout: 540_000,
  });
  expect(r.status).toBe(0);
  const pdf = path.join(out, 'all.pdf');
  expect(existsSync(pdf)).toBe(true);
  const head = (await fs.readFile(pdf)).subarray(0, 5).toString('latin1');
  expect(head).toBe('%PDF-');
  expect((await fs.stat(pdf)).size).toBeGreaterThan(50_000);
}, 600_000);
