/**
 * The tracker behind `startTracking` (watch.ts): the watch cache, the fingerprints, and the handling of
 * one change event or of the result of one of the add-in's own actions.
 *
 * Own writes (decisions, see also ownWrites.ts):
 * - An event with `triggerSource: 'ThisLocalAddin'` (ExcelApi 1.14, feature-detected: the manifest asks
 *   1.13) is the add-in's own write: never logged. Its cells known from an action's result need nothing
 *   more; other cells are read and taken into the cache silently; a structural one re-reads the table
 *   silently (nothing to do when the table was re-read since the last user change).
 * - Without `triggerSource` (ExcelApi 1.13), the results of the own actions are applied to the cache
 *   before the events that follow, and a cell whose value is already the cache's logs nothing, even when
 *   Excel gives another « value before » (the event of the add-in's single-cell write): a user's change
 *   over the action's value still logs the action's value as the old one.
 * - Applying a result: the cells written take their new values in the cache, the fingerprints of their
 *   rows follow, and RIME_empreintes is written again unless the action stored them itself; a structural
 *   result re-reads the table and stores the fingerprints of what it finds (the tracker was in step).
 */
import type { CellValue } from '../../domain/catalogue';
import {
  sameValue,
  WatchedCells,
  type CellChange,
  type Fingerprint,
  type HistoryAction,
  type HistoryEntry,
} from '../../domain/tracking';
import { readHouseholds, type HouseholdsRead } from '../workbook/read';
import { atOf, queueNames, sheetOf, type Moment } from './common';
import { eventRect, type ChangeEvent } from './events';
import { FINGERPRINT_SHEET, fingerprintRaw, identityOfKey, isInputKey, queueFingerprintWrite, rawFingerprint } from './fingerprints';
import { queueHistoryAppend, queueHistoryState } from './history';
import type { OwnWriteResult } from './ownWrites';

export interface TrackerOptions {
  readonly who: string;
  readonly now?: () => Moment;
}

const blank = (v: unknown): boolean => v === null || v === undefined || v === '';
const OWN = 'ThisLocalAddin';

export class Tracker {
  readonly cache = new WatchedCells();
  fingerprints = new Map<string, Fingerprint>();
  logged = 0;
  private read!: HouseholdsRead;
  private keyOfCol = new Map<number, string>();
  private custom = new Set<string>();
  private lastRow = 0;
  /** Results of own actions not applied yet. */
  private readonly pending: OwnWriteResult[] = [];
  /** Cells (`row:key`) written by an own action whose own event has not come yet, with their new values. */
  private readonly ownCells = new Map<string, CellValue>();
  /** The table was re-read after the last user change: own events have nothing to add. */
  private fresh = false;

  constructor(private readonly opts: TrackerOptions) {}

  get sheet(): string {
    return this.read.source.sheet;
  }

  seed(read: HouseholdsRead, fingerprints: ReadonlyMap<string, Fingerprint>): void {
    this.read = read;
    this.cache.seed(read.rows.map((r) => ({ row: r.row, values: r.raw })));
    this.fingerprints = new Map(fingerprints);
    this.keyOfCol = new Map(
      Object.entries(read.columns)
        .filter(([k]) => isInputKey(k))
        .map(([k, c]) => [c, k]),
    );
    this.custom = new Set(read.customFields.map((f) => f.key));
    this.lastRow = Math.max(read.source.headerRow, ...read.rows.map((r) => r.row - 1));
    this.ownCells.clear();
  }

  /** The result of an own action (called when it ends; applied before the next event). */
  ownResult(result: OwnWriteResult): void {
    this.pending.push(result);
  }

  /** Applies the own results received so far. */
  async applyOwn(context: Excel.RequestContext): Promise<void> {
    while (this.pending.length > 0) {
      const r = this.pending.shift()!;
      if (r.structural) {
        await this.resync(context, true);
        continue;
      }
      const cells = (r.cells ?? []).filter((c) => isInputKey(c.key));
      for (const c of cells) this.ownCells.set(`${c.row}:${c.key}`, c.value);
      const changed = this.absorb(cells.map((c) => this.change(c.row, c.key, c.value)));
      if (changed && !r.fingerprintsStored) await this.persist(context);
    }
  }

  private at(): string {
    return atOf(this.opts.now?.());
  }

  private change(row: number, key: string, after: CellValue | null, before?: CellValue): CellChange {
    const base = { row, after, ...(before !== undefined ? { before } : {}) };
    return this.custom.has(key) ? { ...base, customKey: key } : { ...base, columnKey: key };
  }

  /** Takes changes into the cache without logging them; true when a fingerprint changed. */
  private absorb(changes: readonly CellChange[]): boolean {
    if (changes.length === 0) return false;
    const rows = [...new Set(changes.map((c) => c.row))];
    const oldKeys = new Map(rows.map((r) => [r, this.cache.keyOf(r)]));
    const before = new Map(this.fingerprints);
    this.cache.update(changes, { who: '', at: '', action: 'saisie' });
    for (const r of rows) this.refingerprint(r, oldKeys.get(r));
    return this.fingerprints.size !== before.size || [...this.fingerprints].some(([k, f]) => before.get(k) !== f);
  }

