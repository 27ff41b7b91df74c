/**
 * Error injection: E coherence errors of known kinds, each in a distinct household (N° d'identification),
 * kind i = INJECTABLE_ERRORS[i % 16]. Each injection breaks exactly ONE rule of the list in
 * generate.ts (numbers R1–R20 below refer to it) and keeps every other rule true.
 */
import type { InputKey } from '../domain/catalogue/columns';
import { otherAggloCommunes } from './after';
import { C, type Code, FAMILY } from './codes';
import { generateRow } from './household';
import type { OperationPlan } from './operations';
import { Rng, round } from './random';
import type { InjectedError, RawHouseholdRow } from './types';

export const INJECTABLE_ERRORS = [
  'unknownCode',
  'textInNumber',
  'negativeAmount',
  'zeroSurface',
  'ageOutOfRange',
  'childrenVsStructure',
  'hostedVsStructure',
  'adultChildrenAboveChildren',
  'aplAboveQuittance',
  'relocatedWithoutDate',
  'notRelocatedWithDate',
  'duplicateRequest',
  'unknownOperation',
  'moveBeforeOperationStart',
  'futureMoveDate',
  'locationVsCommune',
] as const;

export type InjectableError = (typeof INJECTABLE_ERRORS)[number];

/** An operation name that is never generated (names come from names.ts RESIDENCES). */
export const UNKNOWN_OPERATION = 'Îlot Saint-Fiacre – bât. Z';
/** A job-status code that is not in the list (a contract type typed instead of the situation). */
export const UNKNOWN_JOB_CODE = 'CDD';

export interface InjectionContext {
  readonly rows: RawHouseholdRow[];
  readonly plans: ReadonlyMap<string, OperationPlan>;
  readonly today: number;
  /** Household ids that have a second request (décohabitation). */
  readonly withDecohabitant: ReadonlySet<number>;
}

interface KindDef {
  /** Rows where the error is most natural; any row otherwise (or `needs` after regeneration). */
  readonly prefer: (r: RawHouseholdRow, ctx: InjectionContext) => boolean;
  /** State the row must have; when no such row is free, a free first request is regenerated in it. */
  readonly needs?: Code;
  /** Makes the row incoherent; returns the column made wrong. */
  readonly apply: (r: RawHouseholdRow, rng: Rng, ctx: InjectionContext) => InputKey;
}

const num = (v: unknown): number => (typeof v === 'number' ? v : 0);
const fr = (n: number): string => n.toFixed(2).replace('.', ',');
const isRelocated = (r: RawHouseholdRow): boolean => r.relocation === C.relocated;
const plan = (r: RawHouseholdRow, ctx: InjectionContext): OperationPlan =>
  ctx.plans.get(String(r.operation))!;

