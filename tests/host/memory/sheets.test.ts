import { MemoryWorkbook } from '../../../src/host/memory';

async function code(wb: MemoryWorkbook, f: (ctx: Excel.RequestContext) => void): Promise<string | undefined> {
  try {
    await wb.run(async (ctx) => {
      f(ctx);
      await ctx.sync();
    });
    return undefined;
  } catch (e) {
    return (e as { code: string }).code;
  }
}

describe('sheet names', () => {
  test.each([
    ['', 'InvalidArgument'],
    ['a'.repeat(32), 'InvalidArgument'],
    ['a/b', 'InvalidArgument'],
    ['a\\b', 'InvalidArgument'],
    ['a?b', 'InvalidArgument'],
    ['a*b', 'InvalidArgument'],
    ['a:b', 'InvalidArgument'],
    ['a[b', 'InvalidArgument'],
    ['a]b', 'InvalidArgument'],
    ["'abc", 'InvalidArgument'],
    ["abc'", 'InvalidArgument'],
    ['History', 'InvalidArgument'],
    ['history', 'InvalidArgument'],
    ['FEUIL1', 'ItemAlreadyExists'],
  ])('add(%j) -> %s', async (name, expected) => {
    const wb = new MemoryWorkbook();
    expect(await code(wb, (ctx) => ctx.workbook.worksheets.add(name))).toBe(expected);
    expect(wb.sheetNames()).toEqual(['Feuil1']);
  });

  test('valid names: 31 characters, apostrophe inside, accents, spaces', async () => {
    const wb = new MemoryWorkbook();
    const long = 'a'.repeat(31);
    expect(await code(wb, (ctx) => {
      ctx.workbook.worksheets.add(long);
      ctx.workbook.worksheets.add("L'été 2024");
      ctx.workbook.worksheets.add('Paramètres');
    })).toBeUndefined();
    expect(wb.sheetNames()).toEqual(['Feuil1', long, "L'été 2024", 'Paramètres']);
  });

  test('rename follows the same rules and updates formulas pointing at the sheet', async () => {
    const wb = new MemoryWorkbook({ sheets: ['Feuil1', 'Données'] });
    await wb.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('Données').getRange('A1').values = [[21]];
      ctx.workbook.worksheets.getItem('Feuil1').getRange('A1').formulas = [['=Données!A1*2']];
    });
    expect(await code(wb, (ctx) => (ctx.workbook.worksheets.getItem('Données').name = 'feuil1'))).toBe('ItemAlreadyExists');
    expect(await code(wb, (ctx) => (ctx.workbook.worksheets.getItem('Données').name = 'Mes données'))).toBeUndefined();
    expect(wb.sheet('Feuil1')!.at('A1')).toMatchObject({ formula: "='Mes données'!A1*2", value: 42 });
  });
});

