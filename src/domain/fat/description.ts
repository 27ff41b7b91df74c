/**
 * Table 2, « Description des relogements »: which line each relocated household goes to (Decision of
 * reference §7, precedence ours). Rules are tried in this order; the first that holds takes the
 * household:
 *   0. incoherent codes → Non classé (with the reason)
 *   1. Type de relogement TN (in the social park, or statut vide) → engagement formalisé
 *   2. Type de financement PLS (statut other than AP) → PLS
 *   3. Type de financement PLI (statut other than AP) → PLI ou parc privé
 *   4. Âge du bâti CN or C-5 (social park, or statut vide) → neuf
 *   5. Âge du bâti AA-5 (idem) → acquisition-amélioration
 *   6. Âge du bâti CR-5 (idem) → réhabilité depuis moins de 5 ans
 *   7. Statut AP → accession ; 8. Statut LL → locatif libre ; 9. Statut A → autres
 *  10. Statut PS (or statut vide with an old social building age or a social financing) → autre parc social
 * and what is left (statut vide, nothing else placing it) → Non classé.
 * Why: TN first because the household waits, with a written commitment, for a new dwelling — the
 * line ANRU counts in (b) — whatever the temporary dwelling is; PLS and PLI before the building ages
 * because the FAT lists them under « Autre parc locatif », outside « Parc logement social », even new.
 */
import { codeList } from '../catalogue/codeLists';
import type { Classification, LayoutEntry } from './classify';
import { all, blank, codes, codesOrBlank } from './criteria';
import { DESCRIPTION_LABELS as L, FORMALISED_FOOTNOTE } from './labels';

/** Every Âge du bâti code names a social dwelling (« Logt social … »). */
export const SOCIAL_BUILDING_AGES = codeList('buildingAge').codes.map((c) => c.code);
/** Building ages that place a household in « Autre parc social » when the statut is blank. */
export const OLD_SOCIAL_BUILDING_AGES = ['CR+5', 'CNR+5', 'RD5'] as const;
/** Financings of the social park (PLS and PLI have their own lines, AI is not social). */
export const SOCIAL_FINANCINGS = ['PLAI', 'PLUS', 'PLUS CD', 'PLA', 'HLMO', 'AS'] as const;

export const RELOCATED = [codes('relocation', 'OUI')] as const;

const SOCIAL_OR_BLANK = codesOrBlank('tenureAfter', 'PS');
const NOT_OWNER = codesOrBlank('tenureAfter', 'PS', 'LL', 'A');

export const DESCRIPTION: Classification = {
  population: RELOCATED,
  showPriority: true,
  checks: [
    {
      id: 'tnOutsideSocial',
      criteria: all(codes('relocationType', 'TN'), codes('tenureAfter', 'LL', 'AP', 'A')),
      reason:
        "Codes incohérents : Type de relogement = TN (attente d'un logement neuf dans le parc social) alors que le Statut d'occupation n'est pas PS",
    },
    {
      id: 'socialAgeOutsideSocial',
      criteria: all(codes('tenureAfter', 'LL', 'A'), codes('buildingAge', ...SOCIAL_BUILDING_AGES)),
      reason: "Codes incohérents : Âge du bâti d'un logement social alors que le Statut d'occupation est LL ou A",
    },
    {
      id: 'socialFinancingOutsideSocial',
      criteria: all(codes('tenureAfter', 'LL', 'A'), codes('financing', ...SOCIAL_FINANCINGS)),
      reason: "Codes incohérents : financement du parc social alors que le Statut d'occupation est LL ou A",
    },
  ],
  rules: [
    { id: 'formalised', label: L.formalised, criteria: all(codes('relocationType', 'TN'), SOCIAL_OR_BLANK) },
    { id: 'pls', label: L.pls, criteria: all(codes('financing', 'PLS'), NOT_OWNER) },
    { id: 'pli', label: L.pli, criteria: all(codes('financing', 'PLI'), NOT_OWNER) },
    { id: 'new', label: L.new, criteria: all(codes('buildingAge', 'CN', 'C-5'), SOCIAL_OR_BLANK) },
    { id: 'acquisition', label: L.acquisition, criteria: all(codes('buildingAge', 'AA-5'), SOCIAL_OR_BLANK) },
    { id: 'rehabilitated', label: L.rehabilitated, criteria: all(codes('buildingAge', 'CR-5'), SOCIAL_OR_BLANK) },
    { id: 'ownership', label: L.ownership, criteria: all(codes('tenureAfter', 'AP')) },
    { id: 'free', label: L.free, criteria: all(codes('tenureAfter', 'LL')) },
    { id: 'other', label: L.other, criteria: all(codes('tenureAfter', 'A')) },
    {
      id: 'otherSocial',
      label: L.otherSocial,
      criteria: [
        [codes('tenureAfter', 'PS')],
        [blank('tenureAfter'), codes('buildingAge', ...OLD_SOCIAL_BUILDING_AGES)],
        [blank('tenureAfter'), codes('financing', ...SOCIAL_FINANCINGS)],
      ],
    },
  ],
  missing: [
    {
      id: 'noTenure',
      criteria: all(blank('tenureAfter')),
      reason:
        "Statut d'occupation vide et aucun autre code ne place le relogement (Type de relogement TN, Âge du bâti ou Type de financement du parc social)",
    },
  ],
  fallback: "Aucune ligne ne s'applique : vérifier les codes du relogement",
};

/** The guide's order and grouping. */
export const DESCRIPTION_LAYOUT: readonly LayoutEntry[] = [
  { header: L.socialPark, id: 'socialPark', level: 0 },
  { header: L.under5, id: 'under5', level: 1 },
  { rule: 'new', level: 2 },
  { rule: 'acquisition', level: 2 },
  { header: L.over5, id: 'over5', level: 1 },
  { rule: 'formalised', level: 2 },
  { rule: 'rehabilitated', level: 2 },
  { rule: 'otherSocial', level: 2 },
  { header: L.otherRental, id: 'otherRental', level: 0 },
  { rule: 'pls', level: 1 },
  { rule: 'pli', level: 1 },
  { rule: 'free', level: 1 },
  { rule: 'other', level: 1 },
  { header: L.ownershipGroup, id: 'ownershipGroup', level: 0 },
  { rule: 'ownership', level: 1 },
];

/** Lines of table 2 that form the « parc conventionné depuis moins de 5 ans » (table 3, a). */
export const UNDER_5_YEARS_RULES = ['new', 'acquisition'] as const;
/** Line of table 2 that holds the formal proposals of a new dwelling (table 3, b). */
export const FORMALISED_RULE = 'formalised';

export const DESCRIPTION_NOTES: readonly string[] = [
  FORMALISED_FOOTNOTE,
  "Décision : chaque ménage relogé est compté sur une seule ligne, celle de la première règle qui s'applique dans l'ordre des priorités (1 à 10) ; les codes incohérents et les relogements sans Statut d'occupation que rien d'autre ne classe sont comptés en « Non classé » avec leur motif, pour que le total égale le nombre de ménages relogés.",
  "Décision : le PLS et le PLI sont comptés en « Autre parc locatif », même neufs, comme les range la FAT ; le Type de relogement TN prime sur l'âge du bâti du logement temporaire.",
];