  async handle(context: Excel.RequestContext, event: ChangeEvent): Promise<void> {
    await this.applyOwn(context);
    const own = event.triggerSource === OWN;
    const rect = eventRect(event.address);
    if (!rect || (own && this.fresh)) return;
    const header = this.read.source.headerRow;
    const cols = [...this.keyOfCol.keys()].filter((c) => c >= rect.col && c < rect.col + rect.cols);
    if (cols.length === 0) return;
    const structural = (event.changeType ?? 'RangeEdited') !== 'RangeEdited';
    if (structural || (rect.row <= header && rect.row + rect.rows > header)) return this.resync(context, own);
    const top = Math.max(rect.row, header + 1);
    const bottom = rect.wholeColumns ? this.lastRow : rect.row + rect.rows - 1;
    if (top > bottom) return;
    if (this.knownOwn(event, top, bottom, cols)) return;
    const c0 = Math.min(...cols);
    const c1 = Math.max(...cols);
    const range = context.workbook.worksheets
      .getItem(this.sheet)
      .getRangeByIndexes(top, c0, bottom - top + 1, c1 - c0 + 1);
    range.load('values');
    const names = queueNames(context);
    await context.sync();
    const values = range.values as CellValue[][];
    const single = rect.rows === 1 && rect.cols === 1;
    const changes: CellChange[] = [];
    values.forEach((cells, i) =>
      cells.forEach((after, j) => {
        const key = this.keyOfCol.get(c0 + j);
        if (key === undefined) return;
        const row = top + i + 1;
        // Excel's value before, unless the cache already holds the new value (an own write, ExcelApi 1.13).
        const given = single && event.details && event.details.valueBefore !== undefined ? event.details.valueBefore : undefined;
        const current = this.cache.get(this.cache.keyOf(row) ?? '', key);
        const ownEcho = event.triggerSource === undefined && current !== undefined && sameValue(current, after);
        changes.push(this.change(row, key, after, given === undefined || ownEcho ? undefined : (given as CellValue)));
      }),
    );
    this.lastRow = Math.max(this.lastRow, bottom);
    if (own) {
      if (this.absorb(changes)) await this.persist(context, names);
      return;
    }
    this.fresh = false;
    const action: HistoryAction = changes.every((c) => blank(c.after)) ? 'effacement' : single ? 'saisie' : 'collage';
    const rows = [...new Set(changes.map((c) => c.row))];
    const oldKeys = new Map(rows.map((r) => [r, this.cache.keyOf(r)]));
    const entries = this.cache.update(changes, {
      who: this.opts.who,
      at: this.at(),
      action,
      sheet: this.sheet,
      customFields: this.read.customFields,
    });
    for (const r of rows) this.refingerprint(r, oldKeys.get(r));
    if (entries.length > 0) await this.write(context, names, entries);
  }

  /**
   * True when the event is the echo of cells written by a known own action (then forgotten), nothing to
   * read: an own event whose typed cells were all written so, or, without triggerSource, a single cell
   * whose value after is the one the action wrote.
   */
  private knownOwn(event: ChangeEvent, top: number, bottom: number, cols: readonly number[]): boolean {
    if ((bottom - top + 1) * cols.length > this.ownCells.size) return false;
    const ids = cols.flatMap((c) => Array.from({ length: bottom - top + 1 }, (_, i) => `${top + i + 1}:${this.keyOfCol.get(c)}`));
    if (!ids.every((id) => this.ownCells.has(id))) return false;
    if (event.triggerSource !== OWN) {
      const after = event.details?.valueAfter;
      if (event.triggerSource !== undefined || ids.length !== 1 || after === undefined) return false;
      if (!sameValue(this.ownCells.get(ids[0]), after as CellValue)) return false;
    }
    for (const id of ids) this.ownCells.delete(id);
    return true;
  }

  private refingerprint(row: number, oldKey: string | undefined): void {
    const key = this.cache.keyOf(row);
    if (oldKey !== undefined && oldKey !== key) this.fingerprints.delete(oldKey);
    if (key === undefined) return;
    const values: Record<string, CellValue | null | undefined> = {};
    for (const k of this.keyOfCol.values()) values[k] = this.cache.get(key, k);
    if (Object.values(values).every(blank)) this.fingerprints.delete(key);
    else this.fingerprints.set(key, rawFingerprint(values));
  }

  private async write(
    context: Excel.RequestContext,
    names: ReturnType<typeof queueNames>,
    entries: readonly HistoryEntry[],
  ): Promise<void> {
    const n = names();
    const history = queueHistoryState(context, n);
    await context.sync();
    await queueHistoryAppend(context, history, entries);
    await queueFingerprintWrite(context, sheetOf(n, FINGERPRINT_SHEET), this.fingerprints);
    await context.sync();
    this.logged += entries.length;
  }

  /** Stores the fingerprints (nothing logged). */
  private async persist(context: Excel.RequestContext, loaded?: ReturnType<typeof queueNames>): Promise<void> {
    const names = loaded ?? queueNames(context);
    if (!loaded) await context.sync();
    await queueFingerprintWrite(context, sheetOf(names(), FINGERPRINT_SHEET), this.fingerprints);
    await context.sync();
  }

  /**
   * Re-reads the table after a structural change; rows whose key disappeared are logged removed, unless
   * the change is the add-in's own (`silent`).
   */
  private async resync(context: Excel.RequestContext, silent: boolean): Promise<void> {
    const read = await readHouseholds(context);
    const current = fingerprintRaw(read.rows);
    const at = this.at();
    const entries: HistoryEntry[] = silent
      ? []
      : [...this.fingerprints.keys()]
          .filter((k) => !current.has(k))
          .map((k) => ({
            at,
            who: this.opts.who,
            sheet: read.source.sheet,
            ...identityOfKey(k),
            columnLabel: '',
            oldValue: '',
            newValue: '',
            action: 'ligne supprimée',
          }));
    this.seed(read, current);
    this.fresh = silent;
    const names = queueNames(context);
    await context.sync();
    await this.write(context, names, entries);
  }
}
