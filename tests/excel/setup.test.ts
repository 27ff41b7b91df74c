import { MemoryWorkbook } from '../../src/host/memory';
import { dump, prepare, TODAY } from './helpers';

const RANGE_SOURCE = /^=('[^']+'|[A-Za-z_]+)!\$[A-Z]+\$\d+(:\$[A-Z]+\$\d+)?$/;

describe('Préparer le classeur on an empty workbook', () => {
  let wb: MemoryWorkbook;
  beforeAll(async () => {
    wb = new MemoryWorkbook();
    const report = await prepare(wb);
    expect(report.changed).toBe(true);
    expect(report.counts.sheetsCreated).toBe(6);
  });

  test('creates the sheets, keeps the user sheet', () => {
    expect(wb.sheetNames()).toEqual(['Feuil1', 'Tableau_de_saisie', 'liste_opération', 'Paramètres', 'Tableau des variables', 'Explication', 'Listes']);
  });

  test('the household table with every catalogue column in order, ★ on ANRU columns', () => {
    const t = wb.table('Tableau_menages')!;
    expect(t.address).toBe('Tableau_de_saisie!A5:BT6');
    expect(t.headers).toHaveLength(72);
    expect(t.headers.slice(0, 7)).toEqual([
      "N° d'identification du ménage", 'N° de demande', 'Nom du chef de ménage', 'Prénom du chef de ménage',
      'Opération ★', 'Adresse actuelle du ménage à reloger', 'Nombre de pièces ★',
    ]);
    expect(t.headers[t.headers.length - 1]).toBe('Commentaires et observations');
    expect(t.headers).toContain('Date du déménagement ★');
  });

  test('header cells, group band merged and coloured, frozen panes', () => {
    const s = wb.sheet('Tableau_de_saisie')!;
    expect(s.formulas('A1:B3')).toEqual([
      ['Bailleur', '=IF(RIME_BAILLEUR="","",RIME_BAILLEUR)'],
      ['Référent', '=IF(RIME_REFERENT="","",RIME_REFERENT)'],
      ["Date d'édition", TODAY],
    ]);
    expect(s.at('B3').numberFormat).toBe('dd/mm/yyyy');
    expect(s.merges).toEqual(['A4:F4', 'G4:O4', 'P4:AG4', 'AH4:AM4', 'AN4:BT4']);
    expect(s.values('A4:G4')).toEqual([['Données générales', '', '', '', '', '', 'Logement initial']]);
    expect(s.at('A4').fill).toBe('#D9E1F2');
    expect(s.at('G4').fill).toBe('#E2EFDA');
    expect(s.freeze).toEqual({ rows: 5, cols: 4 });
  });

  test('dropdowns: every source is a range, with the meanings as input message', () => {
    const v = wb.sheet('Tableau_de_saisie')!.validations();
    // Opération and the 22 code columns: pièces, charges, statut antérieur, structure, situation pro., nature des
    // ressources, plafonds, ancienneté, souhait pièces, pièces après, statut, nature du logement, financement, âge du
    // bâti, ZUS, localisation, réservataire, charges après, relogement, accompagnement, type, accepté/refusé.
    expect(v).toHaveLength(23);
    for (const x of v) expect((x.rule as { list: { source: string } }).list.source).toMatch(RANGE_SOURCE);
    const at = (a: string) => v.find((x) => x.address === a)!;
    expect(at('E6').rule).toEqual({ list: { inCellDropDown: true, source: "='liste_opération'!$A$3" } });
    expect(at('G6').rule).toEqual({ list: { inCellDropDown: true, source: '=Listes!$A$2:$A$7' } });
    expect(at('G6').prompt).toEqual({ showPrompt: true, title: 'Nombre de pièces', message: '1 = T1 ou T1bis\n2 = T2\n3 = T3\n4 = T4\n5 = T5\n6 = T6 ou plus' });
    // Réservataire: 15th code list, columns AC (codes) and AD (meanings) of Listes.
    const reservation = v.find((x) => (x.prompt as { title: string }).title === 'Réservataire')!;
    expect(reservation.rule).toEqual({ list: { inCellDropDown: true, source: '=Listes!$AC$2:$AC$8' } });
    expect(wb.sheet('Listes')!.values('AC1:AD8')).toEqual([
      ['Réservataire : code', 'Signification'],
      ['PREF', 'Contingent préfecture'], ['FONC', 'Fonctionnaires préfecture et assimilés'], ['VILLE', 'Ville'],
      ['EPCI', 'EPCI'], ['B', 'Bailleur'], ['1%', '1 % logement (Action Logement)'], ['AR', 'Autres réservataires'],
    ]);
    expect(wb.sheet('Listes')!.values('A2:A3')).toEqual([[1], [2]]);
  });

  test('derived columns: structured formulas, set apart', () => {
    const s = wb.sheet('Tableau_de_saisie')!;
    expect(s.at('L5').value).toBe('Quittance mensuelle ★');
    const rent = 'Tableau_menages[[#This Row],[Loyer de base mensuel ★]]';
    const charges = 'Tableau_menages[[#This Row],[Provision pour charges ★]]';
    expect(s.at('L6').formula).toBe(`=IF(OR(NOT(ISNUMBER(${rent})),ISTEXT(${charges})),"",${rent}+IF(ISNUMBER(${charges}),${charges},0))`);
    expect(s.at('L5').fill).toBe('#D9D9D9');
    expect(s.at('L6').font.italic).toBe(true);
    expect(s.at('L6').font.color).toBe('#595959');
    const t = wb.table('Tableau_menages')!;
    const smicCol = t.headers.indexOf('Ressources en SMIC');
    const f = s.cell(5, smicCol).formula!;
    expect(f).toContain('RIME_SMIC');
    expect(f).toContain('Tableau_menages[[#This Row],[Ressources du ménage ★]]');
  });

  test('number formats from the catalogue, text code columns as text', () => {
    const s = wb.sheet('Tableau_de_saisie')!;
    expect(s.at('A6').numberFormat).toBe('0');
    expect(s.at('E6').numberFormat).toBe('@');
    expect(s.at('G6').numberFormat).toBe('General');
    expect(s.at('I6').numberFormat).toBe('#,##0.00 "€"');
    expect(s.at('K6').numberFormat).toBe('@');
    const t = wb.table('Tableau_menages')!;
    expect(s.cell(5, t.headers.indexOf('Date du déménagement ★')).numberFormat).toBe('dd/mm/yyyy');
    expect(s.cell(5, t.headers.indexOf('Réservataire')).numberFormat).toBe('@');
  });

  test('a household typed in the table is computed; "1%" stays text', async () => {
    const t = wb.table('Tableau_menages')!;
    const col = (h: string) => t.headers.indexOf(h);
    const letter = (c: number) => (c < 26 ? String.fromCharCode(65 + c) : String.fromCharCode(64 + Math.floor(c / 26)) + String.fromCharCode(65 + (c % 26)));
    const type = (h: string, v: string | number) => wb.simulateUserEdit('Tableau_de_saisie', `${letter(col(h))}6`, v);
    await type('Loyer de base mensuel ★', 400);
    await type('Provision pour charges ★', 50);
    await type('APL ★', 100);
    await type('Salaires mensuels ★', 1000);
    await type('Prestations familiales ★', 200);
    await type('Réservataire', '1%');
    const row = t.values()[0];
    expect(row[col('Quittance mensuelle ★')]).toBe(450);
    expect(row[col('Quittance résiduelle ★')]).toBe(350);
    expect(row[col("Taux d'effort (en %) ★")]).toBeCloseTo(350 / 1200, 12);
    // 1 200 € ÷ 1 443,11 € (SMIC 2026 of Paramètres) = 0,83154… → 0,8315.
    expect(row[col('Ressources en SMIC')]).toBe(0.8315);
    expect(row[col('Réservataire')]).toBe('1%');
  });

  test('Paramètres: dated SMIC table, reference year, RIME_SMIC, milestones', () => {
    const p = wb.sheet('Paramètres')!;
    expect(p.values('A6:B7')).toEqual([['Année de référence du SMIC', 2026], ["SMIC net mensuel de l'année de référence", 1443.11]]);
    expect(p.values('A11:B11')).toEqual([[2006, 1118]]);
    expect(wb.names()).toContainEqual({ name: 'RIME_SMIC', formula: "='Paramètres'!$B$7" });
    // End of January, April, June, August, September, October, November, December 2026.
    expect(p.values('F11:F18').map((r) => r[0])).toEqual([46053, 46142, 46203, 46265, 46295, 46326, 46356, 46387]);
  });

  test('Tableau des variables and Explication from the catalogue', () => {
    const v = wb.sheet('Tableau des variables')!;
    expect(v.values('A3:K3')[0]).toEqual([
      'Groupe', 'Colonne (en-tête)', 'Clé', 'Type', 'Codes et significations', 'Format', 'Liste ou formule',
      'Variable ANRU', 'Données personnelles', 'Aide à la saisie', 'Décisions',
    ]);
    const rows = v.values('A4:K75');
    const tenure = rows.find((r) => r[2] === 'tenureAfter')!;
    expect(tenure[1]).toBe("Statut d'occupation ★");
    expect(tenure[4]).toBe('PS = Parc social (D)\nLL = Locatif libre (parc privé) (D)\nAP = Accession à la propriété\nA = Autres parcs');
    expect(tenure[7]).toBe('Oui ★');
    expect(String(tenure[10])).toContain('(D) PS, LL : codes non lisibles dans le guide');
    const age = rows.find((r) => r[2] === 'ageBand')!;
    expect(String(age[6])).toContain('Moins de 30 ans (< 30) ; 30-39 ans (≥ 30 et < 40)');
    const comments = rows.find((r) => r[2] === 'comments')!;
    expect(comments[8]).toBe('Oui, potentiellement sensible');
    expect(wb.sheet('Explication')!.values('A1')[0][0]).toContain("Mode d'emploi");
  });

  test('running it twice changes nothing', async () => {
    const before = dump(wb);
    const report = await prepare(wb);
    expect(report.changed).toBe(false);
    expect(report.lines).toEqual(['Le classeur est déjà prêt : rien à changer.']);
    expect(dump(wb)).toBe(before);
  });
});
