/**
 * « Points d'étape » of the pane's Paramètres: rewrites the list of dates under the « Point d'étape »
 * header of Paramètres (column E numbers, column F dates, as « Préparer le classeur » writes them) with
 * a preset of the guide for a year, and logs it in the history.
 *
 * Decisions of this module:
 * - The list is the rows below the header down to the first row blank in E and F (as milestoneDatesOf
 *   reads it). Its rows past the new dates are emptied (E:F only); nothing else of the sheet is written.
 * - A longer list (mensuel after circulaire) needs the E:F cells below the old list free, down to the row
 *   after the new list (it ends the list): when something is there, nothing is written and the French
 *   message names the cells (never overwrite what a user typed).
 * - History: one « paramètres » row on Paramètres, the old dates in « Ancienne valeur », the new ones in
 *   « Nouvelle valeur ».
 * Syncs: 3 (names; Paramètres and the history's position; writes and the history row).
 */
import { FORMATS, type CellValue } from '../../domain/catalogue';
import { formatDate } from '../../domain/dates';
import {
  eventEntry,
  MILESTONE_PRESETS,
  milestonesOfYear,
  type MilestonePreset,
} from '../../domain/tracking';
import { WorkbookError } from '../errors';
import { PARAMS_SHEET } from '../setup/layout';
import { atOf, queueNames, sheetOf, type Moment } from '../tracking/common';
import { queueHistoryAppend, queueHistoryState } from '../tracking/history';
import { milestoneDatesOf } from '../tracking/milestones';
import { rangeA1 } from '../util/address';
import { isBlank, type Grid } from '../workbook/grid';
import { findLabel, MILESTONE_COL, PARAM_LABELS } from '../workbook/params';

/** How the presets are named in messages and in the history (« calendrier trimestriel »). */
export const PRESET_NAMES: Readonly<Record<MilestonePreset, string>> = {
  circulaire: 'de la circulaire USH',
  mensuel: 'mensuel',
  trimestriel: 'trimestriel',
  semestriel: 'semestriel',
};

export const MIN_YEAR = 1990;
export const MAX_YEAR = 2100;

export interface MilestonePresetOptions {
  readonly preset: MilestonePreset;
  readonly year: number;
  /** Name written in the history (default « (non renseigné) »). */
  readonly who?: string;
  /** Moment written in the history (default: now). */
  readonly now?: Moment;
}

export interface MilestonePresetReport {
  readonly preset: MilestonePreset;
  readonly year: number;
  /** The dates written (serials, in order). */
  readonly dates: readonly number[];
  /** The dates of the list before (serials, sorted). */
  readonly previous: readonly number[];
  /** Paramètres' actual sheet name. */
  readonly sheet: string;
  /** Cells of the new list (« E11:F14 »). */
  readonly address: string;
  /** Rows of the old list emptied (E:F). */
  readonly cleared: number;
  readonly syncs: number;
}

const presetError = (message: string, details: Record<string, unknown>): WorkbookError =>
  new WorkbookError('InvalidMilestonePreset', message, details);

/** French problem of the options, or null. */
export function presetProblem(preset: unknown, year: unknown): string | null {
  if (!MILESTONE_PRESETS.includes(preset as MilestonePreset)) {
    return `Calendrier « ${String(preset)} » inconnu : choisir circulaire, mensuel, trimestriel ou semestriel.`;
  }
  if (typeof year !== 'number' || !Number.isInteger(year) || year < MIN_YEAR || year > MAX_YEAR) {
    return `Année « ${String(year)} » invalide : saisir une année entre ${MIN_YEAR} et ${MAX_YEAR}.`;
  }
  return null;
}

/** « 4 dates, du 31/03/2028 au 31/12/2028 ». */
export function datesSpan(dates: readonly number[]): string {
  if (dates.length === 0) return 'aucune date';
  if (dates.length === 1) return `1 date, le ${formatDate(dates[0])}`;
  return `${dates.length} dates, du ${formatDate(dates[0])} au ${formatDate(dates[dates.length - 1])}`;
}

/** The French lines shown by the pane and printed by the runner. */
export function presetLines(r: MilestonePresetReport): string[] {
  return [
    `Calendrier ${PRESET_NAMES[r.preset]} ${r.year} : ${datesSpan(r.dates)}, écrites dans la feuille « ${r.sheet} » (${r.address}).`,
    r.dates.map(formatDate).join(', '),
    "Les rappels du Suivi et « Clore le point d'étape » suivent désormais ces dates.",
  ];
}

