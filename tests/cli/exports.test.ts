/**
 * The runner's export commands: `fat` (--json tables whose totals match households counted by hand from
 * the same generated sample) and `export anru|base|anonyme` (no personal value leaves in the ANRU and
 * anonymised exports, the internal base export keeps them); unknown operation → French error, no OUT.
 */
import { existsSync, promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { parseIsoDate } from '../../src/domain/dates';
import { MemoryWorkbook } from '../../src/host/memory';
import { generateSample, type Sample } from '../../src/sample';
import { rime } from './run';

let dir: string;
let sample: Sample;
const file = (name: string) => path.join(dir, name);
const TODAY = '2026-11-23';

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'rime-exports-'));
  const r = await rime('sample', '--households', '400', '--seed', '11', '--today', TODAY, '--out', file('sample.xlsx'));
  if (r.code !== 0) throw new Error(r.err);
  // The same sample as the runner's (its defaults: 4 operations, no injected error).
  sample = generateSample({ households: 400, operations: 4, errors: 0, seed: 11, today: parseIsoDate(TODAY)! });
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

interface JsonRow {
  label: string;
  count: number | null;
  rule: string;
  isTotal?: boolean;
  isUnclassified?: boolean;
  reason?: string;
}
interface JsonTable {
  id: string;
  kind: string;
  rows: JsonRow[];
}
interface FatJson {
  sheetName: string;
  householdCount: number;
  relocatedCount: number;
  tables: JsonTable[];
}

async function fatJson(operation: string, out: string): Promise<FatJson> {
  const r = await rime('fat', '--operation', operation, '--in', file('sample.xlsx'), '--out', file(out), '--today', TODAY, '--json');
  expect(r.err).toBe('');
  expect(r.code).toBe(0);
  return JSON.parse(r.out) as FatJson;
}

const row = (report: FatJson, table: string, label: string): JsonRow => {
  const found = report.tables.find((t) => t.id === table)?.rows.find((x) => x.label === label);
  if (!found) throw new Error(`no line « ${label} » in ${table}`);
  return found;
};

async function sheetValues(out: string, sheet: string): Promise<string[]> {
  const wb = await MemoryWorkbook.fromXlsx(await fs.readFile(file(out)));
  const s = wb.sheet(sheet);
  if (!s) throw new Error(`no sheet ${sheet} in ${out}`);
  return s.values().flat().filter((v) => v !== '').map((v) => String(v).trim());
}

async function sheetNames(out: string): Promise<string[]> {
  const wb = await MemoryWorkbook.fromXlsx(await fs.readFile(file(out)));
  return wb.run(async (context) => {
    const sheets = context.workbook.worksheets;
    sheets.load('items/name');
    await context.sync();
    return sheets.items.map((s) => s.name);
  });
}

/** Names, first names, addresses and comments of the sample, non-blank. */
function personalValues(): string[] {
  const out = new Set<string>();
  for (const r of sample.rows) {
    for (const v of [r.lastName, r.firstName, r.address, r.comments]) if (typeof v === 'string' && v.trim() !== '') out.add(v.trim());
  }
  return [...out];
}

/** Personal values found: equal to a cell, or (long ones: addresses, comments) inside a cell. */
function leaks(cells: readonly string[], personal: readonly string[]): string[] {
  const set = new Set(cells);
  return personal.filter((p) => set.has(p) || (p.length >= 12 && cells.some((c) => c.includes(p))));
}

test('fat --operation Tout --json: the TOTAL of relocated households is the count made by hand', async () => {
  const relocated = sample.rows.filter((r) => r.relocation === 'OUI').length;
  expect(relocated).toBeGreaterThan(100);
  const report = await fatJson('Tout', 'fat-tout.xlsx');
  expect(report.sheetName).toBe('FAT Tout');
  expect(report.householdCount).toBe(400);
  expect(report.relocatedCount).toBe(relocated);
  expect(row(report, 'description', 'TOTAL des ménages relogés').count).toBe(relocated);
  // « Ménages à reloger » is the sum of liste_opération's figures: the sample writes each operation's rows.
  expect(row(report, 'strategy', 'Ménages à reloger').count).toBe(400);
  expect(row(report, 'strategy', 'Départs spontanés').count).toBe(sample.rows.filter((r) => r.relocation === 'D').length);
  // Every line of the tables carries its rule; « Non classé » lines carry their reason.
  const counts = report.tables.filter((t) => t.kind === 'counts').flatMap((t) => t.rows);
  expect(counts.filter((r) => r.count !== null && r.rule === '')).toEqual([]);
  expect(counts.filter((r) => r.isUnclassified && !r.reason)).toEqual([]);
  expect(await sheetNames('fat-tout.xlsx')).toContain('FAT Tout');
});

