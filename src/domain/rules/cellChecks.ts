/** Checks of single cells: parseRow's type problems, impossible values, moving dates (reference §4). */
import type { ProblemKind } from '../household/types';
import { AMOUNT_COLUMNS, COUNT_COLUMNS } from './defsCells';
import type { RuleId } from './rules';
import { frDate, frEuro, frNumber, quoted } from './text';
import { operationOf, type Emit, type Env, type RowView } from './view';

/** Which rule reports each kind of problem parseRow finds in a cell. */
export const PROBLEM_RULES: Readonly<Record<ProblemKind, RuleId>> = {
  unknownCode: 'code-hors-liste',
  codeAsText: 'code-en-texte',
  numberAsText: 'nombre-en-texte',
  notANumber: 'pas-un-nombre',
  notAnInteger: 'nombre-non-entier',
  dateAsText: 'date-en-texte',
  notADate: 'pas-une-date',
  spacesOnly: 'espaces-seuls',
};

/**
 * Type problems become findings; their message (from parseRow) already says what is wrong and the
 * fix, with the suggested value. An Opération outside liste_opération is left to the operation check.
 */
export function checkProblems(v: RowView, emit: Emit): void {
  for (const p of v.problems.values()) {
    if (p.key === 'operation' && p.kind === 'unknownCode') continue;
    emit(PROBLEM_RULES[p.kind], p.key, p.message, '');
  }
}

export function checkValues(v: RowView, emit: Emit, label: (key: string) => string): void {
  for (const key of AMOUNT_COLUMNS) {
    const n = v.num(key);
    if (n !== null && n < 0)
      emit(
        'montant-negatif',
        key,
        `Montant saisi : ${frEuro(n)}.`,
        `Saisir le montant positif (${frEuro(-n)} ?) ou 0.`,
      );
  }
  for (const key of ['surface', 'surfaceAfter']) {
    const n = v.num(key);
    if (n !== null && n <= 0) emit('surface-non-positive', key, `Surface saisie : ${frNumber(n)} m².`);
  }
  const age = v.num('age');
  if (age !== null && (age < 16 || age > 110)) {
    const fix =
      age > 1900
        ? `${frNumber(age)} ressemble à une année de naissance : saisir l'âge en années.`
        : undefined;
    emit('age-hors-bornes', 'age', `Âge saisi : ${frNumber(age)} ans.`, fix);
  }
  const occupants = v.num('occupants');
  if (occupants !== null && occupants < 1)
    emit('occupants-inferieur-a-1', 'occupants', `Nombre d'occupants saisi : ${frNumber(occupants)}.`);
  for (const key of COUNT_COLUMNS) {
    const n = v.num(key);
    if (n !== null && n < 0) emit('nombre-negatif', key, `Valeur saisie : ${frNumber(n)}.`);
  }
  for (const key of ['householdId', 'requestNo']) {
    const n = v.num(key);
    if (n !== null && n < 1) emit('numero-invalide', key, `${quoted(label(key))} vaut ${frNumber(n)}.`);
  }
  if (v.blank('householdId')) emit('identifiant-manquant', 'householdId', 'La cellule est vide.');
}

export function checkMoveDate(v: RowView, emit: Emit, env: Env): void {
  const date = v.num('moveDate');
  if (date === null) return;
  const future = date > env.today;
  if (future) {
    emit(
      'date-demenagement-future',
      'moveDate',
      `Le ${frDate(date)} est postérieur à aujourd'hui (${frDate(env.today)}).`,
    );
  }
  const op = operationOf(v, env);
  if (!op) return;
  if (op.startDate !== null && date < op.startDate) {
    emit(
      'date-demenagement-avant-debut',
      'moveDate',
      `Le ${frDate(date)} précède le début de l'opération ${quoted(op.name)} (${frDate(op.startDate)}).`,
    );
  }
  if (!future && op.endDate !== null && date > op.endDate) {
    emit(
      'date-demenagement-apres-fin',
      'moveDate',
      `Le ${frDate(date)} suit la fin de l'opération ${quoted(op.name)} (${frDate(op.endDate)}).`,
    );
  }
}
