/** The "Après relogement" block of one household, by relocation state (reference §3.5). */
import {
  aplWithinCap,
  C,
  type Code,
  EFFORT_CAP,
  FINANCING_BY_AGE,
  RECENT_AGES,
  roomCode,
  SURFACE_BY_ROOMS,
  weights,
} from './codes';
import {
  DISTRICTS,
  MAIN_LANDLORD,
  OTHER_PARK_MANAGERS,
  OWNERSHIP_OPERATORS,
  PRIVATE_LANDLORDS,
  SOCIAL_LANDLORDS,
  TERRITORIES,
} from './names';
import type { OperationPlan } from './operations';
import { Rng, round, Weighted } from './random';
import type { RawHouseholdRow } from './types';

export interface AfterContext {
  readonly op: OperationPlan;
  readonly today: number;
  /** Rooms the household needs. */
  readonly need: number;
  /** Share of the quittance covered by the APL (0 = no APL), applied before and after. */
  readonly aplShare: number;
  /** Monthly resources (salaires + prestations), > 0. */
  readonly resources: number;
}

const LOCATION = weights('location', { SIT: 25, HSIT: 45, AGGLO: 22, HAGL: 8 });
const TENURE = weights('tenureAfter', { PS: 84, LL: 6, AP: 4, A: 6 });
const BUILDING_AGE = weights('buildingAge', {
  CN: 14,
  'C-5': 12,
  'CR-5': 14,
  'CR+5': 20,
  'CNR+5': 26,
  RD5: 8,
  'AA-5': 6,
});
const OLD_PARK_TYPE = weights('relocationType', { D: 83, T: 5, TN: 12 });
const SOCIAL_RESERVATION = weights('reservation', {
  PREF: 22,
  FONC: 3,
  VILLE: 15,
  EPCI: 8,
  B: 38,
  '1%': 10,
  AR: 4,
});
const PRIVATE_RESERVATION = weights('reservation', { '1%': 60, AR: 40 });
const OTHER_RESERVATION = weights('reservation', { AR: 60, PREF: 25, B: 15 });
const PRIVATE_FINANCING = weights('financing', { PLI: 60, AI: 40 });
const DWELLING: ReadonlyMap<Code, Weighted<Code>> = new Map([
  [C.social, weights('dwelling', { I: 8, C: 92 })],
  [C.privateRental, weights('dwelling', { I: 30, C: 70 })],
  [C.ownership, weights('dwelling', { I: 60, C: 40 })],
  [C.otherPark, weights('dwelling', { C: 1 })],
]);
const CHARGES_TYPE = weights('charges', { I: 35, C: 65 });
const SUPPORT = weights('yesNo', { OUI: 35, NON: 65 });
const ROOM_SHIFT = [-1, 0, 0, 1] as const;

const AGGLO = TERRITORIES[0].communes;
const OUTSIDE = TERRITORIES.slice(1).flatMap((t) => t.communes);
const OTHERS = new Map(AGGLO.map((c) => [c, AGGLO.filter((o) => o !== c)]));

/** Communes of the agglomeration other than `commune`. */
export function otherAggloCommunes(commune: string): readonly string[] {
  return OTHERS.get(commune) ?? AGGLO;
}

/** Fills the after block of `row` (whose after columns are blank) according to its Relogement state. */
export function fillAfter(rng: Rng, row: RawHouseholdRow, ctx: AfterContext): void {
  if (row.relocation === C.relocated) {
    relocated(rng, row, ctx);
  } else if (row.relocation === C.notRelocated) {
    // Still to rehouse: follow-up data only; a refused proposal is recorded (Decision D-ACCEPT).
    row.socialSupport = SUPPORT.draw(rng);
    row.acceptance = (row.proposals as number) >= 1 && rng.chance(0.35) ? C.refused : '';
  }
  // D (départ spontané) and A (autres): nothing after.
}

