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

describe('addresses and derived ranges', () => {
  test('getRange with or without sheet prefix, whole columns, indexes, derived ranges', async () => {
    const wb = new MemoryWorkbook({ sheets: ['Feuille 1'] });
    await wb.run(async (ctx) => {
      const s = ctx.workbook.worksheets.getItem('Feuille 1');
      const ranges = [
        s.getRange("'Feuille 1'!A1:C3"),
        s.getRange('$B$2'),
        s.getRange('A:C'),
        s.getRange('2:3'),
        s.getRangeByIndexes(1, 2, 3, 4),
        s.getRange('B2:D5').getCell(1, 1),
        s.getRange('B2').getResizedRange(2, 1),
        s.getRange('B2:C3').getOffsetRange(1, -1),
        s.getRange('B2:C3').getEntireColumn(),
        s.getRange('B2:C3').getEntireRow(),
        s.getRange('A1:C3').getIntersectionOrNullObject('B2:E9'),
        s.getRange('A1:B2').getLastCell(),
      ].map((r) => r.load('address'));
      const none = s.getRange('A1:B2').getIntersectionOrNullObject('D4');
      const whole = s.getRange('A:C').load('rowCount, columnCount, isEntireColumn');
      await ctx.sync();
      expect(ranges.map((r) => r.address)).toEqual([
        "'Feuille 1'!A1:C3", "'Feuille 1'!B2", "'Feuille 1'!A:C", "'Feuille 1'!2:3", "'Feuille 1'!C2:F4", "'Feuille 1'!C3",
        "'Feuille 1'!B2:C4", "'Feuille 1'!A3:B4", "'Feuille 1'!B:C", "'Feuille 1'!2:3", "'Feuille 1'!B2:C3", "'Feuille 1'!B2",
      ]);
      expect(none.isNullObject).toBe(true);
      expect([whole.rowCount, whole.columnCount, whole.isEntireColumn]).toEqual([1048576, 3, true]);
    });
    expect(await failure(wb, (ctx) => ctx.workbook.worksheets.getItem('Feuille 1').getRange('Autre!A1').load('address'))).toBe('InvalidArgument');
    expect(await failure(wb, (ctx) => ctx.workbook.worksheets.getItem('Feuille 1').getRange('A1').getResizedRange(-1, 0).load('address'))).toBe('InvalidArgument');
    expect(await failure(wb, (ctx) => ctx.workbook.worksheets.getItem('Feuille 1').getRange('A1').getOffsetRange(0, -1).load('address'))).toBe('InvalidArgument');
  });
});

describe('writing values', () => {
  test('2-D shape must match, a scalar fills the range, null leaves a cell unchanged', async () => {
    const wb = new MemoryWorkbook();
    expect(await failure(wb, (ctx) => (ctx.workbook.worksheets.getItem('Feuil1').getRange('A1:B2').values = [[1, 2]]))).toBe('InvalidArgument');
    expect(await failure(wb, (ctx) => (ctx.workbook.worksheets.getItem('Feuil1').getRange('A1:B2').formulas = [[1], [2]]))).toBe('InvalidArgument');
    expect(await failure(wb, (ctx) => (ctx.workbook.worksheets.getItem('Feuil1').getRange('A1:B2').numberFormat = [['0']]))).toBe('InvalidArgument');
    await wb.run(async (ctx) => {
      const s = ctx.workbook.worksheets.getItem('Feuil1');
      s.getRange('A1:B2').values = 5 as unknown as number[][];
      s.getRange('A2:B2').values = [[null as unknown as number, 'x']];
    });
    expect(wb.sheet('Feuil1')!.values('A1:B2')).toEqual([[5, 5], [5, 'x']]);
  });

  test('strings are typed as Excel does; blanks read ""; formulas read their computed value', async () => {
    const wb = new MemoryWorkbook();
    await wb.run(async (ctx) => {
      const s = ctx.workbook.worksheets.getItem('Feuil1');
      s.getRange('C1').numberFormat = [['@']];
      s.getRange('A1:F1').values = [['12', "'00123", '00123', '12,5', 'TRUE', '50%']];
      s.getRange('A2:C2').formulas = [['=A1*2', '=IF(A1>10,"grand","")', '=1/0']];
      const r = s.getRange('A1:G2').load('values, formulas, valueTypes');
      await ctx.sync();
      expect(r.values).toEqual([[12, '00123', '00123', '12,5', true, 0.5, ''], [24, 'grand', '#DIV/0!', '', '', '', '']]);
      expect(r.formulas[1].slice(0, 3)).toEqual(['=A1*2', '=IF(A1>10,"grand","")', '=1/0']);
      expect(r.valueTypes[1].slice(0, 4)).toEqual(['Double', 'String', 'Error', 'Empty']);
    });
  });
});

