/**
 * Band tables, defined once (reference §3.7 and the fiche bands of §6). Each band but the last has an
 * upper test; a value falls in the first band whose test holds. The same ordered tests generate the
 * Excel nested IF and the TypeScript classification, so the two cannot disagree.
 */
import type { DecisionId } from './types';

export type UpperTest = { readonly op: '<' | '<=' | '='; readonly value: number };

export interface Band {
  readonly id: string;
  /** Text written in the cell (derived band columns) and shown in the fiches. */
  readonly label: string;
  /** Undefined for the last band (everything else). */
  readonly upper?: UpperTest;
}

export interface BandTable {
  readonly id: string;
  /** French title shown in Tableau des variables. */
  readonly title: string;
  readonly unit: string;
  readonly bands: readonly Band[];
  readonly decisions: readonly DecisionId[];
}

const lt = (value: number): UpperTest => ({ op: '<', value });
const le = (value: number): UpperTest => ({ op: '<=', value });
const eq = (value: number): UpperTest => ({ op: '=', value });

export const AGE_BANDS: BandTable = {
  id: 'age',
  title: "Tranches d'âge du chef de ménage",
  unit: 'ans',
  decisions: [],
  bands: [
    { id: 'lt30', label: 'Moins de 30 ans', upper: lt(30) },
    { id: '30-39', label: '30-39 ans', upper: lt(40) },
    { id: '40-49', label: '40-49 ans', upper: lt(50) },
    { id: '50-59', label: '50-59 ans', upper: lt(60) },
    { id: '60-74', label: '60-74 ans', upper: lt(75) },
    { id: 'ge75', label: '75 ans et plus' },
  ],
};

/** Effort rate, as a fraction (0.1 = 10 %), fiche 3: six half-open bands. */
export const EFFORT_RATE_BANDS: BandTable = {
  id: 'effortRate',
  title: "Taux d'effort (fiche 3)",
  unit: '%',
  decisions: ['D-EFFORT-BANDS'],
  bands: [
    { id: 'lt10', label: 'Moins de 10 %', upper: lt(0.1) },
    { id: '10-15', label: 'De 10 à 15 %', upper: lt(0.15) },
    { id: '15-20', label: 'De 15 à 20 %', upper: lt(0.2) },
    { id: '20-25', label: 'De 20 à 25 %', upper: lt(0.25) },
    { id: '25-30', label: 'De 25 à 30 %', upper: lt(0.3) },
    { id: 'ge30', label: 'Plus de 30 %' },
  ],
};

/** Effort rate, FAT démolition: five bands, ≥ 25 % grouped. */
export const FAT_EFFORT_RATE_BANDS: BandTable = {
  id: 'fatEffortRate',
  title: "Structure des taux d'effort (FAT démolition)",
  unit: '%',
  decisions: ['D-EFFORT-BANDS'],
  bands: [
    { id: 'lt10', label: '< 10 %', upper: lt(0.1) },
    { id: '10-15', label: '≥ 10 % et < 15 %', upper: lt(0.15) },
    { id: '15-20', label: '≥ 15 % et < 20 %', upper: lt(0.2) },
    { id: '20-25', label: '≥ 20 % et < 25 %', upper: lt(0.25) },
    { id: 'ge25', label: '≥ 25 %' },
  ],
};

function nineBands(id: string, title: string, unit: string): BandTable {
  const u = unit === '%' ? ' %' : ' €';
  return {
    id,
    title,
    unit,
    decisions: ['D-BANDS9'],
    bands: [
      { id: 'lt-5', label: `< -5${u}`, upper: lt(-5) },
      { id: '-5-0', label: `De -5 à 0${u}`, upper: lt(0) },
      { id: '0', label: `0${u}`, upper: eq(0) },
      { id: '0-5', label: `De 0 à 5${u}`, upper: le(5) },
      { id: '5-10', label: `De 5 à 10${u}`, upper: le(10) },
      { id: '10-20', label: `De 10 à 20${u}`, upper: le(20) },
      { id: '20-30', label: `De 20 à 30${u}`, upper: le(30) },
      { id: '30-40', label: `De 30 à 40${u}`, upper: le(40) },
      { id: 'gt40', label: `> 40${u}` },
    ],
  };
}

/** Relative change of the surface, in % of the surface before (Decision D-SURFACE). */
export const SURFACE_EVOLUTION_BANDS = nineBands('surfaceEvolution', 'Évolution de la surface (en %)', '%');
/** Change of the quittance résiduelle, in euros. */
export const RESIDUAL_EVOLUTION_BANDS = nineBands('residualEvolution', 'Évolution de la quittance résiduelle (en €)', '€');

/** Effort-rate change in points, five bands (fiche 3). */
export const EFFORT_EVOLUTION_BANDS: BandTable = {
  id: 'effortEvolution',
  title: "Évolution du taux d'effort (en points)",
  unit: 'pts',
  decisions: ['D-EFFORT-EVOL'],
  bands: [
    { id: 'lt-15', label: '< -15 pts', upper: lt(-15) },
    { id: '-15--2.5', label: 'De -15 à -2,5 pts', upper: lt(-2.5) },
    { id: 'stable', label: 'De -2,5 à 2,5 pts', upper: le(2.5) },
    { id: '2.5-15', label: 'De 2,5 à 15 pts', upper: le(15) },
    { id: 'gt15', label: '> 15 pts' },
  ],
};

