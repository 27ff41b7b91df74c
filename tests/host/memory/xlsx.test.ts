import ExcelJS from 'exceljs';
import { MemoryWorkbook } from '../../../src/host/memory';

async function build(): Promise<MemoryWorkbook> {
  const wb = new MemoryWorkbook({ sheets: ['Ménages', 'Listes'] });
  await wb.run(async (ctx) => {
    const listes = ctx.workbook.worksheets.getItem('Listes');
    listes.getRange('A1:A4').values = [['Statut'], ['relogé'], ['en cours'], ["l'autre"]];
    listes.visibility = 'Hidden';
    ctx.workbook.names.add('RIME_TAUX', listes.getRange('C1'));
    listes.getRange('C1').values = [[0.5]];
    const s = ctx.workbook.worksheets.getItem('Ménages');
    s.getRange('A1:D3').values = [["N° d'identification", 'Loyer ★', 'Statut', 'Date'], ['M-1', 350.5, 'relogé', 45322], ['M-2', 420, 'en cours', 45323]];
    const t = s.tables.add('A1:D3', true);
    t.name = 'Tableau_ménages';
    t.style = 'TableStyleLight9';
    t.columns.add(undefined, [['Demi-loyer'], ['=[@[Loyer ★]]*RIME_TAUX'], ['=[@[Loyer ★]]*RIME_TAUX']]);
    s.getRange('B2:B3').numberFormat = [['#,##0.00 €'], ['#,##0.00 €']];
    s.getRange('D2:D3').numberFormat = [['dd/mm/yyyy'], ['dd/mm/yyyy']];
    s.getRange('A1:E1').format.fill.color = '#1F4E78';
    s.getRange('A1:E1').format.font.color = '#FFFFFF';
    s.getRange('A1:E1').format.font.bold = true;
    s.getRange('A:A').format.columnWidth = 60;
    s.getRange('D:D').columnHidden = true;
    const statut = s.getRange('C2:C3').dataValidation;
    statut.rule = { list: { inCellDropDown: true, source: '=Listes!$A$2:$A$4' } };
    statut.prompt = { showPrompt: true, title: 'Statut', message: 'Choisir dans la liste' };
    statut.errorAlert = { showAlert: true, style: 'Warning', title: 'Hors liste', message: 'Valeur inconnue' };
    const cf = s.getRange('A2:E3').conditionalFormats.add('Custom');
    cf.custom.rule.formula = '=$C2="relogé"';
    cf.custom.format.fill.color = '#C6EFCE';
    s.freezePanes.freezeRows(1);
    s.charts.add('Pie', s.getRange('C1:C3'), 'Columns').title.text = 'Statuts';
  });
  return wb;
}

