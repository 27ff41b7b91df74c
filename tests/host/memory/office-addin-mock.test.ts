import { OfficeMockObject } from 'office-addin-mock';
import { columnIndex, columnLetters, formatAddress, MemoryWorkbook, parseAddress, quoteSheetName, readUsedRangeValues } from '../../../src/host/memory';

describe('address helpers', () => {
  test('column letters <-> indexes', () => {
    expect(columnLetters(0)).toBe('A');
    expect(columnLetters(25)).toBe('Z');
    expect(columnLetters(26)).toBe('AA');
    expect(columnLetters(701)).toBe('ZZ');
    expect(columnLetters(16383)).toBe('XFD');
    expect(columnIndex('A')).toBe(0);
    expect(columnIndex('aa')).toBe(26);
    expect(columnIndex('XFD')).toBe(16383);
    expect(columnIndex('XFE')).toBe(-1);
    expect(columnIndex('A1')).toBe(-1);
  });

  test('sheet names are quoted like Excel', () => {
    expect(quoteSheetName('Feuil1')).toBe('Feuil1');
    expect(quoteSheetName('Paramètres')).toBe('Paramètres');
    expect(quoteSheetName('Feuille 1')).toBe("'Feuille 1'");
    expect(quoteSheetName("L'été")).toBe("'L''été'");
    expect(quoteSheetName('A1')).toBe("'A1'");
    expect(quoteSheetName('2024')).toBe("'2024'");
    expect(formatAddress('Feuille 1', { row: 0, col: 0, rows: 3, cols: 3 })).toBe("'Feuille 1'!A1:C3");
  });

  test('parses addresses with or without sheet, absolute markers, whole columns and rows', () => {
    expect(parseAddress("'Feuille 1'!A1:C3")).toEqual({ sheet: 'Feuille 1', rect: { row: 0, col: 0, rows: 3, cols: 3 } });
    expect(parseAddress('Sheet1!$A$1')).toEqual({ sheet: 'Sheet1', rect: { row: 0, col: 0, rows: 1, cols: 1 } });
    expect(parseAddress("'It''s'!B2")).toEqual({ sheet: "It's", rect: { row: 1, col: 1, rows: 1, cols: 1 } });
    expect(parseAddress('C3:A1')).toEqual({ rect: { row: 0, col: 0, rows: 3, cols: 3 } });
    expect(parseAddress('A:C')).toEqual({ rect: { row: 0, col: 0, rows: 1048576, cols: 3 } });
    expect(parseAddress('2:4')).toEqual({ rect: { row: 1, col: 0, rows: 3, cols: 16384 } });
    expect(parseAddress('A0')).toBeNull();
    expect(parseAddress('nope')).toBeNull();
  });
});

describe('readUsedRangeValues through office-addin-mock', () => {
  function mockContext(): OfficeMockObject {
    return new OfficeMockObject({
      workbook: {
        worksheets: {
          sheet: {
            usedRange: { values: [[1, 'a']], address: 'Feuil1!A1:B1', isNullObject: false },
            getUsedRangeOrNullObject: function () {
              return (this as unknown as { usedRange: unknown }).usedRange;
            },
          },
          getItem: function () {
            return (this as unknown as { sheet: unknown }).sheet;
          },
        },
      },
    });
  }

  test('loads and syncs the values it reads', async () => {
    const context = mockContext() as unknown as Excel.RequestContext;
    expect(await readUsedRangeValues(context, 'Feuil1')).toEqual([[1, 'a']]);
  });

  test('an unloaded property reads as the mock error string (no exception, unlike Excel)', async () => {
    const mock = mockContext();
    const context = mock as unknown as Excel.RequestContext;
    const range = context.workbook.worksheets.getItem('Feuil1').getUsedRangeOrNullObject(true);
    expect(range.address).toBe('Error, property was not loaded');
    range.load('address');
    expect(range.address).toBe('Error, context.sync() was not called');
    await context.sync();
    expect(range.address).toBe('Feuil1!A1:B1');
    // isNullObject was never loaded: the mock answers with its error string, which the helper ignores
    expect(range.isNullObject).toBe('Error, property was not loaded');
  });

  test('the same helper runs unchanged on the memory host', async () => {
    const wb = new MemoryWorkbook({ sheets: ['Feuil1', 'Vide'] });
    await wb.run(async (context) => {
      context.workbook.worksheets.getItem('Feuil1').getRange('B2:C3').values = [[1, 'a'], [true, '']];
    });
    expect(await wb.run((context) => readUsedRangeValues(context, 'Feuil1'))).toEqual([[1, 'a'], [true, '']]);
    expect(await wb.run((context) => readUsedRangeValues(context, 'Vide'))).toEqual([]);
  });
});