/** Where the list is and what must be written (pure). */
export function planPreset(g: Grid, count: number): { header: number; oldEnd: number; busy: string | null } {
  const header = findLabel(g, PARAM_LABELS.milestone, MILESTONE_COL);
  if (header < 0) return { header, oldEnd: -1, busy: null };
  const at = (r: number, c: number): CellValue => g.formulas[r - g.row]?.[c - g.col] ?? '';
  const blankRow = (r: number): boolean => isBlank(at(r, MILESTONE_COL)) && isBlank(at(r, MILESTONE_COL + 1));
  let oldEnd = header + 1;
  while (oldEnd < g.row + g.formulas.length && !blankRow(oldEnd)) oldEnd++;
  // New rows past the old list, and the row that ends the new list, must be free.
  const last = header + count + 1;
  let busy: string | null = null;
  for (let r = oldEnd; r <= last && busy === null; r++) {
    if (!blankRow(r)) busy = rangeA1(r, MILESTONE_COL, 1, 2);
  }
  return { header, oldEnd, busy };
}

/** Rewrites the milestone dates of Paramètres with a preset for a year (3 syncs). */
export async function applyMilestonePreset(
  context: Excel.RequestContext,
  opts: MilestonePresetOptions,
): Promise<MilestonePresetReport> {
  const problem = presetProblem(opts.preset, opts.year);
  if (problem) throw presetError(problem, { preset: opts.preset, year: opts.year });
  const names = queueNames(context);
  await context.sync();
  const n = names();
  const sheet = sheetOf(n, PARAMS_SHEET);
  if (!sheet) {
    throw new WorkbookError(
      'MissingSheet',
      `Lancez d'abord « Préparer le classeur » : la feuille « ${PARAMS_SHEET} », qui porte les dates des points d'étape, est introuvable.`,
      { sheet: PARAMS_SHEET },
    );
  }
  const ws = context.workbook.worksheets.getItem(sheet);
  const used = ws.getUsedRangeOrNullObject(true);
  used.load('isNullObject,rowIndex,columnIndex,values,formulas');
  const history = queueHistoryState(context, n);
  await context.sync();
  const g: Grid = used.isNullObject
    ? { row: 0, col: 0, formulas: [] }
    : { row: used.rowIndex, col: used.columnIndex, formulas: used.formulas as CellValue[][], values: used.values as CellValue[][] };
  const dates = milestonesOfYear(opts.year, opts.preset);
  const { header, oldEnd, busy } = planPreset(g, dates.length);
  if (header < 0) {
    throw new WorkbookError(
      'MissingColumn',
      `Lancez d'abord « Préparer le classeur » : la liste des points d'étape (en-tête « ${PARAM_LABELS.milestone} » en colonne E) est introuvable dans la feuille « ${sheet} ».`,
      { sheet, header: PARAM_LABELS.milestone },
    );
  }
  if (busy) {
    throw presetError(
      `Les ${dates.length} dates du calendrier ${PRESET_NAMES[opts.preset]} ne tiennent pas sous l'en-tête « ${PARAM_LABELS.milestone} » : les cellules ${busy} de la feuille « ${sheet} » ne sont pas vides. Déplacez ce qui se trouve sous la liste des points d'étape, puis réessayez.`,
      { sheet, cells: busy },
    );
  }
  const previous = milestoneDatesOf({ row: g.row, col: g.col, formulas: g.values ?? g.formulas });
  const first = header + 1;
  ws.getRangeByIndexes(first, MILESTONE_COL, dates.length, 2).values = dates.map((d, i) => [i + 1, d]);
  ws.getRangeByIndexes(first, MILESTONE_COL + 1, dates.length, 1).numberFormat = dates.map(() => [FORMATS.date]);
  const cleared = Math.max(0, oldEnd - (first + dates.length));
  if (cleared > 0) {
    ws.getRangeByIndexes(first + dates.length, MILESTONE_COL, cleared, 2).values = Array.from({ length: cleared }, () => ['', '']);
  }
  const entry = {
    ...eventEntry({
      at: atOf(opts.now),
      who: opts.who?.trim() || '(non renseigné)',
      action: 'paramètres',
      sheet,
      columnLabel: PARAM_LABELS.milestones,
      detail: `Calendrier ${PRESET_NAMES[opts.preset]} ${opts.year} : ${dates.map(formatDate).join(', ')}`,
    }),
    oldValue: previous.map(formatDate).join(', '),
  };
  const extra = await queueHistoryAppend(context, history, [entry]);
  await context.sync();
  return {
    preset: opts.preset,
    year: opts.year,
    dates,
    previous,
    sheet,
    address: rangeA1(first, MILESTONE_COL, dates.length, 2),
    cleared,
    syncs: 3 + extra,
  };
}
