/**
 * The export as a standalone .xlsx (ExcelJS; its browser bundle in the add-in), for
 * `Excel.createWorkbook(base64)`: title block, the one-line notice, an Excel table with the number
 * format of each column, landscape, header row repeated on every page. No personal data in the file's
 * properties either (author « RIME pour Excel »).
 */
import ExcelJS from 'exceljs';
import type { ExportTable } from '../../domain/exports';
import { EXPORT_ROWS, EXPORT_TABLE_STYLE, exportColumnWidth, titleBlock, uniqueHeaders } from './exportPlan';

/** Points → ExcelJS column width (characters of the default font). */
const POINTS_PER_CHAR = 5.6;

export async function exportWorkbookBuffer(table: ExportTable, sheetName: string, tableName: string): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'RIME pour Excel';
  wb.lastModifiedBy = 'RIME pour Excel';
  wb.title = table.title;
  const H = EXPORT_ROWS.header + 1; // 1-based header row
  const ws = wb.addWorksheet(sheetName, {
    pageSetup: { orientation: 'landscape', paperSize: 9, printTitlesRow: `${H}:${H}` },
    views: [{ state: 'frozen', ySplit: H }],
  });
  const block = titleBlock(table);
  const title = ws.getCell(EXPORT_ROWS.title + 1, 1);
  title.value = block.title;
  title.font = { bold: true, size: 14 };
  ws.getCell(EXPORT_ROWS.scope + 1, 1).value = block.scope[0];
  ws.getCell(EXPORT_ROWS.scope + 1, 2).value = block.scope[1];
  ws.getCell(EXPORT_ROWS.date + 1, 1).value = block.date[0];
  const date = ws.getCell(EXPORT_ROWS.date + 1, 2);
  date.value = block.date[1];
  date.numFmt = 'dd/mm/yyyy';
  date.alignment = { horizontal: 'left' };
  for (const r of [EXPORT_ROWS.scope, EXPORT_ROWS.date]) ws.getCell(r + 1, 1).font = { bold: true };
  const notice = ws.getCell(EXPORT_ROWS.notice + 1, 1);
  notice.value = block.notice;
  notice.font = { bold: true, italic: true, color: { argb: 'FFC00000' } };

  const width = table.headers.length;
  const rows = table.rows.length > 0 ? table.rows.map((r) => [...r]) : [Array.from({ length: width }, () => '')];
  ws.addTable({
    name: tableName,
    ref: `A${H}`,
    headerRow: true,
    style: { theme: EXPORT_TABLE_STYLE as ExcelJS.TableStyleProperties['theme'], showRowStripes: true },
    columns: uniqueHeaders(table.headers).map((name) => ({ name, filterButton: true })),
    rows,
  });
  ws.getRow(H).alignment = { wrapText: true, vertical: 'top' };
  ws.getRow(H).height = 45;
  table.columns.forEach((c, i) => {
    ws.getColumn(i + 1).width = Math.round((exportColumnWidth(c) / POINTS_PER_CHAR) * 10) / 10;
    if (c.numberFormat === 'General') return;
    for (let r = 0; r < rows.length; r++) ws.getCell(H + 1 + r, i + 1).numFmt = c.numberFormat;
  });
  const last = H + rows.length;
  ws.pageSetup.printArea = `A1:${ws.getColumn(width).letter}${last}`;
  const buffer = await wb.xlsx.writeBuffer();
  return buffer instanceof Uint8Array ? buffer : new Uint8Array(buffer as ArrayBuffer);
}

/** Base64 of bytes, in Node (Buffer) and in the browser (btoa). */
export function toBase64(bytes: Uint8Array): string {
  const B = (globalThis as { Buffer?: { from(b: Uint8Array): { toString(enc: string): string } } }).Buffer;
  if (B) return B.from(bytes).toString('base64');
  let s = '';
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(s);
}
