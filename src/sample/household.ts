/** One coherent household row: identification, logement initial, le ménage, souhaits, then the after block. */
import { fillAfter, otherAggloCommunes } from './after';
import {
  aplWithinCap,
  C,
  type Code,
  code,
  EFFORT_CAP,
  FAMILY,
  roomCode,
  ROOMS_NEEDED,
  SURFACE_BY_ROOMS,
  weights,
} from './codes';
import { BUILDINGS, DISTRICTS, FIRST_NAMES, HOUSEHOLD_COMMENTS, LAST_NAMES } from './names';
import type { OperationPlan } from './operations';
import { Rng, round, Weighted } from './random';
import type { RawHouseholdRow } from './types';

export interface RowPlan {
  readonly householdId: number;
  readonly requestNo: number;
  readonly op: OperationPlan;
  /** The family's first request, for a décohabitation: same name and address, statut antérieur D. */
  readonly parent?: RawHouseholdRow;
  /** Forces the Relogement state (used by error injection); otherwise drawn from the operation. */
  readonly relocation?: Code;
}

const STRUCTURE = weights('family', { I: 30, C: 11, M: 20, CE: 27, IH: 3, CH: 2, MH: 3, CEH: 4 });
const DECOHABITANT_STRUCTURE = weights('family', { I: 72, C: 14, M: 10, CE: 4 });
const CHILDREN = new Weighted<number>([
  [1, 30],
  [2, 33],
  [3, 20],
  [4, 10],
  [5, 5],
  [6, 2],
]);
const HOSTED = new Weighted<number>([
  [1, 65],
  [2, 25],
  [3, 10],
]);
const PRIOR_STATUS = weights('priorStatus', { T: 93, H: 7 });
const JOB = weights('job', { ES: 38, EP: 22, RE: 27, A: 13 });
const DECOHABITANT_JOB = weights('job', { ES: 35, EP: 40, RE: 25 });
const SENIORITY = weights('seniority', { 1: 5, 2: 15, 3: 20, 4: 20, 5: 40 });
const YOUNG_SENIORITY = weights('seniority', { 1: 40, 2: 60 });
const CHARGES_TYPE = weights('charges', { I: 35, C: 65 });
const ROOM_DELTA = new Weighted<number>([
  [-1, 15],
  [0, 55],
  [1, 25],
  [2, 5],
]);
const WISH_SHIFT = [0, 0, 1] as const;
const PROPOSALS = new Map<Code, Weighted<number>>([
  [
    C.relocated,
    new Weighted([
      [1, 60],
      [2, 28],
      [3, 12],
    ]),
  ],
  [
    C.notRelocated,
    new Weighted([
      [0, 45],
      [1, 40],
      [2, 15],
    ]),
  ],
  [
    C.spontaneous,
    new Weighted([
      [0, 60],
      [1, 40],
    ]),
  ],
  [
    C.other,
    new Weighted([
      [0, 80],
      [1, 20],
    ]),
  ],
]);
/** Monthly income (€) of the head by situation professionnelle. */
const INCOME = new Map<Code, readonly [number, number]>([
  [code('job', 'ES'), [1350, 2700]],
  [code('job', 'EP'), [800, 1450]],
  [code('job', 'RE'), [560, 1050]],
  [code('job', 'RET'), [850, 1950]],
  [code('job', 'A'), [480, 950]],
]);
const EARNED = new Set([code('job', 'ES'), code('job', 'EP'), C.retired]);
const MINIMA = new Set([code('job', 'RE'), code('job', 'A')]);
const PRECARIOUS = code('job', 'EP');
const LOW_CEILING = code('ceilings', '1');
const MID_CEILING = code('ceilings', '2');

