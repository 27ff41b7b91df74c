/** Node-only helpers (file I/O) for the CLI, the bench and scripts; never imported by the browser demo. */
import { promises as fs } from 'node:fs';
import { MemoryWorkbook, type MemoryWorkbookOptions } from './workbook';

export async function loadXlsxFile(file: string, options: Omit<MemoryWorkbookOptions, 'sheets'> = {}): Promise<MemoryWorkbook> {
  const data = await fs.readFile(file);
  return MemoryWorkbook.fromXlsx(new Uint8Array(data.buffer, data.byteOffset, data.byteLength), options);
}

export async function saveXlsxFile(wb: MemoryWorkbook, file: string): Promise<void> {
  await fs.writeFile(file, await wb.toXlsx());
}
