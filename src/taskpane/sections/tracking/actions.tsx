/**
 * The « Suivi » section's calls to the excel layer, through the host's `run`, with French outcomes.
 */
import { formatDate } from '../../../domain/dates';
import { nextMilestone, type Reminder } from '../../../domain/tracking';
import { toBase64 } from '../../../excel/exports/xlsx';
import {
  closeMilestone,
  exportMilestone,
  goToColumn,
  MILESTONES_SHEET,
  MilestoneClosedError,
  PROGRESS_SHEET,
  readCompleteness,
  readMilestoneSettings,
  reminders,
  type CompletenessView,
} from '../../../excel/tracking';
import { yearlyMilestones } from '../../../excel/tracking/milestones';
import type { PaneHost } from '../../host';
import { currentUser } from '../../identity';
import type { Outcome, Progress } from '../../useAction';

/** The question to ask before a second closing of the same milestone. */
export interface DuplicateQuestion {
  readonly date: number;
  readonly text: string;
}

/** « 87 % » (French spacing), « sans objet » when no household is concerned. */
export function percent(rate: number | null): string {
  return rate === null ? 'sans objet' : `${Math.round(rate * 100)}\u00a0%`;
}

const isAlreadyClosed = (e: unknown): e is MilestoneClosedError =>
  e instanceof MilestoneClosedError || (e as { code?: string } | null)?.code === 'MilestoneAlreadyClosed';

export function trackingActions(host: PaneHost) {
  const who = (): string => host.who?.() ?? currentUser();
  return {
    reminders(): Promise<Reminder[]> {
      return host.run((context) => reminders(context, host.today()));
    },

    /** The next milestone (today's included) of Paramètres, or of the circular's schedule. */
    async nextMilestone(): Promise<number | null> {
      const settings = await host.run((context) => readMilestoneSettings(context));
      const today = host.today();
      return nextMilestone(yearlyMilestones(settings.dates, today), today);
    },

    completeness(operation: string): Promise<CompletenessView> {
      return host.run((context) => readCompleteness(context, { operation }));
    },

    /**
     * Closes a milestone. A milestone already closed gives a warning outcome and calls `ask` with the
     * question (the section then offers « Confirmer », which calls this again with `confirm`).
     */
    async close(
      date: number,
      confirm: boolean,
      ask: (q: DuplicateQuestion | null) => void,
      progress: Progress,
    ): Promise<Outcome> {
      progress(`Clôture du point d'étape du ${formatDate(date)}…`);
      ask(null);
      try {
        const report = await host.run((context) =>
          closeMilestone(context, { date, who: who(), confirmDuplicate: confirm }),
        );
        const all = report.snapshot.scopes[0];
        const { row, rows } = report.block;
        return {
          intent: 'success',
          title: `Point d'étape du ${formatDate(date)} clos${report.duplicate ? ' (clôture supplémentaire)' : ''}`,
          lines: [
            `Tout : ${all.relocated} relogés, ${all.toRelocate} à reloger, ${all.departures} départs spontanés sur ${all.total} ménages ; taux de remplissage ${percent(all.completeness)}.`,
            `Résultats figés sur la feuille « ${MILESTONES_SHEET} » (lignes ${row + 1} à ${row + rows}) : fiche 1, FAT et taux de remplissage, pour Tout et chaque opération.`,
            `Courbe de progression mise à jour sur la feuille « ${PROGRESS_SHEET} » (${report.points.length} point(s) d'étape).`,
          ],
        };
      } catch (e) {
        if (!isAlreadyClosed(e)) throw e;
        ask({ date, text: e.message });
        return { intent: 'warning', title: "Point d'étape déjà clos", lines: [e.message] };
      }
    },

    /**
     * Exports the last closed milestone (aggregated figures, no name): a new workbook in Office
     * (`openWorkbook`), a downloaded file in the demo (`download`).
     */
    async exportLast(progress: Progress): Promise<Outcome> {
      progress("Lecture du dernier point d'étape clos…");
      const out = await host.run((context) => exportMilestone(context));
      const base64 = toBase64(out.bytes);
      const title = `Point d'étape du ${formatDate(out.snapshot.milestone)} exporté`;
      const what = `${out.snapshot.scopes.length} périmètre(s) (Tout et chaque opération), ${out.points.length} point(s) de progression ; chiffres agrégés, sans donnée personnelle.`;
      if (host.openWorkbook) {
        progress('Ouverture du nouveau classeur…');
        await host.openWorkbook(base64);
        return { intent: 'success', title, lines: [`Nouveau classeur ouvert : l'enregistrer sous « ${out.fileName} ».`, what] };
      }
      if (host.download) {
        await host.download(out.fileName, base64);
        return { intent: 'success', title, lines: [`Fichier « ${out.fileName} » téléchargé.`, what] };
      }
      return { intent: 'error', title: "Exporter le point d'étape : échec", lines: ["Ce volet ne peut ni ouvrir un nouveau classeur ni télécharger un fichier."] };
    },

    async goTo(key: string, label: string, progress: Progress): Promise<Outcome> {
      progress(`Sélection de la colonne « ${label} »…`);
      const { address } = await host.run((context) => goToColumn(context, key));
      return { intent: 'info', title: `Colonne « ${label} » sélectionnée`, lines: [`Cellules ${address} : compléter les cases vides.`] };
    },
  };
}
