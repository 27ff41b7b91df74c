/** Queuing the Tableaux_comparaisons writes (no sync here). */
import { applyFormat } from '../sheets/apply';
import { protectCells } from '../sheets/plan';
import type { ComparisonPlan } from './comparisons';

export function queueComparison(context: Excel.RequestContext, plan: ComparisonPlan): void {
  const sheets = context.workbook.worksheets;
  const ws = plan.create ? sheets.add(plan.sheet) : sheets.getItem(plan.sheet);
  for (const p of plan.patches) {
    const rows = p.values.length;
    const cols = p.values[0]?.length ?? 0;
    if (rows === 0 || cols === 0) continue;
    const r = ws.getRangeByIndexes(p.row, p.col, rows, cols);
    r.numberFormat = p.formats as string[][];
    r.values = protectCells(p.values, p.formats) as Excel.Range['values'];
  }
  for (const f of plan.styles) applyFormat(ws.getRangeByIndexes(f.row, f.col, f.rows, f.cols), f.format, f);
  for (const w of plan.columnWidths) ws.getRangeByIndexes(0, w.col, 1, 1).format.columnWidth = w.width;
}

/** Rough bytes of a comparison plan. */
export function comparisonBytes(plan: ComparisonPlan): number {
  let n = 2000 + plan.styles.length * 600;
  for (const p of plan.patches) {
    for (const row of p.values) for (const v of row) n += typeof v === 'string' ? v.length * 2 + 4 : 12;
    for (const row of p.formats) for (const f of row) n += f.length + 4;
  }
  return n;
}
