/** .xlsx -> model with ExcelJS (values, formulas, styles, tables, validations, conditional formats, names...). */
import ExcelJS from 'exceljs';
import { parseAddress, parseRect, type Rect } from '../address';
import type { Raw } from '../model/grid';
import { detectCalculated } from '../model/tables';
import type { CondFormatModel, TableModel, ValidationModel, ValidationRule } from '../model/types';
import type { SheetModel, WorkbookModel } from '../model/workbook-model';
import { CHART_NOTE_HEADERS, CHART_NOTE_SHEET } from './write';
import { charsToPoints, dateToSerial, fromArgb, OPERATOR_FROM_XL, stripXlfn, styleFromXl } from './convert';

function plainValue(v: ExcelJS.CellValue): Raw {
  if (v === null || v === undefined) return null;
  if (typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean') return v === '' ? null : v;
  if (v instanceof Date) return dateToSerial(v);
  const o = v as unknown as Record<string, unknown>;
  if (Array.isArray(o.richText)) return (o.richText as { text: string }[]).map((t) => t.text).join('');
  if (typeof o.text === 'string') return o.text;
  if (typeof o.error === 'string') return o.error;
  return null;
}

/** Groups the per-cell validation map ExcelJS produces back into rectangles. */
function groupValidations(model: Record<string, ExcelJS.DataValidation | undefined>): [ExcelJS.DataValidation, Rect][] {
  const groups = new Map<ExcelJS.DataValidation, Rect[]>();
  for (const [addr, dv] of Object.entries(model)) {
    if (!dv) continue;
    const rect = parseRect(addr);
    if (!rect) continue;
    const list = groups.get(dv) ?? [];
    list.push(rect);
    groups.set(dv, list);
  }
  const out: [ExcelJS.DataValidation, Rect[]][] = [...groups];
  return out.flatMap(([dv, cells]) => {
    cells.sort((a, b) => a.col - b.col || a.row - b.row);
    const runs: Rect[] = [];
    for (const c of cells) {
      const last = runs[runs.length - 1];
      if (last && last.col === c.col && last.cols === c.cols && last.row + last.rows === c.row) last.rows += c.rows;
      else runs.push({ ...c });
    }
    const merged: Rect[] = [];
    for (const r of runs) {
      const prev = merged.find((m) => m.row === r.row && m.rows === r.rows && m.col + m.cols === r.col);
      if (prev) prev.cols += r.cols;
      else merged.push(r);
    }
    return merged.map((r) => [dv, r] as [ExcelJS.DataValidation, Rect]);
  });
}

function validationFromXl(wb: WorkbookModel, dv: ExcelJS.DataValidation, rect: Rect): ValidationModel {
  const f = (x: unknown): string | number => (x instanceof Date ? dateToSerial(x) : typeof x === 'number' ? x : `=${String(x)}`);
  const formulae = (dv.formulae ?? []) as unknown[];
  let rule: ValidationRule = {};
  const basic = (): { formula1: string | number; formula2?: string | number; operator: string } => ({
    formula1: f(formulae[0]),
    ...(formulae.length > 1 ? { formula2: f(formulae[1]) } : {}),
    operator: OPERATOR_FROM_XL[dv.operator ?? 'between'] ?? 'Between',
  });
  if (dv.type === 'list') {
    const src = String(formulae[0] ?? '');
    rule = { list: { inCellDropDown: true, source: src.startsWith('"') ? src.slice(1, -1) : `=${src}` } };
  } else if (dv.type === 'custom') rule = { custom: { formula: `=${String(formulae[0] ?? '')}` } };
  else if (dv.type === 'whole') rule = { wholeNumber: basic() };
  else if (dv.type === 'decimal') rule = { decimal: basic() };
  else if (dv.type === 'date') rule = { date: basic() };
  else if (dv.type === 'textLength') rule = { textLength: basic() };
  const style = (dv.errorStyle ?? 'stop').toLowerCase();
  return {
    id: wb.newId(),
    rect,
    rule,
    prompt: { showPrompt: !!dv.showInputMessage, title: dv.promptTitle ?? '', message: dv.prompt ?? '' },
    errorAlert: { showAlert: !!dv.showErrorMessage, style: style === 'warning' ? 'Warning' : style === 'information' ? 'Information' : 'Stop', title: dv.errorTitle ?? '', message: dv.error ?? '' },
    ignoreBlanks: !!dv.allowBlank,
  };
}

function readSheet(wb: WorkbookModel, ws: ExcelJS.Worksheet): SheetModel {
  const sheet = wb.addSheet(ws.name);
  const m = sheet.meta;
  const grid = sheet.grid;
  m.visibility = ws.state === 'hidden' ? 'Hidden' : ws.state === 'veryHidden' ? 'VeryHidden' : 'Visible';
  m.tabColor = fromArgb((ws.properties?.tabColor as { argb?: string } | undefined)?.argb) ?? '';
  const view = ws.views?.[0] as { state?: string; xSplit?: number; ySplit?: number } | undefined;
  if (view?.state === 'frozen') {
    m.freezeRows = view.ySplit ?? 0;
    m.freezeCols = view.xSplit ?? 0;
  }
  m.orientation = ws.pageSetup?.orientation === 'landscape' ? 'Landscape' : 'Portrait';
  const scale = ws.pageSetup?.scale;
  m.printScale = typeof scale === 'number' && scale !== 100 ? scale : null;
  const pa = ws.pageSetup?.printArea?.split('&&')[0];
  if (pa) m.printArea = parseAddress(pa.replace(/\$/g, ''))?.rect ?? null;
  (ws.columns ?? []).forEach((col, i) => {
    if (col.width !== undefined && col.width !== null) grid.wcol(i).width = charsToPoints(col.width);
    if (col.hidden) grid.wcol(i).hidden = true;
  });
  const styleIds = new Map<string, number>();
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const r = rowNumber - 1;
    if (row.height !== undefined && row.height !== null && (row as unknown as { customHeight?: boolean }).customHeight !== false) grid.setRowHeight(r, row.height);
    if (row.hidden) grid.setRowHidden(r, true);
    row.eachCell({ includeEmpty: true }, (cell, colNumber) => {
      const c = colNumber - 1;
      const style = styleFromXl(cell);
      const key = JSON.stringify(style);
      let sid = styleIds.get(key);
      if (sid === undefined) styleIds.set(key, (sid = wb.styles.intern(style)));
      if (sid) grid.setStyle(r, c, sid);
      if (cell.isMerged && cell.master !== cell) return;
      if (cell.type === ExcelJS.ValueType.Formula && cell.formula) grid.setFormula(r, c, wb.intern(`=${stripXlfn(cell.formula)}`));
      else {
        const v = plainValue(cell.value);
        if (v !== null) grid.setValue(r, c, v);
      }
    });
  });
  const merges = (ws.model as unknown as { merges?: string[] }).merges ?? [];
  for (const mg of merges) {
    const rect = parseRect(mg);
    if (rect) m.merges.push(rect);
  }
  const wsx = ws as unknown as { tables?: Record<string, unknown>; dataValidations: { model: unknown }; conditionalFormattings?: unknown[] };
  for (const t of Object.values(wsx.tables ?? {})) {
    const tm = (t as unknown as { table?: Record<string, unknown>; model?: Record<string, unknown> }).table ?? (t as unknown as { model: Record<string, unknown> }).model;
    const rect = parseRect(String(tm.tableRef ?? tm.ref));
    if (!rect) continue;
    const style = (tm.style ?? {}) as Record<string, unknown>;
    const table: TableModel = {
      id: wb.newId(),
      name: String(tm.name),
      rect: tm.totalsRow ? { ...rect, rows: rect.rows - 1 } : rect,
      columns: ((tm.columns ?? []) as { name: string }[]).map((c) => ({ id: wb.newId(), name: String(c.name) })),
      style: String(style.theme ?? style.name ?? 'TableStyleMedium2'),
      showBandedRows: !!style.showRowStripes,
      showBandedColumns: !!style.showColumnStripes,
      showFilterButton: true,
      highlightFirstColumn: !!style.showFirstColumn,
      highlightLastColumn: !!style.showLastColumn,
    };
    m.tables.push(table);
    table.columns.forEach((_, j) => detectCalculated(sheet, table, j));
  }
  for (const [dv, rect] of groupValidations(wsx.dataValidations.model as Record<string, ExcelJS.DataValidation | undefined>)) {
    m.validations.push(validationFromXl(wb, dv, rect));
  }
  for (const cf of (wsx.conditionalFormattings ?? []) as ExcelJS.ConditionalFormattingOptions[]) {
    for (const rule of cf.rules) {
      if (rule.type !== 'expression') continue;
      const st = (rule as { style?: Partial<ExcelJS.Style> }).style ?? {};
      const fill = st.fill as { bgColor?: { argb?: string }; fgColor?: { argb?: string } } | undefined;
      for (const area of String(cf.ref).split(/\s+/)) {
        const rect = parseRect(area);
        if (!rect) continue;
        const model: CondFormatModel = {
          id: wb.newId(), rect, type: 'Custom', formula: `=${stripXlfn(String((rule as { formulae?: unknown[] }).formulae?.[0] ?? ''))}`,
          fill: fromArgb(fill?.bgColor?.argb ?? fill?.fgColor?.argb) ?? null,
          fontColor: fromArgb(st.font?.color?.argb) ?? null, bold: st.font?.bold ?? null, italic: st.font?.italic ?? null,
          priority: Math.max(0, ((rule as { priority?: number }).priority ?? 1) - 1), stopIfTrue: false,
        };
        m.condFormats.push(model);
      }
    }
  }
  return sheet;
}

