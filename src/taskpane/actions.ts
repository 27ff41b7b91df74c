/**
 * The pane's actions: each calls the excel layer through the host's `run` and turns its report into a
 * French outcome (what was done, with counts, or what went wrong and how to fix it). Those that change
 * the workbook log themselves in the history under the pane's name (`host.who`, else « Votre nom »).
 */
import { deleteOperation, validateOperations } from '../excel/operations/actions';
import { prepareWorkbook } from '../excel/setup/prepare';
import { readOperations } from '../excel/workbook/operations';
import type { PaneHost } from './host';
import { currentUser } from './identity';
import type { Outcome, Progress } from './useAction';

/** Who the history names for an action of the pane, read when the action runs. */
export function paneLog(host: PaneHost): { who: string } {
  return { who: host.who?.() ?? currentUser() };
}

export function workbookActions(host: PaneHost) {
  return {
    async listOperations(): Promise<string[]> {
      const read = await host.run((context) => readOperations(context));
      return read.operations.map((o) => o.name);
    },

    async prepare(progress: Progress): Promise<Outcome> {
      progress('Lecture du classeur et préparation des feuilles…');
      const report = await host.run((context) => prepareWorkbook(context, { today: host.today(), log: paneLog(host) }));
      if (!report.changed) {
        return { intent: 'info', title: 'Classeur déjà prêt : rien à changer', lines: [`${report.counts.households} ménages, ${report.counts.operations} opérations.`] };
      }
      return { intent: 'success', title: 'Classeur préparé', lines: report.lines };
    },

    async validateOperations(progress: Progress): Promise<Outcome> {
      progress('Tri des opérations et calcul de la ligne Tout…');
      const report = await host.run((context) => validateOperations(context, { log: paneLog(host) }));
      return {
        intent: 'success',
        title: report.changed ? 'Liste des opérations validée' : 'Liste des opérations déjà à jour',
        lines: report.lines.length ? report.lines : [`${report.operations.length} opérations, ligne Tout à jour.`],
      };
    },

    async deleteOperation(name: string, moveTo: string | undefined, progress: Progress): Promise<Outcome> {
      progress(`Suppression de l'opération « ${name} »…`);
      const report = await host.run((context) => deleteOperation(context, name, { moveTo, log: paneLog(host) }));
      return { intent: 'success', title: `Opération « ${report.deleted} » supprimée`, lines: report.lines };
    },
  };
}
