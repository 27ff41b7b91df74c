import { MemoryWorkbook } from '../../src/host/memory';
import { serialFromYmd as d } from '../../src/domain/dates';
import { deleteOperation, validateOperations } from '../../src/excel/operations/actions';
import { readOperations } from '../../src/excel/workbook/operations';
import { WorkbookError } from '../../src/excel/errors';
import { blockAddress, prepare, tableRows } from './helpers';

const OP_HEADERS = [
  "Nom de l'opération", 'Commune', 'Quartier', 'EPCI', 'Nombre de ménages à reloger', 'Nombre de logements à démolir',
  'Nombre de logements vacants', "Date de début de l'opération", "Date de fin de l'opération", 'Observation',
];
const OPS = [
  ['Tour B', 'Vaulx', 'Mas', 'Métropole', 40, 60, 12, d(2023, 1, 10), d(2026, 12, 31), ''],
  ['Barre A', 'Vaulx', '', '', 25, 30, 'NR', d(2022, 9, 1), '', 'Démolition 2025'],
  ['Le Clos', '', '', '', '', 10, 3, '', d(2027, 6, 30), ''],
];
const HH_HEADERS = ["N° d'identification du ménage", 'Nom du chef de ménage', 'Opération', 'Relogement', 'Date du déménagement'];
const HH = [
  [1, 'Durand', 'Tour B', 'OUI', d(2024, 3, 15)],
  [2, 'Durand', 'tour b ', 'OUI', d(2024, 6, 1)],
  [3, 'Martin', 'Tour B', 'NON', ''],
  [4, 'Nguyen', 'Barre A', 'OUI', ''],
  [5, 'Petit', '', 'OUI', d(2025, 1, 10)],
];

async function workbook(): Promise<MemoryWorkbook> {
  const wb = new MemoryWorkbook({ sheets: ['liste_opération', 'Tableau_de_saisie'] });
  await wb.simulateUserEdit('liste_opération', blockAddress('A1', 4, 10), [OP_HEADERS, ...OPS]);
  await wb.simulateUserEdit('Tableau_de_saisie', blockAddress('A1', 6, 5), [HH_HEADERS, ...HH]);
  await prepare(wb);
  return wb;
}

const figures = (wb: MemoryWorkbook) =>
  tableRows(wb, 'Tableau_operations').map((r) => [
    r["Nom de l'opération"], r["Nombre de ménages à reloger au démarrage de l'opération (y compris décohabitants ou hébergés)"],
    r['Nombre de logements à démolir'], r['Nombre de logements vacants'], r["Date de début de l'opération"],
    r["Date de fin de l'opération"], r['Nombre de ménages relogés'], r['Date du dernier relogement'],
  ]);

function noRefError(wb: MemoryWorkbook): void {
  for (const name of wb.sheetNames()) {
    for (const row of wb.sheet(name)!.values()) for (const v of row) expect(String(v)).not.toContain('#REF!');
  }
}

