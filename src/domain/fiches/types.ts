/**
 * Plain data of the four fiches (reference §6), ready to be laid out by the Excel layer.
 *
 * Percentages (Decision D-PERCENT) are numbers from 0 to 100, over the households that answered
 * (Total = 100 %); the non-renseignés (NR) are counted apart. A percentage is null when nobody answered.
 *
 * Bases: every table counts either the whole population of the treatment ('population') or its
 * relogés only ('reloges', Relogement = OUI): the after-relocation variables exist only for them, so
 * a household still to relocate is "not applicable", never "non renseigné". Invariants, checked by
 * the tests on random households:
 * - FicheTable: sum(rows.count) + nr = total = size of its base; answered = sum of the rows in the
 *   percentage base (every row but a "Sans objet" row).
 * - CrossTable: sum(cells) + sum(rowNr) + sum(colNr) + bothNr = total = size of its base.
 */
import type { CustomFieldDef } from '../catalogue/types';

export type Base = 'population' | 'reloges';

export interface FicheRow {
  readonly label: string;
  readonly count: number;
  /** count ÷ answered × 100; null when answered = 0 or the row is outside the percentage base. */
  readonly percent: number | null;
  /** Set on a "Sans objet" row: counted in the total, not in the percentage base. */
  readonly outOfBase?: boolean;
}

/** A synthesis line under a table: « N ménages soit P % ». */
export interface SyntheseLine {
  readonly label: string;
  readonly count: number;
  /** Over the households that answered the table (both variables for a cross table). */
  readonly percent: number | null;
  /** « 6 ménages soit 40 % » (percentage rounded to the unit, as in the guide). */
  readonly text: string;
}

export interface FicheTable {
  readonly id: string;
  readonly title: string;
  readonly base: Base;
  readonly rows: readonly FicheRow[];
  readonly nr: number;
  /** Households of the base: sum(rows) + nr. */
  readonly total: number;
  /** Households counted in the percentages. */
  readonly answered: number;
  readonly synthese?: readonly SyntheseLine[];
}

/**
 * A cross table. Rows are the categories of `rowTitle`, columns those of `colTitle`. NR households
 * are kept in the margins: rowNr[j] = row variable NR and column j; colNr[i] = row i and column
 * variable NR; bothNr = both NR. Percentages are within each column (percentBase 'column'), over
 * the households of that column that answered both variables (colTotals[j]).
 */
export interface CrossTable {
  readonly id: string;
  readonly title: string;
  readonly base: Base;
  readonly rowTitle: string;
  readonly colTitle: string;
  readonly rowLabels: readonly string[];
  readonly colLabels: readonly string[];
  readonly cells: readonly (readonly number[])[];
  readonly rowNr: readonly number[];
  readonly colNr: readonly number[];
  readonly bothNr: number;
  readonly rowTotals: readonly number[];
  readonly colTotals: readonly number[];
  /** Households answering both variables: sum(cells). */
  readonly answered: number;
  readonly total: number;
  readonly percentBase: 'column';
  readonly percents: readonly (readonly (number | null)[])[];
  readonly synthese?: readonly SyntheseLine[];
}

/**
 * A single figure: a count, a share, an average or a date. `answered` / `nr` say on how many
 * households of `base` an average or share is computed (averages skip NR values).
 */
export interface Figure {
  readonly id: string;
  readonly label: string;
  readonly value: number | null;
  /** 'ménages', 'logements', '%', '€', '€/an', 'ans', 'enfants', 'personnes', 'pièces', 'm²', 'points', 'propositions', 'date' (Excel serial). */
  readonly unit: string;
  readonly base?: Base | 'operations';
  readonly answered?: number;
  readonly nr?: number;
}

/**
 * A line of the « Taux de remplissage » table (fiche 1; see completeness.ts). For a column, counts are
 * households; for the two aggregate lines ('all', 'anru') they are cells (one household × one column).
 */
export interface CompletenessLine {
  /** 'all', 'anru', or the column's key. */
  readonly key: string;
  readonly kind: 'all' | 'anru' | 'column' | 'custom';
  readonly label: string;
  /** Households (cells for 'all' / 'anru') to which the column applies. */
  readonly applicable: number;
  readonly filled: number;
  /** Non renseignés: applicable − filled. */
  readonly missing: number;
  /** filled ÷ applicable × 100; null when nobody is concerned (never 0 %). */
  readonly percent: number | null;
}

export type FicheBlock =
  | { readonly kind: 'table'; readonly table: FicheTable }
  | { readonly kind: 'cross'; readonly table: CrossTable }
  | {
      readonly kind: 'figures';
      readonly id: string;
      readonly title: string;
      readonly figures: readonly Figure[];
    }
  | {
      readonly kind: 'completeness';
      readonly id: string;
      readonly title: string;
      readonly lines: readonly CompletenessLine[];
      /** Reading notes printed under the table. */
      readonly notes: readonly string[];
    };

/** A question of the guide and the blocks that answer it, in the order of the sheet. */
export interface FicheSection {
  readonly id: string;
  readonly question: string;
  readonly blocks: readonly FicheBlock[];
}

export interface Fiche {
  readonly number: 1 | 2 | 3 | 4;
  readonly title: string;
  /** « Ménages relogés en ZUS — Toutes les opérations (Tout) ». */
  readonly subtitle: string;
  /** Households of the population, and how many of them are relogés (the 'reloges' base). */
  readonly populationSize: number;
  readonly relocatedSize: number;
  readonly sections: readonly FicheSection[];
  /** « Commentaires et observations sur fiche N » (free box; personal-data warning in the sheet). */
  readonly commentsTitle: string;
}

/** Figures of the operations in scope, from liste_opération (null = not typed). */
export interface OperationFigures {
  readonly householdsToRelocate: number | null;
  readonly dwellingsToDemolish: number | null;
  readonly vacantDwellings: number | null;
  /** Earliest Date de début de l'opération (Excel serial). */
  readonly startDate: number | null;
}

export interface FicheContext {
  readonly operations: OperationFigures;
  /** Date d'édition (Excel serial). */
  readonly today: number;
  readonly populationLabel: string;
  readonly scopeLabel: string;
  /** User columns of the household table (« champs ajoutés »), for the taux de remplissage. */
  readonly customFields?: readonly CustomFieldDef[];
}

export interface Fiches {
  readonly fiche1: Fiche;
  readonly fiche2: Fiche;
  readonly fiche3: Fiche;
  readonly fiche4: Fiche;
}
