/**
 * The engine behind every FAT table that splits a population: rules are tried in priority order and
 * the first that holds takes the household, so each household lands on exactly one line; a household
 * that no rule can take goes on a "Non classé" line with the reason. The TOTAL is counted on its own
 * (population criteria), so a classification that lost or doubled a household would show.
 */
import type { Household } from '../household/types';
import { describeConjunction, describeWithin, matches, matchesAll, type Conjunction, type Criteria } from './criteria';
import type { FatRow } from './types';

/** A line fed by households (label, criteria). */
export interface CountRule {
  readonly id: string;
  readonly label: string;
  readonly criteria: Criteria;
}

/** Households sent to "Non classé", with the reason (fixed text, or read from the household). */
export interface UnclassifiedRule {
  readonly id: string;
  readonly criteria: Criteria;
  readonly reason: string | ((h: Household) => string);
}

export interface Classification {
  /** Who the table describes, e.g. Relogement = OUI. */
  readonly population: Conjunction;
  /** Tried before the rules: incoherent codes go to "Non classé" instead of a line. */
  readonly checks: readonly UnclassifiedRule[];
  /** In priority order: the first that holds takes the household. */
  readonly rules: readonly CountRule[];
  /** For the households no rule took: the first that holds gives the reason. */
  readonly missing: readonly UnclassifiedRule[];
  /** Reason when nothing above applies. */
  readonly fallback: string;
  /** Print "(priorité n)" after each rule: set when rules overlap and the order decides. */
  readonly showPriority?: boolean;
}

export type Outcome =
  | { readonly kind: 'rule'; readonly id: string }
  | { readonly kind: 'unclassified'; readonly ruleId: string; readonly reason: string };

const FALLBACK_ID = 'none';

function unclassified(r: UnclassifiedRule, h: Household): Outcome {
  return { kind: 'unclassified', ruleId: r.id, reason: typeof r.reason === 'string' ? r.reason : r.reason(h) };
}

/** Where one household of the population goes. */
export function classify(spec: Classification, h: Household): Outcome {
  for (const c of spec.checks) if (matches(c.criteria, h)) return unclassified(c, h);
  for (const r of spec.rules) if (matches(r.criteria, h)) return { kind: 'rule', id: r.id };
  for (const m of spec.missing) if (matches(m.criteria, h)) return unclassified(m, h);
  return { kind: 'unclassified', ruleId: FALLBACK_ID, reason: spec.fallback };
}

export function inPopulation(spec: Classification, h: Household): boolean {
  return matchesAll(spec.population, h);
}

/** The French rule of a line, e.g. "Relogement = OUI et Type de relogement = TN … (priorité 1)". */
export function ruleText(spec: Classification, id: string): string {
  const i = spec.rules.findIndex((r) => r.id === id);
  if (i < 0) throw new Error(`Règle inconnue : ${id}`);
  const text = describeWithin(spec.population, spec.rules[i].criteria);
  return spec.showPriority ? `${text} (priorité ${i + 1})` : text;
}

function unclassifiedRuleText(spec: Classification, ruleId: string): string {
  const r = [...spec.checks, ...spec.missing].find((x) => x.id === ruleId);
  if (r) return describeWithin(spec.population, r.criteria);
  return `${describeConjunction(spec.population)} et aucune ligne ne s'applique`;
}

/** How the lines of a section are laid out: group headers and rule lines, in the guide's order. */
export type LayoutEntry =
  | { readonly header: string; readonly id: string; readonly level: 0 | 1 }
  | { readonly rule: string; readonly level: 0 | 1 | 2 };

export interface SectionResult {
  readonly rows: readonly FatRow[];
  readonly outcomes: ReadonlyMap<Household, Outcome>;
}

/**
 * The lines of one section: headers and rule lines in layout order, then one "Non classé" line per
 * reason, then the TOTAL of the population.
 */
export function countSection(
  households: readonly Household[],
  spec: Classification,
  layout: readonly LayoutEntry[],
  totalLabel: string,
  idPrefix = '',
): SectionResult {
  const outcomes = new Map<Household, Outcome>();
  const counts = new Map<string, number>(spec.rules.map((r) => [r.id, 0]));
  const lost = new Map<string, { ruleId: string; reason: string; count: number }>();
  let total = 0;
  for (const h of households) {
    if (!inPopulation(spec, h)) continue;
    total += 1;
    const o = classify(spec, h);
    outcomes.set(h, o);
    if (o.kind === 'rule') counts.set(o.id, (counts.get(o.id) ?? 0) + 1);
    else {
      const key = `${o.ruleId}\u0000${o.reason}`;
      const entry = lost.get(key) ?? { ruleId: o.ruleId, reason: o.reason, count: 0 };
      entry.count += 1;
      lost.set(key, entry);
    }
  }
  const rows: FatRow[] = [];
  const laidOut = new Set<string>();
  for (const e of layout) {
    if ('header' in e) {
      rows.push({ id: idPrefix + e.id, label: e.header, level: e.level, count: null, rule: '', isHeader: true });
      continue;
    }
    const r = spec.rules.find((x) => x.id === e.rule);
    if (!r) throw new Error(`Ligne sans règle : ${e.rule}`);
    laidOut.add(r.id);
    rows.push({ id: idPrefix + r.id, label: r.label, level: e.level, count: counts.get(r.id) ?? 0, rule: ruleText(spec, r.id) });
  }
  const missingFromLayout = spec.rules.filter((r) => !laidOut.has(r.id));
  if (missingFromLayout.length > 0) throw new Error(`Règles absentes du tableau : ${missingFromLayout.map((r) => r.id).join(', ')}`);
  const order = [...spec.checks, ...spec.missing].map((r) => r.id).concat(FALLBACK_ID);
  const lines = [...lost.values()].sort(
    (a, b) => order.indexOf(a.ruleId) - order.indexOf(b.ruleId) || a.reason.localeCompare(b.reason, 'fr'),
  );
  for (const l of lines) {
    rows.push({
      id: `${idPrefix}unclassified:${l.ruleId}:${l.reason}`,
      label: 'Non classé',
      level: 0,
      count: l.count,
      rule: unclassifiedRuleText(spec, l.ruleId),
      isUnclassified: true,
      reason: l.reason,
    });
  }
  rows.push({ id: `${idPrefix}total`, label: totalLabel, level: 0, count: total, rule: describeConjunction(spec.population), isTotal: true });
  return { rows, outcomes };
}
