/**
 * The two reminders of circular USH 2006-09 (seed 000, GUIDE-NOTES §1.8 C1 and §4.7), shown by the
 * add-in as a banner (e-mail is out of scope):
 * - « Après le 25 du mois, soit cinq jours avant le point d'étape » → 'upcoming';
 * - « Après le 5 du mois suivant le point d'étape pour les référents qui n'auront pas actualisé leur
 *   fiche » → 'stale'.
 *
 * Precise rules (Decisions of this module; all days inclusive, dates are whole days):
 * - upcoming: let M = nextMilestone(today) (M ≥ today). Shown from day 25 of M's month up to M. For a
 *   milestone typed on or before the 24th (custom schedules), the window is the 5 days before it
 *   (M − 5 … M) instead, so that it is never empty. Text « Point d'étape le 30/11 : dans 5 jours »,
 *   « … : demain », « … : aujourd'hui »; `days` = M − today.
 * - stale: let P = previousMilestone(today) (P < today). Shown from day 5 of the month following P's
 *   month until the next milestone (included, since P stays the previous milestone until then), when
 *   nothing changed after P's day: lastChange is null (no change recorded) or falls on P's day or before
 *   (a change on the milestone day belongs to that milestone's update). Text « Données non actualisées
 *   depuis le point d'étape du 31/10 ». A milestone of 31/12 gives the reminder from 05/01 of the next
 *   year.
 * Both can show at once (e.g. on 25/11: stale since 31/10 and upcoming 30/11); upcoming comes first.
 */
import { serialFromYmd, ymdFromSerial } from '../dates';
import { dayMonth, nextMilestone, previousMilestone } from './milestones';

export type ReminderKind = 'upcoming' | 'stale';

export interface Reminder {
  readonly kind: ReminderKind;
  /** Serial of the milestone the reminder is about. */
  readonly milestone: number;
  /** French text of the banner. */
  readonly message: string;
  /** For 'upcoming': days left until the milestone (0 = today). */
  readonly days?: number;
}

export interface ReminderInput {
  /** Milestone serials (any order; explicit list or from `scheduleDates`). */
  readonly milestones: readonly number[];
  /** Today's serial (a fraction of a day is ignored). */
  readonly today: number;
  /** Serial (date-time allowed) of the last recorded change of the household data, null if none. */
  readonly lastChange: number | null;
}

export const UPCOMING_FROM_DAY = 25;
export const STALE_FROM_DAY = 5;
export const UPCOMING_DAYS_BEFORE = 5;

/** First day the 'upcoming' reminder of a milestone shows. */
export function upcomingStart(milestone: number): number {
  const { year, month, day } = ymdFromSerial(milestone);
  return day >= UPCOMING_FROM_DAY
    ? serialFromYmd(year, month, UPCOMING_FROM_DAY)
    : milestone - UPCOMING_DAYS_BEFORE;
}

/** First day the 'stale' reminder after a milestone shows: the 5th of the following month. */
export function staleStart(milestone: number): number {
  const { year, month } = ymdFromSerial(milestone);
  return serialFromYmd(year, month + 1, STALE_FROM_DAY);
}

export function whenText(days: number): string {
  if (days === 0) return "aujourd'hui";
  if (days === 1) return 'demain';
  return `dans ${days} jours`;
}

export function upcomingMessage(milestone: number, days: number): string {
  return `Point d'étape le ${dayMonth(milestone)} : ${whenText(days)}`;
}

export function staleMessage(milestone: number): string {
  return `Données non actualisées depuis le point d'étape du ${dayMonth(milestone)}`;
}

export function remindersFor(input: ReminderInput): Reminder[] {
  const today = Math.floor(input.today);
  const out: Reminder[] = [];

  const next = nextMilestone(input.milestones, today);
  if (next !== null && today >= upcomingStart(next)) {
    const days = next - today;
    out.push({ kind: 'upcoming', milestone: next, message: upcomingMessage(next, days), days });
  }

  const previous = previousMilestone(input.milestones, today);
  if (previous !== null && today >= staleStart(previous)) {
    const changed =
      input.lastChange !== null &&
      Number.isFinite(input.lastChange) &&
      Math.floor(input.lastChange) > previous;
    if (!changed) out.push({ kind: 'stale', milestone: previous, message: staleMessage(previous) });
  }
  return out;
}
