import { MemoryWorkbook } from '../../src/host/memory';
import { dump, legacyWorkbook, prepare, tableRows } from './helpers';

// The guide's headers, some starred, in another order, with columns missing and two user columns
// (Bâtiment, Gardien), a user formula column and the guide's typed « Quittance mensuelle ».
const HEADERS = [
  'Nom du chef de ménage', "N° d'identification du ménage", 'Prénom du chef de ménage', 'Opération ★', 'Bâtiment',
  'Nombre de pièces', 'Loyer de base mensuel ★', 'Provision pour charges', 'Quittance mensuelle', 'APL', 'Relogement ★',
  'Date du déménagement', 'Réservataire', 'Commentaires et observations', 'Gardien', 'Revenu(s) net imposable (RNI)',
  'Salaires mensuels', 'Prestations familiales', 'Âge du chef de ménage', 'Loyer majoré',
];
const rowsAt = (top: number): (string | number)[][] => [
  ['Durand', 12, 'Anne', 'Tour B', 'B2', 3, 412.5, 60, 472.5, 120, 'OUI', 45400, '1%', 'Garage en sus', 'M. Petit', 18000, 1300, 150, 44, `=G${top + 2}+10`],
  ['Martin', 13, 'Paul', 'Barre A', 'A1', 4, '12,5', '', 500, '', 'NON', '', 'PREF', '', '', '', 900, '', 71, `=G${top + 3}+10`],
  ['', '', '', '', '', '', '', '', '', '', '', '', '', '', '', '', '', '', '', ''],
  ['Nguyen', 14, 'Linh', 'Tour B', 'B4', 2, 380, 45, '', 90, 'D', '', '', 'Parti de lui-même', 'M. Petit', '', '', '', 38, `=G${top + 5}+10`],
];
const ROWS = rowsAt(0);

/** The header a legacy column ends up under. */
const NEW_HEADER: Record<string, string> = {
  'Opération ★': 'Opération ★', 'Nombre de pièces': 'Nombre de pièces ★', 'Provision pour charges': 'Provision pour charges ★',
  'Quittance mensuelle': "Quittance mensuelle (saisie d'origine)", APL: 'APL ★', 'Date du déménagement': 'Date du déménagement ★',
  'Revenu(s) net imposable (RNI)': 'Revenu(s) net imposable (RNI)', 'Salaires mensuels': 'Salaires mensuels ★',
  'Prestations familiales': 'Prestations familiales ★',
};
const headerFor = (h: string): string => NEW_HEADER[h] ?? h;

/** Every legacy value, by header: what the user typed (formulas: their value, 10 more than the rent). */
function expectEveryValueKept(wb: MemoryWorkbook): void {
  const rows = tableRows(wb, 'Tableau_menages');
  expect(rows).toHaveLength(4);
  ROWS.forEach((legacy, i) => {
    HEADERS.forEach((h, j) => {
      const want = legacy[j] === 1 ? 1 : legacy[j];
      const got = rows[i][headerFor(h)];
      if (h === 'Loyer majoré') {
        expect([i, h, got]).toEqual([i, h, i === 2 ? '' : typeof legacy[6] === 'number' ? legacy[6] + 10 : '#VALUE!']);
      } else if (h === 'Réservataire' && want === '1%') {
        expect([i, h, got]).toEqual([i, h, 0.01]); // typed "1%" in a General cell: Excel had stored 0,01
      } else {
        expect([i, h, got]).toEqual([i, h, want]);
      }
    });
  });
}

describe('legacy plain range at A1 (no room above)', () => {
  let wb: MemoryWorkbook;
  let lines: readonly string[];
  beforeAll(async () => {
    wb = await legacyWorkbook(HEADERS, ROWS);
    const report = await prepare(wb);
    expect(report.changed).toBe(true);
    lines = report.lines;
    expect(report.counts).toEqual({ households: 3, operations: 0, columnsAdded: 72 - 17, userColumns: 3, preservedColumns: 1, sheetsCreated: 5 });
  });

  test('converted to the table under 4 inserted rows, every value kept in its column', () => {
    expect(wb.table('Tableau_menages')!.address).toBe('Tableau_de_saisie!A5:BX9');
    expectEveryValueKept(wb);
  });

  test('user columns just before the comments, the typed quittance kept, the quittance computed', () => {
    const h = wb.table('Tableau_menages')!.headers;
    expect(h.slice(-5)).toEqual(['Bâtiment', "Quittance mensuelle (saisie d'origine)", 'Gardien', 'Loyer majoré', 'Commentaires et observations']);
    const rows = tableRows(wb, 'Tableau_menages');
    expect(rows.map((r) => r['Quittance mensuelle ★'])).toEqual([472.5, '', '', 425]);
    expect(wb.sheet('Tableau_de_saisie')!.formulas('BW6:BW9').map((r) => r[0])).toEqual(['=I6+10', '=I7+10', '', '=I9+10']);
  });

  test('text typed in a number column stays text', () => {
    const rows = tableRows(wb, 'Tableau_menages');
    expect(rows[1]['Loyer de base mensuel ★']).toBe('12,5');
  });

  test('the report says what was done, in French', () => {
    expect(lines).toEqual(expect.arrayContaining([
      'Plage de la feuille « Tableau_de_saisie » (en-têtes ligne 1, 4 lignes) convertie en tableau Excel, toutes les valeurs conservées dans leur colonne.',
      '4 lignes insérées au-dessus des en-têtes pour le bandeau et l\'en-tête : les ménages commencent désormais ligne 6.',
      '55 colonnes du catalogue ajoutées.',
      'Colonne « Bâtiment » non reconnue : conservée comme champ ajouté, juste avant « Commentaires et observations ».',
      '2 opérations citées dans le tableau des ménages sont absentes de la feuille liste_opération : « Tour B », « Barre A ». Ajoutez-les puis cliquez sur « Valider la liste des opérations ».',
      "Colonne « Quittance mensuelle » : les valeurs saisies sont conservées dans « Quittance mensuelle (saisie d'origine) » ; la colonne est désormais calculée par formule.",
    ]));
  });

  test('a second run changes nothing', async () => {
    const before = dump(wb);
    const again = await prepare(wb);
    expect(again.changed).toBe(false);
    expect(dump(wb)).toBe(before);
  });
});

describe('legacy range below a title, a note to its right', () => {
  test('no row inserted, the title and the note kept', async () => {
    const wb = await legacyWorkbook(HEADERS, rowsAt(6), 6);
    await wb.simulateUserEdit('Tableau_de_saisie', 'A1', 'Suivi des relogements – Résidence des Tilleuls');
    await wb.simulateUserEdit('Tableau_de_saisie', 'X2', 'Note : liste arrêtée au 30/09');
    const report = await prepare(wb);
    expect(report.changed).toBe(true);
    expect(wb.table('Tableau_menages')!.address).toBe('Tableau_de_saisie!A7:BX11');
    expectEveryValueKept(wb);
    const s = wb.sheet('Tableau_de_saisie')!;
    expect(s.values('A1')).toEqual([['Suivi des relogements – Résidence des Tilleuls']]);
    // 76 columns now (72 + 3 user + 1 kept typed values) for 20: 56 inserted before U, the note moved from X to CB.
    expect(s.values('CB2')).toEqual([['Note : liste arrêtée au 30/09']]);
    expect(s.values('A3:B5')).toEqual([['Bailleur', ''], ['Référent', ''], ["Date d'édition", 46349]]);
    expect((await prepare(wb)).changed).toBe(false);
  });
});
