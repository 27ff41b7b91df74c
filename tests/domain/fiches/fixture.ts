/**
 * Twelve households written out by hand, read through parseRow (SMIC = 1 000 € so that "Ressources
 * en SMIC" = ressources ÷ 1 000). Relogement: H1–H8 OUI, H9–H10 NON, H11 D (départ spontané),
 * H12 blank. H8 is a relogé with nothing else typed (NR everywhere). The expected figures of the
 * fiche tests are computed by hand from this table; the derived values worth knowing:
 *
 *      ressources  effort avant → après   évol. pts  quitt. résid. évol.  surface évol.   pièces
 * H1   1500        400/1500 → 430/1500    +2         +30 €                +25 %           3 → 4
 * H2   1000        0,40 → 0,425           +2,5       +25 €                -37,5 %         4 → 2
 * H3    800        0,2625 → 0,225         -3,75      -30 €                0 %             2 → 2
 * H4    500        0,20 → 0,20            0          0 €                  0 %             1 → 2
 * H5   1700        0,30 → 700/1700        +11,18     +190 €               +7,69 %         3 → 3
 * H6   1300        370/1300 → 0,50        +21,54     +280 €               +28,57 %        4 → 5
 * H7   3000        0,25 → 0,10            -15        -450 €               0 %             3 → 3
 */
import { serialFromYmd } from '../../../src/domain/dates';
import { parseRow } from '../../../src/domain/household/parse';
import type { Household, RawRow } from '../../../src/domain/household/types';

const d = serialFromYmd;

// prettier-ignore
const PROFILE_KEYS = [
  'priorStatus', 'familyStructure', 'occupants', 'children', 'age', 'seniority', 'jobStatus', 'resourceType', 'ceilings',
  'salaries', 'familyBenefits', 'rni', 'apl',
] as const;
type Profile = (string | number | null)[];

function profile(values: Profile): RawRow {
  return Object.fromEntries(PROFILE_KEYS.map((k, i) => [k, values[i] ?? '']));
}

// priorStatus, family, occupants, children, age, seniority, job, resourceType, ceilings, salaries, benefits, rni, apl
const PROFILES: Profile[] = [
  ['T', 'CE', 4, 2, 35, 3, 'ES', 'S+P', 1, 1200, 300, 14000, 100], // H1
  ['T', 'I', 1, 0, 68, 5, 'RET', 'S', 2, 1000, null, 11000, 0], // H2
  ['D', 'I', 1, 0, 24, 1, 'EP', 'S', 1, 800, null, 8000, 150], // H3
  ['H', 'IH', 2, 0, 29, 2, 'RE', 'R', 1, 500, null, null, 200], // H4
  ['T', 'M', 3, 2, 42, 4, 'ES', 'S+P', 2, 1500, 200, 18000, null], // H5
  ['T', 'CEH', 6, 3, 51, 5, 'A', 'S+P+R', 1, 900, 400, 9000, 250], // H6
  ['T', 'C', 2, 0, 75, 5, 'RET', 'S', 3, 3000, null, 36000, 0], // H7
  [null, null, null, null, null, null, null, null, null, null, null, null, null], // H8
  ['T', 'CE', 5, 3, 45, 4, 'ES', 'S+P', 2, 2000, 300, 24000, 0], // H9
  ['H', 'MH', 3, 1, 33, 2, 'EP', 'R+P', 1, 400, 250, 5000, 300], // H10
  ['D', 'I', 1, 0, 22, 1, 'RE', 'P', 1, null, 350, null, 180], // H11
  ['T', 'C', 2, 0, 60, 3, 'RET', 'S', 3, 2500, null, 30000, null], // H12
];

