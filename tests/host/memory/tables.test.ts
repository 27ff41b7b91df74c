import { MemoryWorkbook } from '../../../src/host/memory';

async function failure(wb: MemoryWorkbook, f: (ctx: Excel.RequestContext) => void): Promise<string | undefined> {
  try {
    await wb.run(async (ctx) => {
      f(ctx);
      await ctx.sync();
    });
  } catch (e) {
    return (e as { code: string }).code;
  }
  return undefined;
}

async function withTable(): Promise<MemoryWorkbook> {
  const wb = new MemoryWorkbook();
  await wb.run(async (ctx) => {
    const s = ctx.workbook.worksheets.getItem('Feuil1');
    s.getRange('A1:C3').values = [['Nom', 'Loyer', 'Nom'], ['a', 300, 'x'], ['b', 450, 'y']];
    s.getRange('A5').values = [['sous le tableau']];
    s.tables.add('A1:C3', true);
  });
  return wb;
}

describe('tables.add and names', () => {
  test('headers come from the first row, made unique; names Tableau1, Tableau2...', async () => {
    const wb = await withTable();
    await wb.run(async (ctx) => {
      const s = ctx.workbook.worksheets.getItem('Feuil1');
      s.getRange('F1:G1').values = [[2024, '']];
      const t2 = s.tables.add('F1:G1', true);
      const t3 = s.tables.add('I1:J2', false);
      t2.load('name');
      t3.load('name');
      const h = s.getRange('F1:G2').load('values');
      const h3 = s.getRange('I1:J3').load('values');
      await ctx.sync();
      expect([t2.name, t3.name]).toEqual(['Tableau2', 'Tableau3']);
      expect(h.values).toEqual([['2024', 'Colonne2'], ['', '']]);
      expect(h3.values).toEqual([['Colonne1', 'Colonne2'], ['', ''], ['', '']]);
    });
    expect(wb.table('Tableau1')!.headers).toEqual(['Nom', 'Loyer', 'Nom2']);
    expect(wb.sheet('Feuil1')!.at('C1').value).toBe('Nom2');
    expect(wb.table('Tableau2')!.address).toBe('Feuil1!F1:G2');
  });

  test('rename rules: no spaces, starts with a letter or _, not a cell reference, unique', async () => {
    const wb = await withTable();
    const rename = (name: string) => failure(wb, (ctx) => (ctx.workbook.tables.getItem('Tableau1').name = name));
    expect(await rename('Mes ménages')).toBe('InvalidArgument');
    expect(await rename('1abc')).toBe('InvalidArgument');
    expect(await rename('AB12')).toBe('InvalidArgument');
    expect(await rename('')).toBe('InvalidArgument');
    await wb.run(async (ctx) => ctx.workbook.worksheets.getItem('Feuil1').tables.add('H1:H2', true));
    expect(await rename('tableau2')).toBe('ItemAlreadyExists');
    expect(await rename('Tableau_ménages')).toBeUndefined();
    expect(wb.table('Tableau_ménages')!.rowCount).toBe(2);
  });

  test('a table cannot overlap another one', async () => {
    const wb = await withTable();
    expect(await failure(wb, (ctx) => ctx.workbook.worksheets.getItem('Feuil1').tables.add('B2:D4', true))).toBe('InvalidArgument');
  });
});

