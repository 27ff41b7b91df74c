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

describe('data validation', () => {
  test('list from a range, prompt, error alert, read back, clear', async () => {
    const wb = new MemoryWorkbook({ sheets: ['Saisie', 'Listes'] });
    await wb.run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem('Saisie').getRange('B2:B100');
      r.dataValidation.rule = { list: { inCellDropDown: true, source: '=Listes!$A$2:$A$7' } };
      r.dataValidation.prompt = { showPrompt: true, title: 'Statut', message: 'Choisir dans la liste' };
      r.dataValidation.errorAlert = { showAlert: true, style: 'Stop', title: 'Valeur refusée', message: 'Utiliser la liste' };
      await ctx.sync();
      const one = ctx.workbook.worksheets.getItem('Saisie').getRange('B50').dataValidation.load('rule, prompt, errorAlert, type');
      const none = ctx.workbook.worksheets.getItem('Saisie').getRange('C2').dataValidation.load('type');
      const mixed = ctx.workbook.worksheets.getItem('Saisie').getRange('B100:B101').dataValidation.load('type');
      await ctx.sync();
      expect(one.rule).toEqual({ list: { inCellDropDown: true, source: '=Listes!$A$2:$A$7' } });
      expect(one.prompt).toEqual({ showPrompt: true, title: 'Statut', message: 'Choisir dans la liste' });
      expect(one.errorAlert).toEqual({ showAlert: true, style: 'Stop', title: 'Valeur refusée', message: 'Utiliser la liste' });
      expect([one.type, none.type, mixed.type]).toEqual(['List', 'None', 'Inconsistent']);
      ctx.workbook.worksheets.getItem('Saisie').getRange('B50:B100').dataValidation.clear();
    });
    expect(wb.sheet('Saisie')!.validations().map((v) => v.address)).toEqual(['B2:B49']);
  });

  test('other rules are stored; an inline list over 255 characters is refused', async () => {
    const wb = new MemoryWorkbook();
    await wb.run(async (ctx) => {
      const s = ctx.workbook.worksheets.getItem('Feuil1');
      s.getRange('A1').dataValidation.rule = { wholeNumber: { formula1: 0, formula2: 10, operator: 'Between' } };
      s.getRange('A2').dataValidation.rule = { decimal: { formula1: 0, operator: 'GreaterThan' } };
      s.getRange('A3').dataValidation.rule = { textLength: { formula1: 5, operator: 'LessThanOrEqualTo' } };
      s.getRange('A4').dataValidation.rule = { list: { inCellDropDown: true, source: 'oui,non' } };
    });
    expect(wb.sheet('Feuil1')!.validations().map((v) => v.rule)).toEqual([
      { wholeNumber: { formula1: 0, formula2: 10, operator: 'Between' } },
      { decimal: { formula1: 0, operator: 'GreaterThan' } },
      { textLength: { formula1: 5, operator: 'LessThanOrEqualTo' } },
      { list: { inCellDropDown: true, source: 'oui,non' } },
    ]);
    const long = Array.from({ length: 60 }, (_, i) => `code${i}`).join(',');
    expect(long.length).toBeGreaterThan(255);
    expect(await failure(wb, (ctx) => {
      ctx.workbook.worksheets.getItem('Feuil1').getRange('C1').dataValidation.rule = { list: { inCellDropDown: true, source: long } };
    })).toBe('InvalidArgument');
  });
});

describe('conditional formats', () => {
  test('custom rule with fill and font colour, items, count, clearAll', async () => {
    const wb = new MemoryWorkbook();
    await wb.run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem('Feuil1').getRange('A2:D50');
      const cf = r.conditionalFormats.add('Custom');
      cf.custom.rule.formula = '=$D2="relogé"';
      cf.custom.format.fill.color = '#C6EFCE';
      cf.custom.format.font.color = '#006100';
      const cf2 = r.conditionalFormats.add('Custom');
      cf2.custom.rule.formula = '=ISBLANK($A2)';
      await ctx.sync();
      const items = r.conditionalFormats.load('items/type, items/priority, items/custom/rule/formula, items/custom/format/fill/color');
      const count = r.conditionalFormats.getCount();
      await ctx.sync();
      expect(count.value).toBe(2);
      expect(items.items.map((i) => [i.type, i.priority, i.custom.rule.formula, i.custom.format.fill.color])).toEqual([
        ['Custom', 0, '=ISBLANK($A2)', null],
        ['Custom', 1, '=$D2="relogé"', '#C6EFCE'],
      ]);
      r.conditionalFormats.clearAll();
      const after = r.conditionalFormats.getCount();
      await ctx.sync();
      expect(after.value).toBe(0);
    });
    expect(await failure(wb, (ctx) => ctx.workbook.worksheets.getItem('Feuil1').getRange('A1').conditionalFormats.add('ColorScale'))).toBe('InvalidArgument');
  });
});

describe('charts', () => {
  test('add, title, legend, position, items', async () => {
    const wb = new MemoryWorkbook();
    await wb.run(async (ctx) => {
      const s = ctx.workbook.worksheets.getItem('Feuil1');
      s.getRange('A1:B3').values = [['Statut', 'Nombre'], ['relogé', 12], ['en cours', 30]];
      const chart = s.charts.add('ColumnClustered', s.getRange('A1:B3'), 'Columns');
      chart.title.text = 'Ménages par statut';
      chart.legend.visible = false;
      chart.setPosition('D2', 'H15');
      await ctx.sync();
      const charts = s.charts.load('items/name, items/chartType');
      chart.load('top, left, width, height');
      chart.title.load('text');
      await ctx.sync();
      expect(charts.items.map((c) => [c.name, c.chartType])).toEqual([['Graphique 1', 'ColumnClustered']]);
      expect(chart.title.text).toBe('Ménages par statut');
      // default sizes: columns 48 pt, rows 15 pt -> D2 is at (144, 15); H15 ends at (384, 225)
      expect([chart.left, chart.top, chart.width, chart.height]).toEqual([144, 15, 240, 210]);
    });
    expect(wb.sheet('Feuil1')!.charts()).toEqual([
      { name: 'Graphique 1', type: 'ColumnClustered', title: 'Ménages par statut', source: 'Feuil1!A1:B3', top: 15, left: 144, width: 240, height: 210 },
    ]);
  });
});
