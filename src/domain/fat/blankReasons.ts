/**
 * Why a value is blank: the reason printed on a "Non classé" line. For a derived column, the reason
 * walks its definition (the same one the workbook formula comes from) down to the typed inputs that
 * are missing, so the user knows which cell to fill.
 */
import { column, type ColumnKey } from '../catalogue/columns';
import { DERIVED } from '../derived/definitions';
import type { DerivedDef } from '../derived/expr';
import type { Household } from '../household/types';

const DEFS: ReadonlyMap<string, DerivedDef> = new Map(Object.values(DERIVED).map((d) => [d.key, d]));

const isNum = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

function value(h: Household, key: string): unknown {
  return (h.values as Readonly<Record<string, unknown>>)[key];
}

function label(key: string): string {
  return column(key).label;
}

/** Causes, in French, of a blank derived value (empty when none can be named). */
function causes(h: Household, key: string, seen: Set<string>): string[] {
  if (seen.has(key)) return [];
  seen.add(key);
  const def = DEFS.get(key);
  if (!def) return value(h, key) === null || value(h, key) === undefined ? [`${label(key)} vide`] : [];
  const out: string[] = [];
  for (const k of def.required) {
    if (!isNum(value(h, k))) out.push(...causes(h, k, seen));
  }
  for (const k of def.positive ?? []) {
    const v = value(h, k);
    if (!isNum(v)) out.push(...causes(h, k, seen));
    else if (v <= 0) out.push(`${label(k)} nulles ou négatives`);
  }
  const optional = def.optional ?? [];
  if (def.anyOptional && optional.length > 0 && optional.every((k) => !isNum(value(h, k)))) {
    out.push(`${optional.map(label).join(' et ')} vides`);
  }
  return out;
}

/**
 * "Évolution nombre pièces non calculable : Nombre de pièces après vide" / "Taux d'effort (en %) non
 * calculable : Loyer de base mensuel vide ; Salaires mensuels et Prestations familiales vides".
 * When no typed input is missing (a cell holds text where a number is expected, which the parser
 * reports), the reason sends the user to the input check.
 */
export function blankReason(h: Household, key: ColumnKey): string {
  const def = DEFS.get(key);
  if (!def) return `${label(key)} vide`;
  const list = [...new Set(causes(h, key, new Set()))];
  if (list.length === 0) return `${label(key)} non calculable : une donnée saisie n'est pas utilisable (voir le contrôle de saisie)`;
  return `${label(key)} non calculable : ${list.join(' ; ')}`;
}
