/**
 * Checks that need more than one row or liste_opération: the Opération, duplicate (N°
 * d'identification, N° de demande) pairs (Decision D-REQUEST, GUIDE-NOTES H5), requests n° 2 or more
 * without a request n° 1. Linear time: rows are grouped with Maps.
 */
import { ALL_OPERATIONS } from '../catalogue/operations';
import { frNumber, normaliseName, quoted } from './text';
import { type Emit, type Env, type RowView } from './view';

export function checkOperation(v: RowView, emit: Emit, env: Env, label: (key: string) => string): void {
  const problem = v.problems.get('operation');
  let name = v.str('operation');
  if (name === null && problem?.kind === 'unknownCode') name = String(problem.raw).trim();
  if (name === null) {
    if (v.blank('operation'))
      emit('operation-manquante', 'operation', `${quoted(label('operation'))} est vide.`);
    return;
  }
  const key = normaliseName(name);
  if (env.operations.has(key)) return;
  const known = [...env.operations.values()].map((op) => op.name);
  const detail =
    key === normaliseName(ALL_OPERATIONS)
      ? `${quoted(ALL_OPERATIONS)} regroupe toutes les opérations : une demande appartient à une seule opération.`
      : `${quoted(name)} n'est pas une opération de liste_opération.`;
  const list =
    known.length === 0
      ? 'liste_opération ne contient aucune opération'
      : `opérations connues : ${known.join(', ')}`;
  emit(
    'operation-inconnue',
    'operation',
    detail,
    `Choisir l'opération dans la liste (${list}), ou l'ajouter à liste_opération.`,
  );
}

interface Identity {
  readonly index: number;
  readonly row: number;
  readonly requestNo: number;
}

/** Rows by household: every usable (N° d'identification, N° de demande) pair. */
function identities(views: readonly RowView[]): Map<number, Identity[]> {
  const byHousehold = new Map<number, Identity[]>();
  views.forEach((v, index) => {
    const id = v.num('householdId');
    const requestNo = v.num('requestNo');
    if (id === null || requestNo === null || id < 1 || requestNo < 1) return;
    const list = byHousehold.get(id);
    const entry = { index, row: v.row, requestNo };
    if (list) list.push(entry);
    else byHousehold.set(id, [entry]);
  });
  return byHousehold;
}

/** Rows named in a duplicate's message (at most this many, so a huge group stays linear). */
const MAX_NAMED = 20;

/** The other rows of a sorted group (without `row`), the first MAX_NAMED of them. */
function otherRows(sorted: readonly number[], row: number): number[] {
  const head = sorted.slice(0, MAX_NAMED + 1);
  const i = head.indexOf(row);
  if (i >= 0) head.splice(i, 1);
  else head.pop();
  return head;
}

const rowsText = (rows: readonly number[]): string =>
  rows.length === 1
    ? `à la ligne ${rows[0]}`
    : `aux lignes ${rows.slice(0, -1).join(', ')} et ${rows[rows.length - 1]}`;

/** `emitFor(index)` gives the emitter of the row at that index of `views`. */
export function checkTable(
  views: readonly RowView[],
  emitFor: (index: number) => Emit,
  label: (key: string) => string,
): void {
  for (const [id, list] of identities(views)) {
    if (list.length === 1) {
      if (list[0].requestNo > 1) missingFirst(list[0], id, emitFor, label);
      continue;
    }
    const byRequest = new Map<number, Identity[]>();
    for (const e of list) {
      const same = byRequest.get(e.requestNo);
      if (same) same.push(e);
      else byRequest.set(e.requestNo, [e]);
    }
    for (const [requestNo, same] of byRequest) {
      if (same.length < 2) continue;
      const rows = same.map((o) => o.row).sort((a, b) => a - b);
      for (const e of same) {
        const others = otherRows(rows, e.row);
        const more = same.length - 1 - others.length;
        const where = rowsText(others) + (more > 0 ? ` (et ${more} autres lignes)` : '');
        emitFor(e.index)(
          'doublon-demande',
          'householdId',
          `Le N° d'identification ${frNumber(id)} avec le N° de demande ${frNumber(requestNo)} figure aussi ${where}.`,
          undefined,
          others,
        );
      }
    }
    if (!byRequest.has(1)) for (const e of list) if (e.requestNo > 1) missingFirst(e, id, emitFor, label);
  }
}

function missingFirst(
  e: Identity,
  id: number,
  emitFor: (index: number) => Emit,
  label: (key: string) => string,
): void {
  emitFor(e.index)(
    'demande-sans-premiere',
    'requestNo',
    `${quoted(label('requestNo'))} vaut ${frNumber(e.requestNo)} mais aucune ligne ne porte la demande n° 1 du N° d'identification ${frNumber(id)}.`,
  );
}
