/**
 * Compile-time conformance: the scalar properties the memory host implements have the types of
 * @types/office-js (checked by `tsc`, which `npm test` runs first). The runtime part only checks
 * that the proxies really are what the casts say.
 */
import { MemoryWorkbook, type ChangedEventArgs } from '../../../src/host/memory';
import type { RangeFillProxy, RangeFontProxy, RangeFormatProxy } from '../../../src/host/memory/proxy/range-format';
import type { RangeProxy } from '../../../src/host/memory/proxy/range';
import type { TableProxy } from '../../../src/host/memory/proxy/table';
import type { TableColumnProxy } from '../../../src/host/memory/proxy/table-parts';
import type { WorksheetProxy } from '../../../src/host/memory/proxy/worksheet';

type Conforms<Ours, Theirs> = Ours extends Theirs ? true : false;
const checks: true[] = [
  true as Conforms<RangeProxy, Pick<Excel.Range, 'address' | 'rowIndex' | 'columnIndex' | 'rowCount' | 'columnCount' | 'cellCount' | 'values' | 'formulas' | 'numberFormat' | 'text' | 'isNullObject'>>,
  true as Conforms<WorksheetProxy, Pick<Excel.Worksheet, 'name' | 'id' | 'position' | 'tabColor' | 'isNullObject'>>,
  true as Conforms<TableProxy, Pick<Excel.Table, 'name' | 'id' | 'style' | 'showBandedRows' | 'showBandedColumns' | 'showFilterButton' | 'showHeaders' | 'showTotals' | 'isNullObject'>>,
  true as Conforms<TableColumnProxy, Pick<Excel.TableColumn, 'name' | 'index' | 'id' | 'values' | 'isNullObject'>>,
  true as Conforms<RangeFormatProxy, Pick<Excel.RangeFormat, 'columnWidth' | 'rowHeight' | 'wrapText'>>,
  true as Conforms<RangeFillProxy, Pick<Excel.RangeFill, 'color'>>,
  true as Conforms<RangeFontProxy, Pick<Excel.RangeFont, 'bold' | 'italic' | 'color' | 'size' | 'name'>>,
  // triggerSource is optional here (absent on ExcelApi 1.13 hosts), its values those of Excel.
  true as Conforms<Required<Pick<ChangedEventArgs, 'address' | 'changeType' | 'source' | 'triggerSource'>>, Pick<Excel.WorksheetChangedEventArgs, 'address' | 'changeType' | 'source' | 'triggerSource'>>,
];

test('the context handed to callbacks is the host proxy tree', async () => {
  expect(checks.every(Boolean)).toBe(true);
  const wb = new MemoryWorkbook();
  await wb.run(async (context) => {
    const range: Excel.Range = context.workbook.worksheets.getItem('Feuil1').getRange('A1');
    expect(range.format.fill).toBe(range.format.fill);
    expect(context.workbook.worksheets).toBe(context.workbook.worksheets);
  });
});
