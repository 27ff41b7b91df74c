/** `wb.run` for the report tests (the host gaps this file used to work around are fixed). */
import type { MemoryWorkbook } from '../../../src/host/memory/workbook';

export function run<T>(wb: MemoryWorkbook, cb: (ctx: Excel.RequestContext) => Promise<T>): Promise<T> {
  return wb.run(cb);
}
