/**
 * « Traitements » pane logic without React: what the section reads to offer its choices (operations,
 * user fields, saved criteria sets) and when it reads it again.
 */
import type { CellValue, CustomFieldDef } from '../../src/domain/catalogue';
import { addCustomField } from '../../src/excel/fields';
import { saveCriteriaSet } from '../../src/excel/reports';
import { MemoryWorkbook } from '../../src/host/memory';
import { contextReloads, treatmentActions } from '../../src/taskpane/sections/treatments/actions';
import { buildCriterion, codesOf, columnGroups, EMPTY_DRAFT, operatorsOf } from '../../src/taskpane/sections/treatments/draft';
import { fieldFor, type Criterion } from '../../src/domain/populations';
import { run, sampleWorkbook, TODAY } from '../excel/marks/helpers';

const VISIT: CustomFieldDef = {
  key: 'custom:visite', label: 'Visite', type: 'list', help: '', personal: false,
  codes: [{ code: '01', label: 'Première visite' }, { code: '02', label: 'Seconde visite' }],
};

/** A prepared sample with two fields added by « Insérer un nouveau champ de saisie » and one saved set. */
async function workbook(households: number): Promise<MemoryWorkbook> {
  const { wb } = await sampleWorkbook(households, 0, { prepared: true });
  await run(wb, (c) => addCustomField(c, { name: 'Nombre de visites', type: 'number', help: '', personal: false, today: TODAY }));
  await run(wb, (c) => addCustomField(c, { name: 'Visite', type: 'list', codes: VISIT.codes, help: 'Visite à domicile.', personal: true, today: TODAY }));
  await run(wb, (c) =>
    saveCriteriaSet(c, 'Premières visites', [{ key: 'custom:visite', op: 'parmi', value: ['01'] }], { ctx: { customFields: [VISIT] }, today: TODAY }),
  );
  return wb;
}

const host = (wb: MemoryWorkbook) => ({ run: <T>(cb: (c: Excel.RequestContext) => Promise<T>) => wb.run(cb), today: () => TODAY });

interface TypedColumn {
  readonly header: string;
  /** One cell per household from the first (row 6); blank beyond. */
  readonly cells: readonly CellValue[] | ((i: number) => CellValue);
  readonly format: string;
}

/** Columns a housing officer types at the right of Tableau_menages: a header, cells, no definition in RIME_champs. */
async function typeColumns(wb: MemoryWorkbook, columns: readonly TypedColumn[]): Promise<void> {
  await run(wb, async (c) => {
    const table = c.workbook.tables.getItem('Tableau_menages');
    const body = table.getDataBodyRange().load('rowCount');
    await c.sync();
    for (const col of columns) {
      const cell = (i: number): CellValue => (typeof col.cells === 'function' ? col.cells(i) : (col.cells[i] ?? ''));
      const added = table.columns.add(undefined, [[col.header], ...Array.from({ length: body.rowCount }, (_, i) => [cell(i)])]);
      added.getDataBodyRange().numberFormat = Array.from({ length: body.rowCount }, () => [col.format]);
    }
    await c.sync();
  });
}

// Hand-counted on the 10 households: « rsa » in 3 cells (1, 3, 7); Nb visites ≥ 5 in 4 cells (12, 5, 12, 7).
const SUIVI: TypedColumn = {
  header: 'Suivi CCAS', format: 'General',
  cells: ['Suivi RSA', '', 'rsa socle', 'Aucun', 'Accompagnement budgétaire', '', 'RSA', 'Dossier FSL', '', 'Réorientation'],
};
const VISITES: TypedColumn = { header: 'Nb visites', format: 'General', cells: [3, 12, '', 0, 5, 12, 1, '', 7, 2] };