describe('columns', () => {
  test('items, getItem, getItemAt, count, ranges', async () => {
    const wb = await withTable();
    await wb.run(async (ctx) => {
      const t = ctx.workbook.tables.getItem('Tableau1');
      const cols = t.columns.load('items/name, count');
      const loyer = t.columns.getItem('loyer').load('index, name, values');
      const last = t.columns.getItemAt(2).load('name');
      const body = t.columns.getItem('Loyer').getDataBodyRange().load('address');
      const header = t.getHeaderRowRange().load('address');
      const all = t.getRange().load('address');
      const missing = t.columns.getItemOrNullObject('Absente');
      await ctx.sync();
      expect(cols.items.map((c) => c.name)).toEqual(['Nom', 'Loyer', 'Nom2']);
      expect(cols.count).toBe(3);
      expect([loyer.index, loyer.name, loyer.values]).toEqual([1, 'Loyer', [['Loyer'], [300], [450]]]);
      expect(last.name).toBe('Nom2');
      expect([body.address, header.address, all.address]).toEqual(['Feuil1!B2:B3', 'Feuil1!A1:C1', 'Feuil1!A1:C3']);
      expect(missing.isNullObject).toBe(true);
    });
  });

  test('columns.add inserts cells within the table rows, shifting cells right', async () => {
    const wb = await withTable();
    await wb.run(async (ctx) => {
      const s = ctx.workbook.worksheets.getItem('Feuil1');
      s.getRange('D2').values = [['à droite']];
      const t = ctx.workbook.tables.getItem('Tableau1');
      t.columns.add(1, [['Charges'], [20], [30]]);
      t.columns.add(undefined, undefined, 'Loyer');
      await ctx.sync();
    });
    const s = wb.sheet('Feuil1')!;
    expect(wb.table('Tableau1')!.headers).toEqual(['Nom', 'Charges', 'Loyer', 'Nom2', 'Loyer2']);
    expect(s.values('A1:F3')).toEqual([
      ['Nom', 'Charges', 'Loyer', 'Nom2', 'Loyer2', ''],
      ['a', 20, 300, 'x', '', 'à droite'],
      ['b', 30, 450, 'y', '', ''],
    ]);
    expect(s.at('A5').value).toBe('sous le tableau');
  });

  test('renaming a header renames the column and the structured references', async () => {
    const wb = await withTable();
    await wb.run(async (ctx) => {
      const s = ctx.workbook.worksheets.getItem('Feuil1');
      s.getRange('E1').formulas = [['=SUM(Tableau1[Loyer])']];
      s.getRange('B1').values = [['Loyer mensuel']];
      ctx.workbook.tables.getItem('Tableau1').columns.getItem('Nom2').name = 'Nom';
    });
    expect(wb.table('Tableau1')!.headers).toEqual(['Nom', 'Loyer mensuel', 'Nom2']);
    expect(wb.sheet('Feuil1')!.at('E1')).toMatchObject({ formula: '=SUM(Tableau1[Loyer mensuel])', value: 750 });
  });
});

describe('rows', () => {
  test('rows.add extends the table, shifts cells below, propagates calculated columns and formats', async () => {
    const wb = await withTable();
    await wb.run(async (ctx) => {
      const s = ctx.workbook.worksheets.getItem('Feuil1');
      s.getRange('D1').values = [['Annuel']];
      const t = ctx.workbook.tables.getItem('Tableau1');
      t.resize('A1:D3');
      s.getRange('D2:D3').formulas = [['=[@Loyer]*12'], ['=[@Loyer]*12']];
      s.getRange('B2:B3').numberFormat = [['0.00'], ['0.00']];
      // '' in a calculated column keeps the column formula
      t.rows.add(undefined, [['c', 500, 'z', ''], ['d', 600, 'w', '']]);
      t.rows.add(0, [['premier', 100, 'p', '']]);
      const count = t.rows.load('count');
      const body = t.getDataBodyRange().load('address, values');
      await ctx.sync();
      expect(count.count).toBe(5);
      expect(body.address).toBe('Feuil1!A2:D6');
      expect(body.values).toEqual([
        ['premier', 100, 'p', 1200],
        ['a', 300, 'x', 3600],
        ['b', 450, 'y', 5400],
        ['c', 500, 'z', 6000],
        ['d', 600, 'w', 7200],
      ]);
    });
    const s = wb.sheet('Feuil1')!;
    expect(s.at('A8').value).toBe('sous le tableau');
    expect(s.at('D6').formula).toBe('=Tableau1[[#This Row],[Loyer]]*12');
    expect(s.at('B6').numberFormat).toBe('0.00');
    expect(wb.table('Tableau1')!.calculated.Annuel).toBe('=Tableau1[[#This Row],[Loyer]]*12');
  });

  test('rows.add checks the row width; style, banded rows, delete', async () => {
    const wb = await withTable();
    expect(await failure(wb, (ctx) => ctx.workbook.tables.getItem('Tableau1').rows.add(undefined, [['trop', 'court']]))).toBe('InvalidArgument');
    await wb.run(async (ctx) => {
      const t = ctx.workbook.tables.getItem('Tableau1');
      t.style = 'TableStyleLight9';
      t.showBandedRows = false;
      await ctx.sync();
      t.load('style, showBandedRows');
      await ctx.sync();
      expect([t.style, t.showBandedRows]).toEqual(['TableStyleLight9', false]);
      t.delete();
    });
    expect(wb.table('Tableau1')).toBeUndefined();
    expect(wb.sheet('Feuil1')!.values('A1:C3')).toEqual([['', '', ''], ['', '', ''], ['', '', '']]);
  });
});
