/** The rule set of the input check, in the order findings of one cell are listed. */
import { CELL_RULES } from './defsCells';
import { COHERENCE_RULES } from './defsCoherence';
import type { RuleDef } from './types';

export const RULES = [...CELL_RULES, ...COHERENCE_RULES] as const satisfies readonly RuleDef[];

export type RuleId = (typeof RULES)[number]['id'];

const BY_ID = new Map<string, RuleDef>(RULES.map((r) => [r.id, r]));
const ORDER = new Map<string, number>(RULES.map((r, i) => [r.id, i]));

export function ruleById(id: string): RuleDef {
  const r = BY_ID.get(id);
  if (!r) throw new Error(`Règle inconnue : ${id}`);
  return r;
}

/** Position of the rule in RULES (sort key of findings on the same cell). */
export function ruleOrder(id: string): number {
  return ORDER.get(id) ?? RULES.length;
}
