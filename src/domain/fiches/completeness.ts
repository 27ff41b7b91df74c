/**
 * Fiche 1 « Taux de remplissage » (issue 9): the guide's principle « Le taux de remplissage conditionne
 * fortement la qualité des résultats » (GUIDE-NOTES §4.12), over the population of the treatment.
 *
 * Decisions:
 * - Counting is the pane's « Suivi » one (domain/tracking/completeness, imported, not copied): a column
 *   applies to every household of the population, except the « Après relogement » block, which applies
 *   to its relogés only (Relogement = OUI); a cell is renseigné when its typed value is usable; the
 *   optional « Commentaires et observations » is left out.
 * - Lines, in this order: « Ensemble des variables » (every non-optional column, user columns included:
 *   the pane's overall figure for the same households), « Variables ANRU ★ » (the ★ columns together),
 *   each ★ column in catalogue order, then each user column (« champ ajouté »). User columns are listed
 *   because they weigh in the first line: a low overall rate can be traced to them on the sheet. The
 *   other catalogue columns are not listed one by one (the pane lists them, worst first).
 * - The two aggregate lines count cells (one household × one column), not households: their
 *   « Ménages concernés » is Σ of the columns' concerned households. A note under the table says so.
 * - A column nobody is concerned with (an after-relocation ★ column in a population without relogé) has
 *   a null percent, shown « — », never 0 %.
 */
import type { CustomFieldDef } from '../catalogue/types';
import type { Household } from '../household/types';
import { completeness, type ColumnCompleteness } from '../tracking/completeness';
import type { CompletenessLine, FicheBlock } from './types';

export const COMPLETENESS_TITLE = 'Taux de remplissage des variables';
export const ALL_VARIABLES_LABEL = 'Ensemble des variables';
export const ANRU_VARIABLES_LABEL = 'Variables ANRU ★';

export const COMPLETENESS_NOTES: readonly string[] = [
  'Ménages concernés : les ménages de la population ; pour les variables « après relogement », ses ménages relogés seulement. « — » : aucun ménage concerné.',
  'Lignes « Ensemble des variables » et « Variables ANRU ★ » : nombres de cases (un ménage × une variable), hors « Commentaires et observations » ; les champs ajoutés comptent dans l’ensemble.',
];

const percentOf = (filled: number, applicable: number): number | null =>
  applicable === 0 ? null : (filled / applicable) * 100;

function aggregate(key: 'all' | 'anru', label: string, columns: readonly ColumnCompleteness[]): CompletenessLine {
  const applicable = columns.reduce((s, c) => s + c.applicable, 0);
  const filled = columns.reduce((s, c) => s + c.filled, 0);
  return { key, kind: key, label, applicable, filled, missing: applicable - filled, percent: percentOf(filled, applicable) };
}

function columnLine(c: ColumnCompleteness): CompletenessLine {
  return {
    key: c.key,
    kind: c.custom ? 'custom' : 'column',
    label: c.custom ? `${c.label} (champ ajouté)` : `${c.label} ★`,
    applicable: c.applicable,
    filled: c.filled,
    missing: c.missing,
    percent: percentOf(c.filled, c.applicable),
  };
}

/** The lines of the table: overall, ANRU ★ together, each ★ column, each user column. */
export function completenessLines(
  population: readonly Household[],
  customFields: readonly CustomFieldDef[] = [],
): CompletenessLine[] {
  const counted = completeness(population, { customFields }).columns.filter((c) => !c.optional);
  const anru = counted.filter((c) => c.anru);
  return [
    aggregate('all', ALL_VARIABLES_LABEL, counted),
    aggregate('anru', ANRU_VARIABLES_LABEL, anru),
    ...anru.map(columnLine),
    ...counted.filter((c) => c.custom).map(columnLine),
  ];
}

export function completenessBlock(
  population: readonly Household[],
  customFields: readonly CustomFieldDef[] = [],
): FicheBlock {
  return {
    kind: 'completeness',
    id: 'f1-remplissage',
    title: COMPLETENESS_TITLE,
    lines: completenessLines(population, customFields),
    notes: COMPLETENESS_NOTES,
  };
}
