/**
 * A hand-built coherent household (relocated, couple with two children) and two operations, from
 * which each rule test changes a few cells. Every figure below is written by hand.
 */
import type { CellValue, CustomFieldDef } from '../../../src/domain/catalogue';
import { serialFromYmd } from '../../../src/domain/dates';
import { parseRow, type ParsedRow } from '../../../src/domain/household';
import { checkHouseholds, type Finding, type OperationInfo } from '../../../src/domain/rules';

export type Raw = Record<string, CellValue>;

export const TODAY = serialFromYmd(2025, 6, 30);
export const TILLEULS: OperationInfo = {
  name: 'Les Tilleuls',
  commune: 'Vénissieux',
  startDate: serialFromYmd(2021, 1, 1),
  endDate: serialFromYmd(2026, 12, 31),
};
/** An operation already finished (end 31/12/2024). */
export const BOIS_JOLI: OperationInfo = {
  name: 'Le Bois Joli',
  commune: 'Saint-Priest',
  startDate: serialFromYmd(2019, 9, 1),
  endDate: serialFromYmd(2024, 12, 31),
};
export const OPERATIONS = [TILLEULS, BOIS_JOLI];

/** Relocated (OUI) on 15/03/2024, HSIT in Vénissieux; quittance 475,50 €, après 560 €; ressources 2 040 €. */
export const RELOCATED: Raw = {
  householdId: 101,
  requestNo: 1,
  lastName: 'Martin',
  firstName: 'Claire',
  operation: 'Les Tilleuls',
  address: "4 rue de l'Ain",
  rooms: 3,
  surface: 62.5,
  rent: 380,
  charges: 95.5,
  chargesType: 'C',
  apl: 120,
  priorStatus: 'T',
  occupants: 4,
  familyStructure: 'CE',
  children: 2,
  adultChildren: 0,
  hosted: 0,
  rni: 21000,
  salaries: 1800,
  familyBenefits: 240,
  jobStatus: 'ES',
  resourceType: 'S+P',
  ceilings: 2,
  seniority: 5,
  age: 41,
  wishedRooms: 4,
  wishedCommune: 'Vénissieux',
  wishedDistrict: 'Minguettes',
  wishCommuneChange: '',
  wishDistrictChange: '',
  proposals: 2,
  roomsAfter: 4,
  surfaceAfter: 75,
  tenureAfter: 'PS',
  dwellingType: 'C',
  financing: 'PLUS',
  buildingAge: 'CN',
  relocationCommune: 'Vénissieux',
  relocationDistrict: 'Centre',
  relocatingLandlord: 'Est Métropole Habitat',
  zus: 'HZ',
  location: 'HSIT',
  reservation: 'B',
  rentAfter: 450,
  chargesAfter: 110,
  chargesTypeAfter: 'I',
  aplAfter: 90,
  relocation: 'OUI',
  socialSupport: 'NON',
  moveDate: serialFromYmd(2024, 3, 15),
  relocationType: 'D',
  acceptance: 'A',
  comments: '',
};

/** The same household still to relocate (NON): no after block, no date, accompaniment filled. */
export const TO_RELOCATE: Raw = {
  ...RELOCATED,
  roomsAfter: '',
  surfaceAfter: '',
  tenureAfter: '',
  dwellingType: '',
  financing: '',
  buildingAge: '',
  relocationCommune: '',
  relocationDistrict: '',
  relocatingLandlord: '',
  zus: '',
  location: '',
  reservation: '',
  rentAfter: '',
  chargesAfter: '',
  chargesTypeAfter: '',
  aplAfter: '',
  relocation: 'NON',
  socialSupport: 'OUI',
  moveDate: '',
  relocationType: '',
  acceptance: '',
};

export const CUSTOM_FIELDS: readonly CustomFieldDef[] = [
  { key: 'custom:visites', label: 'Nombre de visites', type: 'number', help: '', personal: false },
  { key: 'custom:caution', label: 'Dépôt de garantie', type: 'amount', help: '', personal: false },
  { key: 'custom:entretien', label: "Date de l'entretien", type: 'date', help: '', personal: false },
  {
    key: 'custom:mobilite',
    label: 'Mobilité réduite',
    type: 'list',
    help: '',
    personal: false,
    codes: [
      { code: 'OUI', label: 'Oui' },
      { code: 'NON', label: 'Non' },
    ],
  },
  { key: 'custom:note', label: 'Note libre', type: 'text', help: '', personal: false },
];

export interface Options {
  readonly operations?: readonly OperationInfo[];
  readonly customFields?: readonly CustomFieldDef[];
}

/** Parses rows as the table holds them: the first at worksheet row `firstRow` (default 2). */
export function parseAll(rows: readonly Raw[], opts: Options = {}, firstRow = 2): ParsedRow[] {
  const names = (opts.operations ?? OPERATIONS).map((o) => o.name);
  return rows.map((raw, i) =>
    parseRow(raw, {
      row: firstRow + i,
      params: { smic: 1400 },
      operations: names,
      customFields: opts.customFields,
    }),
  );
}

export function check(rows: readonly Raw[], opts: Options = {}): Finding[] {
  return checkHouseholds(parseAll(rows, opts), {
    operations: opts.operations ?? OPERATIONS,
    today: TODAY,
    customFields: opts.customFields,
  });
}

/** "rule@column" of each finding, in the check's order. */
export const hits = (findings: readonly Finding[]): string[] =>
  findings.map((f) => `${f.ruleId}@${f.columnKey}`);

/** One row: the base with `changes`. */
export const hitsOf = (changes: Raw, base: Raw = RELOCATED, opts: Options = {}): string[] =>
  hits(check([{ ...base, ...changes }], opts));

/** A table-driven case: cells changed on a base row, and the findings expected (rule@column), by hand. */
export interface Case {
  readonly rule: string;
  readonly name: string;
  readonly base?: Raw;
  readonly changes: Raw;
  readonly expected: readonly string[];
  readonly opts?: Options;
}

export function runCases(cases: readonly Case[]): void {
  it.each(cases.map((c) => [`${c.rule} — ${c.name}`, c] as const))('%s', (_name, c) => {
    expect(hitsOf(c.changes, c.base, c.opts)).toEqual(c.expected);
  });
}
