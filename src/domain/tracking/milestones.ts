/**
 * Points d'étape (milestones), after circular USH 2006-09 (seed 000, GUIDE-NOTES §4.6): « Huit points
 * d'étapes … en fin de mois de janvier, avril, juin, août, septembre, octobre, novembre, décembre ».
 * The guide's own periodicity is « mois, trimestre, semestre » (p.5): hence four presets, all made of
 * real month ends (28/29 February, 30 or 31). A schedule is either a preset (every year) or an explicit
 * list of dates typed by the user.
 *
 * Dates are Excel serials (src/domain/dates.ts). A date-time serial (with a fraction of a day) counts for
 * its day.
 *
 * Decision (milestone day): a milestone is still *to come* on its own day (the data may be updated until
 * the end of that day) and *passed* from the next day. So `nextMilestone` is the first milestone ≥ today
 * and `previousMilestone` the last one < today.
 */
import { z } from 'zod';
import { formatDate, serialFromYmd, ymdFromSerial } from '../dates';

export type MilestonePreset = 'mensuel' | 'trimestriel' | 'semestriel' | 'circulaire';

export const MILESTONE_PRESETS: readonly MilestonePreset[] = [
  'circulaire',
  'mensuel',
  'trimestriel',
  'semestriel',
];

/** Months (1-12) whose last day is a milestone, per preset. */
export const PRESET_MONTHS: Readonly<Record<MilestonePreset, readonly number[]>> = {
  circulaire: [1, 4, 6, 8, 9, 10, 11, 12],
  mensuel: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12],
  trimestriel: [3, 6, 9, 12],
  semestriel: [6, 12],
};

/** French labels for the settings dropdown. */
export const PRESET_LABELS: Readonly<Record<MilestonePreset, string>> = {
  circulaire:
    'Circulaire USH : 8 points par an (fin janvier, avril, juin, août, septembre, octobre, novembre, décembre)',
  mensuel: 'Mensuel : chaque fin de mois',
  trimestriel: 'Trimestriel : fin mars, juin, septembre, décembre',
  semestriel: 'Semestriel : fin juin et fin décembre',
};

export const DEFAULT_PRESET: MilestonePreset = 'circulaire';

/** A milestone schedule as saved in the workbook's settings. */
export type MilestoneSchedule =
  | { readonly kind: 'preset'; readonly preset: MilestonePreset }
  | { readonly kind: 'dates'; readonly dates: readonly number[] };

export const DEFAULT_SCHEDULE: MilestoneSchedule = { kind: 'preset', preset: DEFAULT_PRESET };

export const MilestoneScheduleSchema = z.discriminatedUnion(
  'kind',
  [
    z.strictObject({
      kind: z.literal('preset'),
      preset: z.enum(['mensuel', 'trimestriel', 'semestriel', 'circulaire'], {
        error: 'périodicité inconnue : mensuel, trimestriel, semestriel ou circulaire attendu',
      }),
    }),
    z.strictObject({
      kind: z.literal('dates'),
      dates: z.array(
        z.number({ error: "une date de point d'étape doit être une date Excel (nombre)" }).int().positive(),
      ),
    }),
  ],
  {
    error:
      "calendrier des points d'étape inconnu : « preset » (périodicité) ou « dates » (liste de dates) attendu",
  },
);

/** Real number of days of a month (leap years included). */
export function daysInMonth(year: number, month: number): number {
  return ymdFromSerial(serialFromYmd(year, month + 1, 1) - 1).day;
}

/** Serial of the last day of a month. */
export function monthEnd(year: number, month: number): number {
  return serialFromYmd(year, month + 1, 1) - 1;
}

/** The milestones of one year for a preset, in date order. */
export function milestonesOfYear(year: number, preset: MilestonePreset = DEFAULT_PRESET): number[] {
  return PRESET_MONTHS[preset].map((m) => monthEnd(year, m));
}

/** The circular's eight month ends of a year. */
export function defaultMilestones(year: number): number[] {
  return milestonesOfYear(year, 'circulaire');
}

/** Sorted, deduplicated whole-day serials. */
export function normaliseDates(dates: readonly number[]): number[] {
  const days = dates.filter((d) => Number.isFinite(d)).map((d) => Math.floor(d));
  return [...new Set(days)].sort((a, b) => a - b);
}

/**
 * The milestones of a schedule over years `fromYear`…`toYear` (inclusive). Explicit dates are kept
 * whatever their year. Callers pass the years around today (e.g. year − 1 … year + 1) so that the
 * reminders see across a year end.
 */
export function scheduleDates(schedule: MilestoneSchedule, fromYear: number, toYear: number): number[] {
  if (schedule.kind === 'dates') return normaliseDates(schedule.dates);
  const out: number[] = [];
  for (let y = fromYear; y <= toYear; y += 1) out.push(...milestonesOfYear(y, schedule.preset));
  return out;
}

/** The milestones around a day: its year, the year before and the year after. */
export function milestonesAround(schedule: MilestoneSchedule, today: number): number[] {
  const { year } = ymdFromSerial(today);
  return scheduleDates(schedule, year - 1, year + 1);
}

/** First milestone on or after today (today's milestone is still to come), or null. */
export function nextMilestone(dates: readonly number[], today: number): number | null {
  const t = Math.floor(today);
  for (const d of normaliseDates(dates)) if (d >= t) return d;
  return null;
}

/** Last milestone strictly before today, or null. */
export function previousMilestone(dates: readonly number[], today: number): number | null {
  const t = Math.floor(today);
  let found: number | null = null;
  for (const d of normaliseDates(dates)) {
    if (d >= t) break;
    found = d;
  }
  return found;
}

/** « 30/11 »: the day and month, as the reminders show them. */
export function dayMonth(serial: number): string {
  return formatDate(serial).slice(0, 5);
}