// prettier-ignore
const AFTER: RawRow[] = [
  { // H1
    rooms: 3, surface: 60, rent: 400, charges: 100, roomsAfter: 4, surfaceAfter: 75, rentAfter: 450, chargesAfter: 100, aplAfter: 120,
    tenureAfter: 'PS', dwellingType: 'C', financing: 'PLUS', buildingAge: 'CN', zus: 'Z', location: 'SIT', reservation: 'PREF',
    relocationType: 'D', acceptance: 'A', proposals: 1, moveDate: d(2024, 3, 15), chargesTypeAfter: 'C',
    relocationCommune: 'Lyon', relocationDistrict: 'Mermoz', wishCommuneChange: 'Lyon', wishDistrictChange: 'Mermoz',
  },
  { // H2
    rooms: 4, surface: 80, rent: 350, charges: 50, roomsAfter: 2, surfaceAfter: 50, rentAfter: 375, chargesAfter: 50, aplAfter: 0,
    tenureAfter: 'PS', dwellingType: 'C', financing: 'PLAI', buildingAge: 'C-5', zus: 'HZ', location: 'HSIT', reservation: 'B',
    relocationType: 'D', acceptance: 'A', proposals: 2, moveDate: d(2024, 5, 20), chargesTypeAfter: 'C',
    relocationCommune: 'Lyon', relocationDistrict: 'États-Unis', wishCommuneChange: 'lyon', wishDistrictChange: 'Mermoz',
  },
  { // H3
    rooms: 2, surface: 40, rent: 300, charges: 60, roomsAfter: 2, surfaceAfter: 40, rentAfter: 280, chargesAfter: 60, aplAfter: 160,
    tenureAfter: 'PS', dwellingType: 'C', financing: 'PLUS', buildingAge: 'CR-5', zus: 'Z', location: 'SIT', reservation: 'VILLE',
    relocationType: 'T', acceptance: 'A', proposals: 3, moveDate: d(2023, 11, 2), chargesTypeAfter: 'I',
    relocationCommune: 'LYON', relocationDistrict: 'Mermoz', wishCommuneChange: 'Lyon', wishDistrictChange: 'Mermoz',
  },
  { // H4
    rooms: 1, surface: 30, rent: 250, charges: 50, roomsAfter: 2, surfaceAfter: 30, rentAfter: 260, chargesAfter: 50, aplAfter: 210,
    tenureAfter: 'LL', dwellingType: 'C', financing: 'PLS', buildingAge: 'CNR+5', zus: 'HZ', location: 'AGGLO', reservation: 'EPCI',
    relocationType: 'D', acceptance: 'A', proposals: 1, moveDate: d(2024, 1, 10), chargesTypeAfter: 'C',
    relocationCommune: 'Vénissieux', relocationDistrict: 'Minguettes', wishCommuneChange: 'Lyon', wishDistrictChange: 'Minguettes',
  },
  { // H5
    rooms: 3, surface: 65, rent: 420, charges: 90, roomsAfter: 3, surfaceAfter: 70, rentAfter: 600, chargesAfter: 100,
    tenureAfter: 'AP', dwellingType: 'I', zus: 'HZ', location: 'HAGL',
    relocationType: 'D', moveDate: d(2024, 6, 30), chargesTypeAfter: 'I',
    relocationCommune: 'Bron', wishCommuneChange: 'Bron',
  },
  { // H6
    rooms: 4, surface: 70, rent: 500, charges: 120, roomsAfter: 5, surfaceAfter: 90, rentAfter: 700, chargesAfter: 150, aplAfter: 200,
    tenureAfter: 'PS', dwellingType: 'I', financing: 'PLUS CD', buildingAge: 'CN', zus: 'Z', location: 'HSIT', reservation: '1%',
    relocationType: 'TN', acceptance: 'A', proposals: 2, moveDate: d(2024, 2, 1), chargesTypeAfter: 'I',
    relocationCommune: 'Lyon', relocationDistrict: 'Mermoz', wishCommuneChange: 'Villeurbanne', wishDistrictChange: 'Gratte-Ciel',
  },
  { // H7
    rooms: 3, surface: 70, rent: 600, charges: 150, roomsAfter: 3, surfaceAfter: 70, rentAfter: 200, chargesAfter: 100, aplAfter: 0,
    tenureAfter: 'A', dwellingType: 'C', financing: 'HLMO', buildingAge: 'RD5', zus: 'Z', location: 'SIT', reservation: 'AR',
    relocationType: 'D', acceptance: 'R', proposals: 4, moveDate: d(2024, 4, 4), chargesTypeAfter: 'C',
    relocationCommune: 'Lyon', relocationDistrict: 'Mermoz', wishCommuneChange: 'Lyon', wishDistrictChange: 'Bachut',
  },
  {}, // H8
  { rooms: 4, surface: 75, rent: 450, charges: 100, proposals: 1 }, // H9
  { rooms: 3, surface: 55, rent: 380, charges: 80, acceptance: 'R', proposals: 2 }, // H10
  { rooms: 2, surface: 35 }, // H11
  { rooms: 2, surface: 45, rent: 330, charges: 60 }, // H12
];

// prettier-ignore
const RELOCATION = ['OUI', 'OUI', 'OUI', 'OUI', 'OUI', 'OUI', 'OUI', 'OUI', 'NON', 'NON', 'D', ''];
// prettier-ignore
const OPERATION = ['Les Tilleuls', 'Les Tilleuls', 'Les Tilleuls', 'Les Tilleuls', 'Les Tilleuls', 'Le Parc', 'Le Parc', 'Le Parc', 'Le Parc', 'Le Parc', 'Le Parc', ''];

export const RAW_ROWS: RawRow[] = PROFILES.map((p, i) => ({
  householdId: i + 1,
  operation: OPERATION[i],
  relocation: RELOCATION[i],
  ...profile(p),
  ...AFTER[i],
}));

export const PARSED = RAW_ROWS.map((raw, i) => parseRow(raw, { row: i + 2, params: { smic: 1000 } }));

/** H1 … H12 (index 0 … 11). */
export const FIXTURE: Household[] = PARSED.map((p) => p.household);
