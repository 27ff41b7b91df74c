/** The summary shown after a check: rows checked, errors, warnings, counts by rule (French titles). */
import type { ParsedRow } from '../household/parse';
import { checkedRowCount } from './check';
import { RULES } from './rules';
import type { CheckSummary, Finding, RuleCount } from './types';

/**
 * `rows` is the number of household rows checked, or the parsed rows themselves (blank lines are
 * then left out, as the check does).
 */
export function summarise(findings: readonly Finding[], rows: number | readonly ParsedRow[]): CheckSummary {
  const counts = new Map<string, number>();
  const withErrors = new Set<number>();
  const withWarnings = new Set<number>();
  let errors = 0;
  let warnings = 0;
  for (const f of findings) {
    counts.set(f.ruleId, (counts.get(f.ruleId) ?? 0) + 1);
    if (f.severity === 'erreur') {
      errors += 1;
      withErrors.add(f.row);
    } else {
      warnings += 1;
      withWarnings.add(f.row);
    }
  }
  const byRule: RuleCount[] = [];
  for (const r of RULES) {
    const count = counts.get(r.id);
    if (count) byRule.push({ ruleId: r.id, title: r.title, severity: r.severity, count });
  }
  return {
    rowsChecked: typeof rows === 'number' ? rows : checkedRowCount(rows),
    rowsWithErrors: withErrors.size,
    rowsWithWarnings: withWarnings.size,
    rowsWithFindings: new Set([...withErrors, ...withWarnings]).size,
    errors,
    warnings,
    byRule,
  };
}
