/**
 * Rows for the formulas-versus-TypeScript agreement test: seeded random rows (fast-check) mixing every
 * kind of cell a user can leave, plus rows built to fall exactly on every band edge.
 */
import fc from 'fast-check';
import { HOUSEHOLD_COLUMNS } from '../../../src/domain/catalogue';
import type { CellValue } from '../../../src/domain/catalogue';

export type Row = Record<string, CellValue>;

const cents = (min: number, max: number): fc.Arbitrary<number> =>
  fc.integer({ min: min * 100, max: max * 100 }).map((c) => c / 100);
const junkText = fc.constantFrom('12,5', 'abc', ' ', '1 200,50', '-3', '0', 'T3', '03/02/2024', "l'été");
const blank = fc.constant('');

/** A cell of an amount or surface column: mostly plausible numbers, then blanks, zeros, junk. */
const amount = (max: number): fc.Arbitrary<CellValue> =>
  fc.oneof(
    { weight: 8, arbitrary: cents(0, max) },
    { weight: 3, arbitrary: fc.integer({ min: 0, max }) },
    { weight: 2, arbitrary: blank },
    { weight: 1, arbitrary: fc.constant(0) },
    { weight: 1, arbitrary: cents(-max / 4, 0) },
    { weight: 1, arbitrary: junkText },
    { weight: 1, arbitrary: fc.boolean() },
  );

/** A code cell of the rooms list: numbers 1..6, out-of-range numbers, codes typed as text. */
const roomsCode: fc.Arbitrary<CellValue> = fc.oneof(
  { weight: 10, arbitrary: fc.integer({ min: 1, max: 6 }) },
  { weight: 1, arbitrary: fc.constantFrom<CellValue>(0, 7, -1, 2.5, 12) },
  { weight: 1, arbitrary: fc.constantFrom<CellValue>('3', 'T3', ' ', '', true) },
);

const count = (max: number): fc.Arbitrary<CellValue> =>
  fc.oneof(
    { weight: 10, arbitrary: fc.integer({ min: 0, max }) },
    { weight: 1, arbitrary: fc.constantFrom<CellValue>('', -1, 2.5, '4', 'abc', false) },
  );

const other: fc.Arbitrary<CellValue> = fc.oneof(blank, fc.integer({ min: -3, max: 99 }), junkText, fc.boolean());

const DERIVED_INPUTS: Readonly<Record<string, fc.Arbitrary<CellValue>>> = {
  rent: amount(900),
  charges: amount(200),
  apl: amount(400),
  salaries: amount(3000),
  familyBenefits: amount(600),
  occupants: count(10),
  rooms: roomsCode,
  roomsAfter: roomsCode,
  age: fc.oneof({ weight: 8, arbitrary: fc.integer({ min: 16, max: 110 }) }, { weight: 1, arbitrary: other }),
  surface: amount(150),
  surfaceAfter: amount(150),
  rentAfter: amount(900),
  chargesAfter: amount(200),
  aplAfter: amount(400),
};

const INPUT_KEYS = HOUSEHOLD_COLUMNS.filter((c) => c.kind !== 'derived').map((c) => c.key);

/** Every input column gets a value: derived inputs from their pools, the others random junk. */
const rowArbitrary: fc.Arbitrary<Row> = fc.record(
  Object.fromEntries(INPUT_KEYS.map((k) => [k, DERIVED_INPUTS[k] ?? other])) as Record<string, fc.Arbitrary<CellValue>>,
);

export function randomRows(count: number, seed: number): Row[] {
  return fc.sample(rowArbitrary, { numRuns: count, seed });
}

/** A complete, plausible household; edge rows override a few cells of it. */
export const BASE: Row = {
  householdId: 1, requestNo: 1, rent: 400, charges: 50, apl: 100, salaries: 1000, familyBenefits: 200,
  occupants: 3, rooms: 3, roomsAfter: 3, age: 45, surface: 100, surfaceAfter: 100,
  rentAfter: 400, chargesAfter: 50, aplAfter: 100,
};

const surfaceEdges: Row[] = [
  ...[95, 100, 105, 110, 120, 130, 140, 94.99, 94.9999, 105.01, 140.01, 60, 250, 0, -10].map((a) => ({ surface: 100, surfaceAfter: a })),
  // 80 m² → −5 %, +5 %, +10 %, +20 %, +30 %, +40 % (float noise removed by ROUND, Decision P-ROUNDING).
  ...[76, 84, 88, 96, 104, 112].map((a) => ({ surface: 80, surfaceAfter: a })),
  ...[59.185, 62.3, 65.415, 68.53, 74.76, 80.99, 87.22].map((a) => ({ surface: 62.3, surfaceAfter: a })),
  { surface: 0, surfaceAfter: 50 }, { surface: -20, surfaceAfter: 50 }, { surface: '', surfaceAfter: 50 },
  { surface: '12,5', surfaceAfter: 50 }, { surface: 50, surfaceAfter: 'abc' }, { surface: true, surfaceAfter: 50 },
];

