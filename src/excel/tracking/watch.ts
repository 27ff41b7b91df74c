/**
 * Change tracking: `worksheet.onChanged` on the household sheet logs every typed change in the
 * history, old value → new value. Excel gives the old value of a single-cell edit only; a paste, a
 * fill or a cleared block is logged with the old values of the watch cache (`WatchedCells`), seeded
 * from the table when tracking starts (the same read as the start-up fingerprint check).
 *
 * Decisions of this module:
 * - Start-up always runs the fingerprint check first (`reconcileRead`): storing fresh fingerprints
 *   without comparing would hide what changed while the add-in was closed.
 * - Action: 'saisie' for one cell, 'collage' for several; 'effacement' when every new value is blank.
 * - Only typed columns are logged (derived columns are recalculated, not typed); cells outside the
 *   household columns, above the headers or left/right of the table are ignored.
 * - An event touching the header row, or a structural event (rows or columns inserted or deleted),
 *   re-reads the table: rows whose key disappeared are logged 'ligne supprimée'; the cache and the
 *   fingerprints are rebuilt.
 * - Events are handled one after another (a queue), each in its own context from `run`.
 * Syncs per event: read the changed cells (1) + history position (1) + write (1, more only in chunks).
 */
import type { CellValue } from '../../domain/catalogue';
import {
  WatchedCells,
  type CellChange,
  type Fingerprint,
  type HistoryAction,
  type HistoryEntry,
} from '../../domain/tracking';
import { columnIndex } from '../util/address';
import { readHouseholds, type HouseholdsRead } from '../workbook/read';
import { atOf, queueNames, sheetOf, type Moment, type RunFn } from './common';
import {
  FINGERPRINT_SHEET,
  fingerprintRaw,
  identityOfKey,
  isInputKey,
  queueFingerprintWrite,
  rawFingerprint,
  reconcileRead,
  type ReconcileReport,
} from './fingerprints';
import { queueHistoryAppend, queueHistoryState } from './history';

export interface TrackingOptions {
  readonly who: string;
  /** Called with any error of an event's handling (the event is then not logged). */
  readonly onError?: (error: unknown) => void;
  /** A fresh context per event (`Excel.run` in Office). Default: the context given to `startTracking`. */
  readonly run?: RunFn;
  /** The clock (tests). Default: now. */
  readonly now?: () => Moment;
}

export interface TrackingSession {
  /** The household sheet watched. */
  readonly sheet: string;
  /** The start-up fingerprint check. */
  readonly reconciled: ReconcileReport;
  /** Entries logged by events since the start. */
  readonly logged: number;
  /** Resolves when every event received so far has been handled. */
  idle(): Promise<void>;
  /** Unregisters the handler. */
  stop(): Promise<void>;
}

/** The fields of `Excel.WorksheetChangedEventArgs` used here. */
export interface ChangeEvent {
  readonly address: string;
  readonly changeType?: string;
  readonly details?: { readonly valueBefore?: unknown; readonly valueAfter?: unknown } | null;
}

export interface EventRect {
  readonly row: number;
  readonly col: number;
  readonly rows: number;
  readonly cols: number;
  readonly wholeColumns: boolean;
  readonly wholeRows: boolean;
}

/** The 0-based block of an event address (`B7`, `B7:D9`, `C:D`, `5:6`, with or without sheet). */
export function eventRect(address: string): EventRect | null {
  const part = address
    .slice(address.lastIndexOf('!') + 1)
    .replace(/\$/g, '')
    .toUpperCase();
  const rows = /^(\d+):(\d+)$/.exec(part);
  if (rows) {
    const a = Number(rows[1]) - 1;
    const b = Number(rows[2]) - 1;
    return {
      row: Math.min(a, b),
      col: 0,
      rows: Math.abs(b - a) + 1,
      cols: 16384,
      wholeColumns: false,
      wholeRows: true,
    };
  }
  const m = /^([A-Z]+)(\d+)?(?::([A-Z]+)(\d+)?)?$/.exec(part);
  if (!m) return null;
  const c1 = columnIndex(m[1]);
  const c2 = m[3] ? columnIndex(m[3]) : c1;
  if (m[2] === undefined) {
    return {
      row: 0,
      col: Math.min(c1, c2),
      rows: 1048576,
      cols: Math.abs(c2 - c1) + 1,
      wholeColumns: true,
      wholeRows: false,
    };
  }
  const r1 = Number(m[2]) - 1;
  const r2 = m[4] ? Number(m[4]) - 1 : r1;
  return {
    row: Math.min(r1, r2),
    col: Math.min(c1, c2),
    rows: Math.abs(r2 - r1) + 1,
    cols: Math.abs(c2 - c1) + 1,
    wholeColumns: false,
    wholeRows: false,
  };
}

