/** Cell-level reads and writes with Excel's input rules (2-D shape, scalar fill, typing of strings). */
import { intersect, isWholeColumns, isWholeRows, type Rect } from '../address';
import { fail } from '../errors';
import { normalizeStructuredRefs } from '../formula/rewrite';
import type { Raw } from './grid';
import { type CellStyle, type StylePatch } from './styles';
import type { TableModel } from './types';
import { afterCellWrite } from './tables';
import type { SheetModel, WorkbookModel } from './workbook-model';

const NUMERIC = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?%?$/;

/** Clamps whole-column / whole-row rects to the area in use (formats are stored per cell). */
export function clampToUse(sheet: SheetModel, rect: Rect): Rect {
  if (!isWholeColumns(rect) && !isWholeRows(rect)) return rect;
  const used = sheet.grid.usedRect(false);
  if (!used) return { ...rect, rows: isWholeColumns(rect) ? 1 : rect.rows, cols: isWholeRows(rect) ? 1 : rect.cols };
  const bound = { row: 0, col: 0, rows: used.row + used.rows, cols: used.col + used.cols };
  return intersect(rect, bound) ?? { ...rect, rows: 1, cols: 1 };
}

/** Accessor for a 2-D input or a scalar applied to every cell; InvalidArgument when shapes differ. */
export function matrixAccessor(input: unknown, rect: Rect, what: string): (r: number, c: number) => unknown {
  if (!Array.isArray(input)) return () => input;
  const ok = input.length === rect.rows && input.every((row) => Array.isArray(row) && row.length === rect.cols);
  if (!ok) {
    const got = `${input.length}x${Array.isArray(input[0]) ? (input[0] as unknown[]).length : '?'}`;
    fail('InvalidArgument', `Les dimensions de ${what} (${got}) ne correspondent pas à la plage (${rect.rows}x${rect.cols}).`);
  }
  return (r, c) => (input as unknown[][])[r][c];
}

/** How Excel stores a typed/written input: formula, or a constant after parsing numbers and booleans. */
export function parseInput(v: unknown, textFormat: boolean): { formula: string } | { value: Raw } {
  if (typeof v === 'number') {
    if (!Number.isFinite(v)) fail('InvalidArgument', `Valeur numérique invalide : ${v}.`);
    return { value: v };
  }
  if (typeof v === 'boolean') return { value: v };
  if (typeof v !== 'string') return fail('InvalidArgument', `Type de valeur non accepté : ${Object.prototype.toString.call(v)}.`);
  if (v === '') return { value: null };
  if (v.length > 32767) fail('InvalidArgument', 'Une cellule contient au plus 32 767 caractères.');
  if (v.startsWith('=') && v.length > 1 && !textFormat) return { formula: v };
  if (v.startsWith("'")) return { value: v.slice(1) === '' ? null : v.slice(1) };
  if (textFormat) return { value: v };
  if (NUMERIC.test(v)) {
    const pct = v.endsWith('%');
    const n = Number(pct ? v.slice(0, -1) : v);
    return { value: pct ? n / 100 : n };
  }
  const up = v.toUpperCase();
  if (up === 'TRUE' || up === 'FALSE') return { value: up === 'TRUE' };
  return { value: v };
}

/** Writes `values` / `formulas` (they behave the same way on write); `null` items leave cells unchanged. */
export function writeCells(wb: WorkbookModel, sheet: SheetModel, rect: Rect, input: unknown, what: string): void {
  const at = matrixAccessor(input, rect, what);
  if (!Array.isArray(input) && (isWholeColumns(rect) || isWholeRows(rect))) rect = clampToUse(sheet, rect);
  const grid = sheet.grid;
  const tables = sheet.meta.tables.filter((t) => intersect(t.rect, rect));
  const memos = new Map<string, Map<string, string>>();
  const inBody = (t: TableModel, r: number, c: number): boolean =>
    r > t.rect.row && r < t.rect.row + t.rect.rows && c >= t.rect.col && c < t.rect.col + t.rect.cols;
  let own: TableModel | undefined;
  for (let j = 0; j < rect.cols; j++) {
    const c = rect.col + j;
    for (let i = 0; i < rect.rows; i++) {
      const v = at(i, j);
      if (v === null || v === undefined) continue;
      const r = rect.row + i;
      const sid = grid.styleId(r, c);
      const parsed = parseInput(v, sid !== 0 && wb.styles.get(sid).numberFormat === '@');
      if ('formula' in parsed) {
        if (!own || !inBody(own, r, c)) own = tables.find((t) => inBody(t, r, c));
        const name = own ? own.name : '';
        let memo = memos.get(name);
        if (!memo) memos.set(name, (memo = new Map()));
        let f = memo.get(parsed.formula);
        if (f === undefined) {
          f = wb.intern(normalizeStructuredRefs(parsed.formula, own?.name));
          memo.set(parsed.formula, f);
        }
        grid.setFormula(r, c, f);
      } else grid.setValue(r, c, parsed.value);
    }
  }
  wb.changed();
  afterCellWrite(wb, sheet, rect);
}

