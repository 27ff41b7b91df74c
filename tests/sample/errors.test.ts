import { parseRow } from '../../src/domain/household';
import { generateSample, INJECTABLE_ERRORS, type RawHouseholdRow } from '../../src/sample';
import { checkRows, type RuleId } from './checker';

const TODAY = 46000; // 09/12/2025

/** Columns each kind may change, and the one rule of the checker it must break (written by hand). */
const EXPECTED: Record<string, { keys: string[]; rule: RuleId }> = {
  unknownCode: { keys: ['jobStatus'], rule: 'R1' },
  textInNumber: { keys: ['rent'], rule: 'R2' },
  negativeAmount: { keys: ['rni'], rule: 'R3' },
  zeroSurface: { keys: ['surface'], rule: 'R4' },
  ageOutOfRange: { keys: ['age'], rule: 'R5' },
  childrenVsStructure: { keys: ['children', 'adultChildren', 'occupants'], rule: 'R6' },
  hostedVsStructure: { keys: ['hosted', 'occupants'], rule: 'R7' },
  adultChildrenAboveChildren: { keys: ['adultChildren'], rule: 'R9' },
  aplAboveQuittance: { keys: ['apl'], rule: 'R10' },
  relocatedWithoutDate: { keys: ['moveDate'], rule: 'R12' },
  notRelocatedWithDate: { keys: ['moveDate'], rule: 'R13' },
  duplicateRequest: { keys: ['householdId'], rule: 'R18' },
  unknownOperation: { keys: ['operation'], rule: 'R19' },
  moveBeforeOperationStart: { keys: ['moveDate'], rule: 'R16' },
  futureMoveDate: { keys: ['moveDate'], rule: 'R15' },
  locationVsCommune: { keys: ['relocationCommune'], rule: 'R17' },
};

const changedKeys = (a: RawHouseholdRow, b: RawHouseholdRow): string[] =>
  Object.keys(a).filter((k) => a[k as keyof RawHouseholdRow] !== b[k as keyof RawHouseholdRow]);

