/**
 * The writes of an action, described as plain data so the planning is pure and testable without a
 * host; `applyOps` queues them on a request context in order (0-based indexes, sheet coordinates).
 */
import type { CellValue } from '../../domain/catalogue';
import type { CellFormat } from '../sheets/plan';

export type Cell = CellValue;

export interface Block {
  readonly sheet: string;
  readonly row: number;
  readonly col: number;
  readonly rows: number;
  readonly cols: number;
}

/**
 * The sheet plans' cell format (src/excel/sheets/plan.ts), less what `applyOps` does not apply: font
 * size, indent and borders. The number format is one value for the whole block.
 */
export type FormatSpec = Omit<CellFormat, 'size' | 'indent' | 'borders'>;

export interface ListRule {
  /** A range reference, `=Listes!$A$2:$A$7`: never an inline list. */
  readonly source: string;
  readonly promptTitle: string;
  readonly prompt: string;
  readonly errorTitle: string;
  readonly error: string;
}

export type Op =
  | { readonly t: 'addSheet'; readonly sheet: string; readonly tabColor?: string }
  /** Inserts whole rows above `row` (everything below moves down; Excel adjusts references). */
  | { readonly t: 'insertRows'; readonly sheet: string; readonly row: number; readonly count: number }
  /** Inserts whole columns before `col`. */
  | { readonly t: 'insertColumns'; readonly sheet: string; readonly col: number; readonly count: number }
  /** Writes cells through `formulas` (a string starting with = is a formula). */
  | { readonly t: 'write'; readonly sheet: string; readonly row: number; readonly col: number; readonly cells: readonly (readonly Cell[])[] }
  /** Writes one value or formula in every cell of the block. */
  | ({ readonly t: 'fillWith'; readonly value: Cell } & Block)
  | ({ readonly t: 'format'; readonly format: FormatSpec } & Block)
  | ({ readonly t: 'merge' } & Block)
  | { readonly t: 'columnWidth'; readonly sheet: string; readonly col: number; readonly width: number }
  | ({ readonly t: 'addTable'; readonly name: string; readonly style: string } & Block)
  | { readonly t: 'renameTable'; readonly from: string; readonly to: string }
  | { readonly t: 'addTableColumn'; readonly table: string; readonly index: number; readonly header: string }
  /** Inserts blank rows in a table's body at `index` (0 = first body row). */
  | { readonly t: 'addTableRows'; readonly table: string; readonly index: number; readonly count: number; readonly width: number }
  | ({ readonly t: 'listValidation'; readonly rule: ListRule } & Block)
  | { readonly t: 'addName'; readonly name: string; readonly reference: string }
  | { readonly t: 'freeze'; readonly sheet: string; readonly rows: number; readonly cols: number }
  /** Deletes cells, shifting the cells below up (a table row when the block is one). */
  | ({ readonly t: 'deleteUp' } & Block);

/** Rough size in bytes of what an op sends (for chunking writes over ~4 MB). */
export function opBytes(op: Op): number {
  if (op.t === 'write') {
    let n = 0;
    for (const row of op.cells) for (const c of row) n += typeof c === 'string' ? c.length + 4 : 10;
    return n + 50;
  }
  if (op.t === 'fillWith') return String(op.value).length + 200;
  return 200;
}

/** Splits big writes in row slices of at most `maxBytes` each, so a chunk can be synced on its own. */
export function splitWrites(ops: readonly Op[], maxBytes: number): Op[] {
  const out: Op[] = [];
  for (const op of ops) {
    if (op.t !== 'write' || opBytes(op) <= maxBytes || op.cells.length <= 1) {
      out.push(op);
      continue;
    }
    let start = 0;
    let bytes = 0;
    for (let i = 0; i < op.cells.length; i++) {
      const b = opBytes({ ...op, cells: [op.cells[i]] });
      if (bytes + b > maxBytes && i > start) {
        out.push({ ...op, row: op.row + start, cells: op.cells.slice(start, i) });
        start = i;
        bytes = 0;
      }
      bytes += b;
    }
    out.push({ ...op, row: op.row + start, cells: op.cells.slice(start) });
  }
  return out;
}
