/**
 * Fiche 1's « Taux de remplissage » on the result sheet, read back through the in-memory host, on four
 * households typed by hand in a prepared workbook with one user column (« Suivi CCAS »):
 * - H1 relogé, every input typed (amounts 2: Quittance 4, Ressources 4, every derived ★ value computed);
 * - H2 relogé, without Loyer (so Quittance, Quittance résiduelle, Taux d'effort and Évolution de la
 *   quittance résiduelle are blank too), Date du déménagement and ZUS / QPV: 7 ★ blanks;
 * - H3 à reloger (NON), the before-relocation block typed, the after block blank;
 * - H4 à reloger (NON), only Opération, N° d'identification and Relogement typed.
 * ★ columns: 14 for every household (13 before relocation + Relogement), 16 after relocation (relogés only).
 */
import { codeList, HOUSEHOLD_COLUMNS, type CellValue } from '../../../src/domain/catalogue';
import { addCustomField } from '../../../src/excel/fields';
import { runTreatment } from '../../../src/excel/reports/treatment';
import { loadSample } from '../../../src/excel/sample/loadSample';
import { MemoryWorkbook } from '../../../src/host/memory/workbook';
import { run } from './hostShim';

const TODAY = 45000;
const ALL = { kind: 'all' } as const;
type Row = Record<string, CellValue | null>;

/** Every input column typed: first code of its list, 'x' (Opération too, set below), a date, or 2. */
function complete(values: Row): Row {
  const r: Row = {};
  for (const c of HOUSEHOLD_COLUMNS) {
    if (c.kind === 'derived') continue;
    if (c.kind === 'code' && c.codeList) {
      const list = codeList(c.codeList);
      r[c.key] = list.numeric ? Number(list.codes[0].code) : list.codes[0].code;
    } else if (c.kind === 'text') r[c.key] = 'x';
    else if (c.kind === 'date') r[c.key] = 44000;
    else r[c.key] = 2;
  }
  return { ...r, ...values };
}
const AFTER_INPUTS = HOUSEHOLD_COLUMNS.filter((c) => c.group === 'after' && c.kind !== 'derived' && !['relocation', 'comments'].includes(c.key));
const blankAfter: Row = Object.fromEntries(AFTER_INPUTS.map((c) => [c.key, null]));

const OP = 'Les Tilleuls';
const ROWS: Row[] = [
  complete({ householdId: 1, operation: OP, relocation: 'OUI' }),
  complete({ householdId: 2, operation: OP, relocation: 'OUI', rent: null, moveDate: null, zus: null }),
  complete({ householdId: 3, operation: OP, relocation: 'NON', ...blankAfter }),
  { householdId: 4, operation: OP, relocation: 'NON' },
];

/** Column A to E of the sheet, figures read from B, D, F and H (each in a merged pair). */
type Line = [string, CellValue, CellValue, CellValue, CellValue];

async function resultSheet(population: string): Promise<{ wb: MemoryWorkbook; name: string }> {
  const wb = new MemoryWorkbook();
  await run(wb, (ctx) => loadSample(ctx, { operations: [{ name: OP, householdsToRelocate: 4 }], rows: ROWS }, { today: TODAY }));
  await run(wb, (ctx) => addCustomField(ctx, { name: 'Suivi CCAS', type: 'text', help: '', personal: false, today: TODAY }));
  // The user column sits just before « Commentaires et observations »: H1 and H3 have a value.
  await run(wb, async (ctx) => {
    const sheet = ctx.workbook.worksheets.getItem('Tableau_de_saisie');
    const header = sheet.getRange('A5:ZZ5');
    header.load('values');
    await ctx.sync();
    const col = header.values[0].indexOf('Suivi CCAS');
    sheet.getRangeByIndexes(5, col, 4, 1).values = [['suivi'], [''], ['suivi'], ['']];
    await ctx.sync();
  });
  const r = await run(wb, (ctx) => runTreatment(ctx, { population, scope: ALL, today: TODAY, compare: false }));
  return { wb, name: r.sheetName };
}

function linesOf(wb: MemoryWorkbook, sheet: string): { top: number; lines: Map<string, Line> } {
  const values = wb.sheet(sheet)!.values();
  const top = values.findIndex((row) => row[0] === 'Taux de remplissage des variables');
  const lines = new Map<string, Line>();
  for (let r = top + 2; values[r][0] !== '' && !String(values[r][0]).startsWith('Ménages concernés :'); r++) {
    const v = values[r];
    lines.set(String(v[0]), [String(v[0]), v[1], v[3], v[5], v[7]]);
  }
  return { top, lines };
}