describe('error injection', () => {
  const base = generateSample({ households: 3000, operations: 5, seed: 17, today: TODAY });
  const bad = generateSample({ households: 3000, operations: 5, errors: 16, seed: 17, today: TODAY });

  it('lists 16 kinds, injects exactly 16 errors, one per kind, in cycle order', () => {
    expect(INJECTABLE_ERRORS).toHaveLength(16);
    expect(Object.keys(EXPECTED).sort()).toEqual([...INJECTABLE_ERRORS].sort());
    expect(bad.injected).toHaveLength(16);
    expect(bad.injected.map((e) => e.kind)).toEqual([...INJECTABLE_ERRORS]);
  });

  it('touches 16 distinct households; the operations are unchanged', () => {
    expect(new Set(bad.injected.map((e) => e.rowIndex)).size).toBe(16);
    const dup = bad.injected.find((e) => e.kind === 'duplicateRequest')!;
    const ids = bad.injected.filter((e) => e !== dup).map((e) => e.householdId);
    ids.push(base.rows[dup.rowIndex].householdId as number, dup.householdId);
    expect(new Set(ids).size).toBe(17);
    expect(bad.operations).toEqual(base.operations);
  });

  it('each injected row differs from the coherent row only in its expected columns', () => {
    const injectedAt = new Map(bad.injected.map((e) => [e.rowIndex, e]));
    bad.rows.forEach((row, i) => {
      const e = injectedAt.get(i);
      const changed = changedKeys(base.rows[i], row);
      if (!e) {
        expect(changed).toEqual([]);
        return;
      }
      expect(changed).toContain(e.columnKey);
      expect(changed.filter((k) => !EXPECTED[e.kind].keys.includes(k))).toEqual([]);
      expect(row.householdId).toBe(e.householdId);
      expect(row.requestNo).toBe(e.requestNo);
    });
  });

  it('each injected row breaks exactly its one rule; no other row breaks any', () => {
    const found = checkRows(bad.rows, bad.operations, TODAY);
    const expected = bad.injected.map((e) => ({ row: e.rowIndex, rule: EXPECTED[e.kind].rule }));
    expect(found.map(({ row, rule }) => ({ row, rule })).sort((a, b) => a.row - b.row)).toEqual(
      expected.sort((a, b) => a.row - b.row),
    );
  });

  it('puts the values the kinds promise', () => {
    const at = (kind: string): RawHouseholdRow =>
      bad.rows[bad.injected.find((e) => e.kind === kind)!.rowIndex];
    expect(at('unknownCode').jobStatus).toBe('CDD');
    expect(at('textInNumber').rent).toMatch(/^\d+,\d\d$/);
    expect(at('zeroSurface').surface).toBe(0);
    expect(at('ageOutOfRange').age).toBe(130);
    expect(at('childrenVsStructure').children).toBe(0);
    expect(at('hostedVsStructure').hosted).toBe(0);
    expect(at('relocatedWithoutDate').moveDate).toBe('');
    expect(at('relocatedWithoutDate').relocation).toBe('OUI');
    expect(at('notRelocatedWithDate').relocation).toBe('NON');
    expect(at('unknownOperation').operation).toBe('Îlot Saint-Fiacre – bât. Z');
    expect(at('locationVsCommune').location).toMatch(/^(SIT|HSIT)$/);
    expect(at('futureMoveDate').moveDate as number).toBeGreaterThan(TODAY);
    const dup = bad.injected.find((e) => e.kind === 'duplicateRequest')!;
    expect(dup.duplicateOf).toBeLessThan(dup.rowIndex);
    const original = bad.rows[dup.duplicateOf!];
    expect([original.householdId, original.requestNo]).toEqual([dup.householdId, dup.requestNo]);
    expect(original).toEqual(base.rows[dup.duplicateOf!]);
    expect(
      bad.injected.filter((e) => e.kind !== 'duplicateRequest').every((e) => e.duplicateOf === undefined),
    ).toBe(true);
  });

  it('cell-level kinds are also what parseRow reports; the others parse cleanly', () => {
    const operations = bad.operations.map((o) => String(o.name));
    const problems = bad.rows.flatMap((raw, i) =>
      parseRow(raw, { row: i + 2, params: { smic: 1398.69 }, operations }).problems.map((p) => ({
        i,
        key: p.key,
        kind: p.kind,
      })),
    );
    const at = (kind: string): number => bad.injected.find((e) => e.kind === kind)!.rowIndex;
    expect(problems.sort((a, b) => a.i - b.i)).toEqual(
      [
        { i: at('unknownCode'), key: 'jobStatus', kind: 'unknownCode' },
        { i: at('textInNumber'), key: 'rent', kind: 'numberAsText' },
        { i: at('unknownOperation'), key: 'operation', kind: 'unknownCode' },
      ].sort((a, b) => a.i - b.i),
    );
  });

  it('cycles through the kinds: 40 errors = 3 of the first 8 kinds, 2 of the others', () => {
    const s = generateSample({ households: 3000, operations: 5, errors: 40, seed: 17, today: TODAY });
    const counts = s.injected.reduce<Record<string, number>>(
      (a, e) => ({ ...a, [e.kind]: (a[e.kind] ?? 0) + 1 }),
      {},
    );
    expect(counts).toEqual({
      unknownCode: 3,
      textInNumber: 3,
      negativeAmount: 3,
      zeroSurface: 3,
      ageOutOfRange: 3,
      childrenVsStructure: 3,
      hostedVsStructure: 3,
      adultChildrenAboveChildren: 3,
      aplAboveQuittance: 2,
      relocatedWithoutDate: 2,
      notRelocatedWithDate: 2,
      duplicateRequest: 2,
      unknownOperation: 2,
      moveBeforeOperationStart: 2,
      futureMoveDate: 2,
      locationVsCommune: 2,
    });
    const found = checkRows(s.rows, s.operations, TODAY);
    expect(found).toHaveLength(40);
  });

  it.each(Array.from({ length: 40 }, (_, k) => k + 1))(
    'small sample (seed %i, 30 rows): still one rule per error',
    (seed) => {
      const s = generateSample({ households: 30, operations: 3, errors: 16, seed, today: TODAY });
      const found = checkRows(s.rows, s.operations, TODAY);
      expect(found.map((f) => f.row).sort((a, b) => a - b)).toEqual(
        s.injected.map((e) => e.rowIndex).sort((a, b) => a - b),
      );
      for (const e of s.injected)
        expect(found.find((f) => f.row === e.rowIndex)!.rule).toBe(EXPECTED[e.kind].rule);
    },
  );

  it('refuses more errors than households in French', () => {
    expect(() => generateSample({ households: 10, errors: 16, seed: 1, today: TODAY })).toThrow(
      'erreurs demandent au moins 17 ménages distincts',
    );
  });
});