/** Effort rates 0.1 … 0.3 exactly (resources 1200, APL 100, charges 50: rent = residual + 50). */
const effortEdges: Row[] = [120, 180, 240, 300, 360, 119.99, 359.99].map((residual) => ({
  salaries: 1200, familyBenefits: '', rent: residual + 50, rentAfter: residual + 50,
}));

/** Effort evolution exactly ±2.5 and ±15 points, resources 1000 (rent before/after − APL 100 + charges 50). */
const evolutionEdges: Row[] = (
  [[150, 175], [200, 175], [175, 150], [175, 200], [100, 250], [250, 100], [150, 300], [300, 150], [150, 174.99], [150, 325.01]] as const
).map(([before, after]) => ({ salaries: 1000, familyBenefits: 0, rent: before + 50, rentAfter: after + 50 }));

/** Quittance résiduelle evolution 0 through other rent/charges/APL splits, and the € band edges. */
const residualEdges: Row[] = [
  { rentAfter: 420, chargesAfter: 30 }, { rentAfter: 380, chargesAfter: 70 }, { rentAfter: 470, chargesAfter: 0, aplAfter: 120 },
  { rentAfter: 450, chargesAfter: '', aplAfter: 100 }, { rentAfter: 350, chargesAfter: '', aplAfter: '' },
  ...[-40, -5.01, -5, -0.01, 0.01, 5, 5.01, 10, 10.01, 20, 20.01, 30, 30.01, 40, 40.01].map((d) => ({
    rent: 400.1, rentAfter: Math.round((400.1 + d) * 100) / 100,
  })),
];

/** Resources 0, negative, blank or text: effort rate blank, never 0 % nor #DIV/0!. */
const resourceEdges: Row[] = [
  { salaries: 0, familyBenefits: 0 }, { salaries: '', familyBenefits: 0 }, { salaries: 0, familyBenefits: '' },
  { salaries: '', familyBenefits: '' }, { salaries: -100, familyBenefits: 100 }, { salaries: -300, familyBenefits: 100 },
  { salaries: 'abc', familyBenefits: 200 }, { salaries: 1000, familyBenefits: ' ' }, { salaries: true, familyBenefits: false },
  { salaries: 1118, familyBenefits: '' }, { salaries: 559, familyBenefits: 0 }, { salaries: 0.01, familyBenefits: '' },
];

const optionalEdges: Row[] = [
  { charges: '', apl: '' }, { charges: 'abc' }, { apl: '12,5' }, { apl: ' ' }, { rent: '' }, { rent: 0, charges: 0, apl: 0 },
  { rent: 300, apl: 400 }, { charges: true }, { rent: '400' }, { aplAfter: '' }, { chargesAfter: 'x' },
];

const densityEdges: Row[] = [
  ...[-3, -2, -1, 0, 1, 2, 3].map((d) => ({ rooms: 4, roomsAfter: 3, occupants: 4 + d })),
  { rooms: 1, occupants: 0 }, { rooms: 6, occupants: 12 }, { rooms: '', occupants: 3 }, { rooms: 'T3', occupants: 3 },
  { rooms: 3, occupants: '' }, { rooms: 7, occupants: 3 }, { roomsAfter: 0, occupants: 2 },
  // Decimals typed in integer cells: 3.3 − 1.3 is 1.9999999999999998 in binary floating point.
  { occupants: 3.3, rooms: 1.3, roomsAfter: 5.3 }, { occupants: 2.9, rooms: 0.9, roomsAfter: 4.9 },
];

const ageEdges: Row[] = [16, 29, 30, 39, 40, 49, 50, 59, 60, 74, 75, 110, 29.5, 74.99, '', 'abc', -1, 0].map((age) => ({ age }));

/** Every edge row, on top of BASE. */
export function edgeRows(): Row[] {
  return [...surfaceEdges, ...effortEdges, ...evolutionEdges, ...residualEdges, ...resourceEdges, ...optionalEdges,
    ...densityEdges, ...ageEdges, {}].map((o) => ({ ...BASE, ...o }));
}
