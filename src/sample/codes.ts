/**
 * The codes the generator draws, each checked against the catalogue's code lists when this module
 * loads: a code missing from its list (renamed, removed) stops the generator instead of producing
 * rows that the dropdowns reject. Numeric lists (pièces, plafonds, ancienneté) give numbers.
 */
import { codeList } from '../domain/catalogue/codeLists';
import { Weighted } from './random';

export type Code = string | number;

/** The cell value of `code` in list `listId` (a number for numeric lists); throws if not in the list. */
export function code(listId: string, text: string): Code {
  const list = codeList(listId);
  if (!list.codes.some((c) => c.code === text)) {
    throw new Error(`Échantillon : le code « ${text} » n'est pas dans la liste ${listId} du catalogue.`);
  }
  return list.numeric ? Number(text) : text;
}

/** A weighted draw over codes of one list, written { code: weight }. */
export function weights(listId: string, table: Readonly<Record<string, number>>): Weighted<Code> {
  return new Weighted(Object.entries(table).map(([c, w]) => [code(listId, c), w] as const));
}

/** Every code of a list, as cell values. */
export function allCodes(listId: string): Code[] {
  const list = codeList(listId);
  return list.codes.map((c) => (list.numeric ? Number(c.code) : c.code));
}

const set = (listId: string, texts: readonly string[]): ReadonlySet<Code> =>
  new Set(texts.map((t) => code(listId, t)));

// Structure familiale (reference §4).
export const FAMILY = {
  /** Structures that need at least one child. */
  withChildren: set('family', ['M', 'CE', 'MH', 'CEH']),
  /** Structures that need at least one hébergé. */
  withHosted: set('family', ['IH', 'CH', 'MH', 'CEH']),
  /** Structures with two adults (couples). */
  couples: set('family', ['C', 'CE', 'CH', 'CEH']),
  /** Same structure with hébergés, and with a child. */
  addHosted: new Map<Code, Code>(
    [
      ['I', 'IH'],
      ['C', 'CH'],
      ['M', 'MH'],
      ['CE', 'CEH'],
    ].map(([a, b]) => [code('family', a), code('family', b)]),
  ),
  addChild: new Map<Code, Code>(
    [
      ['I', 'M'],
      ['C', 'CE'],
      ['IH', 'MH'],
      ['CH', 'CEH'],
    ].map(([a, b]) => [code('family', a), code('family', b)]),
  ),
};

export const C = {
  priorTitular: code('priorStatus', 'T'),
  priorDecohabitation: code('priorStatus', 'D'),
  priorHosted: code('priorStatus', 'H'),
  relocated: code('relocation', 'OUI'),
  notRelocated: code('relocation', 'NON'),
  spontaneous: code('relocation', 'D'),
  other: code('relocation', 'A'),
  retired: code('job', 'RET'),
  social: code('tenureAfter', 'PS'),
  privateRental: code('tenureAfter', 'LL'),
  ownership: code('tenureAfter', 'AP'),
  otherPark: code('tenureAfter', 'A'),
  onSite: code('location', 'SIT'),
  offSiteSameCommune: code('location', 'HSIT'),
  otherCommuneInAgglo: code('location', 'AGGLO'),
  outsideAgglo: code('location', 'HAGL'),
  inZus: code('zus', 'Z'),
  outZus: code('zus', 'HZ'),
  definitive: code('relocationType', 'D'),
  accepted: code('acceptance', 'A'),
  refused: code('acceptance', 'R'),
  yes: code('yesNo', 'OUI'),
  no: code('yesNo', 'NON'),
};

/** Âge du bâti → the financements drawn with it (statut PS only). */
export const FINANCING_BY_AGE = new Map<Code, Weighted<Code>>([
  ...['CN', 'C-5'].map(
    (a) =>
      [code('buildingAge', a), weights('financing', { PLAI: 25, PLUS: 40, 'PLUS CD': 25, PLS: 10 })] as const,
  ),
  [code('buildingAge', 'AA-5'), weights('financing', { PLAI: 50, PLUS: 50 })],
  ...['CR-5', 'CR+5', 'CNR+5', 'RD5'].map(
    (a) =>
      [
        code('buildingAge', a),
        weights('financing', { PLA: 20, HLMO: 25, PLUS: 25, PLAI: 10, AS: 20 }),
      ] as const,
  ),
]);

/** Recent social housing (new or acquired-improved < 5 years): never a temporary (TN, T) relocation. */
export const RECENT_AGES = set('buildingAge', ['CN', 'C-5', 'AA-5']);

/** Room codes 1..6 as cell values, and the code for n rooms (n clamped to the list). */
export const ROOM_CODES = allCodes('rooms');
export function roomCode(n: number): Code {
  return ROOM_CODES[Math.min(Math.max(Math.round(n), 1), ROOM_CODES.length) - 1];
}
/** Typical surface (m²) of a dwelling of n rooms, index = rooms. */
export const SURFACE_BY_ROOMS = [0, 30, 47, 64, 78, 92, 108] as const;
/** Rooms a household of n permanent occupants needs (index = occupants, capped at 9). */
export const ROOMS_NEEDED = [1, 1, 2, 3, 3, 4, 4, 5, 5, 6] as const;
/** Highest effort rate generated, before and after: (quittance − APL) ≤ 45 % of the resources. */
export const EFFORT_CAP = 0.45;

/** The APL that brings the reste à charge down to `cap` (rounded up to the cent), if it is above. */
export function aplWithinCap(apl: number | '', quittance: number, cap: number): number | '' {
  const residual = quittance - (apl === '' ? 0 : apl);
  return residual > cap ? Math.ceil((quittance - cap) * 100) / 100 : apl;
}
