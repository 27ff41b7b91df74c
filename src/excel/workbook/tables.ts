/** Excel tables by name, else the one whose headers are the catalogue's (a user's own table under another name). */
import type { CellValue } from '../../domain/catalogue';
import { countMatches, type HeaderMatcher } from './headers';
import { queueUsedRange } from './sheets';

export interface TableProxies {
  readonly name: string;
  readonly range: Excel.Range;
  readonly header: Excel.Range;
  readonly sheet: Excel.Worksheet;
  readonly used: Excel.Range;
}

/** Queues a table's position, headers, sheet name and that sheet's used range. */
export function queueTable(wb: Excel.Workbook, name: string): TableProxies {
  const t = wb.tables.getItem(name);
  const sheet = t.worksheet.load('name');
  return {
    name,
    range: t.getRange().load('rowIndex,columnIndex,rowCount,columnCount'),
    header: t.getHeaderRowRange().load('values'),
    sheet,
    used: queueUsedRange(sheet),
  };
}

export function headersOf(p: TableProxies): string[] {
  return (p.header.values[0] as CellValue[]).map((v) => String(v ?? '').trim());
}

/**
 * The table with the most catalogue headers (at least `min`), once their headers are loaded; only
 * tables on `sheet` when given (an export or result table elsewhere is never the source).
 */
export function pickByHeaders(tables: readonly TableProxies[], match: HeaderMatcher, sheet: string | null, min = 3): TableProxies | null {
  let best: TableProxies | null = null;
  let bestCount = min - 1;
  for (const t of tables) {
    if (sheet !== null && t.sheet.name.toLowerCase() !== sheet.toLowerCase()) continue;
    const n = countMatches(headersOf(t), match);
    if (n > bestCount) {
      best = t;
      bestCount = n;
    }
  }
  return best;
}

/**
 * Queues the table named `wanted` (case-insensitive), or every other table (but `exclude`) so the
 * caller can pick one by its headers after the sync.
 */
export function queueCandidates(wb: Excel.Workbook, tableNames: readonly string[], wanted: string, exclude: readonly string[]): {
  named: TableProxies | null;
  others: TableProxies[];
} {
  const exact = tableNames.find((t) => t.toLowerCase() === wanted.toLowerCase());
  if (exact) return { named: queueTable(wb, exact), others: [] };
  const skip = new Set(exclude.map((e) => e.toLowerCase()));
  return { named: null, others: tableNames.filter((t) => !skip.has(t.toLowerCase())).map((t) => queueTable(wb, t)) };
}