const blank = (v: unknown): boolean => v === null || v === undefined || v === '';

class Tracker {
  readonly cache = new WatchedCells();
  fingerprints = new Map<string, Fingerprint>();
  logged = 0;
  private read!: HouseholdsRead;
  private keyOfCol = new Map<number, string>();
  private custom = new Set<string>();
  private lastRow = 0;

  constructor(private readonly opts: TrackingOptions) {}

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
  }

  private at(): string {
    return atOf(this.opts.now?.());
  }

  async handle(context: Excel.RequestContext, event: ChangeEvent): Promise<void> {
    const rect = eventRect(event.address);
    if (!rect) return;
    const header = this.read.source.headerRow;
    const cols = [...this.keyOfCol.keys()].filter((c) => c >= rect.col && c < rect.col + rect.cols);
    if (cols.length === 0) return;
    const structural = (event.changeType ?? 'RangeEdited') !== 'RangeEdited';
    if (structural || (rect.row <= header && rect.row + rect.rows > header)) return this.resync(context);
    const top = Math.max(rect.row, header + 1);
    const bottom = rect.wholeColumns ? this.lastRow : rect.row + rect.rows - 1;
    if (top > bottom) return;
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
    const details = single && event.details ? event.details : null;
    const changes: CellChange[] = [];
    values.forEach((cells, i) =>
      cells.forEach((after, j) => {
        const key = this.keyOfCol.get(c0 + j);
        if (key === undefined) return;
        const before =
          details && details.valueBefore !== undefined ? (details.valueBefore as CellValue) : undefined;
        const base = { row: top + i + 1, after, ...(before !== undefined ? { before } : {}) };
        changes.push(this.custom.has(key) ? { ...base, customKey: key } : { ...base, columnKey: key });
      }),
    );
    const action: HistoryAction = changes.every((c) => blank(c.after))
      ? 'effacement'
      : single
        ? 'saisie'
        : 'collage';
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
    this.lastRow = Math.max(this.lastRow, bottom);
    if (entries.length > 0) await this.write(context, names, entries);
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

  /** Re-reads the table after a structural change; rows whose key disappeared are logged removed. */
  private async resync(context: Excel.RequestContext): Promise<void> {
    const read = await readHouseholds(context);
    const current = fingerprintRaw(read.rows);
    const at = this.at();
    const entries: HistoryEntry[] = [...this.fingerprints.keys()]
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
    const names = queueNames(context);
    await context.sync();
    await this.write(context, names, entries);
  }
}

/**
 * Starts tracking the household sheet: checks the stored fingerprints (« modifié hors suivi »), seeds
 * the watch cache from the same read, registers `onChanged`.
 */
export async function startTracking(
  context: Excel.RequestContext,
  opts: TrackingOptions,
): Promise<TrackingSession> {
  const tracker = new Tracker(opts);
  const read = await readHouseholds(context);
  const reconciled = await reconcileRead(context, read, { who: opts.who, now: opts.now?.() });
  tracker.seed(read, reconciled.fingerprints);
  const run: RunFn = opts.run ?? ((callback) => callback(context));
  let queue: Promise<void> = Promise.resolve();
  const handler = (event: ChangeEvent): Promise<void> => {
    queue = queue
      .then(() => run((ctx) => tracker.handle(ctx, event)))
      .catch((e: unknown) => opts.onError?.(e));
    return queue;
  };
  const registration = context.workbook.worksheets.getItem(read.source.sheet).onChanged.add(handler);
  await context.sync();
  return {
    sheet: read.source.sheet,
    reconciled,
    get logged() {
      return tracker.logged;
    },
    idle: () => queue,
    stop: async () => {
      await queue;
      registration.remove();
      await registration.context.sync();
    },
  };
}
