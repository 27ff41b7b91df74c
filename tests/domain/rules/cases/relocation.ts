/**
 * Relocation state, localisation, statut d'occupation vs financement / âge du bâti / type de
 * relogement, Opération. Base: RELOCATED (OUI, PS, PLUS, CN, HSIT in Vénissieux) or TO_RELOCATE (NON).
 */
import { serialFromYmd } from '../../../../src/domain/dates';
import { TO_RELOCATE, type Case } from '../helpers';

const MARCH_2024 = serialFromYmd(2024, 3, 15);

export const RELOCATION_CASES: readonly Case[] = [
  {
    rule: 'relogement-manquant',
    name: 'Relogement vide',
    changes: { relocation: '' },
    expected: ['relogement-manquant@relocation'],
  },
  {
    rule: 'relogement-manquant',
    name: 'close: « oui » en minuscules',
    changes: { relocation: 'oui' },
    expected: [],
  },
  {
    rule: 'reloge-donnee-anru-manquante',
    name: 'OUI sans date ni ZUS / QPV (une constatation par cellule)',
    changes: { moveDate: '', zus: '' },
    expected: ['reloge-donnee-anru-manquante@zus', 'reloge-donnee-anru-manquante@moveDate'],
  },
  {
    rule: 'reloge-donnee-anru-manquante',
    name: 'OUI en PS sans financement ni âge du bâti ni loyer après',
    changes: { financing: '', buildingAge: '', rentAfter: '', chargesAfter: '', aplAfter: '' },
    expected: [
      'reloge-donnee-anru-manquante@financing',
      'reloge-donnee-anru-manquante@buildingAge',
      'reloge-donnee-anru-manquante@rentAfter',
    ],
  },
  {
    rule: 'reloge-donnee-anru-manquante',
    name: 'close: accession (AP) sans financement, âge du bâti, loyer, bailleur ni réservataire',
    changes: {
      tenureAfter: 'AP',
      financing: '',
      buildingAge: '',
      rentAfter: '',
      chargesAfter: '',
      aplAfter: '',
      relocatingLandlord: '',
      reservation: '',
    },
    expected: [],
  },
  {
    rule: 'reloge-donnee-manquante',
    name: 'OUI sans surface après ni bailleur relogeur (PS)',
    changes: { surfaceAfter: '', relocatingLandlord: '' },
    expected: ['reloge-donnee-manquante@surfaceAfter', 'reloge-donnee-manquante@relocatingLandlord'],
  },
  {
    rule: 'reloge-donnee-manquante',
    name: 'close: quartier de relogement et accepté/refusé vides',
    changes: { relocationDistrict: '', acceptance: '' },
    expected: [],
  },
  {
    rule: 'reloge-donnee-manquante',
    name: 'close: locatif libre PLI sans âge du bâti, bailleur ni réservataire',
    changes: {
      tenureAfter: 'LL',
      financing: 'PLI',
      buildingAge: '',
      relocatingLandlord: '',
      reservation: '',
    },
    expected: [],
  },
  {
    rule: 'non-reloge-avec-date',
    name: 'NON avec une date',
    base: TO_RELOCATE,
    changes: { moveDate: MARCH_2024 },
    expected: ['non-reloge-avec-date@moveDate'],
  },
  {
    rule: 'non-reloge-avec-date',
    name: 'close: NON sans date',
    base: TO_RELOCATE,
    changes: {},
    expected: [],
  },
  {
    rule: 'non-reloge-avec-logement-apres',
    name: 'NON avec pièces après et ZUS',
    base: TO_RELOCATE,
    changes: { roomsAfter: 4, zus: 'HZ' },
    expected: ['non-reloge-avec-logement-apres@relocation'],
  },
  {
    rule: 'non-reloge-avec-logement-apres',
    name: 'close: NON avec proposition refusée et accompagnement',
    base: TO_RELOCATE,
    changes: { acceptance: 'R', socialSupport: 'OUI' },
    expected: [],
  },
  {
    rule: 'depart-avec-date',
    name: 'départ spontané (D) avec une date',
    base: TO_RELOCATE,
    changes: { relocation: 'D', moveDate: MARCH_2024 },
    expected: ['depart-avec-date@moveDate'],
  },
  {
    rule: 'depart-avec-date',
    name: 'autres (A) avec une date',
    base: TO_RELOCATE,
    changes: { relocation: 'A', moveDate: MARCH_2024 },
    expected: ['depart-avec-date@moveDate'],
  },
  {
    rule: 'depart-avec-date',
    name: 'close: D sans date',
    base: TO_RELOCATE,
    changes: { relocation: 'D' },
    expected: [],
  },
  {
    rule: 'localisation-commune',
    name: 'HSIT relogé à Lyon (opération à Vénissieux)',
    changes: { relocationCommune: 'Lyon' },
    expected: ['localisation-commune@location'],
  },
  {
    rule: 'localisation-commune',
    name: 'AGGLO relogé à « VENISSIEUX »',
    changes: { location: 'AGGLO', relocationCommune: ' VENISSIEUX ' },
    expected: ['localisation-commune@location'],
  },
  {
    rule: 'localisation-commune',
    name: 'close: SIT à « venissieux » (casse, accents, espaces)',
    changes: { location: 'SIT', relocationCommune: '  venissieux' },
    expected: [],
  },
  {
    rule: 'localisation-commune',
    name: 'close: HAGL à Saint-Priest',
    changes: { location: 'HAGL', relocationCommune: 'Saint-Priest' },
    expected: [],
  },
  {
    rule: 'operation-manquante',
    name: 'Opération vide',
    changes: { operation: '' },
    expected: ['operation-manquante@operation'],
  },
  {
    rule: 'operation-manquante',
    name: 'close: « les tilleuls »',
    changes: { operation: 'les tilleuls' },
    expected: [],
  },
  {
    rule: 'operation-inconnue',
    name: 'Les Marronniers (dates et localisation ne sont plus testées)',
    changes: { operation: 'Les Marronniers', relocationCommune: 'Lyon', moveDate: serialFromYmd(2010, 1, 1) },
    expected: ['operation-inconnue@operation'],
  },
  {
    rule: 'operation-inconnue',
    name: "« Tout » n'est pas une opération",
    changes: { operation: 'Tout' },
    expected: ['operation-inconnue@operation'],
  },
  {
    rule: 'operation-inconnue',
    name: 'close: Le Bois Joli',
    changes: { operation: 'Le Bois Joli', relocationCommune: 'Saint-Priest' },
    expected: [],
  },
  {
    rule: 'accession-financement-social',
    name: 'AP financé en PLUS',
    changes: { tenureAfter: 'AP' },
    expected: ['accession-financement-social@financing'],
  },
  {
    rule: 'accession-financement-social',
    name: 'AP financé en PLS',
    changes: { tenureAfter: 'AP', financing: 'PLS' },
    expected: ['accession-financement-social@financing'],
  },
  {
    rule: 'accession-financement-social',
    name: 'close: AP sans financement',
    changes: { tenureAfter: 'AP', financing: '' },
    expected: [],
  },
  {
    rule: 'financement-social-hors-parc-social',
    name: 'LL financé en PLAI',
    changes: { tenureAfter: 'LL', financing: 'PLAI', buildingAge: '' },
    expected: ['financement-social-hors-parc-social@financing'],
  },
  {
    rule: 'financement-social-hors-parc-social',
    name: 'close: LL financé en PLS',
    changes: { tenureAfter: 'LL', financing: 'PLS', buildingAge: '' },
    expected: [],
  },
  {
    rule: 'age-bati-hors-parc-social',
    name: 'autres parcs (A) avec âge du bâti CN',
    changes: { tenureAfter: 'A', financing: '' },
    expected: ['age-bati-hors-parc-social@buildingAge'],
  },
  {
    rule: 'age-bati-hors-parc-social',
    name: 'close: A sans âge du bâti',
    changes: { tenureAfter: 'A', financing: '', buildingAge: '' },
    expected: [],
  },
  {
    rule: 'tn-hors-parc-social',
    name: 'TN en locatif libre',
    changes: { relocationType: 'TN', tenureAfter: 'LL', financing: 'PLI', buildingAge: '' },
    expected: ['tn-hors-parc-social@relocationType'],
  },
  {
    rule: 'tn-hors-parc-social',
    name: 'close: TN dans le parc social',
    changes: { relocationType: 'TN', buildingAge: 'CR+5' },
    expected: [],
  },
  {
    rule: 'tn-sans-proposition',
    name: 'TN avec 0 proposition',
    changes: { relocationType: 'TN', buildingAge: 'CR+5', proposals: 0 },
    expected: ['tn-sans-proposition@proposals'],
  },
  {
    rule: 'tn-sans-proposition',
    name: 'TN sans nombre de propositions',
    changes: { relocationType: 'TN', buildingAge: 'CR+5', proposals: '' },
    expected: ['tn-sans-proposition@proposals'],
  },
  {
    rule: 'tn-sans-proposition',
    name: 'close: TN avec 1 proposition',
    changes: { relocationType: 'TN', buildingAge: 'CR+5', proposals: 1 },
    expected: [],
  },
];
