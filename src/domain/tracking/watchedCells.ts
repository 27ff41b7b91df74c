/**
 * The watch cache: the last known value of each watched cell, keyed by household (row key ×
 * column key), so that a change Excel reports without its old value (a multi-cell paste, a fill, a
 * clear of a block) is still logged old → new in the history.
 *
 * Decisions of this module:
 * - Cells are kept by row key (`${householdId}/${requestNo}`, see fingerprint.ts), not by row number:
 *   after a sort, an insertion or a deletion the Excel layer calls `relocate` with the identity columns
 *   only (cheap) instead of reloading every value. Duplicate keys get `#2`, `#3`… in row order.
 * - An old value given with the change (Excel's single-cell event) wins over the cache; otherwise the
 *   cache gives it; a cell never seen was blank (a new row).
 * - The household of an entry is the one *after* the change: changing the N° d'identification moves
 *   the row's cells to its new key, and the entry of that change shows the old number → new number.
 * - `update` returns entries only for real changes (old ≠ new) and always stores the new values.
 */
import type { CellValue } from '../catalogue/types';
import { rowKeyOf, uniqueKeys } from './fingerprint';
import {
  entriesFromCellChanges,
  type CellChange,
  type EntryContext,
  type HistoryEntry,
  type HouseholdIdentity,
  type Identifier,
} from './history';

type Value = CellValue | null;

export interface WatchedRow {
  readonly row: number;
  /** Cell values keyed by column key (catalogue keys, 'custom:…' keys), householdId and requestNo included. */
  readonly values: Readonly<Record<string, Value | undefined>>;
}

export interface RowIdentity extends HouseholdIdentity {
  readonly row: number;
}

export type WatchContext = Omit<EntryContext, 'householdOf'>;

const identifier = (v: Value | undefined): Identifier =>
  typeof v === 'boolean' ? (v ? 'VRAI' : 'FAUX') : v === '' || v === undefined ? null : v;
const cellKey = (ch: CellChange): string => (ch.columnKey !== undefined ? ch.columnKey : ch.customKey);

export class WatchedCells {
  private readonly cells = new Map<string, Map<string, Value>>();
  private readonly keyOfRow = new Map<number, string>();
  private readonly rowOfKey = new Map<string, number>();

  /** Forgets everything and keeps the given rows (e.g. the whole table read when the add-in opens). */
  seed(rows: readonly WatchedRow[]): void {
    this.cells.clear();
    this.keyOfRow.clear();
    this.rowOfKey.clear();
    const ordered = [...rows].sort((a, b) => a.row - b.row);
    const keys = uniqueKeys(ordered.map((r) => rowKeyOf(r.values.householdId, r.values.requestNo)));
    ordered.forEach((r, i) => {
      const m = new Map<string, Value>();
      for (const [k, v] of Object.entries(r.values)) if (v !== undefined) m.set(k, v);
      this.cells.set(keys[i], m);
      this.link(r.row, keys[i]);
    });
  }

  /**
   * After rows moved (sort, insertion, deletion): the identity columns of every row, read again. Cells
   * stay with their household; rows whose key is not in the cache start blank; keys no longer present
   * are dropped.
   */
  relocate(rows: readonly RowIdentity[]): void {
    const ordered = [...rows].sort((a, b) => a.row - b.row);
    const keys = uniqueKeys(ordered.map((r) => rowKeyOf(r.householdId, r.requestNo)));
    this.keyOfRow.clear();
    this.rowOfKey.clear();
    ordered.forEach((r, i) => this.link(r.row, keys[i]));
    for (const k of [...this.cells.keys()]) if (!this.rowOfKey.has(k)) this.cells.delete(k);
  }

  /** Last known value of a cell (undefined when never seen). */
  get(rowKey: string, key: string): Value | undefined {
    return this.cells.get(rowKey)?.get(key);
  }

  /** Row key of a worksheet row (undefined when unknown). */
  keyOf(row: number): string | undefined {
    return this.keyOfRow.get(row);
  }

  get rowCount(): number {
    return this.cells.size;
  }

  /**
   * Logs a batch of changes (one Excel event) and remembers the new values. Old values come from the
   * change when Excel gave one, else from the cache.
   */
  update(changes: readonly CellChange[], context: WatchContext): HistoryEntry[] {
    const resolved: CellChange[] = [];
    const working = new Map<number, { oldKey: string | undefined; next: Map<string, Value> }>();
    for (const ch of changes) {
      let w = working.get(ch.row);
      if (!w) {
        const oldKey = this.keyOfRow.get(ch.row);
        w = { oldKey, next: new Map(oldKey === undefined ? [] : (this.cells.get(oldKey) ?? [])) };
        working.set(ch.row, w);
      }
      const k = cellKey(ch);
      resolved.push({ ...ch, before: ch.before !== undefined ? ch.before : (w.next.get(k) ?? null) });
      w.next.set(k, ch.after);
    }
    const identities = new Map<number, HouseholdIdentity>();
    for (const [row, w] of working) {
      const identity: HouseholdIdentity = {
        householdId: identifier(w.next.get('householdId')),
        requestNo: identifier(w.next.get('requestNo')),
      };
      identities.set(row, identity);
      this.store(row, w.oldKey, rowKeyOf(identity.householdId, identity.requestNo), w.next);
    }
    return entriesFromCellChanges(resolved, { ...context, householdOf: (row) => identities.get(row) });
  }

  private store(row: number, oldKey: string | undefined, baseKey: string, values: Map<string, Value>): void {
    if (oldKey !== undefined) {
      this.cells.delete(oldKey);
      this.rowOfKey.delete(oldKey);
    }
    let key = baseKey;
    for (let n = 2; this.rowOfKey.has(key) && this.rowOfKey.get(key) !== row; n += 1) key = `${baseKey}#${n}`;
    this.cells.set(key, values);
    this.link(row, key);
  }

  private link(row: number, key: string): void {
    this.keyOfRow.set(row, key);
    this.rowOfKey.set(key, row);
  }
}