describe('insert and delete', () => {
  test('whole column insert/delete shifts cells, tables, validations and formula references', async () => {
    const wb = new MemoryWorkbook();
    await wb.run(async (ctx) => {
      const s = ctx.workbook.worksheets.getItem('Feuil1');
      s.getRange('A1:C3').values = [['Nom', 'Âge', 'Ville'], ['a', 30, 'Lyon'], ['b', 40, 'Paris']];
      s.tables.add('A1:C3', true);
      s.getRange('C2:C3').dataValidation.rule = { list: { inCellDropDown: true, source: 'Lyon,Paris' } };
      s.getRange('E1').formulas = [['=SUM(B2:B3)+C1']];
      await ctx.sync();
      s.getRange('B:B').insert('Right');
      await ctx.sync();
    });
    const s = wb.sheet('Feuil1')!;
    expect(s.values('A1:D3')).toEqual([['Nom', 'Colonne2', 'Âge', 'Ville'], ['a', '', 30, 'Lyon'], ['b', '', 40, 'Paris']]);
    expect(wb.table('Tableau1')!.address).toBe('Feuil1!A1:D3');
    expect(s.validations().map((v) => v.address)).toEqual(['D2:D3']);
    expect(s.at('F1')).toMatchObject({ formula: '=SUM(C2:C3)+D1', value: '#VALUE!' });
    await wb.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('Feuil1').getRange('C:C').delete('Left');
    });
    expect(s.values('A1:C1')).toEqual([['Nom', 'Colonne2', 'Ville']]);
    expect(wb.table('Tableau1')!.headers).toEqual(['Nom', 'Colonne2', 'Ville']);
    expect(s.at('E1').formula).toBe('=SUM(#REF!)+C1');
  });

  test('rows inserted down and deleted up; partial shifts move only the affected columns', async () => {
    const wb = new MemoryWorkbook();
    await wb.run(async (ctx) => {
      const s = ctx.workbook.worksheets.getItem('Feuil1');
      s.getRange('A1:B3').values = [[1, 10], [2, 20], [3, 30]];
      s.getRange('D1').formulas = [['=A3+B3']];
      s.getRange('2:2').insert('Down');
      await ctx.sync();
      s.getRange('A1').insert('Down');
      await ctx.sync();
    });
    const s = wb.sheet('Feuil1')!;
    expect(s.values('A1:B5')).toEqual([['', 10], [1, ''], ['', 20], [2, 30], [3, '']]);
    expect(s.at('D1').formula).toBe('=A5+B4');
    expect(s.at('D1').value).toBe(3 + 30);
    await wb.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('Feuil1').getRange('A1:B1').delete('Up');
    });
    expect(s.values('A1:B4')).toEqual([[1, ''], ['', 20], [2, 30], [3, '']]);
  });
});

describe('formats', () => {
  test('fill, font, alignment, wrap, borders; unformatted fill reads #FFFFFF; mixed reads null', async () => {
    const wb = new MemoryWorkbook();
    await wb.run(async (ctx) => {
      const s = ctx.workbook.worksheets.getItem('Feuil1');
      const blank = s.getRange('A1').format.fill.load('color');
      await ctx.sync();
      expect(blank.color).toBe('#FFFFFF');
      const r = s.getRange('A1:B2');
      r.format.fill.color = 'red';
      r.format.font.bold = true;
      r.format.font.color = '#00ff00';
      r.format.font.size = 14;
      r.format.horizontalAlignment = 'Center';
      r.format.wrapText = true;
      r.format.borders.getItem('EdgeBottom').style = 'Continuous';
      s.getRange('B2').format.fill.clear();
      await ctx.sync();
      const a1 = s.getRange('A1').load('format/fill/color, format/font/bold, format/font/color, format/font/size, format/font/name, format/horizontalAlignment, format/wrapText');
      const all = s.getRange('A1:B2').format.fill.load('color');
      const bottom = s.getRange('A2:B2').format.borders.getItem('EdgeBottom').load('style, color, weight');
      const top = s.getRange('A1').format.borders.getItem('EdgeTop').load('style');
      await ctx.sync();
      expect([a1.format.fill.color, a1.format.font.bold, a1.format.font.color, a1.format.font.size, a1.format.font.name]).toEqual(['#FF0000', true, '#00FF00', 14, 'Calibri']);
      expect([a1.format.horizontalAlignment, a1.format.wrapText]).toEqual(['Center', true]);
      expect(all.color).toBeNull();
      expect([bottom.style, bottom.color, bottom.weight]).toEqual(['Continuous', '#000000', 'Thin']);
      expect(top.style).toBe('None');
    });
    expect(wb.sheet('Feuil1')!.at('B2').fill).toBeUndefined();
  });

  test('column width, row height, hidden columns, merge, autofit', async () => {
    const wb = new MemoryWorkbook();
    await wb.run(async (ctx) => {
      const s = ctx.workbook.worksheets.getItem('Feuil1');
      s.getRange('A1:B1').values = [['un texte assez long pour élargir', 'x']];
      s.getRange('B:B').format.columnWidth = 60;
      s.getRange('2:2').format.rowHeight = 30;
      s.getRange('C:D').columnHidden = true;
      s.getRange('E1:F2').values = [['gardé', 'perdu'], ['perdu', 'perdu']];
      s.getRange('E1:F2').merge();
      s.getRange('A:A').format.autofitColumns();
      await ctx.sync();
      const w = s.getRange('A1:B1').format.load('columnWidth');
      const h = s.getRange('A2').format.load('rowHeight');
      const hid = s.getRange('C1:D1').load('columnHidden');
      const mixed = s.getRange('B1:C1').load('columnHidden');
      await ctx.sync();
      expect(w.columnWidth).toBeNull();
      expect(h.rowHeight).toBe(30);
      expect(hid.columnHidden).toBe(true);
      expect(mixed.columnHidden).toBeNull();
    });
    const s = wb.sheet('Feuil1')!;
    expect(s.columnWidth(1)).toBe(60);
    expect(s.columnWidth(0)).toBeGreaterThan(48 * 2);
    expect(s.merges).toEqual(['E1:F2']);
    expect(s.values('E1:F2')).toEqual([['gardé', ''], ['', '']]);
  });
});
