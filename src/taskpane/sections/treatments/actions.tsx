/**
 * The « Traitements » actions of the pane: each calls the excel layer (src/excel/reports) through the
 * host's `run` and turns its report into a French outcome naming the result sheet and N.
 */
import type { CustomFieldDef } from '../../../domain/catalogue';
import type { Criterion, Scope } from '../../../domain/populations';
import { WorkbookError } from '../../../excel/errors';
import {
  eraseLastComparison, listCriteriaSets, runAllTreatments, runTreatment, saveCriteriaSet,
  type PopulationChoice, type SavedCriteriaSet, type TreatmentResult,
} from '../../../excel/reports';
import { readOperations } from '../../../excel/workbook/operations';
import { readHouseholds } from '../../../excel/workbook/read';
import type { PaneHost } from '../../host';
import type { Outcome, Progress } from '../../useAction';

/** What the section needs from the workbook: operations, user fields (for criteria) and saved sets. */
export interface TreatmentContext {
  readonly operations: readonly string[];
  readonly customFields: readonly CustomFieldDef[];
  readonly sets: readonly SavedCriteriaSet[];
}

export const EMPTY_CONTEXT: TreatmentContext = { operations: [], customFields: [], sets: [] };

/** A workbook not prepared yet (no household table, no liste_opération) reads as empty, not as an error. */
async function orEmpty<T>(read: Promise<T>, empty: T): Promise<T> {
  try {
    return await read;
  } catch (e) {
    if (e instanceof WorkbookError) return empty;
    throw e;
  }
}

const plural = (n: number, one: string, many: string): string => `${n.toLocaleString('fr-FR')} ${n > 1 ? many : one}`;

function problemsLine(r: TreatmentResult): string[] {
  if (r.rowsWithProblems === 0) return [];
  return [
    `Attention : ${plural(r.rowsWithProblems, 'ligne a', 'lignes ont')} une valeur illisible, comptée comme non renseignée (NR). Lancez « Valider la saisie » pour les corriger.`,
  ];
}

function resultOutcome(r: TreatmentResult): Outcome {
  const lines = [
    `${r.populationLabel} — ${r.scopeLabel}`,
    `N = ${plural(r.populationSize, 'ménage', 'ménages')}, dont ${plural(r.relocatedSize, 'relogé', 'relogés')}.`,
  ];
  if (r.comparisonBlock !== null) lines.push(`Tri à plat ajouté à « Tableaux_comparaisons » (tableau n° ${r.comparisonBlock + 1}).`);
  if (r.populationSize === 0) lines.push('Aucun ménage ne correspond : les fiches sont vides. Vérifiez les critères et le périmètre.');
  lines.push(...problemsLine(r));
  const intent = r.populationSize === 0 || r.rowsWithProblems > 0 ? 'warning' : 'success';
  return { intent, title: `Feuille « ${r.sheetName} » créée`, lines };
}

const step = (progress: Progress) => (message: string, fraction: number) => progress(`${message}… (${Math.round(fraction * 100)} %)`);

export function treatmentActions(host: PaneHost) {
  return {
    async loadContext(): Promise<TreatmentContext> {
      return host.run(async (context) => {
        const ops = await orEmpty(readOperations(context).then((r) => r.operations.map((o) => o.name)), [] as string[]);
        const read = await orEmpty(readHouseholds(context).then((r) => ({ fields: r.customFields, ops: r.operations })), null);
        const operations = ops.length > 0 ? ops : (read?.ops ?? []);
        const customFields = read?.fields ?? [];
        const sets = await listCriteriaSets(context, { customFields, operations });
        return { operations, customFields, sets };
      });
    },

    async run(choice: PopulationChoice, scope: Scope, progress: Progress): Promise<Outcome> {
      progress('Lecture du classeur…');
      const r = await host.run((context) => runTreatment(context, { population: choice, scope, today: host.today(), onProgress: step(progress) }));
      return resultOutcome(r);
    },

    async runAll(scope: Scope, progress: Progress): Promise<Outcome> {
      progress('Lecture du classeur…');
      const report = await host.run((context) => runAllTreatments(context, { scope, today: host.today(), onProgress: step(progress) }));
      const first = report.results[0];
      return {
        intent: first && first.rowsWithProblems > 0 ? 'warning' : 'success',
        title: `${report.results.length} feuilles de résultats créées`,
        lines: [
          first ? first.scopeLabel : '',
          ...report.results.map((r) => `« ${r.sheetName} » : N = ${r.populationSize.toLocaleString('fr-FR')}`),
          `${report.results.length} tris à plat ajoutés à « Tableaux_comparaisons ».`,
          ...(first ? problemsLine(first) : []),
        ],
      };
    },

    async save(name: string, criteria: readonly Criterion[], ctx: TreatmentContext, progress: Progress): Promise<Outcome> {
      progress('Enregistrement des critères…');
      const r = await host.run((context) =>
        saveCriteriaSet(context, name, criteria, { ctx: { customFields: ctx.customFields, operations: ctx.operations }, today: host.today() }),
      );
      return {
        intent: 'success',
        title: r.replaced ? `Critères « ${name.trim()} » remplacés` : `Critères « ${name.trim()} » enregistrés`,
        lines: [`${plural(criteria.length, 'critère', 'critères')}, dans la feuille masquée « RIME_criteres ». Relancez-les depuis « Critères enregistrés ».`],
      };
    },

    async erase(progress: Progress): Promise<Outcome> {
      progress('Effacement du dernier tableau de comparaison…');
      const r = await host.run((context) => eraseLastComparison(context));
      return {
        intent: 'success',
        title: 'Dernier tri effacé',
        lines: [
          `Tableau « ${r.label} » retiré de « Tableaux_comparaisons » (${r.address}).`,
          `${plural(r.remaining, 'tableau reste', 'tableaux restent')}. La feuille de résultats est conservée.`,
        ],
      };
    },
  };
}