/** A row with every input column blank, keys in catalogue order (one object shape for all rows). */
export function blankRow(): RawHouseholdRow {
  // prettier-ignore
  return {
    householdId: '', requestNo: '', lastName: '', firstName: '', operation: '', address: '',
    rooms: '', surface: '', rent: '', charges: '', chargesType: '', apl: '',
    priorStatus: '', occupants: '', familyStructure: '', children: '', adultChildren: '', hosted: '',
    rni: '', salaries: '', familyBenefits: '', jobStatus: '', resourceType: '', ceilings: '', seniority: '', age: '',
    wishedRooms: '', wishedCommune: '', wishedDistrict: '', wishCommuneChange: '', wishDistrictChange: '', proposals: '',
    roomsAfter: '', surfaceAfter: '', tenureAfter: '', dwellingType: '', financing: '', buildingAge: '',
    relocationCommune: '', relocationDistrict: '', relocatingLandlord: '', zus: '', location: '', reservation: '',
    rentAfter: '', chargesAfter: '', chargesTypeAfter: '', aplAfter: '',
    relocation: '', socialSupport: '', moveDate: '', relocationType: '', acceptance: '', comments: '',
  };
}

function address(rng: Rng, op: OperationPlan): string {
  const building = op.name.match(/bât\. (\w)/)?.[1] ?? rng.pick(BUILDINGS);
  return `${rng.int(1, 60)} ${op.street}, bât. ${building}, apt ${rng.int(0, 9)}${rng.int(1, 8)}`;
}

function headAge(rng: Rng, decohabitant: boolean, children: number): number {
  if (decohabitant) return rng.int(children > 0 ? 20 : 18, 32);
  if (children > 0) return rng.int(22, 62);
  return rng.chance(0.45) ? rng.int(60, 95) : rng.int(19, 64);
}

function resourceType(earned: boolean, minima: boolean, benefits: boolean): Code {
  if (earned) return code('resourceType', `S${benefits ? '+P' : ''}${minima ? '+R' : ''}`);
  return code('resourceType', minima ? (benefits ? 'R+P' : 'R') : 'P');
}

/** Plafonds PLUS band from monthly resources per consumption unit. */
function ceilings(
  resources: number,
  couple: boolean,
  children: number,
  adultChildren: number,
  hosted: number,
): Code {
  const units = 1 + (couple ? 0.5 : 0) + 0.5 * (adultChildren + hosted) + 0.3 * (children - adultChildren);
  const perUnit = resources / units;
  return code('ceilings', perUnit < 1050 ? '1' : perUnit < 1750 ? '2' : '3');
}

