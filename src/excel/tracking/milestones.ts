/**
 * Points d'étape: the milestone dates of Paramètres and the two reminders. Closing a milestone is in
 * milestoneClose.ts (re-exported here), its export in milestoneExport.ts.
 *
 * Decisions of this module:
 * - The dates of Paramètres (« Points d'étape de l'année ») are a yearly schedule: the reminders repeat
 *   their day and month in the years around today (a month end stays a month end, 28 or 29 February).
 *   With no date in Paramètres, the circular's eight month ends.
 * - lastChange for the reminders = the latest history entry that changed household data (saisie,
 *   collage, effacement, ligne ajoutée / supprimée, modifié hors suivi), not the add-in's own actions
 *   (a closing made on 2 November must not count as an update).
 * Syncs: readMilestoneSettings 2; reminders 3.
 */
import type { CellValue } from '../../domain/catalogue';
import { serialFromYmd, ymdFromSerial } from '../../domain/dates';
import {
  DEFAULT_SCHEDULE,
  daysInMonth,
  HISTORY_TABLE,
  milestonesAround,
  normaliseDates,
  remindersFor,
  serialFromIso,
  type HistoryAction,
  type Reminder,
} from '../../domain/tracking';
import { PARAMS_SHEET } from '../setup/layout';
import { isBlank, valueAt, type Grid } from '../workbook/grid';
import { findLabel, MILESTONE_COL, PARAM_LABELS } from '../workbook/params';
import { hasTable, queueNames, queueUsed, sheetOf } from './common';

export { closeMilestone, MilestoneClosedError, type CloseOptions, type CloseReport } from './milestoneClose';

export interface MilestoneSettings {
  /** Dates of Paramètres (serials, sorted), [] when none. */
  readonly dates: readonly number[];
  /** Paramètres' actual sheet name, null when missing. */
  readonly sheet: string | null;
}

/** The milestone dates of a Paramètres grid: below the « Point d'étape » header of column E, dates in F. */
export function milestoneDatesOf(g: Grid): number[] {
  const header = findLabel(g, PARAM_LABELS.milestone, MILESTONE_COL);
  if (header < 0) return [];
  const out: number[] = [];
  for (let r = header + 1; r < g.row + g.formulas.length; r++) {
    const label = valueAt(g, r, MILESTONE_COL);
    const v = valueAt(g, r, MILESTONE_COL + 1);
    if (isBlank(label) && isBlank(v)) break;
    if (typeof v === 'number' && Number.isFinite(v) && v >= 1) out.push(v);
  }
  return normaliseDates(out);
}

function queueParams(context: Excel.RequestContext, sheet: string | null): Excel.Range | null {
  return sheet ? queueUsed(context, sheet) : null;
}

function gridOf(r: Excel.Range | null): Grid {
  return r && !r.isNullObject
    ? { row: r.rowIndex, col: r.columnIndex, formulas: r.values as CellValue[][] }
    : { row: 0, col: 0, formulas: [] };
}

export async function readMilestoneSettings(context: Excel.RequestContext): Promise<MilestoneSettings> {
  const names = queueNames(context);
  await context.sync();
  const sheet = sheetOf(names(), PARAMS_SHEET);
  const used = queueParams(context, sheet);
  if (used) await context.sync();
  return { dates: milestoneDatesOf(gridOf(used)), sheet };
}

/** The dates of Paramètres repeated each year around today (a month end stays a month end). */
export function yearlyMilestones(dates: readonly number[], today: number): number[] {
  if (dates.length === 0) return milestonesAround(DEFAULT_SCHEDULE, today);
  const { year } = ymdFromSerial(today);
  const out: number[] = [];
  for (const d of dates) {
    const { year: y, month, day } = ymdFromSerial(d);
    const monthEnd = day === daysInMonth(y, month);
    for (let k = year - 1; k <= year + 1; k++) {
      out.push(
        serialFromYmd(k, month, monthEnd ? daysInMonth(k, month) : Math.min(day, daysInMonth(k, month))),
      );
    }
  }
  return normaliseDates(out);
}

export const DATA_ACTIONS: readonly HistoryAction[] = [
  'saisie',
  'collage',
  'effacement',
  'ligne ajoutée',
  'ligne supprimée',
  'modifié hors suivi',
];

/** Latest date-time serial of a data change among history rows (date-time, action), null if none. */
export function lastDataChange(rows: readonly (readonly [CellValue, CellValue])[]): number | null {
  let best: number | null = null;
  for (const [at, action] of rows) {
    if (!DATA_ACTIONS.includes(String(action) as HistoryAction)) continue;
    const t = typeof at === 'number' ? at : typeof at === 'string' ? serialFromIso(at) : null;
    if (t !== null && Number.isFinite(t) && (best === null || t > best)) best = t;
  }
  return best;
}

/** The reminders to show today (banner): milestones of Paramètres, last data change of the history. */
export async function reminders(context: Excel.RequestContext, today: number): Promise<Reminder[]> {
  const names = queueNames(context);
  await context.sync();
  const n = names();
  const params = queueParams(context, sheetOf(n, PARAMS_SHEET));
  const table = hasTable(n, HISTORY_TABLE) ? context.workbook.tables.getItem(HISTORY_TABLE) : null;
  const header = table ? table.getHeaderRowRange().load('values') : null;
  await context.sync();
  let lastChange: number | null = null;
  if (table && header) {
    const h = (header.values[0] as CellValue[]).map((v) => String(v ?? '').trim());
    const iAt = h.indexOf('Date et heure');
    const iAction = h.indexOf('Action');
    if (iAt >= 0 && iAction >= 0) {
      const at = table.columns.getItemAt(iAt).getDataBodyRange().load('values');
      const action = table.columns.getItemAt(iAction).getDataBodyRange().load('values');
      await context.sync();
      const actions = action.values as CellValue[][];
      lastChange = lastDataChange(
        (at.values as CellValue[][]).map((r, i) => [r[0], actions[i]?.[0] ?? ''] as const),
      );
    }
  }
  const milestones = yearlyMilestones(milestoneDatesOf(gridOf(params)), today);
  return remindersFor({ milestones, today, lastChange });
}
