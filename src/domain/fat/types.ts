/**
 * The FAT démolition report (reference §7, GUIDE-NOTES §2(b)) as plain data, ready to be laid out by
 * the Excel layer: one title block, then seven tables in the guide's order. Every figure carries the
 * French rule that produced it.
 */

/** Figures typed in liste_opération for one operation (or summed for Tout); null = non renseigné. */
export interface OperationFigures {
  readonly dwellingsToDemolish: number | null;
  readonly vacantDwellings: number | null;
  readonly householdsToRelocate: number | null;
}

export interface FatContext {
  /** Operation name, or 'Tout' (ALL_OPERATIONS) for the consolidated report. */
  readonly scopeLabel: string;
  /** Edition date as an Excel serial number (serialFromDate(new Date()) in production). */
  readonly today: number;
}

export type FatTableId = 'strategy' | 'description' | 'rate' | 'location' | 'rooms' | 'residualRent' | 'effortRate';

/** One line of a one-column table. */
export interface FatRow {
  /** Stable identifier (English), e.g. 'new', 'unclassified:…', 'total'. */
  readonly id: string;
  /** The guide's exact French label ("Non classé" for unclassified lines). */
  readonly label: string;
  /** Indentation: 0 = top group header or top line, 1 = sub-group header or line of a group, 2 = line of a sub-group. */
  readonly level: 0 | 1 | 2;
  /** The figure; null on headers, and on a liste_opération figure that is not filled (see `reason`). */
  readonly count: number | null;
  /** French rule that feeds the line ("Relogement = OUI et Âge du bâti ∈ {CN, C-5}…"); '' on headers. */
  readonly rule: string;
  /** Group header (no figure): PARC LOGEMENT SOCIAL, Avant le relogement… */
  readonly isHeader?: boolean;
  /** TOTAL line: equals the population the table (or the section) describes. */
  readonly isTotal?: boolean;
  /** Households of the population that no line can take, grouped by reason. */
  readonly isUnclassified?: boolean;
  /** Why the households are not classified, or why a figure is missing (French). */
  readonly reason?: string;
}

/** Tables 1, 2, 4, 5, 6, 7: label | figure | rule. */
export interface FatCountTable {
  readonly kind: 'counts';
  readonly id: FatTableId;
  readonly title: string;
  /** Heading of the figure column ("NOMBRE", "TOTAL"). */
  readonly columnTitle: string;
  readonly rows: readonly FatRow[];
  /** Footnotes and Decisions printed under the table (French). */
  readonly notes: readonly string[];
}

/** A column of table 3: one resource category (plafonds 1, 2, 3), the NR column, the total column. */
export interface FatRateColumn {
  readonly id: string;
  readonly label: string;
  /** Which relocated households the column holds. */
  readonly rule: string;
  readonly isTotal?: boolean;
  readonly isUnclassified?: boolean;
  readonly reason?: string;
}

/** A line of table 3; `values` has one entry per column. */
export interface FatRateRow {
  readonly id: 'definitive' | 'formalised' | 'noType' | 'relocated' | 'rate';
  readonly label: string;
  readonly rule: string;
  /** 'count' = number of households; 'rate' = a fraction (0.5 = 50 %), null when the category is empty. */
  readonly format: 'count' | 'rate';
  readonly values: readonly (number | null)[];
}

/** Table 3: categories as columns (as in the guide), lines (a), (b), then the rate. */
export interface FatRateTable {
  readonly kind: 'rates';
  readonly id: 'rate';
  readonly title: string;
  readonly columns: readonly FatRateColumn[];
  readonly rows: readonly FatRateRow[];
  readonly notes: readonly string[];
}

export type FatTable = FatCountTable | FatRateTable;

export interface FatReport {
  /** « RAPPEL DES INDICATEURS DE BILAN ANRU – FAT DÉMOLITION » */
  readonly title: string;
  readonly scopeLabel: string;
  /** Excel serial number (format it dd/mm/yyyy). */
  readonly editionDate: number;
  /** Rows (requests) of the scope. */
  readonly householdCount: number;
  /** Rows of the scope with Relogement = OUI: the population of tables 2 to 7. */
  readonly relocatedCount: number;
  readonly tables: readonly FatTable[];
}
