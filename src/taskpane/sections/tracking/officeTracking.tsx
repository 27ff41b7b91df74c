/**
 * Start-up of change tracking inside Office (not in the demo: its host has no events wiring).
 * `startTracking` runs through `Excel.run`, each change event in a fresh `Excel.run`; the name written
 * in the history is read at each event, so a name typed later in « Suivi » is used at once.
 * Nothing here may break the pane: every failure becomes a notice shown in « Suivi »; failures the user
 * cannot act on are also logged with console.warn.
 */
import { messageForError } from '../../../excel/messages';
import { startTracking, type RunFn, type TrackingSession } from '../../../excel/tracking';
import type { TrackingNotice } from '../../host';

export interface OfficeTracking {
  /** What « Suivi » shows about tracking (null before the first attempt ends). */
  notice(): TrackingNotice | null;
  /**
   * Starts tracking unless it runs, is starting, or failed for a reason other than an unprepared
   * workbook (called at start-up and after each pane action, e.g. « Préparer le classeur »).
   */
  ensure(): Promise<void>;
  /**
   * Stops tracking: the `onChanged` handler is removed (EventHandlerResult.remove, then a sync of its
   * context) once the events received so far are logged; a later `ensure()` starts again. Office drops
   * the handlers itself when the workbook closes, so the pane does not call it at start-up or close;
   * it is there to restart tracking cleanly (and for the tests).
   */
  stop(): Promise<void>;
}

/** The workbook is not (yet) a prepared RIME workbook: tracking waits for « Préparer le classeur ». */
const NOT_PREPARED = new Set(['MissingSheet', 'MissingTable', 'MissingColumn']);
/** Errors with a French message that tells the user what to do. */
const FOR_THE_USER = new Set(['AccessDenied', 'ActivityLimitReached']);

const codeOf = (e: unknown): string | undefined => (e as { code?: string } | null)?.code;

export function noticeForStartError(e: unknown): TrackingNotice {
  const code = codeOf(e);
  if (code && NOT_PREPARED.has(code)) {
    return {
      intent: 'info',
      text: 'Le suivi des modifications démarrera quand le classeur sera préparé (« Préparer le classeur »).',
    };
  }
  const isWorkbookError = (e as { name?: string } | null)?.name === 'WorkbookError';
  if (!isWorkbookError && !(code && FOR_THE_USER.has(code))) {
    console.warn('RIME : le suivi des modifications n’a pas démarré.', e);
  }
  return { intent: 'warning', text: `Le suivi des modifications n'a pas pu démarrer : ${messageForError(e)}` };
}

export function officeTracking(run: RunFn, who: () => string): OfficeTracking {
  let session: TrackingSession | null = null;
  let starting: Promise<void> | null = null;
  let notice: TrackingNotice | null = null;
  /** False after a failure other than « not prepared »: no new attempt (no repeated warnings). */
  let retry = true;
  const options = {
    get who() {
      return who();
    },
    run,
    onError: (e: unknown) => {
      console.warn('RIME : une modification n’a pas pu être inscrite dans l’historique.', e);
      notice = {
        intent: 'warning',
        text: `Une modification n'a pas pu être inscrite dans l'historique : ${messageForError(e)}`,
      };
    },
  };
  const start = async (): Promise<void> => {
    try {
      const s = await run((context) => startTracking(context, options));
      session = s;
      const outside = s.reconciled.changed.length + s.reconciled.added.length + s.reconciled.removed.length;
      notice = {
        intent: 'success',
        text:
          `Suivi des modifications actif sur la feuille « ${s.sheet} ».` +
          (outside > 0 ? ` ${outside} ménage(s) modifié(s) hors suivi depuis la dernière ouverture : voir l'historique.` : ''),
      };
    } catch (e) {
      notice = noticeForStartError(e);
      retry = notice.intent === 'info';
    }
  };
  return {
    notice: () => notice,
    ensure: () => {
      if (session || (!retry && !starting)) return Promise.resolve();
      starting ??= start().finally(() => {
        starting = null;
      });
      return starting;
    },
    stop: async () => {
      if (starting) await starting;
      const s = session;
      session = null;
      retry = true;
      if (!s) return;
      await s.stop();
      notice = { intent: 'info', text: 'Suivi des modifications arrêté.' };
    },
  };
}
