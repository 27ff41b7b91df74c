/**
 * Table 3, « Taux de relogement réalisé ou pris en compte sur proposition formalisée dans le parc
 * conventionné < 5 ans », by resource category (Plafonds des ressources du ménage 1, 2, 3, NR, total).
 * (a) and (b) are read from table 2's classification, so the two tables cannot disagree:
 *   (a) relogés définitivement (Type de relogement D) counted on a « parc conventionné depuis moins de
 *       5 ans » line of table 2 (neuf, acquisition-amélioration);
 *   (b) counted on the « engagement formalisé » line (Type de relogement TN);
 *   rate = (a + b) ÷ relocated households of the category (Decision of reference §7).
 */
import type { Household } from '../household/types';
import { classify, inPopulation } from './classify';
import { all, blank, codes, describeCriteria, describeConjunction, matches, type Criteria } from './criteria';
import { DESCRIPTION, FORMALISED_RULE, RELOCATED, UNDER_5_YEARS_RULES } from './description';
import { RATE_LABELS as R, TABLE_TITLES } from './labels';
import type { FatRateColumn, FatRateRow, FatRateTable } from './types';

interface Category {
  readonly column: FatRateColumn;
  readonly criteria: Criteria | null;
}

const ceiling = (code: string): Criteria => all(codes('ceilings', code));

const CATEGORIES: readonly Category[] = [
  { column: { id: 'ceiling1', label: R.ceiling1, rule: describeCriteria(ceiling('1')) }, criteria: ceiling('1') },
  { column: { id: 'ceiling2', label: R.ceiling2, rule: describeCriteria(ceiling('2')) }, criteria: ceiling('2') },
  { column: { id: 'ceiling3', label: R.ceiling3, rule: describeCriteria(ceiling('3')) }, criteria: ceiling('3') },
  {
    column: {
      id: 'ceilingNR', label: R.ceilingNR, rule: describeCriteria(all(blank('ceilings'))), isUnclassified: true,
      reason: 'Plafonds des ressources du ménage vide : ménages relogés non classés par catégorie',
    },
    criteria: all(blank('ceilings')),
  },
  { column: { id: 'total', label: R.total, rule: 'Toutes les catégories, NR compris', isTotal: true }, criteria: null },
];

function lineLabel(id: string): string {
  return `« ${DESCRIPTION.rules.find((r) => r.id === id)!.label} »`;
}

const UNDER_5 = `compté en ${UNDER_5_YEARS_RULES.map(lineLabel).join(' ou ')} (tableau « Description des relogements »)`;
const TYPE_D = describeCriteria(all(codes('relocationType', 'D')));
const TYPE_BLANK = describeCriteria(all(blank('relocationType')));
const RELOCATED_TEXT = describeConjunction(RELOCATED);

export function rateTable(households: readonly Household[]): FatRateTable {
  const relocated = households.filter((h) => inPopulation(DESCRIPTION, h));
  const lineOf = new Map(relocated.map((h) => [h, classify(DESCRIPTION, h)]));
  const under5 = (h: Household): boolean => {
    const o = lineOf.get(h)!;
    return o.kind === 'rule' && (UNDER_5_YEARS_RULES as readonly string[]).includes(o.id);
  };
  const type = (h: Household): string | null => h.values.relocationType;
  const tests = {
    definitive: (h: Household) => under5(h) && type(h) === 'D',
    formalised: (h: Household) => {
      const o = lineOf.get(h)!;
      return o.kind === 'rule' && o.id === FORMALISED_RULE;
    },
    noType: (h: Household) => under5(h) && type(h) === null,
  };
  const members = CATEGORIES.map((c) => relocated.filter((h) => c.criteria === null || matches(c.criteria, h)));
  const count = (test: (h: Household) => boolean): number[] => members.map((m) => m.filter(test).length);
  const a = count(tests.definitive);
  const b = count(tests.formalised);
  const n = members.map((m) => m.length);
  const rows: FatRateRow[] = [
    { id: 'definitive', label: R.definitive, format: 'count', values: a, rule: `${RELOCATED_TEXT}, ${UNDER_5} et ${TYPE_D}` },
    {
      id: 'formalised', label: R.formalised, format: 'count', values: b,
      rule: `${RELOCATED_TEXT}, compté en ${lineLabel(FORMALISED_RULE)} (Type de relogement = TN)`,
    },
    { id: 'noType', label: R.noType, format: 'count', values: count(tests.noType), rule: `${RELOCATED_TEXT}, ${UNDER_5} et ${TYPE_BLANK}` },
    { id: 'relocated', label: R.relocated, format: 'count', values: n, rule: RELOCATED_TEXT },
    {
      id: 'rate', label: R.rate, format: 'rate',
      values: n.map((total, i) => (total === 0 ? null : (a[i] + b[i]) / total)),
      rule: 'Décision : (a + b) ÷ ménages relogés de la catégorie ; vide si la catégorie ne compte aucun ménage relogé',
    },
  ];
  return {
    kind: 'rates',
    id: 'rate',
    title: TABLE_TITLES.rate,
    columns: CATEGORIES.map((c) => c.column),
    rows,
    notes: [
      'Décision : catégorie de ressources = Plafonds des ressources du ménage (1 = sous plafond PLAI, < 60 % des plafonds PLUS ; 2 = entre le plafond PLAI et le plafond HLM ; 3 = autres ménages).',
      "Décision : taux = (a + b) ÷ ménages relogés de la catégorie (la formule du guide n'est pas lisible).",
    ],
  };
}
