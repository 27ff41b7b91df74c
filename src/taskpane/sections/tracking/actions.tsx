/**
 * The « Suivi » section's calls to the excel layer, through the host's `run`, with French outcomes.
 */
import { formatDate } from '../../../domain/dates';
import { nextMilestone, type Reminder } from '../../../domain/tracking';
import {
  closeMilestone,
  goToColumn,
  MILESTONES_SHEET,
  MilestoneClosedError,
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
            `Résultats figés sur la feuille « ${MILESTONES_SHEET} » (lignes ${row + 1} à ${row + rows}), courbe de progression mise à jour (${report.points.length} point(s) d'étape).`,
          ],
        };
      } catch (e) {
        if (!isAlreadyClosed(e)) throw e;
        ask({ date, text: e.message });
        return { intent: 'warning', title: "Point d'étape déjà clos", lines: [e.message] };
      }
    },

    async goTo(key: string, label: string, progress: Progress): Promise<Outcome> {
      progress(`Sélection de la colonne « ${label} »…`);
      const { address } = await host.run((context) => goToColumn(context, key));
      return { intent: 'info', title: `Colonne « ${label} » sélectionnée`, lines: [`Cellules ${address} : compléter les cases vides.`] };
    },
  };
}
