import { MemoryWorkbook } from '../../../src/host/memory';

async function rejection(p: Promise<unknown>): Promise<{ code: string; message: string; debugInfo: { code: string } }> {
  try {
    await p;
  } catch (e) {
    return e as { code: string; message: string; debugInfo: { code: string } };
  }
  throw new Error('la promesse aurait dû être rejetée');
}

describe('PropertyNotLoaded', () => {
  test('reading before load + sync throws PropertyNotLoaded; after sync the value is the one of that sync', async () => {
    const wb = new MemoryWorkbook();
    await wb.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Feuil1');
      const range = sheet.getRange('A1:B1');
      range.values = [[1, 'x']];
      expect(() => range.values).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
      range.load('values');
      expect(() => range.values).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
      await context.sync();
      expect(range.values).toEqual([[1, 'x']]);
      sheet.getRange('A1').values = [[2]];
      await context.sync();
      expect(range.values).toEqual([[1, 'x']]);
      expect(() => sheet.name).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
    });
  });

  test('setting a property then reading it without load + sync throws', async () => {
    const wb = new MemoryWorkbook();
    await wb.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Feuil1');
      sheet.load('name');
      await context.sync();
      expect(sheet.name).toBe('Feuil1');
      sheet.name = 'Données';
      expect(() => sheet.name).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
      sheet.load('name');
      await context.sync();
      expect(sheet.name).toBe('Données');
    });
  });

  test('load forms: list string, array, object tree, select, navigation paths, items/name', async () => {
    const wb = new MemoryWorkbook({ sheets: ['Un', 'Deux'] });
    await wb.run(async (context) => {
      const r = context.workbook.worksheets.getItem('Un').getRange('A1:B2');
      r.values = [[1, 2], [3, 4]];
      r.numberFormat = [['0.00', '@'], ['General', 'General']];
      r.format.fill.color = 'yellow';
      const a = r.load('values, numberFormat');
      const b = context.workbook.worksheets.getItem('Un').getRange('A1').load(['values']);
      const c = context.workbook.worksheets.getItem('Un').getRange('A1').load({ address: true, format: { fill: { color: true } } });
      const d = context.workbook.worksheets.getItem('Un').getRange('B2').load({ select: 'rowIndex, columnIndex' });
      const e = context.workbook.worksheets.getItem('Un').getRange('B2').load('format/fill/color');
      const sheets = context.workbook.worksheets.load('items/name');
      await context.sync();
      expect(a.values).toEqual([[1, 2], [3, 4]]);
      expect(a.numberFormat).toEqual([['0.00', '@'], ['General', 'General']]);
      expect(b.values).toEqual([[1]]);
      expect(c.address).toBe('Un!A1');
      expect(c.format.fill.color).toBe('#FFFF00');
      expect([d.rowIndex, d.columnIndex]).toEqual([1, 1]);
      expect(e.format.fill.color).toBe('#FFFF00');
      expect(sheets.items.map((s) => s.name)).toEqual(['Un', 'Deux']);
      expect(() => sheets.items[0].position).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
      expect(() => c.values).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
    });
  });
});

describe('null objects and missing items', () => {
  test('getItemOrNullObject / getUsedRangeOrNullObject expose isNullObject after sync', async () => {
    const wb = new MemoryWorkbook({ sheets: ['Feuil1', 'Vide'] });
    await wb.run(async (context) => {
      const missing = context.workbook.worksheets.getItemOrNullObject('Absente');
      const present = context.workbook.worksheets.getItemOrNullObject('feuil1');
      const used = context.workbook.worksheets.getItem('Vide').getUsedRangeOrNullObject();
      const table = context.workbook.tables.getItemOrNullObject('Tableau1');
      expect(() => missing.isNullObject).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
      present.load('name');
      await context.sync();
      expect(missing.isNullObject).toBe(true);
      expect(present.isNullObject).toBe(false);
      expect(present.name).toBe('Feuil1');
      expect(used.isNullObject).toBe(true);
      expect(table.isNullObject).toBe(true);
    });
  });

  test('getItem of a missing sheet or table makes the sync reject with ItemNotFound', async () => {
    const wb = new MemoryWorkbook();
    const e1 = await rejection(wb.run(async (context) => {
      context.workbook.worksheets.getItem('Absente').load('name');
      await context.sync();
    }));
    expect(e1.code).toBe('ItemNotFound');
    expect(e1.debugInfo.code).toBe('ItemNotFound');
    expect(typeof e1.message).toBe('string');
    const e2 = await rejection(wb.run(async (context) => {
      context.workbook.tables.getItem('Tableau9').load('name');
      await context.sync();
    }));
    expect(e2.code).toBe('ItemNotFound');
  });

  test('a failing batch applies nothing, even the operations queued before the failure', async () => {
    const wb = new MemoryWorkbook();
    const e = await rejection(wb.run(async (context) => {
      const s = context.workbook.worksheets.getItem('Feuil1');
      s.getRange('A1').values = [['écrit']];
      context.workbook.worksheets.add('Nouvelle');
      s.tables.add('C1:D2', true);
      context.workbook.worksheets.getItem('Absente').getRange('A1').values = [[1]];
      await context.sync();
    }));
    expect(e.code).toBe('ItemNotFound');
    expect(wb.sheetNames()).toEqual(['Feuil1']);
    expect(wb.sheet('Feuil1')!.at('A1').value).toBe('');
    expect(wb.table('Tableau1')).toBeUndefined();
  });
});