describe('.xlsx through ExcelJS', () => {
  test('the saved file is a real zip holding the workbook parts and the chart note', async () => {
    const bytes = await (await build()).toXlsx();
    expect([bytes[0], bytes[1], bytes[2], bytes[3]]).toEqual([0x50, 0x4b, 0x03, 0x04]);
    const text = Buffer.from(bytes).toString('latin1');
    expect(text).toContain('xl/workbook.xml');
    expect(text).toContain('xl/tables/');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
    expect(book.worksheets.map((w) => w.name)).toEqual(['Ménages', 'Listes', 'Note graphiques']);
    const note = book.getWorksheet('Note graphiques')!;
    expect(note.getRow(2).values).toEqual([undefined, 'Feuille', 'Titre', 'Type', 'Données source', 'Nom']);
    expect(note.getRow(3).values).toEqual([undefined, 'Ménages', 'Statuts', 'Pie', 'Ménages!$C$1:$C$3', 'Graphique 1']);
    // formulas are stored in the long structured form, never [@Col]
    expect(book.getWorksheet('Ménages')!.getCell('E2').formula).toBe('Tableau_ménages[[#This Row],[Loyer ★]]*RIME_TAUX');
  });

  test('round trip: values, formulas, formats, widths, hidden columns, table, validation, conditional format, panes, names, charts', async () => {
    const wb2 = await MemoryWorkbook.fromXlsx(await (await build()).toXlsx());
    expect(wb2.sheetNames()).toEqual(['Ménages', 'Listes']);
    const s = wb2.sheet('Ménages')!;
    expect(s.values('A1:E3')).toEqual([
      ["N° d'identification", 'Loyer ★', 'Statut', 'Date', 'Demi-loyer'],
      ['M-1', 350.5, 'relogé', 45322, 175.25],
      ['M-2', 420, 'en cours', 45323, 210],
    ]);
    expect(s.formulas('E2:E3')).toEqual([['=Tableau_ménages[[#This Row],[Loyer ★]]*RIME_TAUX'], ['=Tableau_ménages[[#This Row],[Loyer ★]]*RIME_TAUX']]);
    expect(s.at('B2').numberFormat).toBe('#,##0.00 €');
    expect(s.at('D3').numberFormat).toBe('dd/mm/yyyy');
    expect(s.at('C1')).toMatchObject({ fill: '#1F4E78', font: { bold: true, color: '#FFFFFF', size: 11, name: 'Calibri' } });
    expect(s.at('C2').fill).toBeUndefined();
    expect(s.columnWidth(0)).toBe(60);
    expect(s.columnWidth(1)).toBe(48);
    expect([s.columnHidden(3), s.columnHidden(2)]).toEqual([true, false]);
    expect(s.freeze).toEqual({ rows: 1, cols: 0 });
    expect(wb2.sheet('Listes')!.visibility).toBe('Hidden');
    const t = wb2.table('Tableau_ménages')!;
    expect([t.address, t.style, t.showBandedRows]).toEqual(['Ménages!A1:E3', 'TableStyleLight9', true]);
    expect(t.headers).toEqual(["N° d'identification", 'Loyer ★', 'Statut', 'Date', 'Demi-loyer']);
    expect(t.calculated['Demi-loyer']).toBe('=Tableau_ménages[[#This Row],[Loyer ★]]*RIME_TAUX');
    expect(s.validations()).toEqual([{
      address: 'C2:C3',
      rule: { list: { inCellDropDown: true, source: '=Listes!$A$2:$A$4' } },
      prompt: { showPrompt: true, title: 'Statut', message: 'Choisir dans la liste' },
      errorAlert: { showAlert: true, style: 'Warning', title: 'Hors liste', message: 'Valeur inconnue' },
      ignoreBlanks: true,
    }]);
    expect(s.conditionalFormats()).toEqual([{ address: 'A2:E3', formula: '=$C2="relogé"', fill: '#C6EFCE', fontColor: null, priority: 0 }]);
    expect(wb2.names()).toEqual([{ name: 'RIME_TAUX', formula: '=Listes!$C$1' }]);
    expect(s.charts().map((c) => [c.name, c.type, c.title, c.source])).toEqual([['Graphique 1', 'Pie', 'Statuts', 'Ménages!C1:C3']]);
  });

  test('the reloaded workbook keeps working: rows added to the table get the calculated column', async () => {
    const wb2 = await MemoryWorkbook.fromXlsx(await (await build()).toXlsx());
    await wb2.run(async (ctx) => {
      ctx.workbook.tables.getItem('Tableau_ménages').rows.add(undefined, [['M-3', 100, "l'autre", 45324, '']]);
    });
    expect(wb2.table('Tableau_ménages')!.column('Demi-loyer')).toEqual([175.25, 210, 50]);
    // saved twice: the chart note is not duplicated
    const again = await MemoryWorkbook.fromXlsx(await wb2.toXlsx());
    expect(again.sheetNames()).toEqual(['Ménages', 'Listes']);
    expect(again.sheet('Ménages')!.charts().length).toBe(1);
  });
});
