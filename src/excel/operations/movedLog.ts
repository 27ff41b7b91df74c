/**
 * The households moved by « Supprimer une opération » (« déplacer ses ménages vers »): one history row
 * each (N° d'identification, N° de demande, « Opération », old → new), their new fingerprints in
 * RIME_empreintes (so the next opening does not report them « modifié hors suivi »), and the cells the
 * change tracker takes into its cache. Read from the whole household body loaded with the action's
 * reads; queued in its final batch.
 */
import type { CellValue } from '../../domain/catalogue';
import { entriesFromCellChanges, type HistoryEntry, type Identifier } from '../../domain/tracking';
import { queueFingerprintPatch } from '../tracking/actionLog';
import { fingerprintRaw } from '../tracking/fingerprints';
import type { OwnWriteResult } from '../tracking/ownWrites';
import { isBlank } from '../workbook/grid';
import { householdMatcher, mapHeaders } from '../workbook/headers';
import { keysOf, rawRows } from '../workbook/read';
import type { HouseholdFact } from './figures';
import type { OperationsState } from './read';

export interface MovedHouseholds {
  /** What the change tracker is told. */
  readonly result: OwnWriteResult;
  /** One row per household moved, in table order. */
  entries(who: string, at: string): HistoryEntry[];
  /** Queues the new fingerprints of the moved rows (when RIME_empreintes exists). */
  queueFingerprints(context: Excel.RequestContext): void;
}

const identifier = (v: CellValue | null | undefined): Identifier => (v === undefined || v === null || isBlank(v) ? null : typeof v === 'boolean' ? String(v) : v);

export function movedHouseholds(
  state: Pick<OperationsState, 'households' | 'fingerprints'>,
  attached: readonly HouseholdFact[],
  target: string,
  sheet: string,
): MovedHouseholds {
  const hh = state.households;
  const rows = hh ? rawRows(hh.body, hh.headerRow + 1, keysOf(mapHeaders(hh.headers, householdMatcher))) : [];
  const raw = new Map(rows.map((r) => [r.row, r.raw]));
  const movedRows = new Set(attached.map((f) => f.row));
  const store = state.fingerprints;
  return {
    result: {
      cells: attached.map((f) => ({ row: f.row, key: 'operation', value: target })),
      fingerprintsStored: store !== null && !store.used.isNullObject,
    },
    entries: (who, at) =>
      entriesFromCellChanges(
        attached.map((f) => ({ row: f.row, columnKey: 'operation', before: raw.get(f.row)?.operation ?? f.operation, after: target })),
        {
          who,
          at,
          action: "suppression d'opération",
          sheet,
          householdOf: (row) => ({
            householdId: identifier(raw.get(row)?.householdId ?? attached.find((f) => f.row === row)?.householdId),
            requestNo: identifier(raw.get(row)?.requestNo),
          }),
        },
      ),
    queueFingerprints: (context) => {
      if (!store || rows.length === 0) return;
      const after = rows.map((r) => (movedRows.has(r.row) ? { ...r, raw: { ...r.raw, operation: target } } : r));
      queueFingerprintPatch(context, store, fingerprintRaw(rows), fingerprintRaw(after));
    },
  };
}