describe('the section reads its context from the small sheets, not the household table', () => {
  const measured: Record<number, { syncs: number; bytes: number; maxResponse: number; fields: string[] }> = {};
  beforeAll(async () => {
    for (const n of [10, 2000]) {
      const wb = await workbook(n);
      // Two columns typed by hand, filled on every household: the opening still reads one row of them.
      await typeColumns(wb, [
        { ...SUIVI, cells: (i) => (i % 3 === 0 ? '' : `Suivi n° ${i}`) },
        { ...VISITES, cells: (i) => i % 9 },
      ]);
      wb.resetStats();
      const ctx = await treatmentActions(host(wb)).loadContext();
      measured[n] = { syncs: wb.stats.syncs, bytes: wb.stats.totalBytes, maxResponse: wb.stats.maxResponseBytes, fields: ctx.customFields.map((f) => `${f.label}: ${f.type}`) };
    }
  }, 120000);

  test('2 syncs and the same few kilobytes for 10 and 2,000 households', () => {
    expect(measured[10].syncs).toBe(2);
    expect(measured[2000].syncs).toBe(2);
    // Reading 2,000 households (72 columns) would weigh megabytes; the small sheets weigh a few kB.
    expect(measured[2000].maxResponse).toBeLessThan(10_000);
    expect(Math.abs(measured[2000].bytes - measured[10].bytes)).toBeLessThan(100);
    expect(measured[2000].fields).toEqual(['Nombre de visites: number', 'Visite: list', 'Suivi CCAS: text', 'Nb visites: number']);
  });

  test('operations, the stored user fields (typed, in table order) and the saved set', async () => {
    const wb = await workbook(10);
    const ctx = await treatmentActions(host(wb)).loadContext();
    // liste_opération A3:A5 (A2 is Tout).
    expect(ctx.operations).toEqual(['Résidence Les Érables – bât. F', 'Résidence Les Acacias – bât. B', 'Résidence Les Tilleuls – bât. E']);
    expect(ctx.customFields).toEqual([
      { key: 'custom:nombre de visites', label: 'Nombre de visites', type: 'number', help: '', personal: false },
      { ...VISIT, help: 'Visite à domicile.', personal: true },
    ]);
    expect(ctx.sets).toEqual([
      { name: 'Premières visites', row: 1, ok: true, savedOn: TODAY, criteria: [{ key: 'custom:visite', op: 'parmi', value: ['01'] }] },
    ]);
  });

  test('the builder offers the liste field as codes and the nombre field as numbers, whatever the cells hold', async () => {
    const wb = await workbook(10);
    // Codes and numbers typed on row 6, the first household: the cells do not decide the type.
    const headers = wb.table('Tableau_menages')!.headers;
    await run(wb, async (c) => {
      const ws = c.workbook.worksheets.getItem('Tableau_de_saisie');
      ws.getRangeByIndexes(5, headers.indexOf('Visite'), 1, 1).values = [['02']];
      ws.getRangeByIndexes(5, headers.indexOf('Nombre de visites'), 1, 1).values = [['deux']];
      await c.sync();
    });
    const ctx = await treatmentActions(host(wb)).loadContext();
    expect(operatorsOf('custom:visite', ctx.customFields)).toEqual(['est', 'parmi', 'n_est_pas', 'n_est_pas_parmi', 'renseigne', 'non_renseigne']);
    expect(codesOf(fieldFor('custom:visite', ctx.customFields), ctx.operations).map((c) => c.text)).toEqual(['01 – Première visite', '02 – Seconde visite']);
    expect(operatorsOf('custom:nombre de visites', ctx.customFields)).toEqual(['=', '≠', '<', '≤', '>', '≥', 'entre', 'renseigne', 'non_renseigne']);
  });

  test("a sort on the liste field: « n'est pas parmi » counts the households by their code, the sentence titles the sheet", async () => {
    const wb = await workbook(10);
    const col = wb.table('Tableau_menages')!.headers.indexOf('Visite');
    await run(wb, async (c) => {
      // Rows 6 to 8 (the first three households): 01, 02, 02; the seven others blank.
      c.workbook.worksheets.getItem('Tableau_de_saisie').getRangeByIndexes(5, col, 3, 1).values = [['01'], ['02'], ['02']];
      await c.sync();
    });
    const outcome = await treatmentActions(host(wb)).run(
      { criteria: [{ key: 'custom:visite', op: 'n_est_pas_parmi', value: ['01'] }] }, { kind: 'all' }, () => undefined,
    );
    expect(outcome.lines[0]).toBe("Ménages dont le champ « Visite » n'est pas première visite — Toutes les opérations (Tout)");
    expect(outcome.lines[1]).toMatch(/^N = 2 ménages, dont /);
  });

  test('a field whose column was deleted from the table is no longer offered', async () => {
    const wb = await workbook(10);
    await run(wb, async (c) => {
      c.workbook.tables.getItem('Tableau_menages').columns.getItem('Nombre de visites').delete();
      await c.sync();
    });
    const ctx = await treatmentActions(host(wb)).loadContext();
    expect(ctx.customFields.map((f) => f.label)).toEqual(['Visite']);
  });

  test('a new workbook: nothing to offer, no error', async () => {
    const ctx = await treatmentActions(host(new MemoryWorkbook())).loadContext();
    expect(ctx).toEqual({ operations: [], customFields: [], sets: [] });
  });
});