/** Fiche 3 wording of the five effort-evolution bands (same order as EFFORT_EVOLUTION_BANDS). */
export const EFFORT_EVOLUTION_MEANINGS = [
  'Très forte diminution',
  'Diminution',
  'Stable',
  'Augmentation',
  'Très forte augmentation',
] as const;

/** Effort-rate change in points, three classes (fiche 4). */
export const EFFORT_EVOLUTION_3_BANDS: BandTable = {
  id: 'effortEvolution3',
  title: "Évolution du taux d'effort en 3 classes (fiche 4)",
  unit: 'pts',
  decisions: ['D-EFFORT-EVOL'],
  bands: [
    { id: 'down', label: 'Diminution (< -2,5 pts)', upper: lt(-2.5) },
    { id: 'stable', label: 'Stable (-2,5 à 2,5 pts)', upper: le(2.5) },
    { id: 'up', label: 'Augmentation (> 2,5 pts)' },
  ],
};

/** Resources in SMIC (fiche 2). */
export const SMIC_BANDS: BandTable = {
  id: 'smic',
  title: 'Ressources du ménage en SMIC',
  unit: 'SMIC',
  decisions: ['D-SMIC'],
  bands: [
    { id: 'lt0.5', label: "Moins d'un demi SMIC (< 0,5 SMIC)", upper: lt(0.5) },
    { id: '0.5-1', label: 'Un demi SMIC à un SMIC (de 0,5 à 1 SMIC)', upper: lt(1) },
    { id: '1-1.5', label: 'Un SMIC à un SMIC et demi (1 à 1,5 SMIC)', upper: lt(1.5) },
    { id: '1.5-2', label: 'Un SMIC et demi à deux SMIC (1,5 à 2 SMIC)', upper: lt(2) },
    { id: '2-2.5', label: 'Deux SMIC à deux SMIC et demi (2 à 2,5 SMIC)', upper: lt(2.5) },
    { id: '2.5-3', label: 'Deux SMIC et demi à trois SMIC (2,5 à 3 SMIC)', upper: lt(3) },
    { id: 'ge3', label: 'Trois SMIC et plus (3 SMIC et plus)' },
  ],
};

/** Change in the number of rooms (fiches 3, 4 and FAT). */
export const ROOMS_EVOLUTION_BANDS: BandTable = {
  id: 'roomsEvolution',
  title: 'Évolution du nombre de pièces',
  unit: 'pièces',
  decisions: [],
  bands: [
    { id: 'less', label: 'Diminution', upper: lt(0) },
    { id: 'same', label: 'Stabilité', upper: eq(0) },
    { id: 'more', label: 'Augmentation' },
  ],
};

/** Number of children (fiche 2). */
export const CHILDREN_BANDS: BandTable = {
  id: 'children',
  title: "Nombre d'enfants par ménage",
  unit: 'enfants',
  decisions: [],
  bands: [
    { id: '0', label: 'Sans enfant', upper: eq(0) },
    { id: '1-2', label: '1-2 enfants', upper: le(2) },
    { id: '3+', label: '3 enfants et plus' },
  ],
};

/** Reste à charge after vs before (FAT table 6), on the change in € of the quittance résiduelle. */
export const RESIDUAL_VS_BEFORE_BANDS: BandTable = {
  id: 'residualVsBefore',
  title: 'Reste à charge par rapport au logement précédent',
  unit: '€',
  decisions: [],
  bands: [
    { id: 'le', label: 'Nombre de ménages ayant un reste à charge inférieur ou égal', upper: le(0) },
    { id: 'gt', label: 'Nombre de ménages ayant un reste à charge supérieur' },
  ],
};

export const BAND_TABLES: readonly BandTable[] = [
  AGE_BANDS, EFFORT_RATE_BANDS, FAT_EFFORT_RATE_BANDS, SURFACE_EVOLUTION_BANDS, RESIDUAL_EVOLUTION_BANDS,
  EFFORT_EVOLUTION_BANDS, EFFORT_EVOLUTION_3_BANDS, SMIC_BANDS, ROOMS_EVOLUTION_BANDS, CHILDREN_BANDS,
  RESIDUAL_VS_BEFORE_BANDS,
];

function holds(test: UpperTest, x: number): boolean {
  if (test.op === '<') return x < test.value;
  if (test.op === '<=') return x <= test.value;
  return x === test.value;
}

/** The band of a number (the first whose upper test holds; the last band otherwise). */
export function bandOf(table: BandTable, x: number): Band {
  for (const band of table.bands) {
    if (!band.upper || holds(band.upper, x)) return band;
  }
  return table.bands[table.bands.length - 1];
}

/** Occupancy density, on occupants − rooms (Decision D-DENSITY). */
export const DENSITY_BANDS: BandTable = {
  id: 'density',
  title: "Densité d'occupation (occupants − pièces)",
  unit: 'personnes',
  decisions: ['D-DENSITY'],
  bands: [
    { id: 'under', label: 'Sous-occupation', upper: le(-2) },
    { id: 'balanced', label: 'Équilibre', upper: lt(2) },
    { id: 'over', label: 'Sur-occupation' },
  ],
};
