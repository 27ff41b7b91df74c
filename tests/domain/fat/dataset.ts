/**
 * A small hand-built scope: 20 requests of the operation « Tour A », 16 of them relocated. Each line
 * says where the household is expected, so the figures in computeFat.test.ts can be checked by eye.
 * Resources are salaries only (1 000 € unless said), so the effort rate is the residual rent ÷ 1 000.
 */
import { parseRow } from '../../../src/domain/household/parse';
import type { Household, RawRow } from '../../../src/domain/household/types';

type Raw = Record<string, string | number>;

function household(row: number, fields: Raw): Household {
  const raw: RawRow = { householdId: row, operation: 'Tour A', priorStatus: 'T', salaries: 1000, ...fields };
  return parseRow(raw, { row, params: { smic: 1400 } }).household;
}

const OUI = { relocation: 'OUI' };

export const DATASET: readonly Household[] = [
  // H1 new (CN, PS) · ceil 1, a · SIT+Z same ZUS · 3→3 same · 90→120 € gt · 9 % → 12 %
  household(1, { ...OUI, relocationType: 'D', tenureAfter: 'PS', financing: 'PLUS', buildingAge: 'CN', ceilings: 1, location: 'SIT', zus: 'Z', rooms: 3, roomsAfter: 3, rent: 90, rentAfter: 120 }),
  // H2 new (C-5, statut vide) · décohabitation · ceil 2, a · HSIT+Z · 4→3 less · 150→100 le · 15 % → 10 %
  household(2, { ...OUI, priorStatus: 'D', relocationType: 'D', buildingAge: 'C-5', ceilings: 2, location: 'HSIT', zus: 'Z', rooms: 4, roomsAfter: 3, rent: 200, apl: 50, rentAfter: 150, aplAfter: 50 }),
  // H3 acquisition (AA-5) · ceil 1, a · AGGLO+Z · 2→3 more · 250→250 le · 25 % → 25 %
  household(3, { ...OUI, relocationType: 'D', tenureAfter: 'PS', financing: 'PLUS', buildingAge: 'AA-5', ceilings: 1, location: 'AGGLO', zus: 'Z', rooms: 2, roomsAfter: 3, rent: 250, rentAfter: 250 }),
  // H4 formalised (TN, PS, CNR+5) · ceil 1, b · SIT+HZ · 3→4 more · after rent blank · 20 % → NC
  household(4, { ...OUI, relocationType: 'TN', tenureAfter: 'PS', financing: 'PLUS', buildingAge: 'CNR+5', ceilings: 1, location: 'SIT', zus: 'HZ', rooms: 3, roomsAfter: 4, rent: 200 }),
  // H5 PLS (beats CN) · ceil 3 · HSIT+HZ · 3→2 less · 600→500 le · salaries 2 000: 30 % → 25 %
  household(5, { ...OUI, relocationType: 'D', tenureAfter: 'PS', financing: 'PLS', buildingAge: 'CN', ceilings: 3, location: 'HSIT', zus: 'HZ', rooms: 3, roomsAfter: 2, rent: 500, charges: 100, apl: 0, rentAfter: 500, salaries: 2000 }),
  // H6 free (LL) · ceil 3 · AGGLO+HZ · 4→4 same · 400→450 gt · salaries 2 000: 20 % → 22,5 %
  household(6, { ...OUI, relocationType: 'D', tenureAfter: 'LL', ceilings: 3, location: 'AGGLO', zus: 'HZ', rooms: 4, roomsAfter: 4, rent: 400, rentAfter: 450, salaries: 2000 }),
  // H7 ownership (AP) · ceil 2 · HAGL, ZUS vide · rooms before blank · 300→700 gt · no resources: NC / NC
  household(7, { ...OUI, relocationType: 'D', tenureAfter: 'AP', ceilings: 2, location: 'HAGL', roomsAfter: 5, rent: 300, rentAfter: 700, salaries: '' }),
  // H8 other (A) · ceilings NR · location vide · 2→2 same · 100→100 le · 500 + 500 benefits: 10 % → 10 %
  household(8, { ...OUI, relocationType: 'D', tenureAfter: 'A', zus: 'Z', rooms: 2, roomsAfter: 2, rent: 100, rentAfter: 100, salaries: 500, familyBenefits: 500 }),
  // H9 NC incoherent (TN + LL) · ceil 1 · SIT, ZUS vide · 3→3 same · 150→140 le · 15 % → 14 %
  household(9, { ...OUI, relocationType: 'TN', tenureAfter: 'LL', ceilings: 1, location: 'SIT', rooms: 3, roomsAfter: 3, rent: 150, rentAfter: 140 }),
  // H10 rehabilitated (CR-5), type vide · ceil 2 · HSIT+Z · 5→4 less · 100→300 gt · 10 % → 30 %
  household(10, { ...OUI, tenureAfter: 'PS', financing: 'PLUS', buildingAge: 'CR-5', ceilings: 2, location: 'HSIT', zus: 'Z', rooms: 5, roomsAfter: 4, rent: 100, rentAfter: 300 }),
  // H11 NC no statut, nothing else · ceil 3 · SIT+Z · 1→2 more · 50→60 gt · 5 % → 6 %
  household(11, { ...OUI, ceilings: 3, location: 'SIT', zus: 'Z', rooms: 1, roomsAfter: 2, rent: 50, rentAfter: 60 }),
  // H12 NC incoherent (LL + PLUS) · ceil 1 · HAGL+HZ · 3→3 same · 100→100 le · resources 0: NC / NC
  household(12, { ...OUI, relocationType: 'D', tenureAfter: 'LL', financing: 'PLUS', ceilings: 1, location: 'HAGL', zus: 'HZ', rooms: 3, roomsAfter: 3, rent: 100, rentAfter: 100, salaries: 0 }),
  // H13 new (CN, PS), type vide → not in a, in « sans type » · ceil 1 · SIT+Z · 4→5 more · 120→200 gt · 12 % → 20 %
  household(13, { ...OUI, tenureAfter: 'PS', buildingAge: 'CN', ceilings: 1, location: 'SIT', zus: 'Z', rooms: 4, roomsAfter: 5, rent: 120, rentAfter: 200 }),
  // H14 not relocated (NON), décohabitation
  household(14, { relocation: 'NON', priorStatus: 'D', tenureAfter: 'PS', buildingAge: 'CN' }),
  // H15 départ spontané
  household(15, { relocation: 'D' }),
  // H16 autres (décès, expulsion…)
  household(16, { relocation: 'A' }),
  // H17 relocation blank, décohabitation
  household(17, { priorStatus: 'D' }),
  // H18 PLI (beats C-5), hébergé · ceil 2 · AGGLO+HZ · 2→1 less · 50→0 le · 5 % → 0 %
  household(18, { ...OUI, priorStatus: 'H', relocationType: 'D', tenureAfter: 'PS', financing: 'PLI', buildingAge: 'C-5', ceilings: 2, location: 'AGGLO', zus: 'HZ', rooms: 2, roomsAfter: 1, rent: 200, apl: 150, rentAfter: 100, aplAfter: 100 }),
  // H19 otherSocial (statut vide, CR+5) · ceil 3 · HSIT+HZ · 3→3 same · 170→190 gt · 17 % → 19 %
  household(19, { ...OUI, relocationType: 'D', buildingAge: 'CR+5', ceilings: 3, location: 'HSIT', zus: 'HZ', rooms: 3, roomsAfter: 3, rent: 170, rentAfter: 190 }),
  // H20 otherSocial (PS, HLMO, CNR+5) · ceilings NR · SIT+Z · rooms blank both · rent blank: NC · 30 % after
  household(20, { ...OUI, relocationType: 'D', tenureAfter: 'PS', financing: 'HLMO', buildingAge: 'CNR+5', location: 'SIT', zus: 'Z', rentAfter: 300 }),
];

export const FIGURES = { dwellingsToDemolish: 40, vacantDwellings: 12, householdsToRelocate: 25 };
