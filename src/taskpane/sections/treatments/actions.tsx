/**
 * The « Traitements » actions of the pane: each calls the excel layer (src/excel/reports) through the
 * host's `run` and turns its report into a French outcome naming the result sheet and N.
 */
import type { CustomFieldDef } from '../../../domain/catalogue';
import type { Criterion, Scope } from '../../../domain/populations';
import {
  eraseLastComparison, runAllTreatments, runTreatment, saveCriteriaSet,
  type PopulationChoice, type SavedCriteriaSet, type TreatmentResult,
} from '../../../excel/reports';
import { readTreatmentChoices } from '../../../excel/workbook/treatmentChoices';
import type { PaneHost } from '../../host';
import type { Outcome, Progress } from '../../useAction';

/** What the section needs from the workbook: operations, user fields (for criteria) and saved sets. */
export interface TreatmentContext {
  readonly operations: readonly string[];
  readonly customFields: readonly CustomFieldDef[];
  readonly sets: readonly SavedCriteriaSet[];
}

export const EMPTY_CONTEXT: TreatmentContext = { operations: [], customFields: [], sets: [] };

/**
 * When the section reads its context: when it opens, then after each pane action except its own
 * treatments and « Efface dernier tri » (they change neither the operations, nor the user fields, nor
 * the saved sets). Actions of the other sections (Préparer, a new field, an operation deleted…) and
 * « Enregistrer les critères » are followed by a read.
 */
export function contextReloads() {
  let wasBusy: boolean | null = null;
  let quiet = false;
  return {
    /** The action about to start leaves the context as it is. */
    quietly(): void {
      quiet = true;
    },
    /** The pane's busy flag as the section sees it (first call: the section opens); true when the context must be read. */
    busyChanged(busy: boolean): boolean {
      const opening = wasBusy === null;
      const finished = wasBusy === true && !busy;
      wasBusy = busy;
      if (busy || !(opening || finished)) return false;
      const read = opening || !quiet;
      quiet = false;
      return read;
    },
  };
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
    /** Operations, user fields and saved sets, from the small sheets (2 syncs, the household table's body is not read). */
    async loadContext(): Promise<TreatmentContext> {
      const r = await host.run((context) => readTreatmentChoices(context));
      return { operations: r.operations, customFields: r.customFields, sets: r.sets };
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