describe('sync statistics and payload limit', () => {
  test('counts syncs and request/response bytes', async () => {
    const wb = new MemoryWorkbook();
    await wb.run(async (context) => {
      const r = context.workbook.worksheets.getItem('Feuil1').getRange('A1:B1');
      r.values = [['ab', 12]];
      await context.sync();
      r.load('values');
      await context.sync();
    });
    expect(wb.stats.syncs).toBe(2);
    // request 1: {"values":[["ab",12]]} = 22 bytes; request 2: load("values") sends "values" = 8 bytes;
    // response 2: [["ab",12]] = 11 bytes
    expect(wb.stats.requests).toEqual([{ requestBytes: 22, responseBytes: 0 }, { requestBytes: 8, responseBytes: 11 }]);
    expect(wb.stats.maxRequestBytes).toBe(22);
    expect(wb.stats.maxResponseBytes).toBe(11);
    expect(wb.stats.totalBytes).toBe(41);
    wb.resetStats();
    expect(wb.stats.syncs).toBe(0);
  });

  test('Excel.run syncs what is still queued when the callback returns', async () => {
    const wb = new MemoryWorkbook();
    await wb.run(async (context) => {
      context.workbook.worksheets.getItem('Feuil1').getRange('A1').values = [[7]];
    });
    expect(wb.stats.syncs).toBe(1);
    expect(wb.sheet('Feuil1')!.at('A1').value).toBe(7);
  });

  test('a request over the limit is rejected and nothing is applied', async () => {
    const wb = new MemoryWorkbook({ payloadLimit: 1000 });
    const big = Array.from({ length: 100 }, (_, i) => [`ligne ${i}`, i]);
    const e = await rejection(wb.run(async (context) => {
      const s = context.workbook.worksheets.getItem('Feuil1');
      s.getRange('D1').values = [['petit']];
      s.getRange('A1:B100').values = big;
      await context.sync();
    }));
    expect(e.code).toBe('RequestPayloadSizeLimitExceeded');
    expect(wb.sheet('Feuil1')!.usedRange()).toBeNull();
    expect(wb.stats.syncs).toBe(1);
  });

  test('a response over the limit is rejected and the writes of that batch are rolled back', async () => {
    const wb = new MemoryWorkbook({ payloadLimit: 1000 });
    await wb.run(async (context) => {
      const s = context.workbook.worksheets.getItem('Feuil1');
      for (let i = 0; i < 5; i++) {
        s.getRange(`A${i * 20 + 1}:B${i * 20 + 20}`).values = Array.from({ length: 20 }, (_, k) => [`ligne ${i * 20 + k}`, k]);
        await context.sync();
      }
    });
    const e = await rejection(wb.run(async (context) => {
      const s = context.workbook.worksheets.getItem('Feuil1');
      s.getRange('D1').values = [['écrit avant']];
      s.getRange('A1:B100').load('values');
      await context.sync();
    }));
    expect(e.code).toBe('RequestPayloadSizeLimitExceeded');
    expect(wb.sheet('Feuil1')!.at('D1').value).toBe('');
    // in chunks under the limit it works
    wb.resetStats();
    const rows = await wb.run(async (context) => {
      const s = context.workbook.worksheets.getItem('Feuil1');
      const out: unknown[][] = [];
      for (let start = 0; start < 100; start += 25) {
        const r = s.getRangeByIndexes(start, 0, 25, 2).load('values');
        await context.sync();
        out.push(...r.values);
      }
      return out;
    });
    expect(rows.length).toBe(100);
    expect(rows[99]).toEqual(['ligne 99', 19]);
    expect(wb.stats.maxResponseBytes).toBeLessThanOrEqual(1000);
  });

  test('the default limit is 5 MB', () => {
    expect(new MemoryWorkbook().payloadLimit).toBe(5 * 1024 * 1024);
  });
});