describe('liste_opération', () => {
  test('Préparer: the legacy list becomes the table, Tout added first with its figures as values', async () => {
    const wb = await workbook();
    expect(figures(wb)).toEqual([
      ['Tout', 65, 100, 15, d(2022, 9, 1), d(2027, 6, 30), 4, d(2025, 1, 10)],
      ['Tour B', 40, 60, 12, d(2023, 1, 10), d(2026, 12, 31), 2, d(2024, 6, 1)],
      ['Barre A', 25, 30, 'NR', d(2022, 9, 1), '', 1, ''],
      ['Le Clos', '', 10, 3, '', d(2027, 6, 30), 0, ''],
    ]);
    const formulas = wb.sheet('liste_opération')!.formulas();
    for (const row of formulas) for (const v of row) expect(String(v).startsWith('=')).toBe(false);
  });

  test('Valider la liste des opérations: sorted, Tout first and refreshed, dropdown re-pointed', async () => {
    const wb = await workbook();
    const report = await wb.run((ctx) => validateOperations(ctx));
    expect(report.changed).toBe(true);
    expect(report.operations).toEqual(['Barre A', 'Le Clos', 'Tour B']);
    expect(figures(wb).map((r) => r[0])).toEqual(['Tout', 'Barre A', 'Le Clos', 'Tour B']);
    expect(tableRows(wb, 'Tableau_operations')[1].Observations).toBe('Démolition 2025');
    expect(figures(wb)[0]).toEqual(['Tout', 65, 100, 15, d(2022, 9, 1), d(2027, 6, 30), 4, d(2025, 1, 10)]);
    const op = wb.sheet('Tableau_de_saisie')!.validations().find((v) => (v.prompt as { title: string }).title === 'Opération')!;
    expect(op.rule).toEqual({ list: { inCellDropDown: true, source: "='liste_opération'!$A$3:$A$5" } });
    const again = await wb.run((ctx) => validateOperations(ctx));
    expect(again.changed).toBe(false);
    const read = await wb.run((ctx) => readOperations(ctx));
    expect(read.all?.relocatedCount).toBe(4);
    expect(read.operations.map((o) => [o.row, o.name, o.relocatedCount])).toEqual([[3, 'Barre A', 1], [4, 'Le Clos', 0], [5, 'Tour B', 2]]);
  });

  test('Supprimer: refused while households are attached, naming them', async () => {
    const wb = await workbook();
    const err = await wb.run((ctx) => deleteOperation(ctx, 'Tour B')).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(WorkbookError);
    expect((err as WorkbookError).code).toBe('OperationInUse');
    expect((err as WorkbookError).message).toBe(
      "Impossible de supprimer l'opération « Tour B » : 3 ménages y sont rattachés (ligne 6 (N° 1), ligne 7 (N° 2), ligne 8 (N° 3)). Rattachez-les d'abord à une autre opération, ou choisissez l'opération vers laquelle les déplacer.",
    );
    expect(figures(wb)).toHaveLength(4);
    for (const [name, code] of [['Tout', 'CannotDeleteAll'], ['Inconnue', 'UnknownOperation']]) {
      const e = await wb.run((ctx) => deleteOperation(ctx, name)).catch((x: unknown) => x);
      expect((e as WorkbookError).code).toBe(code);
    }
    const same = await wb.run((ctx) => deleteOperation(ctx, 'Tour B', { moveTo: 'tour B' })).catch((x: unknown) => x);
    expect((same as WorkbookError).code).toBe('InvalidMoveTarget');
  });

  test('Supprimer an operation without households: Tout recomputed, never #REF!', async () => {
    const wb = await workbook();
    const report = await wb.run((ctx) => deleteOperation(ctx, 'Le Clos'));
    expect(report.deleted).toBe('Le Clos');
    expect(report.moved).toBe(0);
    expect(figures(wb)).toEqual([
      ['Tout', 65, 90, 12, d(2022, 9, 1), d(2026, 12, 31), 4, d(2025, 1, 10)],
      ['Tour B', 40, 60, 12, d(2023, 1, 10), d(2026, 12, 31), 2, d(2024, 6, 1)],
      ['Barre A', 25, 30, 'NR', d(2022, 9, 1), '', 1, ''],
    ]);
    noRefError(wb);
  });

  test('Supprimer with moveTo: the households move first, then the operation goes', async () => {
    const wb = await workbook();
    const report = await wb.run((ctx) => deleteOperation(ctx, 'Tour B', { moveTo: 'Barre A' }));
    expect(report.moved).toBe(3);
    expect(report.lines[0]).toBe('3 ménages rattachés à « Barre A » (ligne 6 (N° 1), ligne 7 (N° 2), ligne 8 (N° 3)).');
    expect(tableRows(wb, 'Tableau_menages').map((r) => r['Opération ★'])).toEqual(['Barre A', 'Barre A', 'Barre A', 'Barre A', '']);
    expect(figures(wb)).toEqual([
      ['Tout', 25, 40, 3, d(2022, 9, 1), d(2027, 6, 30), 4, d(2025, 1, 10)],
      ['Barre A', 25, 30, 'NR', d(2022, 9, 1), '', 3, d(2024, 6, 1)],
      ['Le Clos', '', 10, 3, '', d(2027, 6, 30), 0, ''],
    ]);
    const op = wb.sheet('Tableau_de_saisie')!.validations().find((v) => (v.prompt as { title: string }).title === 'Opération')!;
    expect(op.rule).toEqual({ list: { inCellDropDown: true, source: "='liste_opération'!$A$3:$A$4" } });
    noRefError(wb);
  });

  test('the guide layout: headers on row 6, Tout on row 7 with sums as formulas, relogés typed by hand', async () => {
    const wb = new MemoryWorkbook({ sheets: ['liste_opération'] });
    await wb.simulateUserEdit('liste_opération', 'A1', 'Liste des opérations');
    await wb.simulateUserEdit('liste_opération', 'A6:F9', [
      ["Nom de l'opération", 'Commune', 'EPCI', 'Nombre de ménages à reloger', 'Nombre de ménages relogés', 'Observation'],
      ['Tout', 'Vaulx-en-Velin', 'Métropole de Lyon', '=SUM(D8:D9)', '=SUM(E8:E9)', ''],
      ['Tour B', 'Vaulx-en-Velin', '', 40, 12, ''],
      ['Barre A', 'Vaulx-en-Velin', '', 25, 3, 'à vérifier'],
    ]);
    const report = await prepare(wb);
    expect(report.lines).toContain(
      "Colonne « Nombre de ménages relogés » de liste_opération : valeurs saisies conservées dans « Nombre de ménages relogés (saisie d'origine) », la colonne est désormais calculée par le complément.",
    );
    expect(wb.table('Tableau_operations')!.address).toBe('liste_opération!A6:M9');
    const rows = tableRows(wb, 'Tableau_operations');
    expect(rows.map((r) => [r["Nom de l'opération"], r.Commune, r.EPCI, r["Nombre de ménages à reloger au démarrage de l'opération (y compris décohabitants ou hébergés)"], r['Nombre de ménages relogés'], r["Nombre de ménages relogés (saisie d'origine)"], r.Observations])).toEqual([
      ['Tout', 'Vaulx-en-Velin', 'Métropole de Lyon', 65, 0, 15, ''],
      ['Tour B', 'Vaulx-en-Velin', '', 40, 0, 12, ''],
      ['Barre A', 'Vaulx-en-Velin', '', 25, 0, 3, 'à vérifier'],
    ]);
    expect(wb.sheet('liste_opération')!.values('A1')).toEqual([['Liste des opérations']]);
    expect((await prepare(wb)).changed).toBe(false);
  });
});
