/**
 * Composition and budget rules. Base: CE, 2 enfants, 0 hébergé, 4 occupants; quittance 380 + 95,50 =
 * 475,50 €, APL 120 €; après 450 + 110 = 560 €, APL après 90 €; ressources 1 800 + 240 = 2 040 €.
 */
import type { Case } from '../helpers';

export const HOUSEHOLD_CASES: readonly Case[] = [
  {
    rule: 'structure-enfants',
    name: 'CE avec 0 enfant (exemple du guide), occupants suivis',
    changes: { children: 0, occupants: 2 },
    expected: ['structure-enfants@familyStructure'],
  },
  {
    rule: 'structure-enfants',
    name: 'I avec 1 enfant',
    changes: { familyStructure: 'I', occupants: 2, children: 1 },
    expected: ['structure-enfants@familyStructure'],
  },
  {
    rule: 'structure-enfants',
    name: 'close: M avec 1 enfant, 2 occupants',
    changes: { familyStructure: 'M', occupants: 2, children: 1 },
    expected: [],
  },
  {
    rule: 'structure-enfants',
    name: 'close: CE avec 1 enfant, 3 occupants',
    changes: { children: 1, occupants: 3 },
    expected: [],
  },
  {
    rule: 'structure-heberges',
    name: 'CEH avec 0 hébergé',
    changes: { familyStructure: 'CEH' },
    expected: ['structure-heberges@familyStructure'],
  },
  {
    rule: 'structure-heberges',
    name: 'CE avec 1 hébergé, 5 occupants',
    changes: { hosted: 1, occupants: 5 },
    expected: ['structure-heberges@familyStructure'],
  },
  {
    rule: 'structure-heberges',
    name: 'close: CEH avec 1 hébergé, 5 occupants',
    changes: { familyStructure: 'CEH', hosted: 1, occupants: 5 },
    expected: [],
  },
  {
    rule: 'structure-enfants',
    name: "CE, 0 enfant et 1 hébergé: les deux règles, dans l'ordre des règles",
    changes: { children: 0, hosted: 1, occupants: 3 },
    expected: ['structure-enfants@familyStructure', 'structure-heberges@familyStructure'],
  },
  {
    rule: 'occupants-incoherents',
    name: '5 occupants pour CE + 2 enfants',
    changes: { occupants: 5 },
    expected: ['occupants-incoherents@occupants'],
  },
  {
    rule: 'occupants-incoherents',
    name: '2 occupants pour CEH + 2 enfants + 3 hébergés',
    changes: { familyStructure: 'CEH', hosted: 3, occupants: 2 },
    expected: ['occupants-incoherents@occupants'],
  },
  {
    rule: 'occupants-incoherents',
    name: 'close: personne seule, enfants et hébergés vides (lus 0), 1 occupant',
    changes: {
      familyStructure: 'I',
      children: '',
      adultChildren: '',
      hosted: '',
      occupants: 1,
      familyBenefits: '',
    },
    expected: [],
  },
  {
    rule: 'occupants-incoherents',
    name: 'close: CE avec enfants vides: pas de test',
    changes: { children: '', adultChildren: '', occupants: 9 },
    expected: [],
  },
  {
    rule: 'enfants-majeurs-superieurs',
    name: '3 majeurs pour 2 enfants',
    changes: { adultChildren: 3 },
    expected: ['enfants-majeurs-superieurs@adultChildren'],
  },
  {
    rule: 'enfants-majeurs-superieurs',
    name: 'close: 2 majeurs pour 2 enfants',
    changes: { adultChildren: 2 },
    expected: [],
  },
  {
    rule: 'apl-superieure-quittance',
    name: 'APL 480 > 475,50',
    changes: { apl: 480 },
    expected: ['apl-superieure-quittance@apl'],
  },
  {
    rule: 'apl-superieure-quittance',
    name: 'APL 475,51 > 475,50',
    changes: { apl: 475.51 },
    expected: ['apl-superieure-quittance@apl'],
  },
  {
    rule: 'apl-superieure-quittance',
    name: 'close: APL 475,50 = quittance',
    changes: { apl: 475.5 },
    expected: [],
  },
  {
    rule: 'apl-superieure-quittance',
    name: 'close: loyer négatif: seul le montant négatif est signalé',
    changes: { rent: -380 },
    expected: ['montant-negatif@rent'],
  },
  {
    rule: 'apl-apres-superieure-quittance',
    name: 'Simulation APL après 561 > 560',
    changes: { aplAfter: 561 },
    expected: ['apl-apres-superieure-quittance@aplAfter'],
  },
  {
    rule: 'apl-apres-superieure-quittance',
    name: 'close: 560 = quittance après',
    changes: { aplAfter: 560 },
    expected: [],
  },
  {
    rule: 'taux-effort-excessif',
    name: 'ressources 300 €: 118,5 % avant, 156,7 % après',
    changes: { salaries: 300, familyBenefits: '' },
    expected: ['taux-effort-excessif@effortRate', 'taux-effort-excessif@effortRateAfter'],
  },
  {
    rule: 'taux-effort-excessif',
    name: 'close: ressources 470 €: 75,6 % avant, 100 % tout juste après',
    changes: { salaries: 470, familyBenefits: '' },
    expected: [],
  },
  {
    rule: 'ressources-manquantes',
    name: 'salaires et prestations vides',
    changes: { salaries: '', familyBenefits: '' },
    expected: ['ressources-manquantes@salaries'],
  },
  {
    rule: 'ressources-manquantes',
    name: 'close: salaires 0 (ressources connues, nulles)',
    changes: { salaries: 0, familyBenefits: '' },
    expected: [],
  },
  {
    rule: 'loyer-manquant',
    name: 'loyer vide, charges et APL saisies',
    changes: { rent: '' },
    expected: ['loyer-manquant@rent'],
  },
  {
    rule: 'loyer-manquant',
    name: 'close: loyer, charges et APL vides (décohabitant)',
    changes: { rent: '', charges: '', chargesType: '', apl: '' },
    expected: [],
  },
];