describe('sheet properties', () => {
  test('position, visibility, tab colour, delete', async () => {
    const wb = new MemoryWorkbook({ sheets: ['A', 'B', 'C'] });
    await wb.run(async (ctx) => {
      const c = ctx.workbook.worksheets.getItem('C');
      c.position = 0;
      c.tabColor = '#ff0000';
      ctx.workbook.worksheets.getItem('B').visibility = 'VeryHidden';
      await ctx.sync();
      c.load('position, tabColor, visibility');
      const b = ctx.workbook.worksheets.getItem('B').load('visibility');
      await ctx.sync();
      expect([c.position, c.tabColor, c.visibility, b.visibility]).toEqual([0, '#FF0000', 'Visible', 'VeryHidden']);
    });
    expect(wb.sheetNames()).toEqual(['C', 'A', 'B']);
    expect(await code(wb, (ctx) => ctx.workbook.worksheets.getItem('A').delete())).toBeUndefined();
    expect(wb.sheetNames()).toEqual(['C', 'B']);
    // the last visible sheet can be neither hidden nor deleted
    expect(await code(wb, (ctx) => (ctx.workbook.worksheets.getItem('C').visibility = 'Hidden'))).toBe('InvalidOperation');
    expect(await code(wb, (ctx) => ctx.workbook.worksheets.getItem('C').delete())).toBe('InvalidOperation');
  });

  test('activate, select and getSelectedRange', async () => {
    const wb = new MemoryWorkbook({ sheets: ['A', 'B'] });
    await wb.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('B').getRange('C3:D4').select();
      await ctx.sync();
      const sel = ctx.workbook.getSelectedRange().load('address');
      const active = ctx.workbook.worksheets.getActiveWorksheet().load('name');
      await ctx.sync();
      expect(sel.address).toBe('B!C3:D4');
      expect(active.name).toBe('B');
      ctx.workbook.worksheets.getItem('A').activate();
      await ctx.sync();
      const sel2 = ctx.workbook.getSelectedRange().load('address');
      await ctx.sync();
      expect(sel2.address).toBe('A!A1');
    });
    expect(wb.selection()).toBe('A!A1');
  });

  test('freeze panes, print area, orientation, page breaks', async () => {
    const wb = new MemoryWorkbook();
    await wb.run(async (ctx) => {
      const s = ctx.workbook.worksheets.getItem('Feuil1');
      s.freezePanes.freezeRows(2);
      s.pageLayout.setPrintArea('A1:F40');
      s.pageLayout.orientation = 'Landscape';
      s.horizontalPageBreaks.add('A21');
      s.horizontalPageBreaks.add(s.getRange('A11:F11'));
      await ctx.sync();
      const loc = s.freezePanes.getLocationOrNullObject().load('address');
      const breaks = s.horizontalPageBreaks.load('items/rowIndex');
      const layout = s.pageLayout.load('orientation');
      await ctx.sync();
      expect(loc.address).toBe('Feuil1!1:2');
      expect(breaks.items.map((b) => b.rowIndex)).toEqual([10, 20]);
      expect(layout.orientation).toBe('Landscape');
      s.freezePanes.freezeAt('A1:B3');
      await ctx.sync();
    });
    const s = wb.sheet('Feuil1')!;
    expect(s.freeze).toEqual({ rows: 3, cols: 2 });
    expect(s.printArea).toBe('A1:F40');
    expect(s.rowBreaks).toEqual([10, 20]);
  });

  test('print scale (pageLayout.zoom): set, read back, refused out of range or fit-to-pages, kept through .xlsx', async () => {
    const wb = new MemoryWorkbook();
    await wb.run(async (ctx) => {
      const layout = ctx.workbook.worksheets.getItem('Feuil1').pageLayout;
      const before = layout.load('zoom');
      await ctx.sync();
      expect(before.zoom).toEqual({});
      layout.zoom = { scale: 87 };
      await ctx.sync();
      const after = layout.load('zoom');
      await ctx.sync();
      expect(after.zoom).toEqual({ scale: 87 });
    });
    for (const zoom of [{ scale: 5 }, { scale: 87.5 }, { horizontalFitToPages: 1 }]) {
      await expect(
        wb.run(async (ctx) => {
          ctx.workbook.worksheets.getItem('Feuil1').pageLayout.zoom = zoom;
          await ctx.sync();
        }),
      ).rejects.toMatchObject({ code: 'InvalidArgument' });
    }
    expect(wb.sheet('Feuil1')!.printScale).toBe(87);
    const back = await MemoryWorkbook.fromXlsx(await wb.toXlsx());
    expect(back.sheet('Feuil1')!.printScale).toBe(87);
  });
});

describe('defined names', () => {
  test('add, rules, getItemOrNullObject, range and value', async () => {
    const wb = new MemoryWorkbook({ sheets: ['Paramètres'] });
    await wb.run(async (ctx) => {
      const p = ctx.workbook.worksheets.getItem('Paramètres');
      p.getRange('B2').values = [[1398.69]];
      ctx.workbook.names.add('RIME_SMIC', p.getRange('B2'));
      ctx.workbook.names.add('TAUX', '=0.5');
      await ctx.sync();
      const n = ctx.workbook.names.getItemOrNullObject('rime_smic').load('name, type, value, formula');
      const missing = ctx.workbook.names.getItemOrNullObject('Absent');
      const r = n.getRange().load('values, address');
      const t = ctx.workbook.names.getItem('TAUX').load('type, value');
      await ctx.sync();
      expect([n.isNullObject, n.name, n.type, n.value, n.formula]).toEqual([false, 'RIME_SMIC', 'Range', 'Paramètres!$B$2', '=Paramètres!$B$2']);
      expect(missing.isNullObject).toBe(true);
      expect(r.values).toEqual([[1398.69]]);
      expect([t.type, t.value]).toEqual(['Double', 0.5]);
    });
    expect(await code(wb, (ctx) => ctx.workbook.names.add('RIME_SMIC', '=1'))).toBe('ItemAlreadyExists');
    expect(await code(wb, (ctx) => ctx.workbook.names.add('A1', '=1'))).toBe('InvalidArgument');
    expect(await code(wb, (ctx) => ctx.workbook.names.add('deux mots', '=1'))).toBe('InvalidArgument');
  });
});
