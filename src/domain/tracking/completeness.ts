/**
 * Taux de remplissage (completeness), after circular USH 2006-09: « Le taux de remplissage conditionne
 * fortement la qualité des résultats » (GUIDE-NOTES §4.12): per column and per operation.
 *
 * Decisions of this module:
 * - Columns: every catalogue column (input and derived) and every user column, in display order:
 *   ANRU ★ columns first, then the others, each in catalogue order; user columns sit where Excel puts
 *   them, just before « Commentaires et observations ».
 * - Applicability: the « Après relogement » block (group 'after', input and derived) applies only to
 *   relocated households (Relogement = OUI), except Relogement itself and Commentaires et observations,
 *   which apply to every household. Every other column, user columns included, applies to every
 *   household. Accompagnement social and Relogement accepté / refusé follow the block (relogés only).
 * - Filled: the typed value is non-null (a cell that cannot be used, e.g. a number typed as text, is
 *   null, hence missing). A derived column is filled when its computed value is non-null.
 * - Optional columns are listed with `optional: true` but left out of the overall rate and shown after
 *   the others by `worstFirst`. By default only « Commentaires et observations » is optional: asking to
 *   fill free comments would push users to write personal, possibly sensitive data (RGPD, guide p.7).
 *   Callers may name other optional keys (catalogue or user columns).
 * - Overall rate = Σ filled ÷ Σ applicable over the non-optional columns (a rate of cells); null when
 *   nothing applies. A column's rate is null when no household is concerned.
 */
import { HOUSEHOLD_COLUMNS, COMMENTS_KEY } from '../catalogue/columns';
import { ALL_OPERATIONS } from '../catalogue/operations';
import type { ColumnDef, CustomFieldDef } from '../catalogue/types';
import type { Household } from '../household/types';
import { foldText } from '../populations/criteria';
import { isRelocated } from '../populations/predefined';

export interface ColumnCompleteness {
  readonly key: string;
  readonly label: string;
  readonly anru: boolean;
  /** A user column (« champ ajouté »). */
  readonly custom: boolean;
  readonly optional: boolean;
  /** Households to which the column applies. */
  readonly applicable: number;
  readonly filled: number;
  readonly missing: number;
  /** filled ÷ applicable (fraction 0–1), null when applicable = 0. */
  readonly rate: number | null;
}

export interface Completeness {
  readonly households: number;
  readonly columns: readonly ColumnCompleteness[];
  /** Σ filled ÷ Σ applicable over the non-optional columns, null when nothing applies. */
  readonly overall: number | null;
}

export interface OperationCompleteness extends Completeness {
  /** Operation name, or null for the households attached to no listed operation. */
  readonly operation: string | null;
  readonly label: string;
}

export interface CompletenessOptions {
  readonly customFields?: readonly CustomFieldDef[];
  /** Keys of the optional columns (replaces the default, « Commentaires et observations »). */
  readonly optional?: readonly string[];
}

export const DEFAULT_OPTIONAL_KEYS: readonly string[] = [COMMENTS_KEY];
/** Columns of the 'after' group that apply to every household. */
export const AFTER_KEYS_FOR_ALL: readonly string[] = ['relocation', COMMENTS_KEY];
/** Label of the households whose Opération is blank or not in liste_opération. */
export const NO_OPERATION_LABEL = 'Opération non renseignée ou inconnue';

export interface CompletenessColumn {
  readonly key: string;
  readonly label: string;
  readonly anru: boolean;
  readonly custom: boolean;
  readonly relocatedOnly: boolean;
  readonly read: (h: Household) => unknown;
}

function catalogueTarget(c: ColumnDef): CompletenessColumn {
  return {
    key: c.key,
    label: c.label,
    anru: c.anru,
    custom: false,
    relocatedOnly: c.group === 'after' && !AFTER_KEYS_FOR_ALL.includes(c.key),
    read: (h) => (h.values as Readonly<Record<string, unknown>>)[c.key],
  };
}

function customTarget(f: CustomFieldDef): CompletenessColumn {
  return {
    key: f.key,
    label: f.label,
    anru: false,
    custom: true,
    relocatedOnly: false,
    read: (h) => h.custom[f.key],
  };
}

