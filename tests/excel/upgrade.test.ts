import { MemoryWorkbook } from '../../src/host/memory';
import { readHouseholds } from '../../src/excel/workbook/read';
import { dump, prepare, tableRows } from './helpers';

describe('upgrading an existing household table', () => {
  test('a value typed over a formula is kept in a "(saisie d\'origine)" column, the formula restored', async () => {
    const wb = new MemoryWorkbook();
    await prepare(wb);
    // L = Quittance mensuelle, I = Loyer: the user types a loyer, then overwrites the quittance.
    await wb.simulateUserEdit('Tableau_de_saisie', 'I6', 400);
    await wb.simulateUserEdit('Tableau_de_saisie', 'L6', 455);
    const report = await prepare(wb);
    expect(report.changed).toBe(true);
    expect(report.counts.preservedColumns).toBe(1);
    expect(report.lines).toContain(
      "Colonne « Quittance mensuelle » : les valeurs saisies sont conservées dans « Quittance mensuelle (saisie d'origine) » ; la colonne est désormais calculée par formule.",
    );
    const t = wb.table('Tableau_menages')!;
    expect(t.headers.slice(-2)).toEqual(["Quittance mensuelle (saisie d'origine)", 'Commentaires et observations']);
    const [row] = tableRows(wb, 'Tableau_menages');
    expect(row["Quittance mensuelle (saisie d'origine)"]).toBe(455);
    expect(row['Quittance mensuelle ★']).toBe(400);
    expect(wb.sheet('Tableau_de_saisie')!.at('L6').formula).toContain('Tableau_menages[[#This Row],[Loyer de base mensuel ★]]');
    const before = dump(wb);
    expect((await prepare(wb)).changed).toBe(false);
    expect(dump(wb)).toBe(before);
  });

  test('a user table under another name, with some columns: missing ones added in place, user columns and values kept, headers restored', async () => {
    const wb = new MemoryWorkbook({ sheets: ['Tableau_de_saisie'] });
    await wb.simulateUserEdit('Tableau_de_saisie', 'A6:F8', [
      ["N° d'identification", 'Escalier', 'Opération', 'Loyer de base mensuel ★', 'Commentaires et observations', 'Salaires mensuels'],
      [7, 'B', 'Tour B', 380, 'RAS', 1520],
      [8, 'C', 'Tour B', 410, '', ''],
    ]);
    await wb.run(async (ctx) => {
      const t = ctx.workbook.worksheets.getItem('Tableau_de_saisie').tables.add('A6:F8', true);
      t.name = 'MesMenages';
      await ctx.sync();
    });
    const read = await wb.run((ctx) => readHouseholds(ctx));
    expect(read.source.table).toBe('MesMenages');
    expect(read.households.map((h) => h.values.householdId)).toEqual([7, 8]);
    const report = await prepare(wb);
    expect(report.changed).toBe(true);
    expect(report.lines[0]).toBe('Tableau « MesMenages » reconnu à ses en-têtes : renommé « Tableau_menages ».');
    expect(wb.table('MesMenages')).toBeUndefined();
    expect(report.counts.columnsAdded).toBe(67);
    const t = wb.table('Tableau_menages')!;
    expect(t.address).toBe('Tableau_de_saisie!A6:BU8');
    expect(t.headers.slice(0, 7)).toEqual([
      "N° d'identification du ménage", 'N° de demande', 'Nom du chef de ménage', 'Prénom du chef de ménage', 'Escalier', 'Opération ★',
      'Adresse actuelle du ménage à reloger',
    ]);
    // Comments stay where they were, before the user's « Salaires mensuels » (kept in place, header restored).
    expect(t.headers.slice(-2)).toEqual(['Commentaires et observations', 'Salaires mensuels ★']);
    const rows = tableRows(wb, 'Tableau_menages');
    expect(rows.map((r) => [r['Ressources du ménage ★'], r["Taux d'effort (en %) ★"]])).toEqual([[1520, 0.25], ['', '']]);
    expect(rows.map((r) => [r["N° d'identification du ménage"], r.Escalier, r['Opération ★'], r['Loyer de base mensuel ★'], r['Quittance mensuelle ★'], r['Commentaires et observations']]))
      .toEqual([[7, 'B', 'Tour B', 380, 380, 'RAS'], [8, 'C', 'Tour B', 410, 410, '']]);
    const s = wb.sheet('Tableau_de_saisie')!;
    expect(s.values('A2:A4')).toEqual([['Bailleur'], ['Référent'], ["Date d'édition"]]);
    expect(s.values('A5:G5')).toEqual([['Données générales', '', '', '', 'Champs ajoutés', 'Données générales', '']]);
    const before = dump(wb);
    expect((await prepare(wb)).changed).toBe(false);
    expect(dump(wb)).toBe(before);
  });

  test('bailleur and référent given to Préparer go to Paramètres and show above the table', async () => {
    const wb = new MemoryWorkbook();
    await prepare(wb);
    const report = await prepare(wb, { bailleur: 'Habitat Rhône', referent: 'C. Martin' });
    expect(report.changed).toBe(true);
    expect(report.lines).toEqual(["Bailleur : « Habitat Rhône » enregistré dans Paramètres.", "Référent : « C. Martin » enregistré dans Paramètres."]);
    expect(wb.sheet('Paramètres')!.values('A4:B5')).toEqual([['Bailleur', 'Habitat Rhône'], ['Référent', 'C. Martin']]);
    expect(wb.sheet('Tableau_de_saisie')!.values('A1:B2')).toEqual([['Bailleur', 'Habitat Rhône'], ['Référent', 'C. Martin']]);
    expect((await prepare(wb, { bailleur: 'Habitat Rhône' })).changed).toBe(false);
  });

  test('a table at A1: four rows inserted above it, its values kept', async () => {
    const wb = new MemoryWorkbook({ sheets: ['Tableau_de_saisie'] });
    await wb.simulateUserEdit('Tableau_de_saisie', 'A1:C3', [
      ["N° d'identification du ménage", 'Relogement ★', 'Date du déménagement ★'],
      [31, 'OUI', 45500],
      [32, 'NON', ''],
    ]);
    await wb.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('Tableau_de_saisie').tables.add('A1:C3', true).name = 'Tableau_menages';
      await ctx.sync();
    });
    const report = await prepare(wb);
    expect(report.lines).toContain("4 lignes insérées au-dessus du tableau des ménages pour le bandeau et l'en-tête.");
    expect(wb.table('Tableau_menages')!.address).toBe('Tableau_de_saisie!A5:BT7');
    const rows = tableRows(wb, 'Tableau_menages');
    expect(rows.map((r) => [r["N° d'identification du ménage"], r['Relogement ★'], r['Date du déménagement ★']])).toEqual([[31, 'OUI', 45500], [32, 'NON', '']]);
    expect(wb.sheet('Tableau_de_saisie')!.values('A1:A4')).toEqual([['Bailleur'], ['Référent'], ["Date d'édition"], ['Données générales']]);
    expect(wb.sheet('Tableau_de_saisie')!.freeze).toEqual({ rows: 5, cols: 4 });
    expect((await prepare(wb)).changed).toBe(false);
  });
});
