/**
 * What a treatment runs on (pure): a predefined population or manual criteria (validated with the
 * populations module's zod schema), the scope, and everything the sheet and the comparison need.
 */
import type { CustomFieldDef } from '../../domain/catalogue';
import { computeFiches, operationFigures, triAPlat, type Fiches, type TriAPlatRow } from '../../domain/fiches';
import type { Household } from '../../domain/household';
import {
  criteriaPredicate, criteriaSentence, criteriaSetSchema, CRITERIA_SET_VERSION, inScope, populationById,
  scopeLabel as scopeText, type Criterion, type Scope,
} from '../../domain/populations';
import { WorkbookError } from '../errors';
import type { OperationRow } from '../workbook/operations';
import { ReportError } from './errors';
import { planResultSheet, type ResultSheetPlan } from './layout';
import { criteriaSheetBase, populationSheetBase, uniqueSheetName } from './sheetName';

export type PopulationChoice = string | { readonly criteria: readonly Criterion[]; readonly label?: string };

export interface ResolvedPopulation {
  /** Predefined id, or null for manual criteria. */
  readonly id: string | null;
  readonly label: string;
  /** Sheet name before uniqueness (« Résultats relogés en ZUS »). */
  readonly sheetBase: string;
  readonly sentence: string;
  readonly definition?: string;
  readonly predicate: (h: Household) => boolean;
}

export interface ResolveContext {
  readonly customFields: readonly CustomFieldDef[];
  readonly operations: readonly string[];
}

export function resolvePopulation(choice: PopulationChoice, ctx: ResolveContext): ResolvedPopulation {
  if (typeof choice === 'string') {
    const p = populationById(choice);
    if (!p) throw new ReportError('UnknownPopulation', `Population inconnue : « ${choice} ».`, { id: choice });
    return { id: p.id, label: p.label, sheetBase: populationSheetBase(p.sheetLabel), sentence: p.label, definition: p.definition, predicate: p.predicate };
  }
  const parsed = criteriaSetSchema({ customFields: ctx.customFields, operations: ctx.operations })
    .safeParse({ version: CRITERIA_SET_VERSION, criteria: choice.criteria });
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => {
      const n = i.path[0] === 'criteria' && typeof i.path[1] === 'number' ? `Critère ${i.path[1] + 1} : ` : '';
      return `${n}${i.message}.`;
    });
    throw new ReportError('InvalidCriteria', `Les critères ne sont pas valides. ${lines.join(' ')}`, { errors: lines });
  }
  const criteria = parsed.data.criteria;
  const sentence = criteriaSentence(criteria, ctx.customFields);
  return {
    id: null,
    label: choice.label?.trim() || sentence,
    sheetBase: criteriaSheetBase(choice.label?.trim() || sentence),
    sentence,
    predicate: criteriaPredicate(criteria, ctx.customFields),
  };
}

/** Refuses a scope naming an operation that liste_opération does not have. */
export function checkScope(scope: Scope, operations: readonly string[]): void {
  if (scope.kind === 'all') return;
  const unknown = scope.names.filter((n) => !operations.includes(n));
  if (unknown.length > 0) {
    throw new WorkbookError(
      'UnknownOperation',
      `Opération inconnue dans le périmètre : ${unknown.map((n) => `« ${n} »`).join(', ')}. Choisissez une opération de la feuille « liste_opération ».`,
      { operations: unknown },
    );
  }
}

export interface Computed {
  readonly population: ResolvedPopulation;
  readonly scopeLabel: string;
  readonly size: number;
  readonly relocated: number;
  readonly fiches: Fiches;
  readonly tri: readonly TriAPlatRow[];
}

/** `customFields`: the household table's user columns (fiche 1's taux de remplissage lists them). */
export function compute(
  population: ResolvedPopulation, scope: Scope, households: readonly Household[], operations: readonly OperationRow[], today: number,
  customFields: readonly CustomFieldDef[] = [],
): Computed {
  const selected = households.filter((h) => inScope(h, scope) && population.predicate(h));
  const label = scopeText(scope);
  const fiches = computeFiches(selected, {
    operations: operationFigures(operations, scope), today, populationLabel: population.label, scopeLabel: label, customFields,
  });
  return {
    population, scopeLabel: label, size: selected.length, relocated: fiches.fiche1.relocatedSize, fiches, tri: triAPlat(fiches),
  };
}

/** The sheet plan of a computed treatment; `taken` receives the new name. */
export function planFor(c: Computed, today: number, taken: string[]): ResultSheetPlan {
  const sheet = uniqueSheetName(c.population.sheetBase, taken);
  taken.push(sheet);
  return planResultSheet({
    sheet,
    title: `Résultats : ${c.population.label}`,
    scopeLabel: c.scopeLabel,
    today,
    populationSize: c.size,
    relocatedSize: c.relocated,
    sentence: c.population.sentence,
    definition: c.population.definition,
    fiches: c.fiches,
  });
}