export function generateRow(rng: Rng, plan: RowPlan, today: number): RawHouseholdRow {
  const { op, parent } = plan;
  const row = blankRow();
  row.householdId = plan.householdId;
  row.requestNo = plan.requestNo;
  row.lastName = parent ? parent.lastName : rng.pick(LAST_NAMES);
  row.firstName = parent
    ? rng.pickOther(FIRST_NAMES, parent.firstName as (typeof FIRST_NAMES)[number])
    : rng.pick(FIRST_NAMES);
  row.operation = op.name;
  row.address = parent ? parent.address : address(rng, op);

  // Le ménage: occupants = adults of the structure + children + hébergés.
  const structure = (parent ? DECOHABITANT_STRUCTURE : STRUCTURE).draw(rng);
  const couple = FAMILY.couples.has(structure);
  const children = FAMILY.withChildren.has(structure) ? CHILDREN.draw(rng) : 0;
  const hosted = FAMILY.withHosted.has(structure) ? HOSTED.draw(rng) : 0;
  const occupants = (couple ? 2 : 1) + children + hosted;
  const age = headAge(rng, parent !== undefined, children);
  const adultChildren = children > 0 && age >= 38 && rng.chance(0.4) ? rng.int(1, children) : 0;
  const job = age >= 62 && rng.chance(0.85) ? C.retired : (parent ? DECOHABITANT_JOB : JOB).draw(rng);
  const [lo, hi] = INCOME.get(job)!;
  const secondIncome = couple && rng.chance(0.55);
  const salaries = secondIncome ? round(rng.real(lo, hi) * rng.real(1.35, 1.9, 3)) : rng.real(lo, hi);
  const benefits: number | '' =
    children > 0 ? (rng.chance(0.88) ? round(children * rng.real(110, 190)) : '') : rng.chance(0.55) ? 0 : '';
  const earned = EARNED.has(job) || secondIncome;
  const minima = MINIMA.has(job) || (job === PRECARIOUS && rng.chance(0.25));
  const resources = salaries + (benefits === '' ? 0 : benefits);
  row.priorStatus = parent ? C.priorDecohabitation : PRIOR_STATUS.draw(rng);
  row.occupants = occupants;
  row.familyStructure = structure;
  row.children = children;
  row.adultChildren = adultChildren;
  row.hosted = hosted;
  row.rni = Math.round(12 * salaries * (earned ? rng.real(0.82, 0.95, 3) : rng.real(0.3, 0.6, 3)));
  row.salaries = salaries;
  row.familyBenefits = benefits;
  row.jobStatus = job;
  row.resourceType = resourceType(earned, minima, typeof benefits === 'number' && benefits > 0);
  row.ceilings = ceilings(resources, couple, children, adultChildren, hosted);
  row.seniority = parent ? parent.seniority : age < 25 ? YOUNG_SENIORITY.draw(rng) : SENIORITY.draw(rng);
  row.age = age;

  // Logement initial. A décohabitant lived in the family's dwelling and paid no rent of its own.
  const need = ROOMS_NEEDED[Math.min(occupants, ROOMS_NEEDED.length - 1)];
  // Share of the quittance paid by the APL (never above 0.75: APL ≤ quittance before and after).
  const aplShare =
    row.ceilings === LOW_CEILING
      ? rng.chance(0.72)
        ? rng.real(0.35, 0.75, 3)
        : 0
      : row.ceilings === MID_CEILING && rng.chance(0.35)
        ? rng.real(0.1, 0.4, 3)
        : 0;
  if (parent) {
    row.rooms = parent.rooms;
    row.surface = parent.surface;
  } else {
    row.rooms = roomCode(need + ROOM_DELTA.draw(rng));
    const surface = round(SURFACE_BY_ROOMS[row.rooms as number] * rng.real(0.88, 1.12, 3), 1);
    const rent = round(surface * rng.real(4.2, 6.8));
    const charges = rng.real(45, 190);
    row.surface = surface;
    row.rent = rent;
    row.charges = charges;
    row.chargesType = CHARGES_TYPE.draw(rng);
    const apl = aplShare > 0 ? round(aplShare * (rent + charges)) : rng.chance(0.5) ? 0 : '';
    row.apl = aplWithinCap(apl, rent + charges, EFFORT_CAP * resources);
  }

  // Souhaits.
  row.wishedRooms = rng.chance(0.92) ? roomCode(need + rng.pick(WISH_SHIFT)) : '';
  const w = rng.float();
  const wishedCommune = w < 0.62 ? op.commune : w < 0.92 ? rng.pick(otherAggloCommunes(op.commune)) : '';
  row.wishedCommune = wishedCommune;
  const d = rng.float();
  row.wishedDistrict =
    wishedCommune === op.commune
      ? d < 0.55
        ? op.district
        : d < 0.9
          ? rng.pickOther(DISTRICTS, op.district)
          : ''
      : wishedCommune !== '' && d < 0.5
        ? rng.pick(DISTRICTS)
        : '';
  const relocation = plan.relocation ?? op.relocation.draw(rng);
  row.relocation = relocation;
  row.proposals = PROPOSALS.get(relocation)!.draw(rng);
  row.comments = rng.chance(0.06) ? rng.pick(HOUSEHOLD_COMMENTS) : '';

  fillAfter(rng, row, { op, today, need, aplShare, resources });
  return row;
}
