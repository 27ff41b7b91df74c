import { MemoryWorkbook } from '../../src/host/memory';
import { serialFromYmd as d } from '../../src/domain/dates';
import { readHouseholds } from '../../src/excel/workbook/read';
import { WorkbookError } from '../../src/excel/errors';
import { addCustomField } from '../../src/excel/fields';
import { blockAddress, legacyWorkbook, prepare } from './helpers';
import { sampleWorkbook, TODAY } from './marks/helpers';

const HEADERS = ['Relogement ★', 'Loyer de base mensuel', "n° d'identification du ménage", 'Provision pour charges', 'Escalier', 'Date du déménagement', 'Réservataire', 'Salaires mensuels'];
const ROWS = [
  ['oui', 400, 21, 50, 'B', d(2025, 2, 3), 'PREF', 1000],
  ['', '', '', '', '', '', '', ''],
  ['NON', '12,5', 22, '', 'C', '03/02/2024', 0.01, ''],
];

const read = (wb: MemoryWorkbook) => wb.run((ctx) => readHouseholds(ctx));

describe('readHouseholds', () => {
  test('a plain range found by its headers (any order, any case), blank rows skipped, custom columns kept', async () => {
    const wb = await legacyWorkbook(HEADERS, ROWS, 2, 'B');
    const r = await read(wb);
    expect(r.source).toEqual({ sheet: 'Tableau_de_saisie', table: null, headerRow: 2, firstCol: 1, headers: HEADERS });
    expect(r.rows.map((x) => x.row)).toEqual([4, 6]);
    expect(r.columns.householdId).toBe(3);
    expect(r.customFields.map((f) => [f.key, f.label, f.type])).toEqual([['custom:escalier', 'Escalier', 'text']]);
    const [a, b] = r.households;
    expect(a.values.relocation).toBe('OUI');
    expect(a.values.householdId).toBe(21);
    expect(a.values.quittance).toBe(450);
    expect(a.values.resources).toBe(1000);
    expect(a.values.resourcesSmic).toBe(null); // no Paramètres sheet: no SMIC
    expect(a.custom['custom:escalier']).toBe('B');
    expect(b.values.reservation).toBe('1%');
    expect(r.problems.map((p) => [p.row, p.problems.map((x) => [x.key, x.kind])])).toEqual([
      [6, [['rent', 'numberAsText'], ['moveDate', 'dateAsText']]],
    ]);
    expect(r.syncs).toBe(3);
  });

  test('the table after Préparer, SMIC from Paramètres, operations from liste_opération', async () => {
    const wb = await legacyWorkbook(HEADERS, ROWS, 2, 'B');
    await prepare(wb);
    const r = await read(wb);
    expect(r.source.table).toBe('Tableau_menages');
    expect(r.source.headerRow).toBe(6);
    expect(r.rows.map((x) => x.row)).toEqual([8, 10]);
    expect(r.params.smic).toBe(1443.11);
    // 1 000 € ÷ 1 443,11 € = 0,692947… → 0,6929.
    expect(r.households[0].values.resourcesSmic).toBe(0.6929);
    expect(r.operations).toEqual([]);
    expect(r.missing).toEqual([]);
  });

  test('typed errors naming the sheet or the column and the fix', async () => {
    const none = new MemoryWorkbook();
    const e1 = (await read(none).catch((e: unknown) => e)) as WorkbookError;
    expect(e1.code).toBe('MissingSheet');
    expect(e1.message).toBe(
      "La feuille « Tableau_de_saisie » est introuvable dans le classeur. Cliquez sur « Préparer le classeur » pour la créer, ou renommez la feuille qui la remplace en « Tableau_de_saisie ».",
    );
    const noHeaders = new MemoryWorkbook({ sheets: ['tableau_de_saisie'] });
    await noHeaders.simulateUserEdit('tableau_de_saisie', 'A1:B2', [['Nom', 'Téléphone'], ['Durand', '0600']]);
    const e2 = (await read(noHeaders).catch((e: unknown) => e)) as WorkbookError;
    expect(e2.code).toBe('MissingTable');
    expect(e2.message).toContain('dans la feuille « tableau_de_saisie »');
    const noId = new MemoryWorkbook({ sheets: ['Tableau_de_saisie'] });
    await noId.simulateUserEdit('Tableau_de_saisie', blockAddress('A1', 2, 3), [['Nom', 'Opération', 'Relogement'], ['Durand', 'Tour B', 'OUI']]);
    const e3 = (await read(noId).catch((e: unknown) => e)) as WorkbookError;
    expect(e3.code).toBe('MissingColumn');
    expect(e3.message).toBe(
      "La colonne « N° d'identification du ménage » est introuvable dans la feuille « Tableau_de_saisie ». Rétablissez son en-tête (il a peut-être été renommé ou supprimé) ou cliquez sur « Préparer le classeur » pour l'ajouter.",
    );
  });
});

