/**
 * The predefined sub-populations of the automatic treatment (reference §5, GUIDE-NOTES §1.4 T1–T3 and
 * §2(d)): the guide's 19, in its order, then the three ANRU reste-à-charge categories.
 *
 * Semantics shared by every predicate (our Decisions, shown to users through `definition`):
 * - "relogé" = Relogement OUI (the new lease is signed); "à reloger" = Relogement NON.
 * - Relogement D (départ spontané) and A (autres : décès, expulsion…) are neither relogés nor à
 *   reloger: the FAT counts them apart ("Départs spontanés", "Autres"). A blank Relogement (NR) is in
 *   no population either — the input check asks for it; fiche 1 shows these rows in its NR.
 * - A non-renseigné value never satisfies a condition: a relogé with a blank ZUS / QPV cell is neither
 *   "en ZUS" nor "hors ZUS".
 * - Populations 4 to 19 and the three ANRU categories are all among the relogés.
 */
import type { Household } from '../household/types';

export interface Population {
  /** Stable kebab-case identifier (saved in workbooks: never rename). */
  readonly id: string;
  /** French label as in the guide, also the title of the result sheet ("Résultats " + label). */
  readonly label: string;
  /** Short form for a sheet name: ≤ 21 characters so that "Résultats " + sheetLabel fits Excel's 31. */
  readonly sheetLabel: string;
  /** 'guide' = the 19 sub-populations of p.32; 'anru' = the 3 reste-à-charge categories of p.33. */
  readonly kind: 'guide' | 'anru';
  /** Exact rule, in French, for Explication / Tableau des variables. */
  readonly definition: string;
  readonly predicate: (h: Household) => boolean;
}

/** Minimum rise of the effort rate, in points, for "augmentation du taux d'effort" (exclusive). */
export const EFFORT_RISE_THRESHOLD = 2.5;

/** Âge du bâti codes counted as "logement neuf" (social neuf 1re livraison, social de moins de 5 ans). */
export const NEW_BUILDING_CODES: readonly string[] = ['CN', 'C-5'];

const v = (h: Household) => h.values;
const isIn = (x: string | null, codes: readonly string[]): boolean => x !== null && codes.includes(x);

export const isRelocated = (h: Household): boolean => v(h).relocation === 'OUI';
export const isToRelocate = (h: Household): boolean => v(h).relocation === 'NON';
const tenant = (h: Household): boolean => v(h).priorStatus === 'T';
const ceiling = (h: Household, code: string): boolean => v(h).ceilings === code;

const RELOGES = 'Relogement = OUI';

function relocatedAnd(test: (h: Household) => boolean): (h: Household) => boolean {
  return (h) => isRelocated(h) && test(h);
}

