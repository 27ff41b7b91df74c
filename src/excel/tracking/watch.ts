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
 * - Events are handled one after another (a queue), each in its own context from `run`, never while one
 *   of the add-in's own actions runs; the add-in's own writes are not logged as the user's (tracker.ts,
 *   ownWrites.ts): the actions log themselves.
 * Syncs per event: read the changed cells (1) + history position (1) + write (1, more only in chunks).
 */
import { readHouseholds } from '../workbook/read';
import type { Moment, RunFn } from './common';
import type { ChangeEvent } from './events';
import { reconcileRead, type ReconcileReport } from './fingerprints';
import { onOwnWrites, ownWritesSettled } from './ownWrites';
import { Tracker } from './tracker';

export { eventRect, type ChangeEvent, type EventRect } from './events';

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
  const enqueue = (task: (ctx: Excel.RequestContext) => Promise<void>): Promise<void> => {
    queue = queue
      .then(() => ownWritesSettled())
      .then(() => run(task))
      .catch((e: unknown) => opts.onError?.(e));
    return queue;
  };
  const handler = (event: ChangeEvent): Promise<void> => enqueue((ctx) => tracker.handle(ctx, event));
  const unsubscribe = onOwnWrites((result) => {
    tracker.ownResult(result);
    void enqueue((ctx) => tracker.applyOwn(ctx));
  });
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
      unsubscribe();
      await queue;
      registration.remove();
      await registration.context.sync();
    },
  };
}
