/**
 * « Insérer un nouveau champ de saisie » on the in-memory host, on a 30-household sample prepared by
 * « Préparer le classeur »: table Tableau_menages at A5:BT35 (headers row 5, households rows 6-35),
 * « Commentaires et observations » its last column (BT), Listes filled up to column AL, Tableau des
 * variables up to row 103.
 */
import { addCustomField, readCustomFields } from '../../../src/excel/fields';
import { validateInput } from '../../../src/excel/marks';
import { prepareWorkbook } from '../../../src/excel/setup/prepare';
import { MemoryWorkbook } from '../../../src/host/memory';
import { run, sampleWorkbook, TODAY } from '../marks/helpers';

const SHEET = 'Tableau_de_saisie';
const CODES = [{ code: 'A', label: 'Accompagnement renforcé' }, { code: 'B', label: 'Bail glissant' }];

async function addList(wb: MemoryWorkbook): ReturnType<typeof addCustomField> {
  return run(wb, (c) => addCustomField(c, { name: "  Mesure d'accompagnement ", type: 'list', codes: CODES, help: 'Mesure décidée en commission.', personal: false, today: TODAY }));
}

describe('addCustomField', () => {
  test('a list field: column before the comments, dropdown on Listes, definition stored, row in Tableau des variables', async () => {
    const { wb } = await sampleWorkbook(30, 0, { prepared: true });
    wb.resetStats();
    const rep = await addList(wb);
    expect(wb.stats.syncs).toBe(3);
    expect(rep.syncs).toBe(3);
    expect(rep.field.label).toBe('Mesure d’accompagnement');
    expect(rep.field.key).toBe("custom:mesure d'accompagnement");
    expect(rep.column).toBe(71);
    const t = wb.table('Tableau_menages')!;
    expect(t.address).toBe('Tableau_de_saisie!A5:BU35');
    expect(t.headers.slice(-3)).toEqual(['Relogement accepté / Relogement refusé', 'Mesure d’accompagnement', 'Commentaires et observations']);
    const s = wb.sheet(SHEET)!;
    expect(s.at('BT5').value).toBe('Mesure d’accompagnement');
    expect(s.at('BT5').fill).toBe('#EDEDED');
    expect(s.at('BT6').numberFormat).toBe('@');
    expect(s.at('BT35').numberFormat).toBe('@');
    const v = s.validations().find((x) => x.address === 'BT6:BT35');
    expect(v).toEqual({
      address: 'BT6:BT35',
      rule: { list: { inCellDropDown: true, source: '=Listes!$AN$2:$AN$3' } },
      prompt: { showPrompt: true, title: 'Mesure d’accompagnement', message: 'Mesure décidée en commission.\nA = Accompagnement renforcé\nB = Bail glissant' },
      errorAlert: { showAlert: true, style: 'Stop', title: 'Code non valide', message: 'Choisissez un code de la liste déroulante : A, B.' },
      ignoreBlanks: true,
    });
    expect(s.values('AN4:AN4')).toEqual([['Après relogement']]);
    expect(s.values('BS4:BU4')).toEqual([['', 'Champs ajoutés', 'Après relogement']]);
    expect(s.merges).toContain('AN4:BS4');
    expect(wb.sheet('Listes')!.values('AN1:AO3')).toEqual([
      ['Mesure d’accompagnement : code', 'Signification'], ['A', 'Accompagnement renforcé'], ['B', 'Bail glissant'],
    ]);
    const store = wb.sheet('RIME_champs')!;
    expect(store.visibility).toBe('VeryHidden');
    expect(store.values('A2:H2')).toEqual([[
      'Mesure d’accompagnement', "custom:mesure d'accompagnement", 'list',
      '[{"code":"A","label":"Accompagnement renforcé"},{"code":"B","label":"Bail glissant"}]',
      'Mesure décidée en commission.', 'Non', '=Listes!$AN$2:$AN$3', 46000,
    ]]);
    expect(rep.variablesRow).toBe(105);
    expect(wb.sheet('Tableau des variables')!.values('A105:K105')).toEqual([[
      'Champs ajoutés', 'Mesure d’accompagnement', "custom:mesure d'accompagnement", 'Code (liste déroulante)',
      'A = Accompagnement renforcé\nB = Bail glissant', 'Texte (@)', 'Liste déroulante : feuille Listes, colonnes AN (codes) et AO (significations)',
      'Non', 'Non', 'Mesure décidée en commission.', 'Champ ajouté le 09/12/2025 par « Insérer un nouveau champ de saisie ».',
    ]]);
    expect(rep.lines[0]).toBe('Champ « Mesure d’accompagnement » de type code (liste déroulante) inséré avant « Commentaires et observations » dans le tableau des ménages (colonne 72).');
  });

  test('survives « Préparer le classeur » and is read back by readCustomFields', async () => {
    const { wb } = await sampleWorkbook(30, 0, { prepared: true });
    await addList(wb);
    const prep = await run(wb, (c) => prepareWorkbook(c, { today: TODAY }));
    expect(prep.changed).toBe(false);
    expect(wb.table('Tableau_menages')!.headers.slice(-2)).toEqual(['Mesure d’accompagnement', 'Commentaires et observations']);
    expect(wb.sheet(SHEET)!.validations().find((x) => x.address === 'BT6:BT35')?.rule).toEqual({ list: { inCellDropDown: true, source: '=Listes!$AN$2:$AN$3' } });
    expect(wb.sheet('Listes')!.values('AN2:AN3')).toEqual([['A'], ['B']]);
    expect(wb.sheet('Tableau des variables')!.values('B105:C105')).toEqual([['Mesure d’accompagnement', "custom:mesure d'accompagnement"]]);
    expect(wb.sheet('RIME_champs')!.visibility).toBe('VeryHidden');
    expect(await run(wb, (c) => readCustomFields(c))).toEqual([{
      key: "custom:mesure d'accompagnement", label: 'Mesure d’accompagnement', type: 'list', codes: CODES,
      help: 'Mesure décidée en commission.', personal: false, listSource: '=Listes!$AN$2:$AN$3', added: 46000,
    }]);
  });

  test('the rules know the field: a code outside its list is found and marked', async () => {
    const { wb } = await sampleWorkbook(30, 0, { prepared: true });
    await addList(wb);
    await run(wb, async (context) => {
      context.workbook.worksheets.getItem(SHEET).getRange('BT8').values = [['Z']];
      await context.sync();
    });
    const res = await run(wb, (c) => validateInput(c, { today: TODAY }));
    expect(res.findings.map((f) => [f.row, f.columnKey, f.ruleId])).toEqual([[8, "custom:mesure d'accompagnement", 'code-hors-liste']]);
    expect(res.customFields.find((f) => f.key === "custom:mesure d'accompagnement")?.type).toBe('list');
    expect(wb.sheet(SHEET)!.at('BT8').fill).toBe('#FFC7CE');
  });

  test('number, amount and date fields get their format and validation', async () => {
    const { wb } = await sampleWorkbook(30, 0, { prepared: true });
    await run(wb, (c) => addCustomField(c, { name: 'Nombre de visites', type: 'number', help: '', personal: false, today: TODAY }));
    await run(wb, (c) => addCustomField(c, { name: 'Frais de déménagement', type: 'amount', help: 'Montant payé par le bailleur.', personal: false, today: TODAY }));
    const rep = await run(wb, (c) => addCustomField(c, { name: 'Date de la visite', type: 'date', help: '', personal: true, today: TODAY }));
    expect(wb.table('Tableau_menages')!.headers.slice(-4)).toEqual(['Nombre de visites', 'Frais de déménagement', 'Date de la visite', 'Commentaires et observations']);
    const s = wb.sheet(SHEET)!;
    expect([s.at('BT6').numberFormat, s.at('BU6').numberFormat, s.at('BV6').numberFormat]).toEqual(['0.00', '#,##0.00 "€"', 'dd/mm/yyyy']);
    const rule = (a: string): unknown => s.validations().find((x) => x.address === a)?.rule;
    expect(rule('BT6:BT35')).toEqual({ decimal: { formula1: -1e15, formula2: 1e15, operator: 'Between' } });
    expect(rule('BU6:BU35')).toEqual({ decimal: { formula1: 0, operator: 'GreaterThanOrEqualTo' } });
    expect(rule('BV6:BV35')).toEqual({ date: { formula1: '1900-01-01', formula2: '9999-12-31', operator: 'Between' } });
    expect(s.validations().find((x) => x.address === 'BV6:BV35')?.prompt).toEqual({ showPrompt: true, title: 'Date de la visite', message: 'Saisissez une date au format jj/mm/aaaa.' });
    expect(rep.variablesRow).toBe(107); // 105, 106, 107: one after the other
    expect(rep.lines).toContain('Champ marqué « données personnelles » : il est exclu des exports destinés aux partenaires.');
    expect((await run(wb, (c) => readCustomFields(c))).map((f) => [f.label, f.type, f.personal])).toEqual([
      ['Nombre de visites', 'number', false], ['Frais de déménagement', 'amount', false], ['Date de la visite', 'date', true],
    ]);
  });
});

