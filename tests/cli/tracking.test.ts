/**
 * The runner's « Suivi dans le temps » commands: milestone close (refused twice, kept with confirmation,
 * first block unchanged), history list, completeness (--json, ANRU ★ first, rates 0–1).
 */
import { promises as fs, existsSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { MemoryWorkbook } from '../../src/host/memory';
import { rime } from './run';

let dir: string;
const file = (name: string) => path.join(dir, name);

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'rime-cli-tracking-'));
  const r = await rime('sample', '--households', '200', '--seed', '3', '--today', '2026-11-23', '--out', file('sample.xlsx'));
  expect(r.code).toBe(0);
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

type Grid = (string | number | boolean | null)[][];

async function cells(f: string, sheet: string, address: string): Promise<Grid> {
  const wb = await MemoryWorkbook.fromXlsx(await fs.readFile(f));
  return wb.run(async (context) => {
    const r = context.workbook.worksheets.getItem(sheet).getRange(address).load('values');
    await context.sync();
    return r.values as Grid;
  });
}

/** The values of one household column, read straight from the table (not through RIME's readers). */
async function householdColumn(f: string, header: string): Promise<(string | number | boolean | null)[]> {
  const wb = await MemoryWorkbook.fromXlsx(await fs.readFile(f));
  return wb.run(async (context) => {
    const t = context.workbook.tables.getItem('Tableau_menages');
    const head = t.getHeaderRowRange().load('values');
    const body = t.getDataBodyRange().load('values');
    await context.sync();
    // Headers of ANRU columns end with « ★ ».
    const i = (head.values[0] as Grid[number]).findIndex((h) => String(h).replace('★', '').trim() === header);
    expect(i).toBeGreaterThanOrEqual(0);
    return (body.values as Grid).map((r) => r[i]);
  });
}