describe('user columns typed by hand in the table (no definition in RIME_champs)', () => {
  const TEXT = ['contient', 'renseigne', 'non_renseigne'];
  const NUMBER = ['=', '≠', '<', '≤', '>', '≥', 'entre', 'renseigne', 'non_renseigne'];
  const sort = (wb: MemoryWorkbook, criteria: Criterion[]) => treatmentActions(host(wb)).run({ criteria }, { kind: 'all' }, () => undefined);

  test('offered after the defined fields, typed by the first household’s cell; Préparer’s copies are not', async () => {
    const wb = await workbook(10);
    await typeColumns(wb, [
      SUIVI,
      VISITES,
      { header: 'Date de visite', format: 'dd/mm/yyyy', cells: [46001] },
      { header: "Évolution nombre pièces (avant/après) (saisie d'origine)", format: 'General', cells: [2] },
    ]);
    const ctx = await treatmentActions(host(wb)).loadContext();
    expect(ctx.customFields.slice(2)).toEqual([
      { key: 'custom:suivi ccas', label: 'Suivi CCAS', type: 'text', help: '', personal: false, guessed: true },
      { key: 'custom:nb visites', label: 'Nb visites', type: 'number', help: '', personal: false, guessed: true },
      { key: 'custom:date de visite', label: 'Date de visite', type: 'date', help: '', personal: false, guessed: true },
    ]);
    expect(columnGroups(ctx.customFields).at(-1)).toEqual({
      label: 'Champs ajoutés',
      columns: [
        { key: 'custom:nombre de visites', label: 'Nombre de visites' },
        { key: 'custom:visite', label: 'Visite' },
        { key: 'custom:suivi ccas', label: 'Suivi CCAS' },
        { key: 'custom:nb visites', label: 'Nb visites' },
        { key: 'custom:date de visite', label: 'Date de visite' },
      ],
    });
    expect(operatorsOf('custom:suivi ccas', ctx.customFields)).toEqual(TEXT);
    expect(operatorsOf('custom:nb visites', ctx.customFields)).toEqual(NUMBER);
    expect(operatorsOf('custom:date de visite', ctx.customFields)).toEqual(NUMBER);
  });

  test('a sort on each gives the hand-counted N', async () => {
    const wb = await workbook(10);
    await typeColumns(wb, [SUIVI, VISITES]);
    const ctx = await treatmentActions(host(wb)).loadContext();
    const draft = { ...EMPTY_DRAFT, key: 'custom:suivi ccas', op: 'contient' as const, text: 'rsa' };
    const built = buildCriterion(draft, ctx.customFields, ctx.operations);
    expect(built).toEqual({ criterion: { key: 'custom:suivi ccas', op: 'contient', value: 'rsa' } });
    const suivi = await sort(wb, [(built as { criterion: Criterion }).criterion]);
    expect(suivi.lines[0]).toBe('Ménages dont le champ « Suivi CCAS » contient « rsa » — Toutes les opérations (Tout)');
    expect(suivi.lines[1]).toMatch(/^N = 3 ménages, dont /);
    const visits = await sort(wb, [{ key: 'custom:nb visites', op: '≥', value: 5 }]);
    expect(visits.lines[0]).toBe('Ménages dont le champ « Nb visites » ≥ 5 — Toutes les opérations (Tout)');
    expect(visits.lines[1]).toMatch(/^N = 4 ménages, dont /);
  });

  test('the pane and the treatment may guess differently: the sort still counts the numbers', async () => {
    const wb = await workbook(10);
    // « Nb visites »: a text cell in row 9 (the treatment reads the column as text, the pane as numbers);
    // « Nb passages »: numbers but the first cell blank (the pane offers text, the treatment reads numbers).
    await typeColumns(wb, [
      { ...VISITES, cells: [3, 12, '', 'deux', 5, 12, 1, '', 7, 2] },
      { header: 'Nb passages', format: 'General', cells: ['', 12, 4, 112, '', 12, 1, '', 7, 2] },
    ]);
    const ctx = await treatmentActions(host(wb)).loadContext();
    expect(operatorsOf('custom:nb visites', ctx.customFields)).toEqual(NUMBER);
    expect(operatorsOf('custom:nb passages', ctx.customFields)).toEqual(TEXT);
    expect((await sort(wb, [{ key: 'custom:nb visites', op: '=', value: 12 }])).lines[1]).toMatch(/^N = 2 ménages, dont /);
    expect((await sort(wb, [{ key: 'custom:nb visites', op: '≥', value: 5 }])).lines[1]).toMatch(/^N = 4 ménages, dont /);
    // « contient 12 » on the numbers 12, 112 and 12.
    expect((await sort(wb, [{ key: 'custom:nb passages', op: 'contient', value: '12' }])).lines[1]).toMatch(/^N = 3 ménages, dont /);
  });
});

describe('when the section reads its context again', () => {
  test('when it opens, after the other actions and a saved set, not after its own treatments', () => {
    const r = contextReloads();
    expect(r.busyChanged(false)).toBe(true); // opens
    expect(r.busyChanged(false)).toBe(false); // rendered again, nothing happened
    r.quietly(); // a treatment, « Tout lancer », « Efface dernier tri »
    expect(r.busyChanged(true)).toBe(false);
    expect(r.busyChanged(false)).toBe(false);
    expect(r.busyChanged(true)).toBe(false); // « Enregistrer les critères », « Préparer le classeur », a new field…
    expect(r.busyChanged(false)).toBe(true);
  });

  test('opened while another section works: read once that action is over', () => {
    const r = contextReloads();
    expect(r.busyChanged(true)).toBe(false);
    expect(r.busyChanged(false)).toBe(true);
  });
});
