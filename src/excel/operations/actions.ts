/**
 * « Valider la liste des opérations » and « Supprimer une opération »: liste_opération sorted, Tout and
 * the computed columns refreshed as values, the Opération dropdown re-pointed at the names; an
 * operation with households attached is never deleted unless they are first moved to another one.
 * With `log`, each logs itself in the history in its final batch (no extra sync, see movedLog.ts).
 */
import { ALL_OPERATIONS, column, OPERATION_SHEET } from '../../domain/catalogue';
import { eventEntry } from '../../domain/tracking';
import { WorkbookError } from '../errors';
import { applyOps } from '../setup/apply';
import { queueHistoryAppend, type LogOption } from '../tracking/actionLog';
import { atOf } from '../tracking/common';
import { ownWrite, type OwnWriteResult } from '../tracking/ownWrites';
import { PAYLOAD_LIMIT } from '../util/payload';
import { sameRule } from '../setup/householdTable';
import { listRule } from '../setup/layout';
import type { Op } from '../setup/ops';
import { planOperations } from '../setup/operationsPlan';
import { isBlank } from '../workbook/grid';
import { mapHeaders, operationMatcher } from '../workbook/headers';
import { isAll, sameOperation, type HouseholdFact } from './figures';
import { movedHouseholds } from './movedLog';
import { readOperationsState, type OperationsState } from './read';

export interface OperationsReport {
  readonly changed: boolean;
  readonly lines: readonly string[];
  /** Operation names after the action, Tout excluded, in table order. */
  readonly operations: readonly string[];
  readonly syncs: number;
}

export interface DeleteReport extends OperationsReport {
  readonly deleted: string;
  /** Households moved to `moveTo` before the deletion. */
  readonly moved: number;
}

function plan(state: OperationsState, opts: { sort?: boolean; deleteRow?: number; facts?: readonly HouseholdFact[] }) {
  const p = planOperations({
    sheet: state.sheet, grid: state.grid, table: state.table, facts: opts.facts ?? state.facts, sort: opts.sort, deleteRow: opts.deleteRow,
  });
  const ops: Op[] = [...p.ops];
  const lines = [...p.lines];
  const oc = state.operationColumn;
  if (oc) {
    const rule = listRule(column('operation'), p.source);
    if (!sameRule(oc.validation, rule)) {
      ops.push({ t: 'listValidation', sheet: oc.sheet, row: oc.firstRow, col: oc.col, rows: Math.max(1, oc.rows), cols: 1, rule });
      lines.push('Liste déroulante « Opération » du tableau des ménages mise à jour.');
    }
  }
  return { ops, lines, operations: p.operations };
}

/** Refreshes Tout and the computed columns (and sorts when asked); shared with « Préparer le classeur ». */
export async function refreshOperations(
  context: Excel.RequestContext, opts: { sort?: boolean; log?: LogOption } = {},
): Promise<OperationsReport> {
  const state = await readOperationsState(context, { history: !!opts.log });
  const p = plan(state, opts);
  const changed = p.ops.length > 0;
  const log = opts.log;
  const tail = log && changed && state.history
    ? () => queueHistoryAppend(context, state.history!, [eventEntry({
      at: atOf(log.at), who: log.who, action: 'Valider la liste des opérations', sheet: state.sheet,
      detail: `Liste des opérations validée : ${p.lines.join(' ')}`,
    })])
    : undefined;
  const writes = await applyOps(context, p.ops, PAYLOAD_LIMIT, tail);
  return {
    changed,
    lines: changed ? p.lines : ['La liste des opérations est à jour : rien à changer.'],
    operations: p.operations,
    syncs: state.syncs + writes,
  };
}

/** « Valider la liste des opérations »: alphabetical order (Tout first), Tout and computed columns refreshed. */
export function validateOperations(context: Excel.RequestContext, opts: { log?: LogOption } = {}): Promise<OperationsReport> {
  return refreshOperations(context, { sort: true, log: opts.log });
}

function bodyNames(state: OperationsState): { names: string[]; nameCol: number } {
  const nameCol = mapHeaders(state.table.headers, operationMatcher).byKey.get('name') ?? 0;
  const names: string[] = [];
  for (let i = 0; i < state.table.rows; i++) {
    const v = state.grid.formulas[1 + i]?.[nameCol];
    names.push(isBlank(v) ? '' : String(v).trim());
  }
  return { names, nameCol };
}

function householdList(facts: readonly HouseholdFact[], max = 20): string {
  const shown = facts.slice(0, max).map((f) => `ligne ${f.row} (N° ${isBlank(f.householdId) ? '—' : String(f.householdId)})`);
  const more = facts.length > max ? ` et ${facts.length - max} autre${facts.length - max > 1 ? 's' : ''}` : '';
  return shown.join(', ') + more;
}

export interface DeleteOptions {
  /** Another operation of liste_opération that receives the households first. */
  readonly moveTo?: string;
  readonly log?: LogOption;
}