/** `range.formulas`: formula text for formula cells, the constant otherwise, `""` for blanks. */
export function readFormulas(sheet: SheetModel, rect: Rect): (string | number | boolean)[][] {
  const grid = sheet.grid;
  const out: (string | number | boolean)[][] = [];
  for (let i = 0; i < rect.rows; i++) {
    const row: (string | number | boolean)[] = new Array(rect.cols);
    for (let j = 0; j < rect.cols; j++) {
      const r = rect.row + i;
      const c = rect.col + j;
      const f = grid.formula(r, c);
      row[j] = f !== undefined ? f : (grid.raw(r, c) ?? '');
    }
    out.push(row);
  }
  return out;
}

export function readStyleMatrix<T>(wb: WorkbookModel, sheet: SheetModel, rect: Rect, pick: (s: CellStyle) => T): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rect.rows; i++) {
    const row: T[] = new Array(rect.cols);
    for (let j = 0; j < rect.cols; j++) row[j] = pick(wb.styles.get(sheet.grid.styleId(rect.row + i, rect.col + j)));
    out.push(row);
  }
  return out;
}

/** The common value of a format over the range, or `null` when cells differ (Excel's rule). */
export function uniformStyle<T>(wb: WorkbookModel, sheet: SheetModel, rect: Rect, pick: (s: CellStyle) => T): T | null {
  const r0 = clampToUse(sheet, rect);
  let first = true;
  let seen: T | null = null;
  const ids = new Set<number>();
  for (let j = 0; j < r0.cols; j++) {
    for (let i = 0; i < r0.rows; i++) {
      const id = sheet.grid.styleId(r0.row + i, r0.col + j);
      if (ids.has(id)) continue;
      ids.add(id);
      const v = pick(wb.styles.get(id));
      if (first) {
        seen = v;
        first = false;
      } else if (JSON.stringify(v) !== JSON.stringify(seen)) return null;
    }
  }
  return seen;
}

/** Applies the same format change to every cell of the rect (or a per-cell one for matrices). */
export function patchStyle(wb: WorkbookModel, sheet: SheetModel, rect: Rect, patch: StylePatch | ((r: number, c: number) => StylePatch | null)): void {
  const r0 = clampToUse(sheet, rect);
  const key = typeof patch === 'function' ? '' : JSON.stringify(patch);
  for (let j = 0; j < r0.cols; j++) {
    for (let i = 0; i < r0.rows; i++) {
      const r = r0.row + i;
      const c = r0.col + j;
      const p = typeof patch === 'function' ? patch(i, j) : patch;
      if (!p) continue;
      const id = sheet.grid.styleId(r, c);
      sheet.grid.setStyle(r, c, wb.styles.patch(id, p, typeof patch === 'function' ? undefined : key));
    }
  }
  wb.changed();
}

export function writeNumberFormat(wb: WorkbookModel, sheet: SheetModel, rect: Rect, input: unknown): void {
  const at = matrixAccessor(input, rect, 'numberFormat');
  patchStyle(wb, sheet, rect, (i, j) => {
    const v = at(i, j);
    if (v === null || v === undefined) return null;
    if (typeof v !== 'string') fail('InvalidArgument', `Format de nombre invalide : ${String(v)}.`);
    return { numberFormat: v === 'General' ? undefined : v };
  });
}

export function clearRange(wb: WorkbookModel, sheet: SheetModel, rect: Rect, applyTo: string): void {
  const r0 = clampToUse(sheet, rect);
  const contents = applyTo === 'All' || applyTo === 'Contents' || applyTo === 'ResetContents';
  const formats = applyTo === 'All' || applyTo === 'Formats';
  if (!contents && !formats && applyTo !== 'Hyperlinks' && applyTo !== 'RemoveHyperlinks') {
    fail('InvalidArgument', `Valeur de clear() invalide : ${applyTo}.`);
  }
  for (let j = 0; j < r0.cols; j++) {
    if (!sheet.grid.col(r0.col + j)) continue;
    for (let i = 0; i < r0.rows; i++) {
      if (contents) sheet.grid.setValue(r0.row + i, r0.col + j, null);
      if (formats) sheet.grid.setStyle(r0.row + i, r0.col + j, 0);
    }
  }
  wb.changed();
  if (contents) afterCellWrite(wb, sheet, r0);
}