/** Columns in display order: ANRU ★ first, then the others; user columns just before the comments. */
export function completenessColumns(customFields: readonly CustomFieldDef[] = []): CompletenessColumn[] {
  const sheetOrder: CompletenessColumn[] = [];
  for (const c of HOUSEHOLD_COLUMNS) {
    if (c.key === COMMENTS_KEY) sheetOrder.push(...customFields.map(customTarget));
    sheetOrder.push(catalogueTarget(c));
  }
  return [...sheetOrder.filter((t) => t.anru), ...sheetOrder.filter((t) => !t.anru)];
}

const isFilled = (v: unknown): boolean =>
  v !== null &&
  v !== undefined &&
  !(typeof v === 'string' && v.trim() === '') &&
  !(typeof v === 'number' && !Number.isFinite(v));

export function completeness(
  households: readonly Household[],
  options: CompletenessOptions = {},
): Completeness {
  const optional = new Set(options.optional ?? DEFAULT_OPTIONAL_KEYS);
  const relocated = households.filter(isRelocated);
  let applicableSum = 0;
  let filledSum = 0;
  const columns = completenessColumns(options.customFields).map((t): ColumnCompleteness => {
    const concerned = t.relocatedOnly ? relocated : households;
    const filled = concerned.filter((h) => isFilled(t.read(h))).length;
    const applicable = concerned.length;
    const isOptional = optional.has(t.key);
    if (!isOptional) {
      applicableSum += applicable;
      filledSum += filled;
    }
    return {
      key: t.key,
      label: t.label,
      anru: t.anru,
      custom: t.custom,
      optional: isOptional,
      applicable,
      filled,
      missing: applicable - filled,
      rate: applicable === 0 ? null : filled / applicable,
    };
  });
  return {
    households: households.length,
    columns,
    overall: applicableSum === 0 ? null : filledSum / applicableSum,
  };
}

/**
 * For display, worst first: non-optional columns before optional ones; then by rate ascending, columns
 * with no concerned household (rate null) last; ties keep the display order (ANRU ★ first).
 */
export function worstFirst(columns: readonly ColumnCompleteness[]): ColumnCompleteness[] {
  const rank = (c: ColumnCompleteness): number => (c.rate === null ? 2 : c.rate);
  return columns
    .map((c, i) => ({ c, i }))
    .sort((a, b) => Number(a.c.optional) - Number(b.c.optional) || rank(a.c) - rank(b.c) || a.i - b.i)
    .map((x) => x.c);
}

export type OperationRef = string | { readonly name: string };

/** Names of operations, without « Tout », blanks and duplicates (case and accents folded). */
export function operationNames(operations: readonly OperationRef[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const o of operations) {
    const name = typeof o === 'string' ? o : o.name;
    const k = foldText(String(name ?? ''));
    if (k === '' || k === foldText(ALL_OPERATIONS) || seen.has(k)) continue;
    seen.add(k);
    out.push(name);
  }
  return out;
}

/** The households of each operation (same order), plus those attached to none of them. */
export function householdsByOperation(
  households: readonly Household[],
  operations: readonly OperationRef[],
): { names: string[]; groups: Household[][]; orphans: Household[] } {
  const names = operationNames(operations);
  const index = new Map(names.map((n, i) => [foldText(n), i]));
  const groups: Household[][] = names.map(() => []);
  const orphans: Household[] = [];
  for (const h of households) {
    const op = h.values.operation;
    const i = op === null ? undefined : index.get(foldText(op));
    if (i === undefined) orphans.push(h);
    else groups[i].push(h);
  }
  return { names, groups, orphans };
}

/**
 * Completeness of each operation of liste_opération (its order; « Tout » skipped), then, when there are
 * any, the households whose Opération is blank or unknown (operation null).
 */
export function completenessByOperation(
  households: readonly Household[],
  operations: readonly OperationRef[],
  options: CompletenessOptions = {},
): OperationCompleteness[] {
  const { names, groups, orphans } = householdsByOperation(households, operations);
  const out: OperationCompleteness[] = names.map((name, i) => ({
    operation: name,
    label: name,
    ...completeness(groups[i], options),
  }));
  if (orphans.length > 0)
    out.push({ operation: null, label: NO_OPERATION_LABEL, ...completeness(orphans, options) });
  return out;
}
