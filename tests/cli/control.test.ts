/**
 * The runner's « Contrôle de saisie » commands: check (findings printed and marked, --json) and field add
 * (a user column before « Commentaires et observations »); exit codes; the saved files open again.
 */
import { existsSync, promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { CellValue } from '../../src/domain/catalogue';
import { serialFromYmd } from '../../src/domain/dates';
import { SAMPLE_ERROR_RULES } from '../../src/domain/rules';
import { readHouseholds } from '../../src/excel/workbook/read';
import { MemoryWorkbook } from '../../src/host/memory';
import { generateSample } from '../../src/sample';
import type { CheckJson } from '../../src/cli/commands/control';
import { rime } from './run';

jest.setTimeout(120_000);

const TODAY = '2026-11-23';
let dir: string;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'rime-control-'));
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

const file = (name: string) => path.join(dir, name);
const open = async (f: string) => MemoryWorkbook.fromXlsx(await fs.readFile(f));
const key = (row: number, rule: string) => `${row}:${rule}`;

async function checkJson(input: string, output: string): Promise<CheckJson> {
  const r = await rime('check', '--in', input, '--out', output, '--today', TODAY, '--json');
  expect(r.err).toBe('');
  expect(r.code).toBe(0);
  return JSON.parse(r.out) as CheckJson;
}

/** Sheet row of each sample row, found in the saved table by (N° d'identification, N° de demande, occurrence). */
async function sheetRows(f: string, count: number): Promise<number[]> {
  const wb = await open(f);
  const read = await wb.run((context) => readHouseholds(context));
  const seen = new Map<string, number[]>();
  for (const r of read.rows) {
    const k = `${String(r.raw.householdId)}/${String(r.raw.requestNo || 1)}`;
    seen.set(k, [...(seen.get(k) ?? []), r.row]);
  }
  const data = generateSample({ households: count, errors: 32, seed: 5, today: serialFromYmd(2026, 11, 23) });
  const used = new Map<string, number>();
  return data.rows.map((row) => {
    const k = `${String(row.householdId)}/${String(row.requestNo || 1)}`;
    const n = used.get(k) ?? 0;
    used.set(k, n + 1);
    const at = seen.get(k)?.[n];
    if (at === undefined) throw new Error(`row ${k} not found in the saved table`);
    return at;
  });
}

test('coherent sample of 1,500 households: check runs, exit 0, zero erreur', async () => {
  const s = await rime('sample', '--households', '1500', '--seed', '5', '--today', TODAY, '--out', file('clean.xlsx'));
  expect(s.code).toBe(0);
  const json = await checkJson(file('clean.xlsx'), file('clean-checked.xlsx'));
  expect(json.summary.rowsChecked).toBe(1500);
  expect(json.summary.errors).toBe(0);
  expect(json.findings.filter((f) => f.severity === 'erreur')).toEqual([]);
  expect(json.markedCells).toBe(json.findings.length);
  expect(existsSync(file('clean-checked.xlsx'))).toBe(true);
});

test('32 injected errors: exactly their (row, rule), plus the copied row of each duplicate; marks saved in red', async () => {
  const s = await rime('sample', '--households', '1500', '--errors', '32', '--seed', '5', '--today', TODAY, '--out', file('bad.xlsx'));
  expect(s.code).toBe(0);
  expect(s.out).toContain('32 erreurs injectées');
  const data = generateSample({ households: 1500, errors: 32, seed: 5, today: serialFromYmd(2026, 11, 23) });
  expect(data.injected).toHaveLength(32);
  const rows = await sheetRows(file('bad.xlsx'), 1500);
  // Préparer le classeur put 4 rows above the headers: the first household is on row 6.
  expect(rows[0]).toBe(6);

  const expected: string[] = [];
  for (const e of data.injected) {
    expected.push(key(rows[e.rowIndex], SAMPLE_ERROR_RULES[e.kind]));
    if (e.kind === 'duplicateRequest') expected.push(key(rows[e.duplicateOf!], SAMPLE_ERROR_RULES[e.kind]));
  }
  expect(expected).toHaveLength(34);

  const json = await checkJson(file('bad.xlsx'), file('bad-checked.xlsx'));
  const errors = json.findings.filter((f) => f.severity === 'erreur');
  expect(errors.map((f) => key(f.row, f.rule)).sort()).toEqual([...expected].sort());
  expect(json.summary).toMatchObject({ rowsChecked: 1500, errors: 34 });
  expect(json.summary.byRule.find((r) => r.ruleId === 'doublon-demande')?.count).toBe(4);

  // Each finding names its household and column, in French.
  const dup = data.injected.find((e) => e.kind === 'duplicateRequest')!;
  const onCopy = errors.find((f) => f.row === rows[dup.rowIndex] && f.rule === 'doublon-demande')!;
  expect(onCopy).toMatchObject({ id: dup.householdId, requestNo: 1, column: 'householdId', columnLabel: "N° d'identification du ménage" });
  expect(onCopy.message).toContain(`Ligne ${rows[dup.rowIndex]} (N° d'identification ${dup.householdId})`);

  // The saved file opens again, with the marked cells painted red.
  const wb = await open(file('bad-checked.xlsx'));
  const first = errors[0];
  const col = wb.table('Tableau_menages')!.headers.findIndex((h) => h.replace(' ★', '') === first.columnLabel);
  expect(col).toBeGreaterThanOrEqual(0);
  expect(wb.sheet('Tableau_de_saisie')!.cell(first.row - 1, col).fill).toBe('#FFC7CE');

  // Without --json: the report and one line per finding.
  const plain = await rime('check', '--in', file('bad.xlsx'), '--out', file('bad-plain.xlsx'), '--today', TODAY);
  expect(plain.code).toBe(0);
  expect(plain.out).toContain('1500 lignes contrôlées : 34 erreurs');
  expect(plain.out.split('\n').filter((l) => l.startsWith('[erreur] Ligne '))).toHaveLength(34);
});

