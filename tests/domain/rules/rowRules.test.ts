/**
 * Every row rule on hand-built cases: a case that fires and a close case that must not, with the
 * complete list of findings expected (rule@column, in the check's order), so cascades show up too.
 */
import { RULES } from '../../../src/domain/rules';
import { CELL_CASES } from './cases/cells';
import { HOUSEHOLD_CASES } from './cases/household';
import { RELOCATION_CASES } from './cases/relocation';
import { RELOCATED, TO_RELOCATE, hitsOf, runCases } from './helpers';

/** Rules that need several rows: their cases are in table.test.ts. */
const TABLE_RULES = ['doublon-demande', 'demande-sans-premiere', 'decohabitation-titulaire'];
const ALL_CASES = [...CELL_CASES, ...HOUSEHOLD_CASES, ...RELOCATION_CASES];

describe('the base households are coherent', () => {
  it('relocated household: no finding', () => expect(hitsOf({})).toEqual([]));
  it('household still to relocate: no finding', () => expect(hitsOf({}, TO_RELOCATE)).toEqual([]));
  it('the base is what the cases say (CE, 2 enfants, OUI)', () => {
    expect(RELOCATED).toMatchObject({
      familyStructure: 'CE',
      children: 2,
      occupants: 4,
      relocation: 'OUI',
      location: 'HSIT',
    });
  });
});

describe('cell rules', () => runCases(CELL_CASES));
describe('household rules', () => runCases(HOUSEHOLD_CASES));
describe('relocation rules', () => runCases(RELOCATION_CASES));

describe('coverage of the cases', () => {
  const rowRules = RULES.map((r) => r.id).filter((id) => !TABLE_RULES.includes(id));

  it.each(rowRules)('%s has a case where it fires', (id) => {
    expect(ALL_CASES.some((c) => c.expected.some((e) => e.startsWith(`${id}@`)))).toBe(true);
  });

  it.each(rowRules)('%s has a close case where it does not fire', (id) => {
    expect(ALL_CASES.some((c) => c.rule === id && !c.expected.some((e) => e.startsWith(`${id}@`)))).toBe(
      true,
    );
  });

  it('table rules are the only ones left to table.test.ts', () => {
    expect(TABLE_RULES.every((id) => RULES.some((r) => r.id === id))).toBe(true);
  });
});
