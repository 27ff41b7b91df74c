/**
 * Checks of the relocation state and of the new dwelling: the after-relocation block against
 * Relogement (OUI / NON / D / A), localisation vs communes, statut d'occupation vs financing,
 * building age and type de relogement, décohabitation requests.
 */
import { FAT_AFTER_COLUMNS, OTHER_AFTER_COLUMNS, AFTER_BLOCK_COLUMNS } from './defsCoherence';
import { codeText, frNumber, normaliseName, quoted } from './text';
import { operationOf, type Emit, type Env, type RowView } from './view';

/** Columns required only in the social park (PS), or not for an accession (AP). */
const SOCIAL_ONLY = new Set(['financing', 'buildingAge', 'relocatingLandlord', 'reservation']);
const NOT_FOR_OWNERSHIP = new Set(['rentAfter']);

/** Rental financings of the social park; with AP (accession) they make no sense. PLS included. */
const SOCIAL_RENTAL_FINANCINGS = new Set(['PLAI', 'PLUS', 'PLUS CD', 'PLA', 'PLS', 'HLMO', 'AS']);
/** Financings that place a dwelling in the social park (PLS and PLI may be private: left out). */
const SOCIAL_PARK_FINANCINGS = new Set(['PLAI', 'PLUS', 'PLUS CD', 'PLA', 'HLMO', 'AS']);
const OUTSIDE_SOCIAL = new Set(['LL', 'A']);
const IN_COMMUNE = new Set(['SIT', 'HSIT']);
const OTHER_COMMUNE = new Set(['AGGLO', 'HAGL']);

function expected(key: string, tenure: string | null): boolean {
  if (SOCIAL_ONLY.has(key)) return tenure === 'PS';
  if (NOT_FOR_OWNERSHIP.has(key)) return tenure !== 'AP';
  return true;
}

function checkState(v: RowView, emit: Emit, label: (key: string) => string): void {
  const relocation = v.str('relocation');
  if (relocation === null) {
    if (v.blank('relocation'))
      emit('relogement-manquant', 'relocation', `${quoted(label('relocation'))} est vide.`);
    return;
  }
  const hasDate = v.num('moveDate') !== null;
  if (relocation === 'OUI') {
    const tenure = v.str('tenureAfter');
    const missing = (
      ruleId: 'reloge-donnee-anru-manquante' | 'reloge-donnee-manquante',
      keys: readonly string[],
    ): void => {
      for (const key of keys) {
        if (!expected(key, tenure) || !v.blank(key)) continue;
        const detail = `Relogement = OUI mais ${quoted(label(key))} est vide.`;
        emit(
          ruleId,
          key,
          detail,
          `Renseigner ${quoted(label(key))}${key === 'moveDate' ? ' (jj/mm/aaaa)' : ''}.`,
        );
      }
    };
    missing('reloge-donnee-anru-manquante', FAT_AFTER_COLUMNS);
    missing('reloge-donnee-manquante', OTHER_AFTER_COLUMNS);
  } else if (relocation === 'NON') {
    if (hasDate)
      emit(
        'non-reloge-avec-date',
        'moveDate',
        `Relogement = NON mais ${quoted(label('moveDate'))} est remplie.`,
      );
    const filled = AFTER_BLOCK_COLUMNS.filter((key) => !v.blank(key));
    if (filled.length > 0) {
      const names = filled.map((key) => quoted(label(key))).join(', ');
      emit(
        'non-reloge-avec-logement-apres',
        'relocation',
        `Relogement = NON mais ${filled.length > 1 ? 'ces cellules du logement après relogement sont remplies' : 'cette cellule du logement après relogement est remplie'} : ${names}.`,
      );
    }
  } else if (hasDate) {
    emit(
      'depart-avec-date',
      'moveDate',
      `Relogement = ${codeText('relocation', relocation)} mais ${quoted(label('moveDate'))} est remplie.`,
    );
  }
}

