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
