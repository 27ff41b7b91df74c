/**
 * Model -> .xlsx with ExcelJS. ExcelJS cannot write charts: they are listed (in French) on a sheet
 * `Note graphiques`, which read.ts turns back into charts.
 */
import ExcelJS from 'exceljs';
import { cellAddress, formatAddress, rectAddress } from '../address';
import { ERROR_CODES } from '../formula/tokens';
import type { Calc } from '../calc/engine';
import { normalizeStructuredRefs } from '../formula/rewrite';
import type { ValidationModel } from '../model/types';
import type { SheetModel, WorkbookModel } from '../model/workbook-model';
import { addXlfn, argb, OPERATOR_TO_XL, pointsToChars, serialToDate, styleToXl } from './convert';

export const CHART_NOTE_SHEET = 'Note graphiques';
export const CHART_NOTE_HEADERS = ['Feuille', 'Titre', 'Type', 'Données source', 'Nom'];

type XlValue = ExcelJS.CellValue;

function cellValue(sheet: SheetModel, r: number, c: number, formula: string | undefined): XlValue {
  const raw = sheet.grid.raw(r, c);
  if (formula === undefined) return raw;
  const result = typeof raw === 'string' && ERROR_CODES.includes(raw) ? { error: raw } : raw;
  return { formula: addXlfn(formula.slice(1)), result } as XlValue;
}

function validationToXl(v: ValidationModel): ExcelJS.DataValidation | null {
  const base = {
    allowBlank: v.ignoreBlanks,
    showInputMessage: v.prompt.showPrompt,
    promptTitle: v.prompt.title || undefined,
    prompt: v.prompt.message || undefined,
    showErrorMessage: v.errorAlert.showAlert,
    errorStyle: v.errorAlert.style.toLowerCase(),
    errorTitle: v.errorAlert.title || undefined,
    error: v.errorAlert.message || undefined,
  };
  const f = (x: string | number | undefined): string | number | Date | undefined =>
    typeof x === 'string' && x.startsWith('=') ? x.slice(1) : x;
  const r = v.rule;
  if (r.list) {
    const src = r.list.source;
    return { ...base, type: 'list', formulae: [src.startsWith('=') ? src.slice(1) : `"${src}"`] } as ExcelJS.DataValidation;
  }
  if (r.custom) return { ...base, type: 'custom', formulae: [f(r.custom.formula)] } as ExcelJS.DataValidation;
  const kinds = [['wholeNumber', 'whole'], ['decimal', 'decimal'], ['date', 'date'], ['textLength', 'textLength']] as const;
  for (const [k, type] of kinds) {
    const b = r[k];
    if (!b) continue;
    const conv = (x: string | number | undefined): unknown =>
      type === 'date' && typeof x === 'number' ? serialToDate(x) : type === 'date' && typeof x === 'string' && !x.startsWith('=') ? new Date(x) : f(x);
    const formulae = [conv(b.formula1), ...(b.formula2 !== undefined ? [conv(b.formula2)] : [])];
    return { ...base, type, operator: OPERATOR_TO_XL[b.operator] ?? 'between', formulae } as ExcelJS.DataValidation;
  }
  return Object.keys(r).length === 0 ? ({ ...base, type: 'any' } as unknown as ExcelJS.DataValidation) : null;
}

