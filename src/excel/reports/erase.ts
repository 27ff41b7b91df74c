/** « Efface dernier tri »: clears the last block (column pair) of Tableaux_comparaisons, nothing else. 3 syncs. */
import { findSheetName } from '../workbook/sheets';
import { COMPARISON_SHEET, lastBlockRect } from './comparisons';
import { ReportError } from './errors';
import { gridOf, queueUsedValues } from './read';

export interface EraseResult {
  /** Population label of the erased block. */
  readonly label: string;
  /** Blocks left. */
  readonly remaining: number;
  /** A1 address of the cleared columns. */
  readonly address: string;
}

function nothing(): ReportError {
  return new ReportError(
    'NothingToErase',
    `Aucun tri à effacer : la feuille « ${COMPARISON_SHEET} » ne contient aucun tableau de comparaison. Lancez d'abord un traitement.`,
  );
}

export async function eraseLastComparison(context: Excel.RequestContext): Promise<EraseResult> {
  const sheets = context.workbook.worksheets;
  sheets.load('items/name');
  await context.sync();
  const name = findSheetName(sheets.items.map((s) => s.name), COMPARISON_SHEET);
  if (!name) throw nothing();
  const ws = sheets.getItem(name);
  const used = queueUsedValues(ws);
  await context.sync();
  const rect = lastBlockRect(gridOf(used));
  if (!rect) throw nothing();
  const range = ws.getRangeByIndexes(rect.row, rect.col, rect.rows, rect.cols);
  range.clear('All');
  range.load('address');
  await context.sync();
  return { label: rect.label, remaining: rect.index, address: range.address };
}
