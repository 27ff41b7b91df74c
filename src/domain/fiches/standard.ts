/**
 * The variables of the fiches, with the guide's row labels and order (GUIDE-NOTES §2(c)).
 */
import {
  AGE_BANDS,
  CHILDREN_BANDS,
  DENSITY_BANDS,
  EFFORT_EVOLUTION_3_BANDS,
  EFFORT_EVOLUTION_BANDS,
  EFFORT_EVOLUTION_MEANINGS,
  EFFORT_RATE_BANDS,
  RESIDUAL_EVOLUTION_BANDS,
  ROOMS_EVOLUTION_BANDS,
  SMIC_BANDS,
  SURFACE_EVOLUTION_BANDS,
} from '../catalogue/bands';
import type { Household } from '../household/types';
import { isRelocated, NEW_BUILDING_CODES } from '../populations/predefined';
import {
  bandVariable,
  codeVariable,
  groupVariable,
  numberOf,
  splitVariable,
  valueOf,
  type Variable,
} from './variables';

/** Fiche 1: where every household of the population stands (Relogement). */
export const RELOCATION_SITUATION: Variable = {
  title: 'Situation des ménages au regard du relogement',
  labels: ['Ménages relogés', 'Ménages à reloger', 'Départs spontanés', 'Autres (décès, expulsion…)'],
  classify: (h) => {
    const i = ['OUI', 'NON', 'D', 'A'].indexOf(String(valueOf(h, 'relocation')));
    return i < 0 ? null : i;
  },
};

/**
 * Statut d'occupation antérieur, in the guide's fiche 2 order: Hébergés, Décohabitants, Titulaire de
 * bail. Fiche 2 calls it « Statut d'occupation »; the column's full label keeps it apart from the
 * after-relocation status of fiche 3 in Tableaux_comparaisons.
 */
export const PRIOR_STATUS = codeVariable("Statut d'occupation antérieur", 'priorStatus', 'priorStatus', [
  'H',
  'D',
  'T',
]);

/** Structure familiale in the 5 groups of fiche 2: every "+ hébergés" code pooled (GUIDE-NOTES F3). */
export const FAMILY_GROUPS = groupVariable('Structure familiale', 'familyStructure', [
  { label: 'Personnes isolées', codes: ['I'] },
  { label: 'Familles monoparentales', codes: ['M'] },
  { label: 'Couple sans enfant', codes: ['C'] },
  { label: 'Couple avec enfants', codes: ['CE'] },
  { label: 'Ménages avec des hébergés', codes: ['IH', 'CH', 'MH', 'CEH'] },
]);

export const CHILDREN = bandVariable("Nombre d'enfants par ménage", 'children', CHILDREN_BANDS);
export const AGE = bandVariable('Âge du chef de ménage', 'age', AGE_BANDS);
export const SENIORITY = codeVariable('Ancienneté dans le logement', 'seniority', 'seniority');
export const JOB = codeVariable('Situation professionnelle du chef de ménage', 'jobStatus', 'job');
export const RESOURCE_TYPE = codeVariable('Nature des ressources du ménage', 'resourceType', 'resourceType');
export const CEILINGS = codeVariable('Plafonds PLUS des ménages', 'ceilings', 'ceilings');
export const SMIC = bandVariable('Les ressources du ménage', 'resourcesSmic', SMIC_BANDS);

/** APL (before relocation): > 0 = bénéficiaire, 0 = non bénéficiaire, blank = NR. */
export const APL = splitVariable(
  "Bénéficiaires de l'APL",
  "Bénéficiaires de l'APL",
  "Non bénéficiaires de l'APL",
  (h) => {
    const x = numberOf(h, 'apl');
    return x === null ? null : x > 0;
  },
);

/** The seven variables fiche 2 crosses (GUIDE-NOTES F4), in the guide's order. */
export const PROFILE_CROSS_VARIABLES: readonly { readonly id: string; readonly variable: Variable }[] = [
  { id: 'statut', variable: PRIOR_STATUS },
  { id: 'age', variable: AGE },
  { id: 'structure', variable: FAMILY_GROUPS },
  { id: 'ressources', variable: SMIC },
  { id: 'enfants', variable: CHILDREN },
  { id: 'apl', variable: APL },
  { id: 'situation-pro', variable: JOB },
];

export const EFFORT_EVOLUTION_5 = bandVariable(
  "Évolution du taux d'effort",
  'effortRateEvolution',
  EFFORT_EVOLUTION_BANDS,
  EFFORT_EVOLUTION_BANDS.bands.map((b, i) => `${b.label} : ${EFFORT_EVOLUTION_MEANINGS[i]}`),
);
export const EFFORT_EVOLUTION_3 = bandVariable(
  "Évolution du taux d'effort",
  'effortRateEvolution',
  EFFORT_EVOLUTION_3_BANDS,
);

export const EFFORT_BEFORE = bandVariable(
  "Le taux d'effort avant le relogement",
  'effortRate',
  EFFORT_RATE_BANDS,
);
export const EFFORT_AFTER = bandVariable(
  "Le taux d'effort après le relogement",
  'effortRateAfter',
  EFFORT_RATE_BANDS,
);