function writeSheet(book: ExcelJS.Workbook, wb: WorkbookModel, calc: Calc, sheet: SheetModel): void {
  const m = sheet.meta;
  const ws = book.addWorksheet(m.name, {
    state: m.visibility === 'Visible' ? 'visible' : m.visibility === 'Hidden' ? 'hidden' : 'veryHidden',
    properties: m.tabColor ? ({ tabColor: { argb: argb(m.tabColor) } } as ExcelJS.WorksheetProperties) : undefined,
    views: m.freezeRows || m.freezeCols ? [{ state: 'frozen', xSplit: m.freezeCols, ySplit: m.freezeRows }] : undefined,
  });
  ws.pageSetup.orientation = m.orientation === 'Landscape' ? 'landscape' : 'portrait';
  if (m.printScale !== null) ws.pageSetup.scale = m.printScale;
  if (m.printArea) ws.pageSetup.printArea = rectAddress(m.printArea);
  const grid = sheet.grid;
  const used = grid.usedRect(false);
  if (used) calc.prepare([{ sheet, rect: used }]);
  const own = new Map<string, string>();
  grid.cols.forEach((col, c) => {
    if (!col) return;
    if (col.width !== undefined || col.hidden) {
      const xc = ws.getColumn(c + 1);
      if (col.width !== undefined) xc.width = pointsToChars(col.width);
      if (col.hidden) xc.hidden = true;
    }
    const n = col.length();
    for (let r = 0; r < n; r++) {
      const f = col.f?.[r];
      const v = col.v[r];
      const s = col.s?.[r] ?? 0;
      if (f === undefined && (v === undefined || v === null) && !s) continue;
      const cell = ws.getCell(r + 1, c + 1);
      let formula = f;
      if (formula !== undefined && formula.includes('[')) {
        const t = m.tables.find((tb) => r > tb.rect.row && r < tb.rect.row + tb.rect.rows && c >= tb.rect.col && c < tb.rect.col + tb.rect.cols);
        const key = `${t?.name ?? ''}\u0000${formula}`;
        formula = own.get(key) ?? normalizeStructuredRefs(formula, t?.name);
        own.set(key, formula);
      }
      cell.value = cellValue(sheet, r, c, formula);
      if (s) Object.assign(cell, styleToXl(wb.styles.get(s)));
    }
  });
  for (const [r, h] of grid.rowHeight) ws.getRow(r + 1).height = h;
  for (const r of grid.rowHidden) ws.getRow(r + 1).hidden = true;
  for (const mg of m.merges) ws.mergeCells(mg.row + 1, mg.col + 1, mg.row + mg.rows, mg.col + mg.cols);
  for (const t of m.tables) {
    const rows: XlValue[][] = [];
    for (let r = t.rect.row + 1; r < t.rect.row + t.rect.rows; r++) {
      rows.push(t.columns.map((_, j) => ws.getCell(r + 1, t.rect.col + j + 1).value));
    }
    ws.addTable({
      name: t.name,
      ref: cellAddress(t.rect.row, t.rect.col),
      headerRow: true,
      totalsRow: false,
      style: { theme: t.style as ExcelJS.TableStyleProperties['theme'], showRowStripes: t.showBandedRows, showColumnStripes: t.showBandedColumns, showFirstColumn: t.highlightFirstColumn, showLastColumn: t.highlightLastColumn },
      columns: t.columns.map((c) => ({ name: c.name, filterButton: t.showFilterButton })),
      rows,
    });
  }
  for (const v of m.validations) {
    const dv = validationToXl(v);
    if (dv) (ws as unknown as { dataValidations: { add(a: string, v: ExcelJS.DataValidation): void } }).dataValidations.add(rectAddress(v.rect), dv);
  }
  for (const cf of m.condFormats) {
    const style: Partial<ExcelJS.Style> = {};
    if (cf.fill) style.fill = { type: 'pattern', pattern: 'solid', bgColor: { argb: argb(cf.fill) } };
    const font: Partial<ExcelJS.Font> = {};
    if (cf.fontColor) font.color = { argb: argb(cf.fontColor) };
    if (cf.bold) font.bold = true;
    if (cf.italic) font.italic = true;
    if (Object.keys(font).length) style.font = font;
    ws.addConditionalFormatting({
      ref: rectAddress(cf.rect),
      rules: [{ type: 'expression', priority: cf.priority + 1, formulae: [addXlfn(cf.formula.replace(/^=/, ''))], style } as ExcelJS.ConditionalFormattingRule],
    });
  }
  for (const b of m.rowBreaks) if (b > 0) ws.getRow(b).addPageBreak();
}

function writeChartNote(book: ExcelJS.Workbook, wb: WorkbookModel): void {
  const charts = wb.sheets.flatMap((s) => s.meta.charts.map((c) => ({ sheet: s, chart: c })));
  if (charts.length === 0) return;
  const ws = book.addWorksheet(CHART_NOTE_SHEET);
  ws.addRow(['Graphiques non enregistrés dans ce fichier (ExcelJS ne sait pas les écrire) : les recréer avec RIME.']);
  ws.addRow(CHART_NOTE_HEADERS);
  for (const { sheet, chart } of charts) {
    const src = wb.sheetById(chart.sourceSheetId);
    ws.addRow([sheet.name, chart.title, chart.type, src ? formatAddress(src.name, chart.source, true) : '', chart.name]);
  }
  ws.getRow(2).font = { bold: true };
  ws.getColumn(4).width = 30;
}

export async function writeXlsx(wb: WorkbookModel, calc: Calc): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  book.creator = 'RIME';
  for (const sheet of wb.sheets) writeSheet(book, wb, calc, sheet);
  const active = wb.sheets.indexOf(wb.activeSheet());
  book.views = [{ x: 0, y: 0, width: 10000, height: 20000, firstSheet: 0, activeTab: Math.max(0, active), visibility: 'visible' }];
  for (const n of wb.meta.names) {
    const ref = n.formula.replace(/^=/, '');
    if (/^('([^']|'')+'|[^'!]+)!\$[A-Z]+\$\d+(:\$[A-Z]+\$\d+)?$/.test(ref)) book.definedNames.add(ref, n.name);
  }
  writeChartNote(book, wb);
  const buf = await book.xlsx.writeBuffer();
  return new Uint8Array(buf as ArrayBuffer);
}

