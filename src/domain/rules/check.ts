/**
 * The input check ("VALIDATION", reference §4): every rule on every household row, one finding per
 * (row, column, rule), sorted by row, then column (catalogue order, user fields before the comments),
 * then rule (RULES order). Linear in the number of rows.
 */
import type { ParsedRow } from '../household/parse';
import { checkMoveDate, checkProblems, checkValues } from './cellChecks';
import { checkHousehold } from './householdChecks';
import { checkRelocation } from './relocationChecks';
import { ruleById, ruleOrder } from './rules';
import { checkOperation, checkTable } from './tableChecks';
import { columnIndex, frame, locate } from './text';
import type { CheckContext, Finding } from './types';
import { isBlankRow, makeEnv, makeView, type Emit, type RowView } from './view';

export function checkHouseholds(parsed: readonly ParsedRow[], ctx: CheckContext): Finding[] {
  const columns = columnIndex(ctx.customFields);
  const label = columns.label;
  const env = makeEnv(ctx);
  const findings: Finding[] = [];
  const seen = new Set<string>();

  const emitterFor = (v: RowView): Emit => {
    const values = v.household.values;
    const householdId = typeof values.householdId === 'number' ? values.householdId : null;
    const requestNo = typeof values.requestNo === 'number' ? values.requestNo : null;
    const idProblem = v.problems.get('householdId');
    const rawId = householdId === null && idProblem ? String(idProblem.raw).trim() : null;
    return (ruleId, key, detail, fix, relatedRows) => {
      const id = `${v.row}\u0000${key}\u0000${ruleId}`;
      if (seen.has(id)) return;
      seen.add(id);
      const rule = ruleById(ruleId);
      const where = locate(v.row, householdId, requestNo, rawId, label(key));
      const finding: Finding = {
        row: v.row,
        householdId,
        requestNo,
        columnKey: key,
        ruleId,
        severity: rule.severity,
        message: frame(where, rule.title, detail, fix ?? rule.fix),
      };
      findings.push(relatedRows && relatedRows.length > 0 ? { ...finding, relatedRows } : finding);
    };
  };

  const views: RowView[] = [];
  const emitters: Emit[] = [];
  for (const p of parsed) {
    if (isBlankRow(p)) continue;
    const v = makeView(p);
    const emit = emitterFor(v);
    views.push(v);
    emitters.push(emit);
    checkProblems(v, emit);
    checkValues(v, emit, label);
    checkOperation(v, emit, env, label);
    checkMoveDate(v, emit, env);
    checkHousehold(v, emit, label);
    checkRelocation(v, emit, env, label);
  }
  checkTable(views, (i) => emitters[i], label);

  const position = new Map<string, number>();
  const pos = (key: string): number => {
    let p = position.get(key);
    if (p === undefined) position.set(key, (p = columns.position(key)));
    return p;
  };
  return findings.sort(
    (a, b) =>
      a.row - b.row || pos(a.columnKey) - pos(b.columnKey) || ruleOrder(a.ruleId) - ruleOrder(b.ruleId),
  );
}

/** Household rows the check looks at (blank lines of the table are skipped). */
export function checkedRowCount(parsed: readonly ParsedRow[]): number {
  let n = 0;
  for (const p of parsed) if (!isBlankRow(p)) n += 1;
  return n;
}
