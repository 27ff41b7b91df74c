/**
 * Exports of the household table (reference §8): which columns and rows leave the workbook, as plain
 * data for the Excel layer to write into a new sheet or file.
 */
import type { ColumnKey } from '../catalogue/columns';
import type { CustomFieldType } from '../catalogue/types';

/**
 * - 'base': « Exportation de la base de saisie », everything, for internal use only;
 * - 'anru': « Exportation données ANRU », the ★ variables, pseudonymous (N° d'identification kept);
 * - 'anonymised': the whole base without personal or sensitive columns, household numbers replaced.
 */
export type ExportKind = 'base' | 'anru' | 'anonymised';

export type ExportColumn =
  /** A column of the catalogue; `numericCodes` when its code list holds numbers (rooms, plafonds…). */
  | {
      readonly source: 'catalogue';
      readonly key: ColumnKey;
      readonly header: string;
      readonly numberFormat: string;
      readonly numericCodes: boolean;
    }
  /** A user column (« Insérer un nouveau champ de saisie »). */
  | {
      readonly source: 'custom';
      readonly key: string;
      readonly header: string;
      readonly numberFormat: string;
      readonly type: CustomFieldType;
      readonly personal: boolean;
    }
  /** The anonymised export's household number, drawn at random at each export. */
  | { readonly source: 'anonymousId'; readonly key: 'anonymousId'; readonly header: string; readonly numberFormat: string };

/** The columns of one export, bound to its kind so the notice and the checks follow the columns. */
export interface ExportColumnSet {
  readonly kind: ExportKind;
  readonly columns: readonly ExportColumn[];
}

export interface ExportScope {
  /** Operation name, or null for Tout (every household). */
  readonly operation: string | null;
  /** Export date, Excel serial number. */
  readonly today: number;
  /**
   * Random source for the anonymised household numbers (Math.random when absent). Tests pass a
   * seeded one; production must not: the numbers must not be reproducible from the base.
   */
  readonly random?: () => number;
}

/** A cell as Office.js writes it: '' for blank, dates as serial numbers, codes as codes. */
export type ExportCell = string | number;

export interface ExportTable {
  readonly kind: ExportKind;
  /** « Exportation de la base de saisie », « Exportation données ANRU »… */
  readonly title: string;
  /** Operation name or 'Tout'. */
  readonly scopeLabel: string;
  /** Excel serial number. */
  readonly date: number;
  /** One-line French confidentiality notice, to print above the table. */
  readonly notice: string;
  readonly columns: readonly ExportColumn[];
  /** French headers (catalogue labels, ' ★' on ANRU variables). */
  readonly headers: readonly string[];
  readonly rows: readonly (readonly ExportCell[])[];
}