function readChartNote(wb: WorkbookModel, ws: ExcelJS.Worksheet): boolean {
  const header = (ws.getRow(2).values as unknown[]).slice(1).map(String);
  if (CHART_NOTE_HEADERS.some((h, i) => header[i] !== h)) return false;
  ws.eachRow((row, n) => {
    if (n <= 2) return;
    const [sheetName, title, type, source, name] = (row.values as unknown[]).slice(1).map((v) => (v === undefined || v === null ? '' : String(v)));
    const sheet = wb.sheetByName(sheetName);
    const src = parseAddress(source);
    const srcSheet = src?.sheet !== undefined ? wb.sheetByName(src.sheet) : undefined;
    if (!sheet || !src || !srcSheet) return;
    sheet.meta.charts.push({
      id: wb.newId(), name: name || `Graphique ${sheet.meta.charts.length + 1}`, type, sourceSheetId: srcSheet.id, source: src.rect,
      seriesBy: 'Auto', title, legendVisible: true, legendPosition: 'Right', top: 0, left: 0, width: 360, height: 216,
    });
  });
  return true;
}

export async function readXlsx(wb: WorkbookModel, data: ArrayBuffer | Uint8Array): Promise<void> {
  const book = new ExcelJS.Workbook();
  const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
  await book.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  let note: ExcelJS.Worksheet | undefined;
  for (const ws of book.worksheets) {
    if (ws.name === CHART_NOTE_SHEET) note = ws;
    else readSheet(wb, ws);
  }
  if (note && !readChartNote(wb, note)) readSheet(wb, note);
  for (const dn of (book.definedNames.model ?? []) as { name: string; ranges: string[] }[]) {
    if (dn.name.startsWith('_xlnm.') || !dn.ranges?.length) continue;
    wb.meta.names.push({ name: dn.name, formula: `=${dn.ranges[0]}`, comment: '', visible: true });
  }
  const activeTab = (book.views?.[0] as { activeTab?: number } | undefined)?.activeTab ?? 0;
  const active = wb.sheets[activeTab] ?? wb.sheets[0];
  if (active) wb.meta.activeSheetId = active.id;
  wb.changed(true);
}
