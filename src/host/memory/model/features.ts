/** Data validation, conditional formats, charts, defined names, merges: the per-sheet features. */
import { columnIndex, intersect, sameRect, subtractRect, type Rect } from '../address';
import { fail } from '../errors';
import { DEFAULTS } from './styles';
import type { ChartModel, CondFormatModel, ValidationModel, ValidationRule } from './types';
import type { SheetModel, WorkbookModel } from './workbook-model';

export const DEFAULT_PROMPT = { showPrompt: true, title: '', message: '' };
export const DEFAULT_ALERT = { showAlert: true, style: 'Stop', title: '', message: '' };
const RULE_TYPES: Record<string, string> = {
  list: 'List', wholeNumber: 'WholeNumber', decimal: 'Decimal', date: 'Date', textLength: 'TextLength', custom: 'Custom', time: 'Time',
};

export function checkRule(rule: unknown): ValidationRule {
  if (!rule || typeof rule !== 'object') return fail('InvalidArgument', 'Règle de validation invalide.');
  const keys = Object.keys(rule).filter((k) => (rule as Record<string, unknown>)[k] !== undefined && (rule as Record<string, unknown>)[k] !== null);
  if (keys.length !== 1 || !RULE_TYPES[keys[0]]) fail('InvalidArgument', `Règle de validation invalide : ${keys.join(', ') || 'vide'}.`);
  const r = structuredClone(rule) as ValidationRule;
  if (r.list) {
    const src = r.list.source;
    if (typeof src !== 'string' || src === '') fail('InvalidArgument', 'Source de liste invalide.');
    if (!src.startsWith('=') && src.length > 255) fail('InvalidArgument', `Source de liste trop longue (${src.length} > 255 caractères).`);
    r.list = { inCellDropDown: r.list.inCellDropDown !== false, source: src };
  }
  return r;
}

export function ruleType(rule: ValidationRule | undefined): string {
  const k = rule ? Object.keys(rule)[0] : undefined;
  return k ? RULE_TYPES[k] : 'None';
}

function sameSettings(a: ValidationModel, b: ValidationModel): boolean {
  const strip = (v: ValidationModel): string => JSON.stringify({ ...v, id: 0, rect: null });
  return strip(a) === strip(b);
}

function coalesce(list: ValidationModel[], v: ValidationModel): ValidationModel[] {
  for (const o of list) {
    if (!sameSettings(o, v)) continue;
    const r = o.rect;
    const q = v.rect;
    if (r.col === q.col && r.cols === q.cols && (r.row + r.rows === q.row || q.row + q.rows === r.row)) {
      o.rect = { ...r, row: Math.min(r.row, q.row), rows: r.rows + q.rows };
      return list;
    }
  }
  list.push(v);
  return list;
}

type ValidationPatch = Partial<Pick<ValidationModel, 'rule' | 'prompt' | 'errorAlert' | 'ignoreBlanks'>>;

export function setValidation(wb: WorkbookModel, sheet: SheetModel, rect: Rect, patch: ValidationPatch): void {
  const m = sheet.meta;
  const topLeft = { row: rect.row, col: rect.col, rows: 1, cols: 1 };
  const base = m.validations.find((v) => intersect(v.rect, topLeft));
  const next: ValidationModel = {
    id: wb.newId(),
    rect,
    rule: base ? base.rule : {},
    prompt: base ? base.prompt : { ...DEFAULT_PROMPT },
    errorAlert: base ? base.errorAlert : { ...DEFAULT_ALERT },
    ignoreBlanks: base ? base.ignoreBlanks : true,
    ...structuredClone(patch),
  };
  if (base && sameRect(base.rect, rect)) {
    Object.assign(base, { ...next, id: base.id });
    wb.changed();
    return;
  }
  const kept: ValidationModel[] = [];
  for (const v of m.validations) {
    const parts = subtractRect(v.rect, rect);
    parts.forEach((p, i) => kept.push(i === 0 ? { ...v, rect: p } : { ...structuredClone(v), id: wb.newId(), rect: p }));
  }
  m.validations = coalesce(kept, next);
  wb.changed();
}

export function clearValidation(wb: WorkbookModel, sheet: SheetModel, rect: Rect): void {
  const kept: ValidationModel[] = [];
  for (const v of sheet.meta.validations) {
    subtractRect(v.rect, rect).forEach((p, i) => kept.push(i === 0 ? { ...v, rect: p } : { ...structuredClone(v), id: wb.newId(), rect: p }));
  }
  sheet.meta.validations = kept;
  wb.changed();
}