describe('fiche 1 « Taux de remplissage » on the result sheet (4 households typed by hand)', () => {
  test('Ensemble des ménages: ★ lines over the 4 households, after-relocation ★ lines over the 2 relogés', async () => {
    const { wb, name } = await resultSheet('ensemble');
    const { top, lines } = linesOf(wb, name);
    const sh = wb.sheet(name)!;
    const colA = sh.values().map((row) => row[0]);
    // Under fiche 1: after its dates, before its comments box and fiche 2.
    expect(top).toBeGreaterThan(colA.indexOf('Dates'));
    expect(top).toBeLessThan(colA.indexOf('COMMENTAIRES ET OBSERVATIONS SUR FICHE 1'));
    expect(sh.values(`A${top + 2}:I${top + 2}`)[0]).toEqual(
      ['Variable', 'Ménages concernés', '', 'Renseignés', '', 'Non renseignés', '', 'Taux de remplissage', ''],
    );
    // ★ cells: 14 × 4 + 16 × 2 = 88; filled 30 (H1) + 23 (H2) + 14 (H3) + 2 (H4) = 69.
    expect(lines.get('Variables ANRU ★')).toEqual(['Variables ANRU ★', 88, 69, 19, 69 / 88]);
    expect(lines.get('Opération ★')).toEqual(['Opération ★', 4, 4, 0, 1]);
    expect(lines.get('Relogement ★')).toEqual(['Relogement ★', 4, 4, 0, 1]);
    expect(lines.get('Loyer de base mensuel ★')).toEqual(['Loyer de base mensuel ★', 4, 2, 2, 0.5]);
    expect(lines.get('Quittance mensuelle ★')).toEqual(['Quittance mensuelle ★', 4, 2, 2, 0.5]);
    expect(lines.get('Ressources du ménage ★')).toEqual(['Ressources du ménage ★', 4, 3, 1, 0.75]);
    expect(lines.get('Date du déménagement ★')).toEqual(['Date du déménagement ★', 2, 1, 1, 0.5]);
    expect(lines.get('ZUS / QPV ★')).toEqual(['ZUS / QPV ★', 2, 1, 1, 0.5]);
    expect(lines.get('Évolution de la quittance résiduelle ★')).toEqual(['Évolution de la quittance résiduelle ★', 2, 1, 1, 0.5]);
    expect(lines.get("Taux d'effort après (en %) ★")).toEqual(["Taux d'effort après (en %) ★", 2, 2, 0, 1]);
    expect(lines.get('Suivi CCAS (champ ajouté)')).toEqual(['Suivi CCAS (champ ajouté)', 4, 2, 2, 0.5]);
    // Overall: (40 catalogue columns + the user column) × 4 + 31 after-relocation columns × 2 relogés = 226 cells.
    // Filled: H1 all its 72; H2 72 − 11 (Loyer, Date du déménagement, ZUS / QPV, the 7 derived columns
    // computed from Loyer, Suivi CCAS) = 61; H3 all its 41; H4 4 (N° d'identification, N° de demande read
    // as 1 when blank, Opération, Relogement): 178.
    expect(lines.get('Ensemble des variables')).toEqual(['Ensemble des variables', 226, 178, 48, 178 / 226]);
    // Overall, then ANRU ★, the 30 ★ columns, the user column.
    expect([...lines.keys()][0]).toBe('Ensemble des variables');
    expect(lines.size).toBe(33);

    const first = top + 2; // 0-based row of « Ensemble des variables »
    expect(sh.cell(first, 1).numberFormat).toBe('0');
    expect(sh.cell(first, 7).numberFormat).toBe('0.0%');
    expect([sh.cell(first, 0).font.bold, sh.cell(first, 0).fill]).toEqual([true, '#F2F2F2']);
    expect(sh.merges).toEqual(expect.arrayContaining([`B${top + 2}:C${top + 2}`, `H${first + 33}:I${first + 33}`]));
  }, 60_000);

  test('Ménages à reloger: nobody relogé, so after-relocation ★ lines show « — », never 0 %', async () => {
    const { wb, name } = await resultSheet('a-reloger');
    const { lines } = linesOf(wb, name);
    expect(lines.get('Date du déménagement ★')).toEqual(['Date du déménagement ★', 0, 0, 0, '—']);
    expect(lines.get("Taux d'effort après (en %) ★")).toEqual(["Taux d'effort après (en %) ★", 0, 0, 0, '—']);
    // ★ cells: 14 × 2 = 28; filled 14 (H3) + 2 (H4).
    expect(lines.get('Variables ANRU ★')).toEqual(['Variables ANRU ★', 28, 16, 12, 16 / 28]);
    expect(lines.get('Loyer de base mensuel ★')).toEqual(['Loyer de base mensuel ★', 2, 1, 1, 0.5]);
  }, 60_000);
});