describe('addCustomField refuses', () => {
  const cases: [string, Partial<Parameters<typeof addCustomField>[1]>, string, string][] = [
    ['an empty name', { name: '   ' }, 'InvalidFieldName', 'Le nom du champ est vide : saisissez le titre de la nouvelle colonne, par exemple « Date de la visite ».'],
    ['a catalogue header (case, accents, ★ ignored)', { name: 'LOYER DE BASE MENSUEL' }, 'DuplicateField', 'Une colonne « Loyer de base mensuel ★ » existe déjà dans le tableau des ménages (majuscules, accents et ★ ne comptent pas). Choisissez un autre nom, ou utilisez la colonne existante.'],
    ['brackets', { name: 'Prix [HT]' }, 'InvalidFieldName', 'Le nom du champ contient « [ » : les caractères [ ] et # sont refusés, car Excel les déforme dans les formules qui citent la colonne. Remplacez-les, par exemple par des parenthèses ( ) ou par « n° ».'],
    ['#', { name: 'Visite #2' }, 'InvalidFieldName', 'Le nom du champ contient « # » : les caractères [ ] et # sont refusés, car Excel les déforme dans les formules qui citent la colonne. Remplacez-les, par exemple par des parenthèses ( ) ou par « n° ».'],
    ['a line break', { name: 'Date\nde visite' }, 'InvalidFieldName', "Le nom du champ contient un retour à la ligne ou une tabulation : Excel les garderait dans l'en-tête, qui deviendrait illisible et introuvable. Écrivez le nom sur une seule ligne."],
    ['a star', { name: 'Visites ★' }, 'InvalidFieldName', "Le nom du champ contient une étoile (★ ou *) : elle est réservée aux variables demandées par l'ANRU. Retirez-la."],
    ['a leading =', { name: '=Total' }, 'InvalidFieldName', 'Le nom du champ commence par « = » : Excel le prendrait pour une formule. Commencez par une lettre ou un chiffre.'],
    ['256 characters', { name: 'x'.repeat(256) }, 'InvalidFieldName', "Le nom du champ fait 256 caractères : Excel en accepte 255 au plus dans un en-tête de tableau. Raccourcissez-le (l'aide à la saisie peut contenir les précisions)."],
    ['a list without codes', { name: 'Suivi', type: 'list', codes: [] }, 'InvalidFieldCodes', "Un champ de type liste a besoin d'au moins un code : saisissez les codes proposés dans la liste déroulante (un par ligne, avec leur signification)."],
    ['twin codes', { name: 'Suivi', type: 'list', codes: [{ code: 'oui' }, { code: 'OUI' }] }, 'InvalidFieldCodes', 'Les codes « oui » et « OUI » sont identiques (majuscules et accents ne comptent pas) : chaque code doit être unique.'],
  ];

  test.each(cases)('%s, with a French message, changing nothing', async (_what, opts, code, message) => {
    const { wb } = await sampleWorkbook(5, 0, { prepared: true });
    const before = wb.table('Tableau_menages')!.headers;
    const err = await run(wb, (c) => addCustomField(c, { name: 'Champ', type: 'text', help: '', personal: false, ...opts })).catch((e: unknown) => e);
    expect(err).toMatchObject({ name: 'WorkbookError', code, message });
    expect(wb.table('Tableau_menages')!.headers).toEqual(before);
    expect(wb.sheetNames()).not.toContain('RIME_champs');
  });

  test('a name already given to a user field', async () => {
    const { wb } = await sampleWorkbook(5, 0, { prepared: true });
    await run(wb, (c) => addCustomField(c, { name: 'Date d’entrée', type: 'date', help: '', personal: false }));
    const err = await run(wb, (c) => addCustomField(c, { name: "DATE D'ENTREE", type: 'text', help: '', personal: false })).catch((e: unknown) => e);
    expect(err).toMatchObject({ code: 'DuplicateField', message: 'Une colonne « Date d’entrée » existe déjà dans le tableau des ménages (majuscules, accents et ★ ne comptent pas). Choisissez un autre nom, ou utilisez la colonne existante.' });
  });

  test('an old file without the household table', async () => {
    const { wb } = await sampleWorkbook(5, 0, { prepared: false });
    const err = await run(wb, (c) => addCustomField(c, { name: 'Suivi', type: 'text', help: '', personal: false })).catch((e: unknown) => e);
    expect(err).toMatchObject({ code: 'MissingTable', message: "Le tableau des ménages est introuvable : ni tableau Excel « Tableau_menages », ni ligne d'en-têtes reconnue dans la feuille « Tableau_de_saisie ». Cliquez sur « Préparer le classeur » pour le créer ou le convertir." });
  });
});