test('milestone close: a second closing is refused in French, kept with confirmation; the first block stays as it was', async () => {
  const first = await rime('milestone', 'close', '--date', '2026-10-31', '--who', 'Marie Dupont', '--in', file('sample.xlsx'), '--out', file('m1.xlsx'));
  expect(first.err).toBe('');
  expect(first.code).toBe(0);
  expect(first.out).toContain("Point d'étape du 31/10/2026 clos par Marie Dupont.");
  const relocation = await householdColumn(file('sample.xlsx'), 'Relogement');
  expect(relocation).toHaveLength(200);
  const relocated = relocation.filter((v) => v === 'OUI').length;
  expect(first.out).toContain(`Tout : ${relocated} relogés,`);
  expect(first.out).toContain('sur 200 ménages');

  const again = await rime('milestone', 'close', '--date', '2026-10-31', '--in', file('m1.xlsx'), '--out', file('m2.xlsx'));
  expect(again.code).not.toBe(0);
  expect(again.err).toMatch(/Le point d'étape du 31\/10\/2026 est déjà clos le \d{2}\/\d{2}\/\d{4} à \d{2}:\d{2} par Marie Dupont\./);
  expect(again.err).toContain('--confirm');
  expect(existsSync(file('m2.xlsx'))).toBe(false);

  const before = await cells(file('m1.xlsx'), "Points d'étape", 'A1:H8');
  const confirmed = await rime('milestone', 'close', '--date', '2026-10-31', '--force', '--who', 'Paul Martin', '--in', file('m1.xlsx'), '--out', file('m2.xlsx'), '--json');
  expect(confirmed.code).toBe(0);
  const report = JSON.parse(confirmed.out);
  expect(report.duplicate).toBe(true);
  expect(report.milestone).toBe('2026-10-31');
  // Block 1: title, headers, Tout + 4 operations = rows 1–7; a blank row; block 2 from row 9.
  expect(report.block).toEqual({ firstRow: 9, rows: 7 });
  expect(await cells(file('m2.xlsx'), "Points d'étape", 'A1:H8')).toEqual(before);
  expect(before[0][0]).toMatch(/^Point d'étape du 31\/10\/2026 — clos le .* par Marie Dupont$/);
  expect(before[1]).toEqual(['Périmètre', 'Relogés', 'À reloger', 'Départs spontanés', 'Autres', 'Non renseigné', 'Total', 'Taux de remplissage']);
  expect(before[2].slice(0, 2)).toEqual(['Tout', relocated]);
  expect(before[7].every((v) => v === null || v === '')).toBe(true);
  const second = await cells(file('m2.xlsx'), "Points d'étape", 'A9:B11');
  expect(second[0][0]).toMatch(/^Point d'étape du 31\/10\/2026 — clos le .* par Paul Martin$/);
  expect(second[2]).toEqual(['Tout', relocated]);
  // The Progression table (column J) numbers the second closing.
  expect((await cells(file('m2.xlsx'), "Points d'étape", 'J3:K4')).map((r) => r[0])).toEqual(['31/10/2026', '31/10/2026 (2)']);

  const history = await rime('history', 'list', '--in', file('m2.xlsx'), '--json');
  expect(history.code).toBe(0);
  const rows = JSON.parse(history.out) as { who: string; action: string; sheet: string; newValue: string; at: string }[];
  expect(rows.map((r) => [r.who, r.action, r.sheet])).toEqual([
    ['Marie Dupont', "point d'étape", "Points d'étape"],
    ['Paul Martin', "point d'étape", "Points d'étape"],
  ]);
  expect(rows[1].newValue).toContain('(clôture supplémentaire)');
  expect(rows[0].at).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}$/);
  const text = await rime('history', 'list', '--in', file('m2.xlsx'));
  expect(text.out).toContain("2 ligne(s) d'historique :");
});

test('history list on a workbook without history says so', async () => {
  const r = await rime('history', 'list', '--in', file('sample.xlsx'));
  expect(r.code).toBe(0);
  expect(r.out).toContain("Aucun historique : la feuille « Historique des modifications » n'a pas encore été créée.");
});

interface ColumnJson {
  key: string;
  label: string;
  anru: boolean;
  optional: boolean;
  applicable: number;
  filled: number;
  rate: number | null;
}

test('completeness --json: rates between 0 and 1, ANRU ★ columns first, worst first within them', async () => {
  const r = await rime('completeness', '--operation', 'Tout', '--in', file('sample.xlsx'), '--out', file('c.xlsx'), '--json');
  expect(r.code).toBe(0);
  const view = JSON.parse(r.out) as { scope: string; households: number; overall: number; columns: ColumnJson[]; byOperation: { operation: string | null }[] };
  expect(view.scope).toBe('Tout');
  expect(view.households).toBe(200);
  expect(view.overall).toBeGreaterThan(0);
  expect(view.overall).toBeLessThanOrEqual(1);
  for (const c of view.columns) {
    if (c.rate === null) continue;
    expect(c.rate).toBeGreaterThanOrEqual(0);
    expect(c.rate).toBeLessThanOrEqual(1);
  }
  const anru = view.columns.filter((c) => c.anru && !c.optional);
  expect(anru.length).toBeGreaterThan(0);
  expect(view.columns.slice(0, anru.length).every((c) => c.anru)).toBe(true);
  const rates = anru.filter((c) => c.rate !== null).map((c) => c.rate as number);
  expect(rates).toEqual([...rates].sort((a, b) => a - b));
  // Relogement applies to every household: filled = its non-blank cells, counted here directly.
  const relocation = view.columns.find((c) => c.label === 'Relogement');
  const values = await householdColumn(file('sample.xlsx'), 'Relogement');
  expect(relocation?.applicable).toBe(200);
  expect(relocation?.filled).toBe(values.filter((v) => v !== null && v !== '').length);

  const op = view.byOperation.find((o) => o.operation !== null)?.operation as string;
  const one = await rime('completeness', '--operation', op, '--in', file('sample.xlsx'), '--json');
  expect(one.code).toBe(0);
  expect(JSON.parse(one.out).scope).toBe(op);
  const unknown = await rime('completeness', '--operation', 'Résidence inconnue', '--in', file('sample.xlsx'));
  expect(unknown.code).toBe(1);
  expect(unknown.err).toContain("L'opération « Résidence inconnue » est introuvable");
});

test('usage errors are French and exit 2', async () => {
  const noDate = await rime('milestone', 'close', '--in', file('sample.xlsx'), '--out', file('x.xlsx'));
  expect(noDate.code).toBe(2);
  expect(noDate.err).toContain("L'option --date est obligatoire");
  const badDate = await rime('milestone', 'close', '--date', '31/10/2026', '--in', file('sample.xlsx'), '--out', file('x.xlsx'));
  expect(badDate.code).toBe(2);
  expect(badDate.err).toContain('--date attend une date AAAA-MM-JJ (reçu « 31/10/2026 »)');
  expect((await rime('history', '--in', file('sample.xlsx'))).err).toContain('history list');
  expect(existsSync(file('x.xlsx'))).toBe(false);
});
