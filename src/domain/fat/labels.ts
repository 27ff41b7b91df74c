/**
 * The guide's exact French wording of the FAT démolition (guide p. 25, GUIDE-NOTES §2(b)), accents
 * restored. Where the notes bracket a reconstruction ("[d'ancienneté] inférieur[e]") the reconstructed
 * text is used; where they mark a doubtful word ("parc privé [conventionné ?]") the word is left out.
 */

export const FAT_TITLE = 'RAPPEL DES INDICATEURS DE BILAN ANRU – FAT DÉMOLITION';
export const FAT_INTRO =
  "L'outil de suivi des relogements permet notamment de répondre aux différents indicateurs de la FAT Démolition :";

export const TABLE_TITLES = {
  strategy: 'STRATÉGIE DE RELOGEMENT (RÉCAPITULATIF)',
  description: 'DESCRIPTION DES RELOGEMENTS',
  rate: 'TAUX DE RELOGEMENT RÉALISÉ OU PRIS EN COMPTE SUR PROPOSITION FORMALISÉE DANS LE PARC CONVENTIONNÉ < 5 ANS',
  location: 'PAR LOCALISATION GÉOGRAPHIQUE',
  rooms: 'ÉVOLUTION DU NOMBRE DE PIÈCES',
  residualRent: 'RESTE À CHARGE (quittance − APL) PAR RAPPORT AU LOGEMENT PRÉCÉDENT',
  effortRate: "STRUCTURE DES TAUX D'EFFORT DES MÉNAGES RELOGÉS ((quittance − APL) / ressources)",
} as const;

export const COLUMN_NUMBER = 'NOMBRE';
export const COLUMN_TOTAL = 'TOTAL';
export const TOTAL = 'TOTAL';
export const UNCLASSIFIED = 'Non classé';

export const STRATEGY_LABELS = {
  toDemolish: 'Logements à démolir',
  occupied: 'Logements occupés',
  decohabitations: 'Décohabitations',
  toRelocate: 'Ménages à reloger',
  spontaneous: 'Départs spontanés',
  others: 'Autres',
} as const;

export const DESCRIPTION_LABELS = {
  socialPark: 'PARC LOGEMENT SOCIAL',
  under5: 'PARC CONVENTIONNÉ DEPUIS MOINS DE 5 ANS',
  over5: 'PARC CONVENTIONNÉ DEPUIS PLUS DE 5 ANS',
  otherRental: 'AUTRE PARC LOCATIF',
  ownershipGroup: 'ACCESSION À LA PROPRIÉTÉ',
  new: "Logement social neuf (1re mise en location) d'ancienneté inférieure à 5 ans au moment du relogement",
  acquisition: 'Logement conventionné en acquisition-amélioration de moins de 5 ans',
  formalised: "Logement dans le parc existant avec engagement formalisé d'une proposition d'un logement neuf (*)",
  rehabilitated: 'Logt social réhabilité (« neuf ») depuis moins de 5 ans',
  otherSocial: 'Autre parc social (y compris résidences sociales)',
  pls: 'Prêt locatif social (PLS)',
  pli: 'Prêt locatif intermédiaire (PLI) ou parc privé',
  free: 'Locatif libre',
  other: 'Autres',
  ownership: 'Nombre de ménages ayant accédé à la propriété',
  total: 'TOTAL des ménages relogés',
} as const;

/** Footnote (*) of the guide on the "engagement formalisé" line. */
export const FORMALISED_FOOTNOTE =
  "(*) Engagement formalisé du bailleur sur des projets identifiés et un calendrier prévisionnel acceptés par le ménage relogé avec une indication sur le taux d'effort, temporairement dans le parc existant ou dans une opération tiroir.";

export const RATE_LABELS = {
  ceiling1: 'Ménages sous plafond de ressources PLAI',
  ceiling2: "Ménages entre le plafond PLAI et le plafond d'attribution d'un logement social",
  ceiling3: 'Autres ménages',
  ceilingNR: 'Plafonds de ressources non renseignés (NR)',
  total: 'Total des relogements',
  definitive: 'Ménages relogés définitivement (a)',
  formalised: 'Propositions formalisées de relogement dans parc conventionné < 5 ans (b)',
  noType: 'Pour information : relogés dans le parc conventionné < 5 ans sans type de relogement (non comptés en a)',
  relocated: 'Ménages relogés de la catégorie',
  rate: 'Taux de relogement (a + b) / ménages relogés',
} as const;

export const LOCATION_LABELS = {
  sameZus: 'Relogement dans la même ZUS (projet) ou même périmètre (dérog. art. 6)',
  otherZusCommune: 'Relogement dans une autre ZUS (commune)',
  otherZusAgglo: "Relogement dans une autre ZUS dans l'agglomération hors commune",
  outZusCommune: 'Relogement hors ZUS dans la commune',
  outZusAgglo: "Relogement hors ZUS dans l'agglomération hors commune",
  outAgglo: 'Relogement hors agglomération',
} as const;

export const ROOMS_LABELS = {
  less: 'Relogement avec un nombre de pièces inférieur',
  same: 'Relogement avec le même nombre de pièces',
  more: 'Relogement avec un nombre de pièces supérieur',
} as const;

export const EFFORT_SECTIONS = { before: 'Avant le relogement', after: 'Après le relogement' } as const;

/** Guide footnotes under the reste-à-charge and effort-rate tables. */
export const QUITTANCE_FOOTNOTE =
  "La quittance mensuelle est égale au loyer plus provision de charges. Afin d'avoir la même base de calcul du taux d'effort, intégrer à la quittance les charges individualisées du logement initial ou du nouveau logement (estimation des frais de chauffage en particulier).";
export const RESOURCES_FOOTNOTE = 'Ressources = salaires mensuels + prestations familiales.';
