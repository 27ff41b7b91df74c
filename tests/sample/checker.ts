/**
 * Hand-written coherence checker for the tests of src/sample: independent of any rules module and of
 * the generator's own tables (every code and rule is written out here from RIME-REFERENCE.md §3–4
 * and the rule list R1–R20 at the top of src/sample/generate.ts).
 */
type Cell = string | number | boolean;
type Row = Readonly<Record<string, Cell>>;
type Op = Readonly<Record<string, Cell>>;

export type RuleId =
  | 'R1'
  | 'R2'
  | 'R3'
  | 'R4'
  | 'R5'
  | 'R6'
  | 'R7'
  | 'R8'
  | 'R9'
  | 'R10'
  | 'R11'
  | 'R12'
  | 'R13'
  | 'R14'
  | 'R15'
  | 'R16'
  | 'R17'
  | 'R18'
  | 'R19'
  | 'R20';

export interface Violation {
  readonly row: number;
  readonly rule: RuleId;
  readonly detail: string;
}

const CODES: Record<string, readonly Cell[]> = {
  rooms: [1, 2, 3, 4, 5, 6],
  wishedRooms: [1, 2, 3, 4, 5, 6],
  roomsAfter: [1, 2, 3, 4, 5, 6],
  chargesType: ['I', 'C'],
  chargesTypeAfter: ['I', 'C'],
  priorStatus: ['T', 'D', 'H'],
  familyStructure: ['I', 'C', 'M', 'CE', 'IH', 'CH', 'MH', 'CEH'],
  jobStatus: ['ES', 'EP', 'RE', 'RET', 'A'],
  resourceType: ['S', 'S+R', 'S+P', 'S+P+R', 'R', 'R+P', 'P'],
  ceilings: [1, 2, 3],
  seniority: [1, 2, 3, 4, 5],
  tenureAfter: ['PS', 'LL', 'AP', 'A'],
  dwellingType: ['I', 'C'],
  financing: ['PLAI', 'PLUS', 'PLUS CD', 'PLA', 'PLS', 'PLI', 'HLMO', 'AS', 'AI'],
  buildingAge: ['CN', 'C-5', 'CR-5', 'CR+5', 'CNR+5', 'RD5', 'AA-5'],
  zus: ['Z', 'HZ'],
  location: ['SIT', 'HSIT', 'AGGLO', 'HAGL'],
  reservation: ['PREF', 'FONC', 'VILLE', 'EPCI', 'B', '1%', 'AR'],
  relocation: ['OUI', 'NON', 'D', 'A'],
  socialSupport: ['OUI', 'NON'],
  relocationType: ['D', 'T', 'TN'],
  acceptance: ['A', 'R'],
};
const INTEGERS = [
  'householdId',
  'requestNo',
  'occupants',
  'children',
  'adultChildren',
  'hosted',
  'age',
  'proposals',
];
const AMOUNTS = [
  'rent',
  'charges',
  'apl',
  'rni',
  'salaries',
  'familyBenefits',
  'rentAfter',
  'chargesAfter',
  'aplAfter',
];
const NUMBERS = [...INTEGERS, ...AMOUNTS, 'surface', 'surfaceAfter', 'moveDate'];
const AFTER = [
  'roomsAfter',
  'surfaceAfter',
  'tenureAfter',
  'dwellingType',
  'financing',
  'buildingAge',
  'relocationCommune',
  'relocationDistrict',
  'relocatingLandlord',
  'zus',
  'location',
  'reservation',
  'rentAfter',
  'chargesAfter',
  'chargesTypeAfter',
  'aplAfter',
  'relocationType',
];
const ALWAYS_AFTER = AFTER.filter(
  (k) => !['financing', 'buildingAge', 'reservation', 'aplAfter'].includes(k),
);
const ADULTS: Record<string, number> = { I: 1, M: 1, IH: 1, MH: 1, C: 2, CE: 2, CH: 2, CEH: 2 };
const NEEDS_CHILD = ['M', 'CE', 'MH', 'CEH'];
const NEEDS_HOSTED = ['IH', 'CH', 'MH', 'CEH'];
const SOCIAL_FINANCING = ['PLAI', 'PLUS', 'PLUS CD', 'PLA', 'PLS', 'HLMO', 'AS'];
const RECENT = ['CN', 'C-5', 'AA-5'];