export const POPULATIONS: readonly Population[] = [
  {
    id: 'ensemble',
    kind: 'guide',
    label: 'Ensemble des ménages à reloger / relogés',
    sheetLabel: 'à reloger et relogés',
    // D and A are out: they left the operation without being relocated (see the header comment).
    definition:
      'Relogement = OUI ou NON (les départs spontanés D et les autres sorties A ne sont pas comptés).',
    predicate: (h) => isRelocated(h) || isToRelocate(h),
  },
  {
    id: 'reloges',
    kind: 'guide',
    label: 'Ménages relogés',
    sheetLabel: 'relogés',
    definition: `${RELOGES}.`,
    predicate: isRelocated,
  },
  {
    id: 'a-reloger',
    kind: 'guide',
    label: 'Ménages à reloger',
    sheetLabel: 'à reloger',
    definition: 'Relogement = NON.',
    predicate: isToRelocate,
  },
  {
    id: 'reloges-commune',
    kind: 'guide',
    label: 'Ménages relogés sur la commune (sur site et hors site)',
    sheetLabel: 'relogés commune',
    definition: `${RELOGES} et Localisation géographique = SIT ou HSIT.`,
    predicate: relocatedAnd((h) => isIn(v(h).location, ['SIT', 'HSIT'])),
  },
  {
    id: 'reloges-sur-site',
    kind: 'guide',
    label: 'Ménages relogés sur site',
    sheetLabel: 'relogés sur site',
    definition: `${RELOGES} et Localisation géographique = SIT.`,
    predicate: relocatedAnd((h) => v(h).location === 'SIT'),
  },
  {
    id: 'reloges-zus',
    kind: 'guide',
    label: 'Ménages relogés en ZUS',
    sheetLabel: 'relogés en ZUS',
    definition: `${RELOGES} et ZUS / QPV = Z.`,
    predicate: relocatedAnd((h) => v(h).zus === 'Z'),
  },
  {
    id: 'reloges-hors-zus',
    kind: 'guide',
    label: 'Ménages relogés hors ZUS',
    sheetLabel: 'relogés hors ZUS',
    definition: `${RELOGES} et ZUS / QPV = HZ.`,
    predicate: relocatedAnd((h) => v(h).zus === 'HZ'),
  },
  {
    id: 'reloges-hors-commune',
    kind: 'guide',
    label: 'Ménages relogés en dehors de la commune',
    sheetLabel: 'relogés hors commune',
    definition: `${RELOGES} et Localisation géographique = AGGLO ou HAGL.`,
    predicate: relocatedAnd((h) => isIn(v(h).location, ['AGGLO', 'HAGL'])),
  },
  {
    id: 'reloges-heberges-decohabitants',
    kind: 'guide',
    label: 'Ménages hébergés ou décohabitants relogés',
    sheetLabel: 'hébergés décohab.',
    definition: `${RELOGES} et Statut d'occupation antérieur = H ou D.`,
    predicate: relocatedAnd((h) => isIn(v(h).priorStatus, ['H', 'D'])),
  },
  {
    id: 'reloges-propriete',
    kind: 'guide',
    label: 'Ménages relogés ayant accédé à la propriété',
    sheetLabel: 'accès propriété',
    definition: `${RELOGES} et Statut d'occupation = AP.`,
    predicate: relocatedAnd((h) => v(h).tenureAfter === 'AP'),
  },
  {
    id: 'reloges-individuel',
    kind: 'guide',
    label: 'Ménages relogés ayant accédé à un logement individuel',
    sheetLabel: 'logement individuel',
    definition: `${RELOGES} et Nature du logement = I.`,
    predicate: relocatedAnd((h) => v(h).dwellingType === 'I'),
  },
  {
    // Decision: "neuf" = the FAT's "logement social neuf (1re mise en location) de moins de 5 ans"
    // (reference §7): CN and C-5. Rehabilitated (CR-5) and acquisition-amélioration (AA-5) are not new.
    id: 'reloges-neuf',
    kind: 'guide',
    label: 'Ménages relogés ayant accédé à un logement neuf',
    sheetLabel: 'logement neuf',
    definition: `${RELOGES} et Âge du bâti = CN ou C-5 (logement social neuf 1re livraison ou de moins de 5 ans).`,
    predicate: relocatedAnd((h) => isIn(v(h).buildingAge, NEW_BUILDING_CODES)),
  },
  {
    // Decision: "augmentation" = the two rising classes of the 5-class evolution (D-EFFORT-EVOL),
    // > +2,5 points; a change within ±2,5 points is "Stable". 2,5 exactly is stable.
    id: 'reloges-hausse-taux-effort',
    kind: 'guide',
    label: "Ménages relogés ayant subi une augmentation du taux d'effort",
    sheetLabel: 'hausse taux effort',
    definition: `${RELOGES} et Évolution du taux d'effort > 2,5 points (classes « Augmentation » et « Très forte augmentation »).`,
    predicate: relocatedAnd((h) => {
      const e = v(h).effortRateEvolution;
      return e !== null && e > EFFORT_RISE_THRESHOLD;
    }),
  },
  {
    id: 'reloges-titulaires',
    kind: 'guide',
    label: 'Ménages relogés titulaires',
    sheetLabel: 'titulaires',
    definition: `${RELOGES} et Statut d'occupation antérieur = T (titulaire de bail).`,
    predicate: relocatedAnd(tenant),
  },
  {
    id: 'reloges-titulaires-moins-60',
    kind: 'guide',
    label: 'Ménages relogés titulaires dont les ressources sont inférieures à 60 % des plafonds PLUS',
    sheetLabel: 'titulaires < 60 %',
    definition: `${RELOGES}, Statut d'occupation antérieur = T et Plafonds des ressources = 1.`,
    predicate: relocatedAnd((h) => tenant(h) && ceiling(h, '1')),
  },
  {
    id: 'reloges-titulaires-60-100',
    kind: 'guide',
    label: 'Ménages relogés titulaires dont les ressources se situent entre 60 et 100 % des plafonds PLUS',
    sheetLabel: 'titulaires 60-100 %',
    definition: `${RELOGES}, Statut d'occupation antérieur = T et Plafonds des ressources = 2.`,
    predicate: relocatedAnd((h) => tenant(h) && ceiling(h, '2')),
  },
  {
    id: 'reloges-titulaires-plus-100',
    kind: 'guide',
    label: 'Ménages relogés titulaires dont les ressources sont supérieures à 100 % des plafonds PLUS',
    sheetLabel: 'titulaires > 100 %',
    definition: `${RELOGES}, Statut d'occupation antérieur = T et Plafonds des ressources = 3.`,
    predicate: relocatedAnd((h) => tenant(h) && ceiling(h, '3')),
  },
  {
    id: 'reloges-moins-60',
    kind: 'guide',
    label: 'Ménages relogés dont les ressources sont inférieures à 60 % des plafonds PLUS',
    sheetLabel: 'relogés < 60 %',
    definition: `${RELOGES} et Plafonds des ressources = 1.`,
    predicate: relocatedAnd((h) => ceiling(h, '1')),
  },
  {
    id: 'reloges-plus-60',
    kind: 'guide',
    label: 'Ménages relogés dont les ressources sont supérieures à 60 % des plafonds PLUS',
    sheetLabel: 'relogés > 60 %',
    definition: `${RELOGES} et Plafonds des ressources = 2 ou 3.`,
    predicate: relocatedAnd((h) => ceiling(h, '2') || ceiling(h, '3')),
  },
  // The ANRU categories (GUIDE-NOTES T2): PLAI = code 1 (< 60 %), between PLAI and the HLM ceiling =
  // code 2, others = code 3. The first selects the same households as 'reloges-moins-60'; its result
  // sheet is read for the surface × reste à charge table (fiche 3).
  {
    id: 'anru-sous-plafond-plai',
    kind: 'anru',
    label: 'Ménages relogés sous plafond de ressources PLAI',
    sheetLabel: 'ANRU sous PLAI',
    definition: `${RELOGES} et Plafonds des ressources = 1 (< 60 % des plafonds PLUS). Règle ANRU : reste à charge constant ou similaire pour un logement de surface égale.`,
    predicate: relocatedAnd((h) => ceiling(h, '1')),
  },
  {
    id: 'anru-plai-plafond-hlm',
    kind: 'anru',
    label: "Ménages relogés entre le plafond PLAI et le plafond d'attribution d'un logement social",
    sheetLabel: 'ANRU PLAI à HLM',
    definition: `${RELOGES} et Plafonds des ressources = 2 (entre 60 et 100 % des plafonds PLUS). Règle ANRU : reste à charge similaire à celui d'une amélioration PALULOS, à surface égale et service rendu comparable.`,
    predicate: relocatedAnd((h) => ceiling(h, '2')),
  },
  {
    id: 'anru-autres',
    kind: 'anru',
    label: 'Autres ménages relogés (au-dessus des plafonds PLUS)',
    sheetLabel: 'ANRU autres',
    definition: `${RELOGES} et Plafonds des ressources = 3 (> 100 % des plafonds PLUS). Règle ANRU : reste à charge compatible avec les ressources.`,
    predicate: relocatedAnd((h) => ceiling(h, '3')),
  },
];

const BY_ID = new Map(POPULATIONS.map((p) => [p.id, p]));

export function populationById(id: string): Population | undefined {
  return BY_ID.get(id);
}

/** The households of a population, in their order. */
export function selectPopulation(
  households: readonly Household[],
  p: Pick<Population, 'predicate'>,
): Household[] {
  return households.filter((h) => p.predicate(h));
}
