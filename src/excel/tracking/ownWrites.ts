/**
 * The add-in's own writes, told to the change tracker, so that what the add-in writes in the household
 * sheet (« Supprimer une opération » moving households, « Préparer le classeur », « Insérer un nouveau
 * champ ») is never logged as a user's « saisie » or « collage », and the watch cache and the
 * fingerprints follow the action.
 *
 * Decisions of this module:
 * - One registry per JavaScript runtime: the pane, the ribbon commands and the tracker share the add-in's
 *   shared runtime. An excel action that writes in the household sheet runs inside `ownWrite`; when it
 *   ends it hands its result (the household cells it wrote with their new values, or « structural »:
 *   re-read the table) to the listening trackers. Without a tracker (runner, demo) it costs nothing.
 * - The tracker handles no event while an own action runs (`ownWritesSettled`), and applies the results
 *   received before any event that follows: Excel may deliver the events of the action's writes between
 *   its syncs or after its last sync, even after its Excel.run has ended, so the cache is brought to the
 *   state after the action first, whatever the order in which the events come.
 * - A failed action hands « structural » (some of its writes may have been made), except for a
 *   `WorkbookError`, which the actions throw before writing anything (refused deletion, unknown column…).
 */
import type { CellValue } from '../../domain/catalogue';

export interface OwnCellChange {
  /** Worksheet row (1-based). */
  readonly row: number;
  /** Catalogue key or user-column key ('custom:…'). */
  readonly key: string;
  readonly value: CellValue;
}

export interface OwnWriteResult {
  /** The household sheet was restructured (columns, table, many cells): the tracker re-reads the table. */
  readonly structural?: boolean;
  /** Household cells written, with their new values. */
  readonly cells?: readonly OwnCellChange[];
  /** The action already stored the new fingerprints of the rows it changed (RIME_empreintes). */
  readonly fingerprintsStored?: boolean;
}

type Listener = (result: OwnWriteResult) => void;

let running = 0;
let waiting: (() => void)[] = [];
const listeners = new Set<Listener>();

/** Calls `listener` with the result of each own action that ends; returns the unsubscribe function. */
export function onOwnWrites(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Resolves when no own action is running. */
export function ownWritesSettled(): Promise<void> {
  return running === 0 ? Promise.resolve() : new Promise((resolve) => waiting.push(resolve));
}

const isWorkbookError = (e: unknown): boolean => (e as { name?: string } | null)?.name === 'WorkbookError';

/** Runs an action that writes in the household sheet and hands its result to the trackers. */
export async function ownWrite<T>(action: () => Promise<T>, resultOf: (report: T) => OwnWriteResult | null): Promise<T> {
  running++;
  let result: OwnWriteResult | null = { structural: true };
  try {
    const report = await action();
    result = resultOf(report);
    return report;
  } catch (e) {
    if (isWorkbookError(e)) result = null;
    throw e;
  } finally {
    running--;
    if (result) for (const l of [...listeners]) l(result);
    if (running === 0) {
      const done = waiting;
      waiting = [];
      for (const f of done) f();
    }
  }
}
