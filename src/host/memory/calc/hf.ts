/**
 * HyperFormula path: for formulas the compiler does not handle. Gathers the requested formula cells
 * and everything they depend on (transitively), builds ONE HyperFormula engine with only those cells
 * (structured references translated to A1, TRUE/FALSE as TRUE()/FALSE()), and caches the results.
 */
import { DetailedCellError, HyperFormula, type RawCellContent } from 'hyperformula';
import { quoteSheetName, rectAddress, type Rect } from '../address';
import { mapTokens } from '../formula/tokens';
import type { Raw } from '../model/grid';
import type { SheetModel, WorkbookModel } from '../model/workbook-model';
import type { CalcRequest } from './engine';
import { nameTarget, refRect, refSheet, resolveSRef, storedPart } from './resolve';
import { round15 } from './values';

export const HF_CONFIG = {
  licenseKey: 'gpl-v3',
  precisionRounding: 14,
  leapYear1900: true,
  nullDate: { year: 1899, month: 12, day: 31 },
  useArrayArithmetic: false,
} as const;

/** A1 text HyperFormula understands, for the formula of cell (row, col) of `owner`; fills `deps`. */
export function toHfFormula(wb: WorkbookModel, owner: SheetModel, formula: string, row: number, col: number, deps: CalcRequest[]): string {
  return mapTokens(formula, (t) => {
    if (t.type === 'ref' && t.ref) {
      const sheet = refSheet(wb, owner, t.ref);
      if (!sheet) return '#REF!';
      deps.push({ sheet, rect: refRect(t.ref) });
      return undefined;
    }
    if (t.type === 'sref' && t.sref) {
      const r = resolveSRef(wb, owner, row, col, t.sref);
      if (!r) return '#REF!';
      const body = { top: r.table.rect.row + 1, bottom: r.table.rect.row + r.table.rect.rows - 1 };
      if (r.thisRow && (row < body.top || row > body.bottom)) return '#VALUE!';
      const rect: Rect = r.thisRow ? { row, col: r.col, rows: 1, cols: r.cols } : { row: r.row, col: r.col, rows: r.rows, cols: r.cols };
      deps.push({ sheet: r.sheet, rect });
      return `${r.sheet !== owner ? `${quoteSheetName(r.sheet.name)}!` : ''}${rectAddress(rect, true)}`;
    }
    if (t.type === 'name' && !t.sheet) {
      const target = nameTarget(wb, t.text);
      if (target) deps.push(target);
      const tbl = !wb.findName(t.text) ? wb.findTable(t.text) : undefined;
      if (tbl) {
        const rect = { ...tbl.table.rect, row: tbl.table.rect.row + 1, rows: tbl.table.rect.rows - 1 };
        deps.push({ sheet: tbl.sheet, rect });
        return `${quoteSheetName(tbl.sheet.name)}!${rectAddress(rect, true)}`;
      }
      return undefined;
    }
    if (t.type === 'bool') return `${t.text.toUpperCase()}()`;
    if (t.type === 'func') return t.text.replace(/^_xlfn\.|^_xlws\./i, '');
    return undefined;
  });
}

function fromHf(v: unknown): Raw {
  if (v instanceof DetailedCellError) {
    if (v.value === '#CYCLE!') return 0;
    return v.value === '#ERROR!' || v.value === '#LIC!' ? '#VALUE!' : v.value;
  }
  if (v === null || v === undefined) return 0;
  if (typeof v === 'number') return round15(v);
  return v as Raw;
}

/** Evaluates the requested formula cells (and their precedents) with one engine; returns the cell count. */
export function evaluateWithHF(wb: WorkbookModel, calc: { isCurrent(s: SheetModel, r: number, c: number): boolean; store(s: SheetModel, r: number, c: number, v: Raw): void }, reqs: CalcRequest[]): number {
  const W = 16384;
  const cells = new Map<SheetModel, Map<number, RawCellContent>>();
  const formulas: [SheetModel, number, number][] = [];
  const put = (s: SheetModel, key: number, v: RawCellContent): void => {
    let m = cells.get(s);
    if (!m) cells.set(s, (m = new Map()));
    m.set(key, v);
  };
  const seen = new Set<string>();
  const queue: CalcRequest[] = [...reqs];
  for (const n of wb.meta.names) {
    const t = nameTarget(wb, n.name);
    if (t) queue.push(t);
  }
  while (queue.length) {
    const { sheet, rect } = queue.pop()!;
    const part = storedPart(sheet, rect);
    if (!part) continue;
    for (let c = part.col; c < part.col + part.cols; c++) {
      const col = sheet.grid.col(c);
      if (!col) continue;
      const end = Math.min(part.row + part.rows, col.length());
      for (let r = part.row; r < end; r++) {
        const key = r * W + c;
        const id = `${sheet.id}:${key}`;
        if (seen.has(id)) continue;
        seen.add(id);
        const f = col.f?.[r];
        if (f === undefined || calc.isCurrent(sheet, r, c)) {
          const v = col.v[r];
          if (v !== undefined && v !== null) put(sheet, key, v);
          continue;
        }
        const deps: CalcRequest[] = [];
        put(sheet, key, toHfFormula(wb, sheet, f, r, c, deps));
        formulas.push([sheet, r, c]);
        queue.push(...deps);
      }
    }
  }
  const sheets: Record<string, RawCellContent[][]> = {};
  for (const s of wb.sheets) {
    const rows: RawCellContent[][] = [];
    for (const [key, v] of cells.get(s) ?? []) {
      const r = Math.floor(key / W);
      const c = key % W;
      while (rows.length <= r) rows.push([]);
      rows[r][c] = v;
    }
    for (const row of rows) for (let c = 0; c < row.length; c++) if (row[c] === undefined) row[c] = null;
    sheets[s.name] = rows;
  }
  const names = wb.meta.names
    .filter((n) => /^[A-Za-z_][A-Za-z0-9_.]*$/.test(n.name))
    .map((n) => ({ name: n.name, expression: toHfFormula(wb, wb.sheets[0], n.formula, 0, 0, []) }));
  let hf: HyperFormula;
  try {
    hf = HyperFormula.buildFromSheets(sheets, HF_CONFIG, names);
  } catch {
    hf = HyperFormula.buildFromSheets(sheets, HF_CONFIG);
  }
  try {
    for (const [s, r, c] of formulas) {
      const id = hf.getSheetId(s.name)!;
      calc.store(s, r, c, fromHf(hf.getCellValue({ sheet: id, row: r, col: c })));
    }
  } finally {
    hf.destroy();
  }
  return formulas.length;
}
