/**
 * The rule that must report each kind of error the sample generator injects (src/sample/errors.ts,
 * INJECTABLE_ERRORS). Keys are written out here so the domain does not depend on src/sample; the
 * tests check they are exactly the sample's kinds. A duplicateRequest is reported on both rows: the
 * injected copy and the row it copies.
 */
import type { RuleId } from './rules';

export const SAMPLE_ERROR_RULES = {
  unknownCode: 'code-hors-liste',
  textInNumber: 'nombre-en-texte',
  negativeAmount: 'montant-negatif',
  zeroSurface: 'surface-non-positive',
  ageOutOfRange: 'age-hors-bornes',
  childrenVsStructure: 'structure-enfants',
  hostedVsStructure: 'structure-heberges',
  adultChildrenAboveChildren: 'enfants-majeurs-superieurs',
  aplAboveQuittance: 'apl-superieure-quittance',
  relocatedWithoutDate: 'reloge-donnee-anru-manquante',
  notRelocatedWithDate: 'non-reloge-avec-date',
  duplicateRequest: 'doublon-demande',
  unknownOperation: 'operation-inconnue',
  moveBeforeOperationStart: 'date-demenagement-avant-debut',
  futureMoveDate: 'date-demenagement-future',
  locationVsCommune: 'localisation-commune',
} as const satisfies Readonly<Record<string, RuleId>>;

export type SampleErrorKind = keyof typeof SAMPLE_ERROR_RULES;
