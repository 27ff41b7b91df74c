/**
 * What the excel actions need to log themselves in « Historique des modifications » in their own
 * Excel.run, without extra syncs: the history's position is queued with the action's reads (the sync
 * after the sheet and table names are known), the rows are queued in the action's final write batch.
 *
 * Decisions (which actions log themselves):
 * - Logged: the actions that change the workbook's data or the structure of its data sheets —
 *   « Préparer le classeur » (when it changes something), « Valider la liste des opérations » (when it
 *   changes liste_opération), « Supprimer une opération » (one row, then one row per household moved:
 *   Opération old → new), « Insérer un nouveau champ de saisie » (champ ajouté), « Clore le point
 *   d'étape » (milestoneClose.ts).
 * - Not logged: treatments, comparisons and « Efface dernier tri » (result sheets only), exports and the
 *   FAT (new sheets or files), « Valider la saisie » / « Supprimer les repérages » (colours only),
 *   « Masquer les colonnes identifiantes » (display), the sample (demo and runner data). None of them
 *   changes a value of the household table or of liste_opération.
 * - An action run without `log` (tests, bench, the sample) logs nothing.
 */
import type { Fingerprint } from '../../domain/tracking';
import { protectText } from '../util/text';
import type { Moment } from './common';

export { queueHistoryAppend, queueHistoryState, type HistoryState } from './history';

/** Who does the action, for its history rows (the pane's « Votre nom », the runner's --who). */
export interface LogOption {
  readonly who: string;
  /** Default: now. */
  readonly at?: Moment;
}

/** The stored fingerprints as loaded by an action (used range of RIME_empreintes, values). */
export interface FingerprintStore {
  readonly sheet: string;
  readonly used: Excel.Range;
}

/**
 * Queues, in the action's final batch, the new fingerprints of the rows it changed — only where the
 * stored one is the row's fingerprint before the action: a row changed while the add-in was not
 * watching stays reported « modifié hors suivi » at the next opening. Returns the rows updated.
 */
export function queueFingerprintPatch(
  context: Excel.RequestContext,
  store: FingerprintStore,
  before: ReadonlyMap<string, Fingerprint>,
  after: ReadonlyMap<string, Fingerprint>,
): number {
  if (store.used.isNullObject) return 0;
  const ws = context.workbook.worksheets.getItem(store.sheet);
  // The store is written from column A (queueFingerprintWrite): another layout is left alone.
  if (store.used.columnIndex !== 0) return 0;
  const values = store.used.values as unknown[][];
  let n = 0;
  values.forEach((r, i) => {
    const key = String(r[0] ?? '');
    const now = after.get(key);
    const was = before.get(key);
    if (now === undefined || was === undefined || now === was || String(r[1] ?? '').trim() !== was) return;
    const cell = ws.getRangeByIndexes(store.used.rowIndex + i, 1, 1, 1);
    cell.numberFormat = [['@']];
    cell.values = [[protectText(now, '@')]];
    n++;
  });
  return n;
}
