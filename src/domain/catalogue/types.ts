/**
 * Types of the catalogue: the one description of the household table and of `liste_opération`.
 * Everything else (dropdowns, headers, Tableau des variables, formulas, parsing, rules, treatments)
 * is derived from values of these types.
 */

export type GroupId = 'general' | 'initial' | 'household' | 'wishes' | 'after';

/** What a cell of the column holds. `derived` columns are computed by a formula, never typed. */
export type ColumnKind = 'code' | 'integer' | 'amount' | 'number' | 'date' | 'text' | 'derived';

/** What a derived column produces. */
export type DerivedResult = 'amount' | 'percent' | 'points' | 'number' | 'integer' | 'label';

export type DecisionId = string;

export interface CodeDef {
  /** The canonical code as the cell holds it (numeric code lists hold numbers: '3' is the number 3). */
  readonly code: string;
  /** French meaning, as in the guide. */
  readonly label: string;
  /** Shorter label used in the fiches' tables, when the guide uses another wording there. */
  readonly short?: string;
  /** Set when the code is not legible in the guide and is our Decision. */
  readonly decision?: DecisionId;
}

export interface CodeList {
  readonly id: string;
  /** True when the cells hold numbers (1..6 for rooms): the formulas compute with them. */
  readonly numeric: boolean;
  readonly codes: readonly CodeDef[];
  /** Extra spellings accepted when reading a legacy workbook (normalised key → canonical code). */
  readonly aliases?: Readonly<Record<string, string>>;
}

export interface ColumnDef {
  /** Stable English identifier. */
  readonly key: string;
  /** French label, as in the guide (GUIDE-NOTES §2(a)); the Excel header adds ' ★' for ANRU columns. */
  readonly label: string;
  readonly group: GroupId;
  readonly kind: ColumnKind;
  /** For derived columns: the kind of value produced. */
  readonly result?: DerivedResult;
  readonly unit?: string;
  /** For code columns: the id of the code list. */
  readonly codeList?: string;
  /** Variable asked by ANRU (★ in the header). */
  readonly anru: boolean;
  /** Personal data (CNIL/RGPD): never in exports meant for partners. */
  readonly personal: boolean;
  /** Possibly sensitive data (free comments). */
  readonly sensitive: boolean;
  readonly required?: boolean;
  readonly min?: number;
  readonly max?: number;
  /** Help shown in the input message and in Tableau des variables (French). */
  readonly help: string;
  /** Decisions of the reference (or ours) that concern this column. */
  readonly decisions: readonly DecisionId[];
  /** Excel number format of the column's cells. */
  readonly numberFormat: string;
  /** Column width in points (Excel). */
  readonly width: number;
  /** Other headers accepted when reading a legacy workbook. */
  readonly aliases?: readonly string[];
  /** Identifying column (frozen, hidden by "Masquer les colonnes identifiantes"). */
  readonly identifying?: boolean;
}

export interface Group {
  readonly id: GroupId;
  readonly label: string;
  /** Fill colour of the group band (hex, no #). */
  readonly color: string;
}

export interface Decision {
  readonly id: DecisionId;
  /** French text shown in Tableau des variables. */
  readonly text: string;
  /** 'reference' when taken from RIME-REFERENCE.md, 'project' when taken by this project beyond it. */
  readonly source: 'reference' | 'project';
}

/** A column added by the user ("Insérer un nouveau champ de saisie"). */
export type CustomFieldType = 'text' | 'number' | 'amount' | 'date' | 'list';

export interface CustomFieldDef {
  /** Stable key: 'custom:' + normalised name. */
  readonly key: string;
  readonly label: string;
  readonly type: CustomFieldType;
  readonly codes?: readonly CodeDef[];
  readonly help: string;
  /** Personal data flag chosen by the user (exports for partners leave it out). */
  readonly personal: boolean;
  /**
   * A column typed by hand in the table (no definition in RIME_champs): its type is a guess (the pane
   * looks at the first household's cell, a treatment at every cell), so criteria on it accept the text
   * and the number operators whatever the guess (see populations/criteria).
   */
  readonly guessed?: boolean;
}

/** Cell values as Office.js returns them: blank cells are ''. */
export type CellValue = string | number | boolean;