/**
 * « Supprimer une opération »: refused while households are attached to it (the error names them),
 * unless `moveTo` names another existing operation: they are then moved to it first. The change
 * tracker is told which cells were written (ownWrites.ts).
 */
export function deleteOperation(context: Excel.RequestContext, name: string, opts: DeleteOptions = {}): Promise<DeleteReport> {
  let own: OwnWriteResult | null = null;
  return ownWrite(
    () => deleteWith(context, name, opts, (r) => (own = r)),
    () => own,
  );
}

async function deleteWith(
  context: Excel.RequestContext, name: string, opts: DeleteOptions, tell: (r: OwnWriteResult) => void,
): Promise<DeleteReport> {
  const state = await readOperationsState(context, { history: !!opts.log, households: opts.moveTo !== undefined });
  const { names } = bodyNames(state);
  if (isAll(name)) {
    throw new WorkbookError('CannotDeleteAll', `La ligne « ${ALL_OPERATIONS} » regroupe toutes les opérations : elle ne peut pas être supprimée.`, { name });
  }
  const idx = names.findIndex((n) => sameOperation(n, name));
  if (idx < 0) {
    throw new WorkbookError('UnknownOperation', `L'opération « ${name} » est introuvable dans la feuille ${OPERATION_SHEET}. Vérifiez son nom (même orthographe).`, { name });
  }
  const attached = state.facts.filter((f) => sameOperation(f.operation, name));
  let target: string | undefined;
  if (opts.moveTo !== undefined) {
    const t = names.findIndex((n) => sameOperation(n, opts.moveTo!));
    if (t < 0 || t === idx || isAll(opts.moveTo)) {
      throw new WorkbookError(
        'InvalidMoveTarget',
        `Impossible de déplacer les ménages vers « ${opts.moveTo} » : choisissez une autre opération existante de la feuille ${OPERATION_SHEET} (ni « ${names[idx]} », ni « ${ALL_OPERATIONS} »).`,
        { name, moveTo: opts.moveTo },
      );
    }
    target = names[t];
  }
  if (attached.length > 0 && target === undefined) {
    const n = attached.length;
    throw new WorkbookError(
      'OperationInUse',
      `Impossible de supprimer l'opération « ${names[idx]} » : ${n} ménage${n > 1 ? 's y sont rattachés' : ' y est rattaché'} (${householdList(attached)}). Rattachez-${n > 1 ? 'les' : 'le'} d'abord à une autre opération, ou choisissez l'opération vers laquelle les déplacer.`,
      { name, rows: attached.map((f) => f.row), householdIds: attached.map((f) => f.householdId) },
    );
  }
  const ops: Op[] = [];
  const oc = state.operationColumn;
  if (attached.length > 0 && target !== undefined) {
    if (!oc) throw new WorkbookError('MissingColumn', 'La colonne « Opération » du tableau des ménages est introuvable.', { name });
    for (const f of attached) ops.push({ t: 'write', sheet: oc.sheet, row: f.row - 1, col: oc.col, cells: [[target]] });
  }
  const facts = state.facts.map((f) => (target !== undefined && sameOperation(f.operation, name) ? { ...f, operation: target } : f));
  const p = plan(state, { deleteRow: idx, facts });
  ops.push(...p.ops);
  const moved = target !== undefined && oc ? movedHouseholds(state, attached, target, oc.sheet) : null;
  const log = opts.log;
  const tail = async (): Promise<number> => {
    moved?.queueFingerprints(context);
    if (!log || !state.history) return 0;
    const at = atOf(log.at);
    const detail = `Opération « ${names[idx]} » supprimée de la feuille ${OPERATION_SHEET}` +
      (attached.length > 0 ? ` ; ${attached.length} ménage${attached.length > 1 ? 's déplacés' : ' déplacé'} vers « ${target} »` : '');
    return queueHistoryAppend(context, state.history, [
      eventEntry({ at, who: log.who, action: "suppression d'opération", sheet: state.sheet, columnLabel: column('operation').label, detail }),
      ...(moved?.entries(log.who, at) ?? []),
    ]);
  };
  const writes = await applyOps(context, ops, PAYLOAD_LIMIT, tail);
  if (moved) tell(moved.result);
  const lines = [
    ...(attached.length > 0 ? [`${attached.length} ménage${attached.length > 1 ? 's' : ''} rattaché${attached.length > 1 ? 's' : ''} à « ${target} » (${householdList(attached)}).`] : []),
    `Opération « ${names[idx]} » supprimée de la feuille ${OPERATION_SHEET} ; la ligne « ${ALL_OPERATIONS} » est recalculée.`,
    ...p.lines.filter((l) => !l.startsWith('Chiffres')),
  ];
  return { changed: true, lines, operations: p.operations, syncs: state.syncs + writes, deleted: names[idx], moved: attached.length };
}

