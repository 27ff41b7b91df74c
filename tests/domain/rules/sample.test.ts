/**
 * Against the sample generator (src/sample): coherent households give no erreur; E injected errors
 * give exactly E erreur findings, matched by (row, rule), plus the copied row of each duplicate (the
 * duplicate rule reports both rows); injection adds no avertissement.
 */
import { serialFromYmd } from '../../../src/domain/dates';
import { parseRow } from '../../../src/domain/household';
import {
  RULES,
  SAMPLE_ERROR_RULES,
  checkHouseholds,
  operationInfos,
  type Finding,
  type RuleId,
  type SampleErrorKind,
} from '../../../src/domain/rules';
import { generateSample, INJECTABLE_ERRORS, type InjectableError, type Sample } from '../../../src/sample';

const TODAY = serialFromYmd(2025, 6, 30);
const FIRST_ROW = 2;

// Type-level: the mapping covers every kind of the sample (the test below checks there is no other).
const typed: Readonly<Record<InjectableError, RuleId>> = SAMPLE_ERROR_RULES;
const kinds: readonly SampleErrorKind[] = INJECTABLE_ERRORS;

function run(sample: Sample): Finding[] {
  const operations = operationInfos(sample.operations);
  const names = operations.map((o) => o.name);
  const parsed = sample.rows.map((raw, i) =>
    parseRow(raw, { row: FIRST_ROW + i, params: { smic: 1398.69 }, operations: names }),
  );
  return checkHouseholds(parsed, { operations, today: TODAY });
}

const key = (row: number, ruleId: string): string => `${row}:${ruleId}`;
const sorted = (xs: string[]): string[] => [...xs].sort();

/** The (row, rule) pairs the injection must produce. */
function expectedErrors(sample: Sample): string[] {
  const out: string[] = [];
  for (const e of sample.injected) {
    out.push(key(FIRST_ROW + e.rowIndex, typed[e.kind]));
    if (e.kind === 'duplicateRequest') {
      sample.rows.forEach((r, i) => {
        if (i !== e.rowIndex && r.householdId === e.householdId && r.requestNo === e.requestNo)
          out.push(key(FIRST_ROW + i, typed[e.kind]));
      });
    }
  }
  return out;
}

describe('SAMPLE_ERROR_RULES', () => {
  it('maps every injectable kind, and only those, to an erreur rule', () => {
    expect(Object.keys(SAMPLE_ERROR_RULES).sort()).toEqual([...kinds].sort());
    for (const id of Object.values(SAMPLE_ERROR_RULES))
      expect(RULES.find((r) => r.id === id)?.severity).toBe('erreur');
  });
});

describe.each([1, 7, 2024])('sample of 1 500 households, seed %i', (seed) => {
  const base = generateSample({ households: 1500, operations: 4, seed, today: TODAY });
  const bad = generateSample({ households: 1500, operations: 4, errors: 32, seed, today: TODAY });
  const baseFindings = run(base);
  const badFindings = run(bad);

  it('coherent households: zero erreur', () => {
    expect(baseFindings.filter((f) => f.severity === 'erreur').map((f) => f.message)).toEqual([]);
  });

  it('32 injected errors: exactly their findings (no miss, no extra), plus the copied row of each duplicate', () => {
    expect(bad.injected).toHaveLength(32);
    const expected = expectedErrors(bad);
    expect(expected).toHaveLength(34);
    const found = badFindings.filter((f) => f.severity === 'erreur').map((f) => key(f.row, f.ruleId));
    expect(sorted(found)).toEqual(sorted(expected));
  });

  it('injection adds no avertissement', () => {
    const before = new Set(
      baseFindings
        .filter((f) => f.severity === 'avertissement')
        .map((f) => `${key(f.row, f.ruleId)}@${f.columnKey}`),
    );
    const added = badFindings.filter(
      (f) => f.severity === 'avertissement' && !before.has(`${key(f.row, f.ruleId)}@${f.columnKey}`),
    );
    expect(added.map((f) => f.message)).toEqual([]);
  });
});