test('field add: a list column before « Commentaires et observations », then check finds a code outside its list', async () => {
  const r = await rime(
    'field', 'add', '--name', 'Visite à domicile', '--type', 'liste', '--codes', 'F=Faite;P=Prévue;R = Refusée',
    '--aide', 'Visite du référent', '--personal', '--in', file('clean.xlsx'), '--out', file('field.xlsx'), '--today', TODAY,
  );
  expect(r.err).toBe('');
  expect(r.code).toBe(0);
  expect(r.out).toContain('Champ « Visite à domicile » de type code (liste déroulante) inséré avant « Commentaires et observations »');
  expect(r.out).toContain('Liste de 3 codes');
  expect(r.out).toContain('Champ marqué « données personnelles »');

  const wb = await open(file('field.xlsx'));
  const headers = wb.table('Tableau_menages')!.headers;
  const at = headers.indexOf('Visite à domicile');
  expect(at).toBeGreaterThan(0);
  expect(headers[at + 1]).toBe('Commentaires et observations');

  // A code outside the new list, typed on the first household's row (row 6).
  await wb.run(async (context) => {
    context.workbook.worksheets.getItem('Tableau_de_saisie').getRangeByIndexes(5, at, 1, 1).values = [['X' as CellValue]];
    await context.sync();
  });
  await fs.writeFile(file('field-typed.xlsx'), await wb.toXlsx());
  const json = await checkJson(file('field-typed.xlsx'), file('field-checked.xlsx'));
  const onField = json.findings.filter((f) => f.column === 'custom:visite a domicile');
  expect(onField.map((f) => [f.row, f.rule, f.severity, f.columnLabel])).toEqual([[6, 'code-hors-liste', 'erreur', 'Visite à domicile']]);
  expect(onField[0].message).toContain('F, P, R');
  const again = await open(file('field-checked.xlsx'));
  expect(again.table('Tableau_menages')!.headers[at]).toBe('Visite à domicile');
});

test('errors: French message, exit code ≠ 0, no OUT written', async () => {
  const dupName = await rime('field', 'add', '--name', 'Âge du chef de ménage', '--type', 'nombre', '--in', file('clean.xlsx'), '--out', file('dup.xlsx'));
  expect(dupName.code).toBe(1);
  expect(dupName.err).toContain('existe déjà');
  expect(existsSync(file('dup.xlsx'))).toBe(false);

  const badType = await rime('field', 'add', '--name', 'X', '--type', 'booléen', '--in', file('clean.xlsx'), '--out', file('t.xlsx'));
  expect(badType.code).toBe(2);
  expect(badType.err).toContain('Type de champ inconnu (« booléen »)');

  const noCodes = await rime('field', 'add', '--name', 'Suivi', '--type', 'liste', '--in', file('clean.xlsx'), '--out', file('c.xlsx'));
  expect(noCodes.code).toBe(1);
  expect(noCodes.err).toContain("besoin d'au moins un code");
  expect(existsSync(file('c.xlsx'))).toBe(false);

  const missing = await rime('check', '--in', file('absent.xlsx'), '--out', file('m.xlsx'));
  expect(missing.code).not.toBe(0);
  expect(missing.err).toContain('introuvable');

  const badDate = await rime('check', '--in', file('clean.xlsx'), '--out', file('d.xlsx'), '--today', '23/11/2026');
  expect(badDate.code).toBe(2);
  expect(badDate.err).toContain('--today attend une date AAAA-MM-JJ');
});
