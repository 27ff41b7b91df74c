/**
 * The criterion being built in the pane (pure): the columns offered (catalogue by group, then the user's
 * fields), the French words of the operators, and the Criterion made from what the user chose and typed,
 * or a French message saying what to fix.
 */
import { GROUPS, HOUSEHOLD_COLUMNS, type CustomFieldDef } from '../../../domain/catalogue';
import { parseIsoDate } from '../../../domain/dates';
import {
  criterionProblem, fieldFor, operatorsFor, type Criterion, type Field, type Operator,
} from '../../../domain/populations';

export const OPERATOR_WORDS: Readonly<Record<Operator, string>> = {
  est: 'est',
  parmi: 'est parmi',
  n_est_pas: "n'est pas",
  n_est_pas_parmi: "n'est pas parmi",
  '=': '= (égal à)',
  '≠': '≠ (différent de)',
  '<': '< (inférieur à)',
  '≤': '≤ (inférieur ou égal à)',
  '>': '> (supérieur à)',
  '≥': '≥ (supérieur ou égal à)',
  entre: 'entre … et … (bornes comprises)',
  contient: 'contient',
  renseigne: 'est renseigné',
  non_renseigne: "n'est pas renseigné (NR)",
};

export interface ColumnGroup {
  readonly label: string;
  readonly columns: readonly { readonly key: string; readonly label: string }[];
}

/** The columns a criterion may name: the catalogue by group, then the user's fields. */
export function columnGroups(customFields: readonly CustomFieldDef[]): ColumnGroup[] {
  const groups: ColumnGroup[] = GROUPS.map((g) => ({
    label: g.label,
    columns: HOUSEHOLD_COLUMNS.filter((c) => c.group === g.id).map((c) => ({ key: c.key, label: c.label })),
  }));
  if (customFields.length > 0) groups.push({ label: 'Champs ajoutés', columns: customFields.map((f) => ({ key: f.key, label: f.label })) });
  return groups.filter((g) => g.columns.length > 0);
}

export function operatorsOf(key: string, customFields: readonly CustomFieldDef[]): readonly Operator[] {
  const column = HOUSEHOLD_COLUMNS.find((c) => c.key === key) ?? customFields.find((f) => f.key === key);
  return column ? operatorsFor(column) : [];
}

/** Codes offered for a code column: its list, or the operations for the Opération column. */
export function codesOf(field: Field | undefined, operations: readonly string[]): { code: string; text: string }[] {
  if (!field || field.kind !== 'code') return [];
  if (field.codes) return field.codes.map((c) => ({ code: c.code, text: c.label === c.code ? c.code : `${c.code} – ${c.label}` }));
  return operations.map((o) => ({ code: o, text: o }));
}

export interface Draft {
  readonly key: string;
  readonly op: Operator | '';
  /** Text, number or date (yyyy-mm-dd) typed; the code chosen for est / n'est pas. */
  readonly text: string;
  /** Codes chosen for « est parmi » and « n'est pas parmi ». */
  readonly codes: readonly string[];
  /** Upper bound for « entre » (the lower one is `text`). */
  readonly upTo: string;
}

export const EMPTY_DRAFT: Draft = { key: '', op: '', text: '', codes: [], upTo: '' };

/** « 12,5 », « 1 200 » or « 30 » as a number; undefined when it is not one. */
export function parseFrenchNumber(s: string): number | undefined {
  const t = s.replace(/[\s\u00a0\u202f]/g, '').replace(',', '.');
  if (!/^-?\d+(\.\d+)?$/.test(t)) return undefined;
  return Number(t);
}

type Built = { readonly criterion: Criterion } | { readonly error: string };

function numberOf(field: Field, s: string, which: string): number | string {
  if (s.trim() === '') return `Saisissez ${which}.`;
  if (field.kind === 'date') return parseIsoDate(s) ?? `Saisissez une date valide (${which}).`;
  return parseFrenchNumber(s) ?? `« ${s} » n'est pas un nombre : saisissez par exemple 30 ou 12,5.`;
}

const capital = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

/** The criterion of the draft, checked like a saved one (codes in their list, operator fitting the column). */
export function buildCriterion(d: Draft, customFields: readonly CustomFieldDef[], operations: readonly string[]): Built {
  const field = fieldFor(d.key, customFields);
  if (!field) return { error: 'Choisissez une colonne.' };
  if (d.op === '') return { error: 'Choisissez un opérateur.' };
  let c: Criterion;
  switch (d.op) {
    case 'renseigne':
    case 'non_renseigne':
      c = { key: d.key, op: d.op };
      break;
    case 'est':
    case 'n_est_pas':
      if (d.text === '') return { error: 'Choisissez une valeur.' };
      c = { key: d.key, op: d.op, value: d.text };
      break;
    case 'parmi':
    case 'n_est_pas_parmi':
      if (d.codes.length === 0) return { error: 'Choisissez au moins une valeur.' };
      c = { key: d.key, op: d.op, value: [...d.codes] };
      break;
    case 'contient':
      if (d.text.trim() === '') return { error: 'Saisissez le texte recherché.' };
      c = { key: d.key, op: 'contient', value: d.text.trim() };
      break;
    case 'entre': {
      const a = numberOf(field, d.text, 'la première borne');
      const b = numberOf(field, d.upTo, 'la seconde borne');
      if (typeof a === 'string') return { error: a };
      if (typeof b === 'string') return { error: b };
      c = { key: d.key, op: 'entre', value: [a, b] };
      break;
    }
    default: {
      const x = numberOf(field, d.text, 'une valeur');
      if (typeof x === 'string') return { error: x };
      c = { key: d.key, op: d.op, value: x };
    }
  }
  const problem = criterionProblem(c as Parameters<typeof criterionProblem>[0], { customFields, operations });
  return problem ? { error: `${capital(problem)}.` } : { criterion: c };
}
