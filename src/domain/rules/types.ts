/**
 * Types of the input check ("VALIDATION", reference §4): rules, findings and what the check needs to
 * know beyond the household rows (the operations of liste_opération, today's date, the user fields).
 */
import type { CustomFieldDef } from '../catalogue/types';

/** 'erreur': the figure is wrong. 'avertissement': unusual, please check. */
export type Severity = 'erreur' | 'avertissement';

export interface RuleDef {
  /** Stable identifier (kebab-case, French): never renamed, tests and the sample refer to it. */
  readonly id: string;
  readonly severity: Severity;
  /** French title, shown in the summary and in every finding's message. */
  readonly title: string;
  /** What the rule checks (French, for Tableau des variables / the help pane). */
  readonly description: string;
  /** How to fix it in general (French); each finding's message gives the precise fix. */
  readonly fix: string;
  /** Catalogue column keys the rule reports on (user fields are added for the cell-type rules). */
  readonly columns: readonly string[];
}

/** One operation of liste_opération, as the check needs it. Dates are Excel serial numbers. */
export interface OperationInfo {
  readonly name: string;
  readonly commune: string | null;
  readonly startDate: number | null;
  readonly endDate: number | null;
}

export interface CheckContext {
  /** The operations of liste_opération (the consolidated row « Tout » is not an operation). */
  readonly operations: readonly OperationInfo[];
  /** Today, as an Excel serial number: moving dates after it are in the future. */
  readonly today: number;
  /** The user columns, in the order they appear (before « Commentaires et observations »). */
  readonly customFields?: readonly CustomFieldDef[];
}

export interface Finding {
  /** Worksheet row (1-based, as Excel shows it). */
  readonly row: number;
  /** N° d'identification du ménage, null when blank or unusable. */
  readonly householdId: number | null;
  /** N° de demande (1 when blank), null when unusable. */
  readonly requestNo: number | null;
  /** Catalogue column key or user field key the finding is about. */
  readonly columnKey: string;
  readonly ruleId: string;
  readonly severity: Severity;
  /** French: row, N°, column label, rule, what is wrong and the fix. */
  readonly message: string;
  /** Other rows involved (duplicates: the rows holding the same N° d'identification and N° de demande). */
  readonly relatedRows?: readonly number[];
}

export interface RuleCount {
  readonly ruleId: string;
  readonly title: string;
  readonly severity: Severity;
  readonly count: number;
}

export interface CheckSummary {
  /** Household rows checked (blank rows of the table are not counted). */
  readonly rowsChecked: number;
  /** Rows with at least one erreur / one avertissement / one finding. */
  readonly rowsWithErrors: number;
  readonly rowsWithWarnings: number;
  readonly rowsWithFindings: number;
  readonly errors: number;
  readonly warnings: number;
  /** Rules that found something, in the order of RULES. */
  readonly byRule: readonly RuleCount[];
}
