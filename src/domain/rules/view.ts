/**
 * What the row checks read: a household's usable values. A cell parseRow reported a problem for is
 * treated as blank here, so one wrong cell gives one finding (its type problem), not a cascade.
 */
import { HOUSEHOLD_COLUMNS } from '../catalogue/columns';
import { ALL_OPERATIONS } from '../catalogue/operations';
import type { CellProblem, Household } from '../household/types';
import type { ParsedRow } from '../household/parse';
import type { RuleId } from './rules';
import { normaliseName } from './text';
import type { CheckContext, OperationInfo } from './types';

export interface RowView {
  readonly household: Household;
  readonly row: number;
  /** Problems of the row's cells, by column key (the first one when a key has several). */
  readonly problems: ReadonlyMap<string, CellProblem>;
  /** The number in the cell, or null when blank, not a number, or reported by parseRow. */
  num(key: string): number | null;
  /** The code or text in the cell, or null when blank or reported by parseRow. */
  str(key: string): string | null;
  /** True when the cell holds nothing at all (no value, no problem). */
  blank(key: string): boolean;
}

/** Emits one finding: rule, column, what is wrong (French), the precise fix (default: the rule's). */
export type Emit = (
  ruleId: RuleId,
  key: string,
  detail: string,
  fix?: string,
  relatedRows?: readonly number[],
) => void;

/** Context shared by the row checks, prepared once per check. */
export interface Env {
  readonly today: number;
  /** Operations by normalised name. */
  readonly operations: ReadonlyMap<string, OperationInfo>;
}

export function makeEnv(ctx: CheckContext): Env {
  const operations = new Map<string, OperationInfo>();
  const all = normaliseName(ALL_OPERATIONS);
  for (const op of ctx.operations) {
    const key = normaliseName(op.name);
    if (key !== '' && key !== all && !operations.has(key)) operations.set(key, op);
  }
  return { today: ctx.today, operations };
}

const EMPTY = new Map<string, CellProblem>();

export function makeView(parsed: ParsedRow): RowView {
  const h = parsed.household;
  let problems: Map<string, CellProblem> = EMPTY;
  if (parsed.problems.length > 0) {
    problems = new Map();
    for (const p of parsed.problems) if (!problems.has(p.key)) problems.set(p.key, p);
  }
  const values = h.values as Readonly<Record<string, string | number | null | undefined>>;
  const custom = h.custom;
  const raw = (key: string): string | number | null | undefined => {
    const v = values[key];
    return v === undefined ? custom[key] : v;
  };
  return {
    household: h,
    row: h.row,
    problems,
    num(key) {
      if (problems.has(key)) return null;
      const v = raw(key);
      return typeof v === 'number' && Number.isFinite(v) ? v : null;
    },
    str(key) {
      if (problems.has(key)) return null;
      const v = raw(key);
      if (v === null || v === undefined || v === '') return null;
      return String(v);
    },
    blank(key) {
      if (problems.has(key)) return false;
      const v = raw(key);
      return v === null || v === undefined || v === '';
    },
  };
}

/** The operation the row belongs to, when it is one of liste_opération. */
export function operationOf(v: RowView, env: Env): OperationInfo | undefined {
  const name = v.str('operation');
  return name === null ? undefined : env.operations.get(normaliseName(name));
}

/** Typed columns but the N° de demande, which parseRow sets to 1 when blank. */
const INPUT_KEYS = HOUSEHOLD_COLUMNS.filter((c) => c.kind !== 'derived' && c.key !== 'requestNo').map(
  (c) => c.key,
);

/** A row with no value and no problem at all: a blank line of the table, not checked. */
export function isBlankRow(parsed: ParsedRow): boolean {
  if (parsed.problems.length > 0) return false;
  const values = parsed.household.values as Readonly<Record<string, unknown>>;
  const custom = parsed.household.custom as Readonly<Record<string, unknown>>;
  // Early return: a filled row (nearly all of them) stops at its first input value.
  for (const key of INPUT_KEYS) {
    const v = values[key];
    if (v !== null && v !== undefined && v !== '') return false;
  }
  for (const key in custom) {
    const v = custom[key];
    if (v !== null && v !== undefined && v !== '') return false;
  }
  return true;
}
