import { MemoryWorkbook, type ChangedEventArgs } from '../../../src/host/memory';

describe('worksheet.onChanged and simulateUserEdit', () => {
  test('a single-cell edit fires RangeEdited with valueBefore / valueAfter', async () => {
    const wb = new MemoryWorkbook({ sheets: ['Saisie', 'Autre'] });
    const seen: ChangedEventArgs[] = [];
    await wb.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('Saisie').getRange('B2').values = [[300]];
      ctx.workbook.worksheets.getItem('Saisie').onChanged.add(async (e) => {
        seen.push(e as ChangedEventArgs);
      });
      await ctx.sync();
    });
    expect(wb.changeHandlerCount('Saisie')).toBe(1);
    await wb.simulateUserEdit('Saisie', 'B2', '450');
    await wb.simulateUserEdit('Autre', 'A1', 'ignoré');
    expect(seen).toHaveLength(1);
    expect(seen[0]).toMatchObject({
      type: 'WorksheetChanged',
      address: 'B2',
      worksheetId: wb.sheet('Saisie')!.id,
      changeType: 'RangeEdited',
      source: 'Local',
      triggerSource: 'Unknown',
      details: { valueBefore: 300, valueAfter: 450, valueTypeBefore: 'Integer', valueTypeAfter: 'Integer' },
    });
    // typed text is parsed as Excel does: '450' became the number 450
    expect(wb.sheet('Saisie')!.at('B2').value).toBe(450);
  });

  test('a paste over several cells has no details; handlers can read the range through the API', async () => {
    const wb = new MemoryWorkbook();
    const reads: unknown[] = [];
    await wb.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('Feuil1').onChanged.add(async (e) => {
        const args = e as ChangedEventArgs;
        expect(args.details).toBeUndefined();
        await wb.run(async (c2) => {
          const r = args.getRange(c2).load('values, address');
          await c2.sync();
          reads.push(r.address, r.values);
        });
      });
    });
    await wb.simulateUserEdit('Feuil1', 'A1:B2', [['Nom', '=1+1'], ['x', 'TRUE']]);
    expect(reads).toEqual(['Feuil1!A1:B2', [['Nom', 2], ['x', true]]]);
  });

  test('handlers can be removed', async () => {
    const wb = new MemoryWorkbook();
    let calls = 0;
    const handler = async (): Promise<void> => {
      calls++;
    };
    const result = await wb.run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem('Feuil1').onChanged.add(handler);
      await ctx.sync();
      return r;
    });
    await wb.simulateUserEdit('Feuil1', 'A1', 1);
    result.remove();
    await result.context.sync();
    await wb.simulateUserEdit('Feuil1', 'A1', 2);
    expect(calls).toBe(1);
    expect(wb.changeHandlerCount('Feuil1')).toBe(0);
  });
});

describe('events of the add-in’s own API writes', () => {
  async function watched(wb: MemoryWorkbook, sheet = 'Feuil1'): Promise<ChangedEventArgs[]> {
    const seen: ChangedEventArgs[] = [];
    await wb.run(async (ctx) => {
      ctx.workbook.worksheets.getItem(sheet).onChanged.add(async (e) => {
        seen.push(e as ChangedEventArgs);
      });
      await ctx.sync();
    });
    return seen;
  }

  test('raised after the sync, in order, with triggerSource ThisLocalAddin; a single cell has its values before and after', async () => {
    const wb = new MemoryWorkbook({ sheets: ['Feuil1', 'Autre'] });
    await wb.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('Feuil1').getRange('B2').values = [[300]];
      await ctx.sync();
    });
    const seen = await watched(wb);
    await wb.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem('Feuil1');
      ws.getRange('B2').values = [[450]];
      ws.getRange('A4:B5').formulas = [['x', '=1+1'], ['y', 'z']];
      ws.getRange('B2').numberFormat = [['0.00']]; // a format: no event
      ctx.workbook.worksheets.getItem('Autre').getRange('A1').values = [['ailleurs']];
      ws.getRange('3:3').insert('Down');
      ws.getRange('D:D').delete('Left');
      ws.getRange('A6').clear('Contents');
      await ctx.sync();
      // Not delivered while the batch's code still runs.
      expect(seen).toEqual([]);
    });
    await wb.eventsDelivered();
    expect(seen.map((e) => [e.address, e.changeType, e.triggerSource])).toEqual([
      ['B2', 'RangeEdited', 'ThisLocalAddin'],
      ['A4:B5', 'RangeEdited', 'ThisLocalAddin'],
      ['3:3', 'RowInserted', 'ThisLocalAddin'],
      ['D:D', 'ColumnDeleted', 'ThisLocalAddin'],
      ['A6', 'RangeEdited', 'ThisLocalAddin'],
    ]);
    expect(seen[0].details).toEqual({ valueBefore: 300, valueAfter: 450, valueTypeBefore: 'Integer', valueTypeAfter: 'Integer' });
    expect(seen[1].details).toBeUndefined();
  });

  test('table columns and rows added raise CellInserted; a user edit keeps triggerSource Unknown, after the pending API events', async () => {
    const wb = new MemoryWorkbook();
    await wb.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem('Feuil1');
      ws.getRange('A1:B2').values = [['Nom', 'Âge'], ['Durand', 40]];
      ws.tables.add('A1:B2', true).name = 'T';
      await ctx.sync();
    });
    const seen = await watched(wb);
    await wb.run(async (ctx) => {
      const t = ctx.workbook.tables.getItem('T');
      t.columns.add(1, undefined, 'Prénom');
      t.rows.add(undefined, [['Petit', 'Marie', 31]]);
      await ctx.sync();
    });
    await wb.simulateUserEdit('Feuil1', 'C3', '32');
    expect(seen.map((e) => [e.address, e.changeType, e.triggerSource])).toEqual([
      ['B1:B2', 'CellInserted', 'ThisLocalAddin'],
      ['A3:C3', 'CellInserted', 'ThisLocalAddin'],
      ['C3', 'RangeEdited', 'Unknown'],
    ]);
  });

  test('a workbook created with triggerSource: false raises the same events without the property (ExcelApi 1.13)', async () => {
    const wb = new MemoryWorkbook({ triggerSource: false });
    const seen = await watched(wb);
    await wb.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('Feuil1').getRange('A1').values = [['x']];
      await ctx.sync();
    });
    await wb.simulateUserEdit('Feuil1', 'A2', 'y');
    expect(seen.map((e) => [e.address, 'triggerSource' in e])).toEqual([
      ['A1', false],
      ['A2', false],
    ]);
    expect(seen[0].details).toMatchObject({ valueBefore: '', valueAfter: 'x' });
  });
});