describe('readHouseholds types the user columns by their stored definitions (RIME_champs)', () => {
  // 5 households on rows 6-10 of Tableau_menages; three fields added by « Insérer un nouveau champ de
  // saisie », then one column added by hand (no definition) at the end of the table.
  async function workbook(): Promise<MemoryWorkbook> {
    const { wb } = await sampleWorkbook(5, 0, { prepared: true });
    const add = (name: string, type: 'number' | 'list', codes?: { code: string; label: string }[]) =>
      wb.run((c) => addCustomField(c, { name, type, codes, help: '', personal: false, today: TODAY }));
    await add('Nombre de visites', 'number');
    await add('Visite', 'list', [{ code: '01', label: 'Première visite' }, { code: '02', label: 'Seconde visite' }]);
    await add('Rang', 'list', [{ code: '1', label: 'Prioritaire' }, { code: '2', label: 'Ordinaire' }]);
    await wb.run(async (c) => {
      const t = c.workbook.tables.getItem('Tableau_menages');
      t.columns.add(undefined, [['Étage'], [3], [''], [1], [''], [2]], 'Étage');
      await c.sync();
    });
    const headers = wb.table('Tableau_menages')!.headers;
    const col = (h: string) => headers.indexOf(h);
    await wb.run(async (c) => {
      const ws = c.workbook.worksheets.getItem('Tableau_de_saisie');
      const put = (row: number, header: string, v: string | number) => {
        ws.getRangeByIndexes(row - 1, col(header), 1, 1).values = [[v]];
      };
      put(6, 'Nombre de visites', 'douze');
      put(7, 'Nombre de visites', '12,5');
      put(8, 'Nombre de visites', 4);
      put(6, 'Visite', '01');
      put(7, 'Visite', '02');
      // Codes that look like numbers, the cells holding numbers: still codes, read as text.
      put(6, 'Rang', 1);
      put(7, 'Rang', 2);
      // A catalogue number column with the same text, for comparison.
      put(6, 'Loyer de base mensuel ★', 'douze');
      await c.sync();
    });
    return wb;
  }

  test('definitions applied, hand-typed column guessed, same findings as catalogue columns, same 3 syncs', async () => {
    const wb = await workbook();
    wb.resetStats();
    const r = await read(wb);
    expect(wb.stats.syncs).toBe(3);
    expect(r.syncs).toBe(3);
    expect(r.customFields.map((f) => [f.label, f.type, f.codes?.map((x) => x.code)])).toEqual([
      ['Nombre de visites', 'number', undefined],
      ['Visite', 'list', ['01', '02']],
      ['Rang', 'list', ['1', '2']],
      ['Étage', 'number', undefined],
    ]);
    const custom = (row: number) => r.households.find((h) => h.row === row)!.custom;
    expect(custom(6)).toEqual({ 'custom:nombre de visites': null, 'custom:visite': '01', 'custom:rang': '1', 'custom:etage': 3 });
    expect(custom(7)).toEqual({ 'custom:nombre de visites': null, 'custom:visite': '02', 'custom:rang': '2', 'custom:etage': null });
    expect(custom(8)).toEqual({ 'custom:nombre de visites': 4, 'custom:visite': null, 'custom:rang': null, 'custom:etage': 1 });
    const problems = (row: number) => r.problems.find((p) => p.row === row)?.problems.map((p) => [p.key, p.kind, p.message]);
    expect(problems(6)).toEqual([
      ['rent', 'notANumber', "« douze » n'est pas un nombre : saisir un nombre (chiffres, virgule décimale)."],
      ['custom:nombre de visites', 'notANumber', "« douze » n'est pas un nombre : saisir un nombre (chiffres, virgule décimale)."],
    ]);
    expect(problems(7)).toEqual([
      ['custom:nombre de visites', 'numberAsText', '« 12,5 » est saisi comme du texte : Excel ne le calcule pas. Ressaisir le nombre 12,5.'],
    ]);
  });
});