const KINDS: Readonly<Record<InjectableError, KindDef>> = {
  // R1 (code outside its list) in Situation professionnelle, a column no other rule reads.
  unknownCode: { prefer: () => true, apply: (r) => ((r.jobStatus = UNKNOWN_JOB_CODE), 'jobStatus') },
  // R2 (text in a number column): the loyer typed as French text, e.g. '412,50'.
  textInNumber: {
    prefer: (r) => typeof r.rent === 'number',
    apply: (r) => ((r.rent = fr(typeof r.rent === 'number' ? r.rent : 412.5)), 'rent'),
  },
  // R3 (negative amount) on the RNI, which no other rule reads.
  negativeAmount: { prefer: () => true, apply: (r) => ((r.rni = -Math.max(1, num(r.rni))), 'rni') },
  // R4 (surface > 0) on the surface before; the surface takes part in no other rule.
  zeroSurface: { prefer: () => true, apply: (r) => ((r.surface = 0), 'surface') },
  // R5 (age 18–95, the checks allow 16–110): 130.
  ageOutOfRange: { prefer: () => true, apply: (r) => ((r.age = 130), 'age') },
  // R6 (structure vs enfants): a structure with children gets 0 children (majeurs and occupants follow);
  // otherwise the structure becomes its with-child twin (I→M, C→CE…: same adults, occupants unchanged).
  childrenVsStructure: {
    prefer: (r) => FAMILY.withChildren.has(r.familyStructure as string),
    apply: (r) => {
      if (!FAMILY.withChildren.has(r.familyStructure as string)) {
        r.familyStructure = FAMILY.addChild.get(r.familyStructure as string)!;
        return 'familyStructure';
      }
      r.occupants = num(r.occupants) - num(r.children);
      r.children = 0;
      r.adultChildren = 0;
      return 'children';
    },
  },
  // R7 (structure vs hébergés): an …H structure gets 0 hébergés (occupants follow); otherwise the
  // structure becomes its …H twin with 0 hébergés (occupants unchanged).
  hostedVsStructure: {
    prefer: (r) => FAMILY.withHosted.has(r.familyStructure as string),
    apply: (r) => {
      if (!FAMILY.withHosted.has(r.familyStructure as string)) {
        r.familyStructure = FAMILY.addHosted.get(r.familyStructure as string)!;
        return 'familyStructure';
      }
      r.occupants = num(r.occupants) - num(r.hosted);
      r.hosted = 0;
      return 'hosted';
    },
  },
  // R9 (enfants majeurs ≤ enfants): one more adult child than children.
  adultChildrenAboveChildren: {
    prefer: (r) => num(r.children) > 0,
    apply: (r) => ((r.adultChildren = num(r.children) + 1), 'adultChildren'),
  },
  // R10 (APL ≤ quittance): APL = loyer + charges + 5 to 80 €. A row without a loyer gets one first.
  aplAboveQuittance: {
    prefer: (r) => typeof r.rent === 'number',
    apply: (r, rng) => {
      if (typeof r.rent !== 'number') r.rent = 412.5;
      r.apl = round(num(r.rent) + num(r.charges) + rng.int(5, 80));
      return 'apl';
    },
  },
  // R12 (OUI needs a moving date): the date is blanked, the rest of the block stays.
  relocatedWithoutDate: {
    prefer: isRelocated,
    needs: C.relocated,
    apply: (r) => ((r.moveDate = ''), 'moveDate'),
  },
  // R13 (NON/D/A carry no moving date): a NON row gets a date within the operation, in the past.
  notRelocatedWithDate: {
    prefer: (r) => r.relocation === C.notRelocated,
    needs: C.notRelocated,
    apply: (r, rng, ctx) => {
      const op = plan(r, ctx);
      r.moveDate = rng.int(op.start + 30, Math.min(ctx.today, op.end));
      return 'moveDate';
    },
  },
  // R18 ((N°, N° de demande) unique): a first request without décohabitant takes the N° of an
  // earlier first request (so no request 2 loses its request 1). Done by duplicate() below, which
  // chooses both rows.
  duplicateRequest: { prefer: () => false, apply: () => 'householdId' },
  // R19 (operation in liste_opération). Preferably a row without a move (no date/location check needs it).
  unknownOperation: {
    prefer: (r) => !isRelocated(r),
    apply: (r) => ((r.operation = UNKNOWN_OPERATION), 'operation'),
  },
  // R16 (moving date ≥ operation start): 30–400 days before the start (still in the past).
  moveBeforeOperationStart: {
    prefer: isRelocated,
    needs: C.relocated,
    apply: (r, rng, ctx) => ((r.moveDate = plan(r, ctx).start - rng.int(30, 400)), 'moveDate'),
  },
  // R15 (moving date ≤ today): 1–400 days after today, and not after the operation's end date when a
  // relocated row of a running operation exists (otherwise the date is also after the end date: see
  // the note on R16 in generate.ts).
  futureMoveDate: {
    prefer: (r, ctx) => isRelocated(r) && plan(r, ctx).end > ctx.today,
    needs: C.relocated,
    apply: (r, rng, ctx) => {
      const end = plan(r, ctx).end;
      r.moveDate = ctx.today + rng.int(1, end > ctx.today ? Math.min(400, end - ctx.today) : 400);
      return 'moveDate';
    },
  },
  // R17 (localisation vs commune): SIT/HSIT get another commune of the agglomeration; AGGLO/HAGL
  // (fallback only) get the operation's commune.
  locationVsCommune: {
    prefer: (r) => isRelocated(r) && (r.location === C.onSite || r.location === C.offSiteSameCommune),
    needs: C.relocated,
    apply: (r, rng, ctx) => {
      const op = plan(r, ctx);
      const inCommune = r.location === C.onSite || r.location === C.offSiteSameCommune;
      r.relocationCommune = inCommune ? rng.pick(otherAggloCommunes(op.commune)) : op.commune;
      return 'relocationCommune';
    },
  },
};