/** The validation of a range: the single one covering it, or `Inconsistent` / `None`. */
export function readValidation(sheet: SheetModel, rect: Rect): { type: string; v?: ValidationModel } {
  const hits = sheet.meta.validations.filter((v) => intersect(v.rect, rect));
  if (hits.length === 0) return { type: 'None' };
  const area = hits.reduce((s, v) => s + intersect(v.rect, rect)!.rows * intersect(v.rect, rect)!.cols, 0);
  const same = hits.every((v) => sameSettings(v, hits[0]));
  if (!same || area !== rect.rows * rect.cols) return { type: 'Inconsistent', v: hits[0] };
  return { type: ruleType(hits[0].rule), v: hits[0] };
}

export function addCondFormat(wb: WorkbookModel, sheet: SheetModel, rect: Rect, type: unknown): CondFormatModel {
  if (type !== 'Custom') fail('InvalidArgument', `Type de mise en forme conditionnelle non pris en charge par l'hôte mémoire : ${String(type)}.`);
  for (const cf of sheet.meta.condFormats) cf.priority++;
  const cf: CondFormatModel = {
    id: wb.newId(), rect, type: 'Custom', formula: '', fill: null, fontColor: null, bold: null, italic: null, priority: 0, stopIfTrue: false,
  };
  sheet.meta.condFormats.push(cf);
  wb.changed();
  return cf;
}

export function clearCondFormats(wb: WorkbookModel, sheet: SheetModel, rect: Rect): void {
  sheet.meta.condFormats = sheet.meta.condFormats.flatMap((cf) =>
    subtractRect(cf.rect, rect).map((p, i) => (i === 0 ? { ...cf, rect: p } : { ...cf, id: wb.newId(), rect: p })),
  );
  wb.changed();
}

export function columnWidth(sheet: SheetModel, c: number): number {
  return sheet.grid.col(c)?.width ?? DEFAULTS.columnWidth;
}

export function rowHeight(sheet: SheetModel, r: number): number {
  return sheet.grid.rowHeight.get(r) ?? DEFAULTS.rowHeight;
}

/** Top-left corner of a cell in points. */
export function cellPosition(sheet: SheetModel, row: number, col: number): { left: number; top: number } {
  let left = 0;
  for (let c = 0; c < col; c++) if (!sheet.grid.col(c)?.hidden) left += columnWidth(sheet, c);
  let top = 0;
  for (let r = 0; r < row; r++) if (!sheet.grid.rowHidden.has(r)) top += rowHeight(sheet, r);
  return { left, top };
}

export function addChart(wb: WorkbookModel, sheet: SheetModel, type: string, source: SheetModel, rect: Rect, seriesBy: string): ChartModel {
  const all = wb.sheets.flatMap((s) => s.meta.charts);
  let n = all.length + 1;
  while (sheet.meta.charts.some((c) => c.name === `Graphique ${n}`)) n++;
  const pos = cellPosition(sheet, rect.row, rect.col + rect.cols + 1);
  const chart: ChartModel = {
    id: wb.newId(), name: `Graphique ${n}`, type, sourceSheetId: source.id, source: rect, seriesBy: seriesBy || 'Auto',
    title: '', legendVisible: true, legendPosition: 'Right', top: pos.top, left: pos.left, width: 360, height: 216,
  };
  sheet.meta.charts.push(chart);
  wb.changed();
  return chart;
}

export function checkDefinedName(wb: WorkbookModel, name: unknown): string {
  if (typeof name !== 'string' || name === '' || name.length > 255 || !/^[\p{L}_\\][\p{L}\p{N}_.\\]*$/u.test(name)) {
    return fail('InvalidArgument', `Nom défini invalide : « ${String(name)} ».`);
  }
  const m = /^([A-Za-z]{1,3})\d+$/.exec(name);
  if ((m && columnIndex(m[1]) >= 0) || /^[RC]$/i.test(name) || /^R\d*C\d*$/i.test(name)) {
    return fail('InvalidArgument', `Nom défini invalide : « ${name} » ressemble à une référence de cellule.`);
  }
  if (wb.findName(name) || wb.findTable(name)) return fail('ItemAlreadyExists', `Le nom « ${name} » existe déjà.`);
  return name;
}

export function mergeCells(wb: WorkbookModel, sheet: SheetModel, rect: Rect, across: boolean): void {
  const parts = across ? Array.from({ length: rect.rows }, (_, i) => ({ ...rect, row: rect.row + i, rows: 1 })) : [rect];
  sheet.meta.merges = sheet.meta.merges.filter((m) => !intersect(m, rect));
  for (const p of parts) {
    if (p.rows * p.cols <= 1) continue;
    sheet.meta.merges.push(p);
    for (let r = p.row; r < p.row + p.rows; r++) {
      for (let c = p.col; c < p.col + p.cols; c++) if (r !== p.row || c !== p.col) sheet.grid.setValue(r, c, null);
    }
  }
  wb.changed();
}