const blank = (v: Cell | undefined): boolean => v === '' || v === undefined;
const isNum = (v: Cell | undefined): v is number => typeof v === 'number' && Number.isFinite(v);
const n0 = (v: Cell | undefined): number => (isNum(v) ? v : 0);

export function checkRows(rows: readonly Row[], ops: readonly Op[], today: number): Violation[] {
  const out: Violation[] = [];
  const opByName = new Map(ops.map((o) => [o.name, o]));
  const seen = new Set<string>();
  const firstRequests = new Set<Cell>();
  for (const r of rows) if (r.requestNo === 1) firstRequests.add(r.householdId);

  rows.forEach((r, i) => {
    const bad = (rule: RuleId, detail: string): void => void out.push({ row: i, rule, detail });
    for (const [k, codes] of Object.entries(CODES))
      if (!blank(r[k]) && !codes.includes(r[k])) bad('R1', `${k}=${r[k]}`);
    for (const k of NUMBERS) if (!blank(r[k]) && !isNum(r[k])) bad('R2', `${k}=${r[k]}`);
    for (const k of INTEGERS) if (isNum(r[k]) && !Number.isInteger(r[k])) bad('R2', `${k} not integer`);
    if (isNum(r.moveDate) && !Number.isInteger(r.moveDate)) bad('R2', 'moveDate not whole');
    for (const k of AMOUNTS) if (isNum(r[k]) && r[k] < 0) bad('R3', `${k} < 0`);
    if (!isNum(r.rni) || r.rni === 0) bad('R3', 'rni blank or 0');
    if (!isNum(r.salaries) || r.salaries === 0) bad('R3', 'salaries blank or 0');
    if (!(n0(r.salaries) + n0(r.familyBenefits) > 0)) bad('R3', 'resources not > 0');
    if (!isNum(r.surface) || r.surface <= 0) bad('R4', 'surface');
    if (isNum(r.surfaceAfter) && r.surfaceAfter <= 0) bad('R4', 'surfaceAfter');
    if (!isNum(r.age) || r.age < 18 || r.age > 95) bad('R5', `age=${r.age}`);

    const s = String(r.familyStructure);
    if (s in ADULTS && isNum(r.children)) {
      if (NEEDS_CHILD.includes(s) !== r.children >= 1) bad('R6', `${s} with ${r.children} children`);
    }
    if (s in ADULTS && isNum(r.hosted)) {
      if (NEEDS_HOSTED.includes(s) !== r.hosted >= 1) bad('R7', `${s} with ${r.hosted} hosted`);
    }
    if (s in ADULTS && isNum(r.occupants) && r.occupants !== ADULTS[s] + n0(r.children) + n0(r.hosted))
      bad('R8', 'occupants');
    if (isNum(r.adultChildren) && isNum(r.children) && (r.adultChildren < 0 || r.adultChildren > r.children))
      bad('R9', 'adult children');
    if (isNum(r.rent) && isNum(r.apl) && r.apl > r.rent + n0(r.charges)) bad('R10', 'apl > quittance');
    if (blank(r.rent) && !blank(r.apl)) bad('R10', 'apl without rent');
    if (isNum(r.rentAfter) && isNum(r.aplAfter) && r.aplAfter > r.rentAfter + n0(r.chargesAfter))
      bad('R11', 'aplAfter');
    const resources = n0(r.salaries) + n0(r.familyBenefits);
    if (isNum(r.rent) && r.rent + n0(r.charges) - n0(r.apl) > 0.45 * resources + 1e-9)
      bad('R10', 'effort rate > 45 %');
    if (isNum(r.rentAfter) && r.rentAfter + n0(r.chargesAfter) - n0(r.aplAfter) > 0.45 * resources + 1e-9)
      bad('R11', 'effort after > 45 %');

    const state = r.relocation;
    if (state === 'OUI' && blank(r.moveDate)) bad('R12', 'OUI without date');
    if (state !== 'OUI' && !blank(r.moveDate)) bad('R13', `${state} with date`);
    checkAfterBlock(r, bad);
    if (isNum(r.moveDate) && r.moveDate > today) bad('R15', 'future date');
    const op = opByName.get(r.operation);
    if (op === undefined) bad('R19', `operation ${r.operation}`);
    if (op && isNum(r.moveDate) && r.moveDate < (op.startDate as number)) bad('R16', 'date before the start');
    if (op && state === 'OUI') checkLocation(r, op, bad);
    const key = `${r.householdId}/${r.requestNo}`;
    if (seen.has(key)) bad('R18', `duplicate ${key}`);
    seen.add(key);
    if ((r.requestNo === 2) !== (r.priorStatus === 'D')) bad('R18', 'request 2 vs statut D');
    if (r.requestNo === 2 && !firstRequests.has(r.householdId)) bad('R18', 'request 2 without request 1');
    if (!isNum(r.householdId) || r.householdId < 1 || !isNum(r.requestNo) || r.requestNo < 1)
      bad('R18', 'ids');
  });
  return out;
}

