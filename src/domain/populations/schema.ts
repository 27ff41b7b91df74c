/**
 * A set of manual criteria saved in the workbook as JSON, and read back safely: unknown columns,
 * unknown or unfitting operators, codes outside their list and malformed values are rejected with a
 * French message naming the criterion ("Critère 2 : …").
 */
import { z } from 'zod';
import type { CustomFieldDef } from '../catalogue/types';
import { acceptedOperators, OPERATORS, type Criterion, type Operator } from './criteria';
import { fieldFor, type Field } from './fields';

export const CRITERIA_SET_VERSION = 1;

export interface CriteriaContext {
  readonly customFields?: readonly CustomFieldDef[];
  /** Names of liste_opération: when given, criteria on the Opération column must name one of them. */
  readonly operations?: readonly string[];
}

export interface CriteriaSet {
  readonly version: typeof CRITERIA_SET_VERSION;
  readonly criteria: readonly Criterion[];
}

const OP_TEXT = (ops: readonly Operator[]): string => ops.map((o) => `« ${o} »`).join(', ');

const RawCriterion = z.strictObject(
  {
    key: z
      .string({ error: 'la colonne (key) doit être un texte' })
      .min(1, { error: 'la colonne (key) est vide' }),
    op: z.enum(OPERATORS, {
      error: (iss) => `opérateur inconnu « ${String(iss.input)} » (attendu : ${OP_TEXT(OPERATORS)})`,
    }),
    value: z.unknown().optional(),
  },
  {
    error: (iss) =>
      iss.code === 'unrecognized_keys'
        ? `propriété inconnue : ${iss.keys.join(', ')}`
        : 'un critère doit être un objet { key, op, value }',
  },
);

type Raw = z.infer<typeof RawCriterion>;

const isFiniteNumber = (x: unknown): x is number => typeof x === 'number' && Number.isFinite(x);

function checkCode(field: Field, value: unknown, ctx: CriteriaContext): string | undefined {
  if (typeof value !== 'string' || value === '') return `un code de « ${field.label} » est attendu`;
  const allowed = field.codes?.map((c) => c.code) ?? (field.key === 'operation' ? ctx.operations : undefined);
  if (allowed && !allowed.includes(value)) {
    return `« ${value} » n'est pas un code de « ${field.label} » (codes possibles : ${allowed.join(', ')})`;
  }
  return undefined;
}

/** What is wrong with one criterion, in French, or undefined when it is valid. */
export function criterionProblem(c: Raw, ctx: CriteriaContext): string | undefined {
  const field = fieldFor(c.key, ctx.customFields);
  if (!field) return `colonne inconnue « ${c.key} »`;
  const ops = acceptedOperators(field);
  if (!ops.includes(c.op)) {
    return `l'opérateur « ${c.op} » ne s'applique pas à « ${field.label} » (opérateurs possibles : ${OP_TEXT(ops)})`;
  }
  const v = c.value;
  switch (c.op) {
    case 'renseigne':
    case 'non_renseigne':
      return v === undefined ? undefined : `l'opérateur « ${c.op} » ne prend pas de valeur`;
    case 'est':
    case 'n_est_pas':
      return checkCode(field, v, ctx);
    case 'parmi':
    case 'n_est_pas_parmi':
      if (!Array.isArray(v) || v.length === 0) return `« ${c.op} » attend une liste de codes non vide`;
      return v.map((x) => checkCode(field, x, ctx)).find((p) => p !== undefined);
    case 'contient':
      return typeof v === 'string' && v.trim() !== '' ? undefined : '« contient » attend un texte non vide';
    case 'entre':
      if (!Array.isArray(v) || v.length !== 2 || !v.every(isFiniteNumber) || v[0] > v[1]) {
        return '« entre » attend deux nombres, le premier inférieur ou égal au second';
      }
      return undefined;
    default:
      return isFiniteNumber(v) ? undefined : `l'opérateur « ${c.op} » attend un nombre`;
  }
}

/** The zod schema of a saved criteria set, for the given user fields and operations. */
export function criteriaSetSchema(ctx: CriteriaContext = {}) {
  return z
    .strictObject(
      {
        version: z.literal(CRITERIA_SET_VERSION, {
          error: `version des critères non prise en charge (attendu : ${CRITERIA_SET_VERSION})`,
        }),
        criteria: z.array(RawCriterion, {
          error: "la liste des critères (criteria) est absente ou n'est pas une liste",
        }),
      },
      {
        error: (iss) =>
          iss.code === 'unrecognized_keys'
            ? `propriété inconnue : ${iss.keys.join(', ')}`
            : 'un objet { version, criteria } est attendu',
      },
    )
    .superRefine((set, rc) => {
      set.criteria.forEach((c, i) => {
        const problem = criterionProblem(c, ctx);
        if (problem) rc.addIssue({ code: 'custom', message: problem, path: ['criteria', i] });
      });
    })
    .transform((set): CriteriaSet => ({
      version: CRITERIA_SET_VERSION,
      criteria: set.criteria as readonly Criterion[],
    }));
}

export type CriteriaParse =
  | { readonly ok: true; readonly criteria: readonly Criterion[] }
  | { readonly ok: false; readonly errors: readonly string[] };

function issueText(issue: { path: readonly PropertyKey[]; message: string }): string {
  const [head, index] = issue.path;
  return head === 'criteria' && typeof index === 'number'
    ? `Critère ${index + 1} : ${issue.message}.`
    : `Critères enregistrés : ${issue.message}.`;
}

/** Reads a saved criteria set (JSON text); never throws. */
export function parseCriteriaSet(json: string, ctx: CriteriaContext = {}): CriteriaParse {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch {
    return { ok: false, errors: ['Les critères enregistrés ne sont pas lisibles (texte JSON invalide).'] };
  }
  const r = criteriaSetSchema(ctx).safeParse(data);
  if (r.success) return { ok: true, criteria: r.data.criteria };
  return { ok: false, errors: r.error.issues.map(issueText) };
}

/** The JSON text saved in the workbook for a criteria set. */
export function serializeCriteriaSet(criteria: readonly Criterion[]): string {
  const set: CriteriaSet = { version: CRITERIA_SET_VERSION, criteria };
  return JSON.stringify(set);
}
