/**
 * « Traitements » pane logic without React: what the section reads to offer its choices (operations,
 * user fields, saved criteria sets) and when it reads it again.
 */
import type { CustomFieldDef } from '../../src/domain/catalogue';
import { addCustomField } from '../../src/excel/fields';
import { saveCriteriaSet } from '../../src/excel/reports';
import { MemoryWorkbook } from '../../src/host/memory';
import { contextReloads, treatmentActions } from '../../src/taskpane/sections/treatments/actions';
import { codesOf, operatorsOf } from '../../src/taskpane/sections/treatments/draft';
import { fieldFor } from '../../src/domain/populations';
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

describe('the section reads its context from the small sheets, not the household table', () => {
  const measured: Record<number, { syncs: number; bytes: number; maxResponse: number }> = {};
  beforeAll(async () => {
    for (const n of [10, 2000]) {
      const wb = await workbook(n);
      wb.resetStats();
      await treatmentActions(host(wb)).loadContext();
      measured[n] = { syncs: wb.stats.syncs, bytes: wb.stats.totalBytes, maxResponse: wb.stats.maxResponseBytes };
    }
  }, 120000);

  test('2 syncs and the same few kilobytes for 10 and 2,000 households', () => {
    expect(measured[10].syncs).toBe(2);
    expect(measured[2000].syncs).toBe(2);
    // Reading 2,000 households (72 columns) would weigh megabytes; the small sheets weigh a few kB.
    expect(measured[2000].maxResponse).toBeLessThan(10_000);
    expect(Math.abs(measured[2000].bytes - measured[10].bytes)).toBeLessThan(100);
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
