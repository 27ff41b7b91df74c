/**
 * HyperFormula path: for formulas the compiler does not handle. Gathers the requested formula cells
 * and everything they depend on (transitively), builds ONE HyperFormula engine with only those cells
 * (structured references translated to A1, TRUE/FALSE as TRUE()/FALSE()), and caches the results.
 */
import { DetailedCellError, HyperFormula, type RawCellContent } from 'hyperformula';
import { quoteSheetName, rectAddress, type Rect } from '../address';
import { tokenize } from '../formula/tokens';
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

type Part = string | ((row: number, deps: CalcRequest[]) => string);

/** The formula cut into text and row-dependent parts (structured "this row" references), built once per text. */
function plan(wb: WorkbookModel, owner: SheetModel, formula: string, anchorRow: number, anchorCol: number): Part[] {
  const parts: Part[] = [];
  const text = formula.startsWith('=') ? formula.slice(1) : formula;
  for (const t of tokenize(text)) {
    if (t.type === 'ref' && t.ref) {
      const sheet = refSheet(wb, owner, t.ref);
      if (!sheet) {
        parts.push('#REF!');
        continue;
      }
      const dep = { sheet, rect: refRect(t.ref) };
      const txt = t.text;
      parts.push((_row, deps) => (deps.push(dep), txt));
    } else if (t.type === 'sref' && t.sref) {
      const r = resolveSRef(wb, owner, anchorRow, anchorCol, t.sref);
      if (!r) {
        parts.push('#REF!');
        continue;
      }
      const prefix = r.sheet !== owner ? `${quoteSheetName(r.sheet.name)}!` : '';
      if (!r.thisRow) {
        const dep = { sheet: r.sheet, rect: { row: r.row, col: r.col, rows: r.rows, cols: r.cols } };
        const txt = prefix + rectAddress(dep.rect, true);
        parts.push((_row, deps) => (deps.push(dep), txt));
        continue;
      }
      const top = r.table.rect.row + 1;
      const bottom = r.table.rect.row + r.table.rect.rows - 1;
      parts.push((row, deps) => {
        if (row < top || row > bottom) return '#VALUE!';
        const rect: Rect = { row, col: r.col, rows: 1, cols: r.cols };
        deps.push({ sheet: r.sheet, rect });
        // relative A1 (same R1C1 shape on every row): HyperFormula parses it once
        return prefix + rectAddress(rect, false);
      });
    } else if (t.type === 'name' && !t.sheet) {
      const target = nameTarget(wb, t.text);
      const tbl = !wb.findName(t.text) ? wb.findTable(t.text) : undefined;
      if (tbl) {
        const rect = { ...tbl.table.rect, row: tbl.table.rect.row + 1, rows: tbl.table.rect.rows - 1 };
        const txt = `${quoteSheetName(tbl.sheet.name)}!${rectAddress(rect, true)}`;
        parts.push((_row, deps) => (deps.push({ sheet: tbl.sheet, rect }), txt));
      } else if (target) {
        const txt = t.text;
        parts.push((_row, deps) => (deps.push(target), txt));
      } else parts.push(t.text);
    } else if (t.type === 'bool') parts.push(`${t.text.toUpperCase()}()`);
    else if (t.type === 'func') parts.push(t.text.replace(/^_xlfn\.|^_xlws\./i, ''));
    else parts.push(t.text);
  }
  return parts;
}

function render(parts: Part[], row: number, deps: CalcRequest[]): string {
  let out = '=';
  for (const p of parts) out += typeof p === 'string' ? p : p(row, deps);
  return out;
}

/** A1 text HyperFormula understands, for the formula of cell (row, col) of `owner`; fills `deps`. */
export function toHfFormula(wb: WorkbookModel, owner: SheetModel, formula: string, row: number, col: number, deps: CalcRequest[]): string {
  return render(plan(wb, owner, formula, row, col), row, deps);
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
  const seen = new Map<SheetModel, Set<number>>();
  const plans = new Map<string, Part[]>();
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
        let done = seen.get(sheet);
        if (!done) seen.set(sheet, (done = new Set()));
        if (done.has(key)) continue;
        done.add(key);
        const f = col.f?.[r];
        if (f === undefined || calc.isCurrent(sheet, r, c)) {
          const v = col.v[r];
          if (v !== undefined && v !== null) put(sheet, key, v);
          continue;
        }
        const deps: CalcRequest[] = [];
        const pk = `${sheet.id}\u0000${c}\u0000${f}`;
        let p = plans.get(pk);
        if (!p) plans.set(pk, (p = plan(wb, sheet, f, r, c)));
        put(sheet, key, render(p, r, deps));
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
