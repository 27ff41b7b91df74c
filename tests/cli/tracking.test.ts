/**
 * The runner's « Suivi dans le temps » commands: milestone close (refused twice, kept with confirmation,
 * first block unchanged), milestone export (the export file, no name, French errors; opened by
 * LibreOffice when installed), history list, completeness (--json, ANRU ★ first, rates 0–1).
 */
import { spawnSync } from 'node:child_process';
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
  const first = await rime('milestone', 'close', '--date', '2026-10-31', '--who', 'Marie Dupont', '--in', file('sample.xlsx'), '--out', file('m1.xlsx'), '--json');
  expect(first.err).toBe('');
  expect(first.code).toBe(0);
  const relocation = await householdColumn(file('sample.xlsx'), 'Relogement');
  expect(relocation).toHaveLength(200);
  const relocated = relocation.filter((v) => v === 'OUI').length;
  const report1 = JSON.parse(first.out);
  expect(report1.scopes[0]).toMatchObject({ scopeLabel: 'Tout', relocated, total: 200 });
  // Indicateur, Tout and the sample's 4 operations.
  expect(report1.block).toMatchObject({ firstRow: 1, columns: 6 });
  const n = report1.block.rows as number;
  const text = await rime('milestone', 'close', '--date', '2026-09-30', '--who', 'Marie Dupont', '--in', file('sample.xlsx'), '--out', file('m0.xlsx'));
  expect(text.out).toContain("Point d'étape du 30/09/2026 clos par Marie Dupont.");
  expect(text.out).toContain(`Tout : ${relocated} relogés,`);
  expect(text.out).toContain('sur 200 ménages');
  expect(text.out).toContain(`- Bloc figé sur « Points d'étape », lignes 1 à ${n} (fiche 1, FAT, taux de remplissage ; Tout et 4 opération(s)).`);
  expect(text.out).toContain("- Progression (feuille « Progression ») : 1 point(s) d'étape.");
  // Without --who, the runner's own name, as for every other runner action.
  const anonymous = await rime('milestone', 'close', '--date', '2026-09-30', '--in', file('sample.xlsx'), '--out', file('m0b.xlsx'));
  expect(anonymous.out).toContain("Point d'étape du 30/09/2026 clos par rime (ligne de commande).");

  const again = await rime('milestone', 'close', '--date', '2026-10-31', '--in', file('m1.xlsx'), '--out', file('m2.xlsx'));
  expect(again.code).not.toBe(0);
  expect(again.err).toMatch(/Le point d'étape du 31\/10\/2026 est déjà clos le \d{2}\/\d{2}\/\d{4} à \d{2}:\d{2} par Marie Dupont\./);
  expect(again.err).toContain('--confirm');
  expect(existsSync(file('m2.xlsx'))).toBe(false);

  const before = await cells(file('m1.xlsx'), "Points d'étape", `A1:F${n + 1}`);
  const confirmed = await rime('milestone', 'close', '--date', '2026-10-31', '--force', '--who', 'Paul Martin', '--in', file('m1.xlsx'), '--out', file('m2.xlsx'), '--json');
  expect(confirmed.code).toBe(0);
  const report = JSON.parse(confirmed.out);
  expect(report.duplicate).toBe(true);
  expect(report.milestone).toBe('2026-10-31');
  // Block 1 fills rows 1 to n, a blank row, block 2 from row n + 2.
  expect(report.block).toEqual({ firstRow: n + 2, rows: n, columns: 6 });
  expect(await cells(file('m2.xlsx'), "Points d'étape", `A1:F${n + 1}`)).toEqual(before);
  expect(before[0][0]).toMatch(/^Point d'étape du 31\/10\/2026 — clos le .* par Marie Dupont$/);
  expect(before[1].slice(0, 2)).toEqual(['Indicateur', 'Tout']);
  expect(before[1].slice(2).every((v) => typeof v === 'string' && v.startsWith('Résidence '))).toBe(true);
  expect(before.find((r) => r[0] === 'Nombre de ménages relogés')?.[1]).toBe(relocated);
  expect(before.map((r) => r[0])).toEqual(expect.arrayContaining(['FAT — DESCRIPTION DES RELOGEMENTS', 'Taux de remplissage']));
  expect(before[n].every((v) => v === null || v === '')).toBe(true);
  const second = await cells(file('m2.xlsx'), "Points d'étape", `A${n + 2}:B${n + 3}`);
  expect(second[0][0]).toMatch(/^Point d'étape du 31\/10\/2026 — clos le .* par Paul Martin$/);
  expect(second[1]).toEqual(['Indicateur', 'Tout']);
  // The Progression sheet numbers the second closing.
  expect((await cells(file('m2.xlsx'), 'Progression', 'A3:B4')).map((r) => r[0])).toEqual(['31/10/2026', '31/10/2026 (2)']);

  const history = await rime('history', 'list', '--in', file('m2.xlsx'), '--json');
  expect(history.code).toBe(0);
  const rows = JSON.parse(history.out) as { who: string; action: string; sheet: string; newValue: string; at: string }[];
  expect(rows.map((r) => [r.who, r.action, r.sheet])).toEqual([
    ['Marie Dupont', "point d'étape", "Points d'étape"],
    ['Paul Martin', "point d'étape", "Points d'étape"],
  ]);
  expect(rows[1].newValue).toContain('(clôture supplémentaire)');
  expect(rows[0].at).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}$/);
  const list = await rime('history', 'list', '--in', file('m2.xlsx'));
  expect(list.out).toContain("2 ligne(s) d'historique :");
});

