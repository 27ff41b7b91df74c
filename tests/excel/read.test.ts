import { MemoryWorkbook } from '../../src/host/memory';
import { serialFromYmd as d } from '../../src/domain/dates';
import { readHouseholds } from '../../src/excel/workbook/read';
import { WorkbookError } from '../../src/excel/errors';
import { blockAddress, legacyWorkbook, prepare } from './helpers';

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