/** Number of distinct households E injections need (a duplicate also uses the copied household). */
export function householdsNeeded(errors: number): number {
  const dup = INJECTABLE_ERRORS.indexOf('duplicateRequest');
  const n = INJECTABLE_ERRORS.length;
  const duplicates = errors > dup ? Math.floor((errors - 1 - dup) / n) + 1 : 0;
  return errors + duplicates;
}

/** Injects `errors` errors into ctx.rows (in place) and lists them, in injection order. */
export function injectErrors(rng: Rng, errors: number, ctx: InjectionContext): InjectedError[] {
  const { rows } = ctx;
  const used = new Set<number>();
  const free = (i: number): boolean => !used.has(rows[i].householdId as number);
  /** A free first request whose household has no request 2 (safe to renumber or regenerate). */
  const lone = (i: number): boolean =>
    free(i) && rows[i].requestNo === 1 && !ctx.withDecohabitant.has(rows[i].householdId as number);
  const find = (ok: (i: number) => boolean, from = 0): number => {
    const size = rows.length - from;
    if (size <= 0) return -1;
    for (let t = 0; t < 64; t++) {
      const i = from + rng.int(0, size - 1);
      if (ok(i)) return i;
    }
    const start = rng.int(0, size - 1);
    for (let k = 0; k < size; k++) {
      const i = from + ((start + k) % size);
      if (ok(i)) return i;
    }
    return -1;
  };
  const out: InjectedError[] = [];
  for (let e = 0; e < errors; e++) {
    const kind = INJECTABLE_ERRORS[e % INJECTABLE_ERRORS.length];
    if (kind === 'duplicateRequest') {
      out.push(duplicate(rows, used, find, free, lone));
      continue;
    }
    const def = KINDS[kind];
    const state = def.needs;
    // Search order: the most natural row; a row in the required state; a regenerated row in that
    // state; for kinds that need no state, any free row.
    let i = find((k) => free(k) && def.prefer(rows[k], ctx));
    if (i < 0 && state !== undefined) {
      i = find((k) => free(k) && rows[k].relocation === state);
      if (i < 0) {
        i = find(lone);
        if (i >= 0) rows[i] = regenerate(rng, rows[i], state, ctx);
      }
    } else if (i < 0) {
      i = find(free);
    }
    if (i < 0) throw new RangeError(`Échantillon : pas assez de ménages pour injecter ${errors} erreurs.`);
    const row = rows[i];
    used.add(row.householdId as number);
    const columnKey = def.apply(row, rng, ctx);
    out.push({
      rowIndex: i,
      householdId: row.householdId as number,
      requestNo: row.requestNo as number,
      kind,
      columnKey,
    });
  }
  return out;
}

function regenerate(rng: Rng, row: RawHouseholdRow, state: Code, ctx: InjectionContext): RawHouseholdRow {
  const op = ctx.plans.get(String(row.operation))!;
  return generateRow(
    rng,
    { householdId: row.householdId as number, requestNo: 1, op, relocation: state },
    ctx.today,
  );
}

/**
 * The copy (row b, a first request without request 2) takes the N° of an earlier free first request
 * (row a), so the checks find the second occurrence on the injected row.
 */
function duplicate(
  rows: RawHouseholdRow[],
  used: Set<number>,
  find: (ok: (i: number) => boolean, from?: number) => number,
  free: (i: number) => boolean,
  lone: (i: number) => boolean,
): InjectedError {
  let first = -1;
  for (let k = 0; k < rows.length && first < 0; k++) if (free(k) && rows[k].requestNo === 1) first = k;
  const b = first < 0 ? -1 : find(lone, first + 1);
  let a = -1;
  if (b >= 0) {
    a = find((k) => k < b && free(k) && rows[k].requestNo === 1);
  }
  if (a < 0 || b < 0) throw new RangeError('Échantillon : pas assez de ménages pour injecter un doublon.');
  used.add(rows[a].householdId as number);
  used.add(rows[b].householdId as number);
  rows[b].householdId = rows[a].householdId;
  return {
    rowIndex: b,
    householdId: rows[b].householdId as number,
    requestNo: 1,
    kind: 'duplicateRequest',
    columnKey: 'householdId',
    duplicateOf: a,
  };
}