function place(
  rng: Rng,
  row: RawHouseholdRow,
  op: OperationPlan,
): { location: Code; commune: string; district: string } {
  const wished = row.wishedCommune;
  if (typeof wished === 'string' && wished !== op.commune && AGGLO.includes(wished) && rng.chance(0.35)) {
    return { location: C.otherCommuneInAgglo, commune: wished, district: rng.pick(DISTRICTS) };
  }
  const location = LOCATION.draw(rng);
  if (location === C.onSite) return { location, commune: op.commune, district: op.district };
  if (location === C.offSiteSameCommune)
    return { location, commune: op.commune, district: rng.pickOther(DISTRICTS, op.district) };
  if (location === C.otherCommuneInAgglo)
    return { location, commune: rng.pick(otherAggloCommunes(op.commune)), district: rng.pick(DISTRICTS) };
  return { location, commune: rng.pick(OUTSIDE), district: rng.pick(DISTRICTS) };
}

const ZUS_CHANCE: ReadonlyMap<Code, number> = new Map([
  [C.onSite, 1],
  [C.offSiteSameCommune, 0.45],
  [C.otherCommuneInAgglo, 0.25],
  [C.outsideAgglo, 0.1],
]);

function relocated(rng: Rng, row: RawHouseholdRow, ctx: AfterContext): void {
  const { op } = ctx;
  const { location, commune, district } = place(rng, row, op);
  const tenure = TENURE.draw(rng);
  row.roomsAfter =
    tenure === C.otherPark
      ? roomCode(rng.int(1, 2))
      : typeof row.wishedRooms === 'number' && rng.chance(0.6)
        ? row.wishedRooms
        : roomCode(ctx.need + rng.pick(ROOM_SHIFT));
  const surfaceAfter = round(SURFACE_BY_ROOMS[row.roomsAfter as number] * rng.real(0.9, 1.15, 3), 1);
  row.surfaceAfter = surfaceAfter;
  row.tenureAfter = tenure;
  row.dwellingType = DWELLING.get(tenure)!.draw(rng);
  let rent: number;
  let aplFactor = 1;
  row.relocationType = C.definitive;
  if (tenure === C.social) {
    const age = BUILDING_AGE.draw(rng);
    const recent = RECENT_AGES.has(age);
    row.buildingAge = age;
    row.financing = FINANCING_BY_AGE.get(age)!.draw(rng);
    row.reservation = SOCIAL_RESERVATION.draw(rng);
    row.relocatingLandlord = rng.chance(0.75) ? MAIN_LANDLORD : rng.pick(SOCIAL_LANDLORDS);
    if (!recent) row.relocationType = OLD_PARK_TYPE.draw(rng);
    rent = surfaceAfter * (recent ? rng.real(6.2, 8.4) : rng.real(4.4, 6.6));
  } else if (tenure === C.privateRental) {
    row.financing = PRIVATE_FINANCING.draw(rng);
    row.reservation = PRIVATE_RESERVATION.draw(rng);
    row.relocatingLandlord = rng.pick(PRIVATE_LANDLORDS);
    rent = surfaceAfter * rng.real(9.5, 13.5);
    aplFactor = 0.8;
  } else if (tenure === C.ownership) {
    // Loyer après = monthly loan repayment; no réservataire, no social financing, no âge du bâti.
    row.relocatingLandlord = rng.pick(OWNERSHIP_OPERATORS);
    rent = rng.real(480, 950);
    aplFactor = 0.5;
  } else {
    row.reservation = OTHER_RESERVATION.draw(rng);
    row.relocatingLandlord = rng.pick(OTHER_PARK_MANAGERS);
    rent = rng.real(320, 520);
  }
  row.relocationCommune = commune;
  row.relocationDistrict = district;
  row.zus = rng.chance(ZUS_CHANCE.get(location)!) ? C.inZus : C.outZus;
  row.location = location;
  row.rentAfter = round(rent);
  const charges = rng.real(40, 180);
  row.chargesAfter = charges;
  row.chargesTypeAfter = CHARGES_TYPE.draw(rng);
  const share = ctx.aplShare * aplFactor;
  const quittance = row.rentAfter + charges;
  const apl = share > 0 ? round(share * quittance) : rng.chance(0.5) ? 0 : '';
  row.aplAfter = aplWithinCap(apl, quittance, EFFORT_CAP * ctx.resources);
  row.socialSupport = SUPPORT.draw(rng);
  row.moveDate = rng.int(op.start + 30, Math.min(ctx.today, op.end));
  row.acceptance = C.accepted;
  row.wishCommuneChange = rng.chance(0.3) ? commune : '';
  row.wishDistrictChange = rng.chance(0.25) ? district : '';
}
