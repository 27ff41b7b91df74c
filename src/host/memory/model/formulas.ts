/** Workbook-wide formula rewrites (cells, validations, conditional formats, names), memoised per text. */
import type { ShiftOp } from '../formula/rewrite';
import { renameColumnInFormula, renameSheetInFormula, renameTableInFormula, shiftFormula } from '../formula/rewrite';
import type { SheetModel, WorkbookModel } from './workbook-model';

type Rewriter = (formula: string, owner: SheetModel | null) => string;

function rewriteValidationFormula(v: unknown, owner: SheetModel, fn: Rewriter): unknown {
  return typeof v === 'string' && v.startsWith('=') ? fn(v, owner) : v;
}

export function rewriteAll(wb: WorkbookModel, fn: Rewriter): void {
  const memos = new Map<string, Map<string, string>>();
  const apply = (formula: string, owner: SheetModel | null): string => {
    const id = owner ? owner.id : '';
    let memo = memos.get(id);
    if (!memo) memos.set(id, (memo = new Map()));
    let out = memo.get(formula);
    if (out === undefined) {
      out = fn(formula, owner);
      memo.set(formula, out);
    }
    return out;
  };
  for (const sheet of wb.sheets) {
    const grid = sheet.grid;
    grid.cols.forEach((col, c) => {
      if (!col || !col.f) return;
      const changes: [number, string][] = [];
      const f = col.f;
      for (let r = 0; r < f.length; r++) {
        const text = f[r];
        if (text === undefined) continue;
        const next = apply(text, sheet);
        if (next !== text) changes.push([r, next]);
      }
      if (changes.length === 0) return;
      const w = grid.wcol(c);
      for (const [r, next] of changes) w.f![r] = wb.intern(next);
      w.ce = null;
    });
    for (const v of sheet.meta.validations) {
      const rule = v.rule;
      if (rule.list) rule.list.source = rewriteValidationFormula(rule.list.source, sheet, apply) as string;
      if (rule.custom) rule.custom.formula = apply(rule.custom.formula, sheet);
      for (const k of ['wholeNumber', 'decimal', 'date', 'textLength'] as const) {
        const b = rule[k];
        if (!b) continue;
        b.formula1 = rewriteValidationFormula(b.formula1, sheet, apply) as string | number;
        if (b.formula2 !== undefined) b.formula2 = rewriteValidationFormula(b.formula2, sheet, apply) as string | number;
      }
    }
    for (const cf of sheet.meta.condFormats) cf.formula = apply(cf.formula, sheet);
    for (const t of sheet.meta.tables) for (const col of t.columns) if (col.formula) col.formula = apply(col.formula, sheet);
  }
  for (const n of wb.meta.names) n.formula = apply(n.formula, null);
  wb.changed(true);
}

export function shiftAllFormulas(wb: WorkbookModel, target: SheetModel, op: ShiftOp): void {
  rewriteAll(wb, (f, owner) => (f.includes('!') || owner === target ? shiftFormula(f, owner ? owner.name : null, target.name, op) : f));
}

export function renameSheetEverywhere(wb: WorkbookModel, from: string, to: string | null): void {
  rewriteAll(wb, (f) => (f.includes('!') ? renameSheetInFormula(f, from, to) : f));
}

export function renameTableEverywhere(wb: WorkbookModel, from: string, to: string): void {
  rewriteAll(wb, (f) => (f.toUpperCase().includes(from.toUpperCase()) ? renameTableInFormula(f, from, to) : f));
}

export function renameColumnEverywhere(wb: WorkbookModel, table: string, from: string, to: string): void {
  rewriteAll(wb, (f) => (f.includes('[') ? renameColumnInFormula(f, table, from, to) : f));
}