test('milestone export: the file OUT holds the aggregated figures, no name; IN untouched; French errors', async () => {
  const none = await rime('milestone', 'export', '--in', file('sample.xlsx'), '--out', file('e0.xlsx'));
  expect(none.code).toBe(1);
  expect(none.err).toContain("Aucun point d'étape n'est clos dans ce classeur");
  expect(existsSync(file('e0.xlsx'))).toBe(false);

  const closed = await rime('milestone', 'close', '--date', '2026-10-31', '--who', 'Marie Dupont', '--in', file('sample.xlsx'), '--out', file('x1.xlsx'));
  expect(closed.code).toBe(0);
  const input = await fs.readFile(file('x1.xlsx'));
  const r = await rime('milestone', 'export', '--in', file('x1.xlsx'), '--out', file('export.xlsx'), '--json');
  expect(r.err).toBe('');
  expect(r.code).toBe(0);
  const json = JSON.parse(r.out);
  expect(json).toMatchObject({ milestone: '2026-10-31', fileName: 'RIME_point_etape_2026-10-31.xlsx', out: file('export.xlsx'), points: ['31/10/2026'] });
  expect(json.scopes).toHaveLength(5);
  expect(json.sections[0]).toBe('Fiche 1 — Avancement des relogements');
  expect(json.sections[json.sections.length - 1]).toBe('Taux de remplissage');
  expect(await fs.readFile(file('x1.xlsx'))).toEqual(input);

  const relocated = (await householdColumn(file('sample.xlsx'), 'Relogement')).filter((v) => v === 'OUI').length;
  const exported = await MemoryWorkbook.fromXlsx(await fs.readFile(file('export.xlsx')));
  expect(exported.sheetNames()).toEqual(["Point d'étape", 'Progression']);
  const matrix = exported.sheet("Point d'étape")!.values('A1:F400');
  expect(matrix[0][0]).toMatch(/^Point d'étape du 31\/10\/2026 — clos le \d{2}\/\d{2}\/\d{4} à \d{2}:\d{2}$/);
  expect(matrix[1][0]).toBe('Chiffres agrégés, sans donnée personnelle');
  expect(matrix.find((row) => row[0] === 'Nombre de ménages relogés')?.[1]).toBe(relocated);
  const names = await householdColumn(file('sample.xlsx'), 'Nom du chef de ménage');
  expect(names.filter((nm) => typeof nm === 'string' && nm !== '').length).toBeGreaterThan(150);
  const texts = matrix.flat().filter((v): v is string => typeof v === 'string');
  expect(texts.filter((t) => t.includes('Dupont') || names.some((nm) => typeof nm === 'string' && nm !== '' && t.includes(nm)))).toEqual([]);

  const text = await rime('milestone', 'export', '--date', '2026-10-31', '--in', file('x1.xlsx'), '--out', file('export2.xlsx'));
  expect(text.code).toBe(0);
  expect(text.out).toMatch(/^Point d'étape du 31\/10\/2026 exporté dans .*export2\.xlsx \(chiffres agrégés, sans donnée personnelle\) : 5 périmètre\(s\), \d+ indicateurs, 1 point\(s\) de progression\.\n$/);
  const notClosed = await rime('milestone', 'export', '--date', '2026-09-30', '--in', file('x1.xlsx'), '--out', file('e1.xlsx'));
  expect(notClosed.code).toBe(1);
  expect(notClosed.err).toBe("Erreur : Le point d'étape du 30/09/2026 n'est pas clos. Points d'étape clos : 31/10/2026.\n");
  expect(existsSync(file('e1.xlsx'))).toBe(false);
  const sameFile = await rime('milestone', 'export', '--in', file('x1.xlsx'), '--out', file('x1.xlsx'));
  expect(sameFile.code).toBe(1);
  expect(sameFile.err).toContain("--out doit être différent de --in");
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
  const noSub = await rime('milestone', '--in', file('sample.xlsx'), '--out', file('x.xlsx'));
  expect(noSub.code).toBe(2);
  expect(noSub.err).toContain('milestone close --date AAAA-MM-JJ, ou milestone export');
  const noOut = await rime('milestone', 'export', '--in', file('sample.xlsx'));
  expect(noOut.code).toBe(2);
  expect(noOut.err).toContain("L'option --out est obligatoire : fichier .xlsx de l'export à écrire.");
  expect(existsSync(file('x.xlsx'))).toBe(false);
});

const soffice = spawnSync('soffice', ['--version'], { encoding: 'utf8' });
const hasSoffice = soffice.status === 0;
if (!hasSoffice) console.warn("LibreOffice (soffice) absent : ouverture de l'export du point d'étape non vérifiée.");

(hasSoffice ? test : test.skip)("LibreOffice opens the point d'étape export and shows the same figures", async () => {
  expect(existsSync(file('export.xlsx'))).toBe(true);
  const out = file('csv');
  await fs.mkdir(out, { recursive: true });
  const r = spawnSync(
    'soffice',
    [`-env:UserInstallation=file://${file('lo-profile')}`, '--headless', '--convert-to', 'csv:Text - txt - csv (StarCalc):44,34,76', '--outdir', out, file('export.xlsx')],
    { encoding: 'utf8', timeout: 240_000 },
  );
  expect(r.status).toBe(0);
  const csv = await fs.readFile(path.join(out, 'export.csv'), 'utf8');
  const lines = csv.split(/\r?\n/);
  expect(lines[0]).toMatch(/^"?Point d'étape du 31\/10\/2026 — clos le /);
  expect(lines[1]).toMatch(/^"?Chiffres agrégés, sans donnée personnelle/);
  const relocated = (await householdColumn(file('sample.xlsx'), 'Relogement')).filter((v) => v === 'OUI').length;
  expect(lines.find((l) => l.startsWith('Nombre de ménages relogés,'))?.split(',')[1]).toBe(String(relocated));
  expect(csv).not.toContain('Marie Dupont');
}, 300_000);