function checkLocation(v: RowView, emit: Emit, env: Env, label: (key: string) => string): void {
  const location = v.str('location');
  const commune = v.str('relocationCommune');
  if (location === null || commune === null || !(IN_COMMUNE.has(location) || OTHER_COMMUNE.has(location)))
    return;
  const op = operationOf(v, env);
  if (!op || op.commune === null || normaliseName(op.commune) === '') return;
  const same = normaliseName(commune) === normaliseName(op.commune);
  const loc = codeText('location', location);
  if (IN_COMMUNE.has(location) && !same) {
    emit(
      'localisation-commune',
      'location',
      `${loc} suppose un relogement dans la commune de l'opération (${op.commune}), or ${quoted(label('relocationCommune'))} est ${quoted(commune)}.`,
      `Corriger la commune de relogement, ou choisir AGGLO (hors commune dans l'agglomération) ou HAGL (hors agglomération).`,
    );
  } else if (OTHER_COMMUNE.has(location) && same) {
    emit(
      'localisation-commune',
      'location',
      `${loc} suppose un relogement hors de la commune de l'opération, or ${quoted(label('relocationCommune'))} est ${quoted(commune)}, la commune de l'opération.`,
      `Choisir SIT (sur site) ou HSIT (hors site dans la commune), ou corriger la commune de relogement.`,
    );
  }
}

function checkTenure(v: RowView, emit: Emit, label: (key: string) => string): void {
  const tenure = v.str('tenureAfter');
  const financing = v.str('financing');
  const age = v.str('buildingAge');
  const type = v.str('relocationType');
  const status =
    tenure === null ? '' : `${quoted(label('tenureAfter'))} = ${codeText('tenureAfter', tenure)}`;
  if (tenure === 'AP' && financing !== null && SOCIAL_RENTAL_FINANCINGS.has(financing)) {
    emit(
      'accession-financement-social',
      'financing',
      `${status} avec ${quoted(label('financing'))} = ${financing}.`,
    );
  }
  if (
    tenure !== null &&
    OUTSIDE_SOCIAL.has(tenure) &&
    financing !== null &&
    SOCIAL_PARK_FINANCINGS.has(financing)
  ) {
    emit(
      'financement-social-hors-parc-social',
      'financing',
      `${status} avec ${quoted(label('financing'))} = ${financing}.`,
    );
  }
  if (tenure !== null && OUTSIDE_SOCIAL.has(tenure) && age !== null) {
    emit(
      'age-bati-hors-parc-social',
      'buildingAge',
      `${status} avec ${quoted(label('buildingAge'))} = ${codeText('buildingAge', age)}.`,
    );
  }
  if (type === 'TN' && tenure !== null && tenure !== 'PS') {
    emit('tn-hors-parc-social', 'relocationType', `${quoted(label('relocationType'))} = TN avec ${status}.`);
  }
  const proposals = v.num('proposals');
  if (type === 'TN' && (v.blank('proposals') || proposals === 0)) {
    const what = proposals === 0 ? 'vaut 0' : 'est vide';
    emit(
      'tn-sans-proposition',
      'proposals',
      `${quoted(label('relocationType'))} = TN mais ${quoted(label('proposals'))} ${what}.`,
    );
  }
}

function checkRequest(v: RowView, emit: Emit, label: (key: string) => string): void {
  const requestNo = v.num('requestNo');
  if (requestNo !== null && requestNo > 1 && v.str('priorStatus') === 'T') {
    emit(
      'decohabitation-titulaire',
      'priorStatus',
      `Demande n° ${frNumber(requestNo)} (décohabitation) avec ${quoted(label('priorStatus'))} = ${codeText('priorStatus', 'T')}.`,
    );
  }
}

export function checkRelocation(v: RowView, emit: Emit, env: Env, label: (key: string) => string): void {
  checkState(v, emit, label);
  checkLocation(v, emit, env, label);
  checkTenure(v, emit, label);
  checkRequest(v, emit, label);
}
