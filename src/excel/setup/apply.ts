/** Queues planned ops on a request context; syncs only between chunks of a write over the payload limit. */
import { PAYLOAD_LIMIT, filled } from '../util/payload';
import { opBytes, splitWrites, type FormatSpec, type Op } from './ops';

function applyFormat(range: Excel.Range, f: FormatSpec): void {
  // One value for the whole block (Office.js applies a single value to every cell).
  if (f.numberFormat !== undefined) range.numberFormat = f.numberFormat as unknown as string[][];
  if (f.fill !== undefined) range.format.fill.color = `#${f.fill}`;
  if (f.bold !== undefined) range.format.font.bold = f.bold;
  if (f.italic !== undefined) range.format.font.italic = f.italic;
  if (f.fontColor !== undefined) range.format.font.color = `#${f.fontColor}`;
  if (f.wrap !== undefined) range.format.wrapText = f.wrap;
  if (f.hAlign !== undefined) range.format.horizontalAlignment = f.hAlign;
  if (f.vAlign !== undefined) range.format.verticalAlignment = f.vAlign;
  if (f.rowHeight !== undefined) range.format.rowHeight = f.rowHeight;
}

function queue(context: Excel.RequestContext, op: Op): void {
  const sheets = context.workbook.worksheets;
  const block = (o: { sheet: string; row: number; col: number; rows: number; cols: number }): Excel.Range =>
    sheets.getItem(o.sheet).getRangeByIndexes(o.row, o.col, o.rows, o.cols);
  switch (op.t) {
    case 'addSheet': {
      const ws = sheets.add(op.sheet);
      if (op.tabColor) ws.tabColor = `#${op.tabColor}`;
      return;
    }
    case 'insertRows':
      sheets.getItem(op.sheet).getRangeByIndexes(op.row, 0, op.count, 1).getEntireRow().insert('Down');
      return;
    case 'insertColumns':
      sheets.getItem(op.sheet).getRangeByIndexes(0, op.col, 1, op.count).getEntireColumn().insert('Right');
      return;
    case 'write': {
      if (op.cells.length === 0 || op.cells[0].length === 0) return;
      const r = sheets.getItem(op.sheet).getRangeByIndexes(op.row, op.col, op.cells.length, op.cells[0].length);
      r.formulas = op.cells as Excel.Range['formulas'];
      return;
    }
    case 'fillWith':
      block(op).formulas = op.value as unknown as Excel.Range['formulas'];
      return;
    case 'format':
      applyFormat(block(op), op.format);
      return;
    case 'merge':
      block(op).merge(false);
      return;
    case 'columnWidth':
      sheets.getItem(op.sheet).getRangeByIndexes(0, op.col, 1, 1).format.columnWidth = op.width;
      return;
    case 'addTable': {
      const t = sheets.getItem(op.sheet).tables.add(block(op), true);
      t.name = op.name;
      t.style = op.style;
      t.showBandedRows = true;
      return;
    }
    case 'renameTable':
      context.workbook.tables.getItem(op.from).name = op.to;
      return;
    case 'addTableColumn':
      context.workbook.tables.getItem(op.table).columns.add(op.index, undefined, op.header);
      return;
    case 'addTableRows':
      context.workbook.tables.getItem(op.table).rows.add(op.index, filled(op.count, op.width, ''));
      return;
    case 'listValidation': {
      const dv = block(op).dataValidation;
      dv.clear();
      dv.rule = { list: { inCellDropDown: true, source: op.rule.source } };
      dv.prompt = { showPrompt: true, title: op.rule.promptTitle, message: op.rule.prompt };
      dv.errorAlert = { showAlert: true, style: 'Stop', title: op.rule.errorTitle, message: op.rule.error };
      return;
    }
    case 'addName':
      context.workbook.names.add(op.name, op.reference);
      return;
    case 'freeze': {
      const ws = sheets.getItem(op.sheet);
      ws.freezePanes.unfreeze();
      if (op.rows > 0 && op.cols > 0) ws.freezePanes.freezeAt(ws.getRangeByIndexes(0, 0, op.rows, op.cols));
      else if (op.rows > 0) ws.freezePanes.freezeRows(op.rows);
      else if (op.cols > 0) ws.freezePanes.freezeColumns(op.cols);
      return;
    }
    case 'deleteUp':
      block(op).delete('Up');
      return;
  }
}

/**
 * Queues every op and syncs once at the end; a batch that would pass the payload limit is synced
 * before it does (big writes are split in row slices first). `tail` queues more writes in the final
 * batch (the action's history rows); it returns the syncs it made itself. Returns the syncs made.
 */
export async function applyOps(
  context: Excel.RequestContext, ops: readonly Op[], limit = PAYLOAD_LIMIT, tail?: () => Promise<number>,
): Promise<number> {
  let syncs = 0;
  let bytes = 0;
  for (const op of splitWrites(ops, limit)) {
    const b = opBytes(op);
    if (bytes > 0 && bytes + b > limit) {
      await context.sync();
      syncs++;
      bytes = 0;
    }
    queue(context, op);
    bytes += b;
  }
  if (tail) syncs += await tail();
  if (bytes > 0 || tail) {
    await context.sync();
    syncs++;
  }
  return syncs;
}
