import { MemoryWorkbook } from '../../src/host/memory';
import { applyOps } from '../../src/excel/setup/apply';
import { splitWrites, type Op } from '../../src/excel/setup/ops';
import { loadGrids } from '../../src/excel/workbook/sheets';
import { rowsPerChunk, chunks } from '../../src/excel/util/payload';

const cells = (rows: number, cols: number) =>
  Array.from({ length: rows }, (_, r) => Array.from({ length: cols }, (_, c) => (c % 2 === 0 ? r * 100 + c : `L${r}C${c}`)));

test('row slices under the limit', () => {
  expect(rowsPerChunk(72)).toBe(5555);
  expect(rowsPerChunk(72, 2)).toBe(2777);
  expect(chunks(5, 2)).toEqual([{ start: 0, count: 2 }, { start: 2, count: 2 }, { start: 4, count: 1 }]);
  const op: Op = { t: 'write', sheet: 'S', row: 3, col: 1, cells: cells(10, 4) };
  const parts = splitWrites([op], 200);
  expect(parts.length).toBeGreaterThan(1);
  expect(parts[0].t === 'write' && parts[0].row).toBe(3);
  expect(parts.flatMap((p) => (p.t === 'write' ? p.cells : []))).toEqual(op.cells);
});

test('writes and reads over the limit are chunked, whatever the cut the cells are the same', async () => {
  const wb = new MemoryWorkbook({ sheets: ['S'] });
  const data = cells(300, 10);
  const writes = await wb.run((ctx) => applyOps(ctx, [{ t: 'write', sheet: 'S', row: 1, col: 2, cells: data }], 8000));
  expect(writes).toBeGreaterThan(3);
  expect(wb.stats.maxRequestBytes).toBeLessThan(9000);
  wb.resetStats();
  const { grids, syncs } = await wb.run((ctx) =>
    loadGrids(ctx, [{ sheet: 'S', dims: { row: 1, col: 2, rows: 300, cols: 10 }, props: ['formulas', 'values'] }], 8000),
  );
  expect(syncs).toBe(wb.stats.syncs);
  expect(syncs).toBeGreaterThan(3);
  expect(grids[0].row).toBe(1);
  expect(grids[0].formulas).toEqual(data);
  expect(grids[0].values).toEqual(data);
});