function checkAfterBlock(r: Row, bad: (rule: RuleId, detail: string) => void): void {
  const t = r.tenureAfter;
  if (r.relocation === 'OUI') {
    for (const k of ALWAYS_AFTER) if (blank(r[k])) bad('R14', `OUI without ${k}`);
    if (r.socialSupport === '' || r.acceptance !== 'A' || !(n0(r.proposals) >= 1))
      bad('R14', 'OUI follow-up');
    if ((t === 'PS' || t === 'LL') === blank(r.financing)) bad('R14', `financing with ${t}`);
    if ((t === 'PS') === blank(r.buildingAge)) bad('R14', `building age with ${t}`);
    if ((t !== 'AP') === blank(r.reservation)) bad('R14', `reservation with ${t}`);
    if (t === 'PS' && !SOCIAL_FINANCING.includes(r.financing as string)) bad('R20', 'PS financing');
    if (
      t === 'PS' &&
      ['CN', 'C-5'].includes(r.buildingAge as string) &&
      !['PLAI', 'PLUS', 'PLUS CD', 'PLS'].includes(r.financing as string)
    )
      bad('R20', 'new');
    if (t === 'PS' && r.buildingAge === 'AA-5' && !['PLAI', 'PLUS'].includes(r.financing as string))
      bad('R20', 'AA-5');
    if (
      t === 'PS' &&
      !RECENT.includes(r.buildingAge as string) &&
      !['PLA', 'HLMO', 'PLUS', 'PLAI', 'AS'].includes(r.financing as string)
    )
      bad('R20', 'old');
    if (t === 'LL' && !['PLI', 'AI'].includes(r.financing as string)) bad('R20', 'LL financing');
    if (r.relocationType !== 'D' && (t !== 'PS' || RECENT.includes(r.buildingAge as string)))
      bad('R20', 'T/TN');
  } else {
    for (const k of AFTER) if (!blank(r[k])) bad('R14', `${r.relocation} with ${k}`);
    if (r.relocation === 'NON') {
      if (blank(r.socialSupport)) bad('R14', 'NON without social support');
      if (!(blank(r.acceptance) || (r.acceptance === 'R' && n0(r.proposals) >= 1)))
        bad('R14', 'NON acceptance');
    } else if (!blank(r.socialSupport) || !blank(r.acceptance)) {
      bad('R14', `${r.relocation} with follow-up`);
    }
  }
}

function checkLocation(r: Row, op: Op, bad: (rule: RuleId, detail: string) => void): void {
  const sameCommune = r.relocationCommune === op.commune;
  if ((r.location === 'SIT' || r.location === 'HSIT') && !sameCommune)
    bad('R17', `${r.location} in ${r.relocationCommune}`);
  if ((r.location === 'AGGLO' || r.location === 'HAGL') && sameCommune)
    bad('R17', `${r.location} in the operation's commune`);
  if (r.location === 'SIT' && (r.relocationDistrict !== op.district || r.zus !== 'Z'))
    bad('R17', 'SIT district/ZUS');
  if (r.location === 'HSIT' && r.relocationDistrict === op.district) bad('R17', 'HSIT district');
}