export const ROOMS_BEFORE = codeVariable('Nombre de pièces avant le relogement', 'rooms', 'rooms');
export const ROOMS_AFTER = codeVariable('Nombre de pièces après le relogement', 'roomsAfter', 'rooms');
export const ROOMS_EVOLUTION = bandVariable(
  'Évolution du nombre de pièces',
  'roomsEvolution',
  ROOMS_EVOLUTION_BANDS,
);
export const SURFACE_EVOLUTION = bandVariable(
  'Évolution de la surface (en %)',
  'surfaceEvolutionBand',
  SURFACE_EVOLUTION_BANDS,
);
export const RESIDUAL_EVOLUTION = bandVariable(
  'Évolution de la quittance résiduelle (en €)',
  'residualRentEvolutionBand',
  RESIDUAL_EVOLUTION_BANDS,
);
export const DENSITY_BEFORE = bandVariable(
  "Densité d'occupation avant le relogement",
  'densityBefore',
  DENSITY_BANDS,
);
export const DENSITY_AFTER = bandVariable(
  "Densité d'occupation après le relogement",
  'densityAfter',
  DENSITY_BANDS,
);

export const BUILDING_AGE = codeVariable('Âge du bâti', 'buildingAge', 'buildingAge');

/**
 * Statut d'occupation after relocation, on the whole population: a household not relogé
 * (Relogement NON, D or A) is "Sans objet" (outside the percentage base); a blank Relogement, or a
 * relogé with a blank status, is NR.
 */
const TENURE_CODES = ['PS', 'LL', 'AP', 'A'];
export const TENURE_AFTER: Variable = {
  title: "Statut d'occupation",
  labels: ['Parc social', 'Locatif libre', 'Accession à la propriété', 'Autres parcs', 'Sans objet'],
  outOfBase: 4,
  classify: (h) => {
    const relocation = valueOf(h, 'relocation');
    if (relocation === null) return null;
    if (!isRelocated(h)) return 4;
    const i = TENURE_CODES.indexOf(String(valueOf(h, 'tenureAfter')));
    return i < 0 ? null : i;
  },
};

/** Type de financement in the guide's fiche 3 order. */
export const FINANCING = codeVariable('Type de financement', 'financing', 'financing', [
  'PLS',
  'PLA',
  'PLUS CD',
  'PLUS',
  'PLAI',
  'PLI',
  'HLMO',
  'AS',
  'AI',
]);
export const ZUS = codeVariable('Zone Urbaine Sensible (ZUS / QPV)', 'zus', 'zus');
export const LOCATION = codeVariable('Localisation géographique', 'location', 'location');
export const RESERVATION = codeVariable('Réservataire', 'reservation', 'reservation');
export const RELOCATION_TYPE = codeVariable('Type de relogement', 'relocationType', 'relocationType');
export const ACCEPTANCE = codeVariable('Relogement accepté / refusé', 'acceptance', 'acceptance');
/** Nature du logement, guide fiche 4 order: Collectif, Individuel. */
export const DWELLING = codeVariable('Nature du logement', 'dwellingType', 'dwelling', ['C', 'I']);
export const CHARGES_AFTER = codeVariable(
  'Nature des charges après le relogement',
  'chargesTypeAfter',
  'charges',
);

const codeTest =
  (key: 'buildingAge' | 'dwellingType' | 'tenureAfter' | 'location' | 'zus', codes: readonly string[]) =>
  (h: Household): boolean | null => {
    const x = valueOf(h, key);
    return x === null ? null : codes.includes(String(x));
  };

/**
 * The six sub-populations fiche 2 crosses with the profile (GUIDE-NOTES F4), each split in
 * "in the sub-population" / "other relogés", NR when the deciding column is blank.
 */
export const PROFILE_SPLITS: readonly { readonly id: string; readonly variable: Variable }[] = [
  {
    id: 'neuf',
    variable: splitVariable(
      'Relogés dans du neuf',
      'Logement neuf (CN, C-5)',
      'Autre logement',
      codeTest('buildingAge', NEW_BUILDING_CODES),
    ),
  },
  {
    id: 'individuel',
    variable: splitVariable(
      "Relogés dans de l'individuel",
      'Logement individuel',
      'Logement collectif',
      codeTest('dwellingType', ['I']),
    ),
  },
  {
    id: 'propriete',
    variable: splitVariable(
      'Relogés ayant accédé à la propriété',
      'Accession à la propriété',
      'Autre statut',
      codeTest('tenureAfter', ['AP']),
    ),
  },
  {
    id: 'sur-site',
    variable: splitVariable(
      'Relogés sur site',
      'Relogés sur site',
      'Relogés hors site',
      codeTest('location', ['SIT']),
    ),
  },
  {
    id: 'zus',
    variable: splitVariable('Relogés en ZUS', 'En ZUS / QPV', 'Hors ZUS / QPV', codeTest('zus', ['Z'])),
  },
  {
    id: 'hors-zus',
    variable: splitVariable('Relogés hors ZUS', 'Hors ZUS / QPV', 'En ZUS / QPV', codeTest('zus', ['HZ'])),
  },
];