test('fat for one operation counts only its households, and prints readable tables without --json', async () => {
  const name = String(sample.operations[1].name);
  const mine = sample.rows.filter((r) => r.operation === name);
  const relocated = mine.filter((r) => r.relocation === 'OUI').length;
  expect(relocated).toBeGreaterThan(10);
  expect(relocated).toBeLessThan(sample.rows.filter((r) => r.relocation === 'OUI').length);
  const report = await fatJson(name, 'fat-one.xlsx');
  expect(report.householdCount).toBe(mine.length);
  expect(row(report, 'description', 'TOTAL des ménages relogés').count).toBe(relocated);
  expect(row(report, 'location', 'TOTAL').count).toBe(relocated);
  expect(await sheetNames('fat-one.xlsx')).toContain(report.sheetName);
  expect(report.sheetName.startsWith('FAT ')).toBe(true);

  const text = await rime('fat', '--operation', name, '--in', file('sample.xlsx'), '--out', file('fat-text.xlsx'), '--today', TODAY);
  expect(text.code).toBe(0);
  expect(text.out).toContain(`${mine.length} ménages dans le périmètre, dont ${relocated} relogés`);
  expect(text.out).toContain(`TOTAL des ménages relogés : ${relocated}`);
});

test('export anru and export anonyme: no name, first name, address or comment in any cell', async () => {
  const personal = personalValues();
  expect(personal.length).toBeGreaterThan(400);
  for (const [kind, sheet] of [['anru', 'Export ANRU Tout'], ['anonyme', 'Export anonymisé']] as const) {
    const out = `export-${kind}.xlsx`;
    const r = await rime('export', kind, '--operation', 'Tout', '--in', file('sample.xlsx'), '--out', file(out), '--today', TODAY);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(r.out).toContain(`feuille « ${sheet} », 400 ménages exportés`);
    const cells = await sheetValues(out, sheet);
    // Title block, header and 400 rows: the scan really covers the export.
    expect(cells.length).toBeGreaterThan(400 * 5);
    expect(leaks(cells, personal)).toEqual([]);
    expect(cells).not.toContain('Nom du chef de ménage');
  }
});

test('export base keeps the personal values (internal document)', async () => {
  const r = await rime('export', 'base', '--operation', 'Tout', '--in', file('sample.xlsx'), '--out', file('export-base.xlsx'), '--today', TODAY);
  expect(r.code).toBe(0);
  const cells = new Set(await sheetValues('export-base.xlsx', 'Export base'));
  const personal = personalValues();
  expect(personal.filter((p) => !cells.has(p))).toEqual([]);
  expect(cells.has('Nom du chef de ménage')).toBe(true);
});

test('export for one operation exports its households only', async () => {
  const name = String(sample.operations[0].name);
  const mine = sample.rows.filter((r) => r.operation === name).length;
  const r = await rime('export', 'anru', '--operation', name, '--in', file('sample.xlsx'), '--out', file('export-one.xlsx'), '--today', TODAY, '--json');
  expect(r.code).toBe(0);
  const result = JSON.parse(r.out) as { mode: string; rows: number; sheetName: string };
  expect(result.mode).toBe('sheet');
  expect(result.rows).toBe(mine);
  expect(await sheetNames('export-one.xlsx')).toContain(result.sheetName);
});

test('an unknown operation is refused in French, naming it, and writes no OUT', async () => {
  for (const argv of [['fat'], ['export', 'anru']]) {
    const out = file(`unknown-${argv.join('-')}.xlsx`);
    const r = await rime(...argv, '--operation', 'Cité des Nulle-Part', '--in', file('sample.xlsx'), '--out', out, '--today', TODAY);
    expect(r.code).not.toBe(0);
    expect(r.err).toContain("L'opération « Cité des Nulle-Part » est introuvable");
    expect(existsSync(out)).toBe(false);
  }
});

test('usage errors: missing --operation, unknown export kind', async () => {
  const missing = await rime('fat', '--in', file('sample.xlsx'), '--out', file('x.xlsx'));
  expect(missing.code).toBe(2);
  expect(missing.err).toContain("L'option --operation est obligatoire");
  const kind = await rime('export', 'pdf', '--operation', 'Tout', '--in', file('sample.xlsx'), '--out', file('x.xlsx'));
  expect(kind.code).toBe(2);
  expect(kind.err).toContain('export anru | export base | export anonyme (reçu « pdf »)');
  expect(existsSync(file('x.xlsx'))).toBe(false);
});
