/**
 * The « Points d'étape » sheet and the very hidden `RIME_points` store, as pure layouts.
 * - Closed blocks in columns A–H, one below the other (a blank line between), never rewritten: a title
 *   line, a header line, then one line per scope (Tout first, then each operation of liste_opération)
 *   with the fiche 1 situation and the scope's completeness rate.
 * - The « Progression » area from column J: a title, an Excel table (point d'étape, relogés, à reloger,
 *   départs) with one row per closed milestone (progressSeries of Tout), and a chart beside it. It is
 *   the only part rewritten at each closing.
 * - `RIME_points`: one row per closing (milestone serial, closing date-time, who, snapshot JSON), so the
 *   series can be rebuilt whatever happens to the visible sheet.
 */
import type { CellValue } from '../../domain/catalogue';
import { formatDate } from '../../domain/dates';
import {
  formatDateTime,
  MilestoneSnapshotSchema,
  type MilestoneSnapshot,
  type ProgressPoint,
} from '../../domain/tracking';
import { protectText } from '../util/text';

export const MILESTONES_SHEET = "Points d'étape";
export const POINTS_SHEET = 'RIME_points';
export const PROGRESS_TABLE = 'Tableau_progression';
export const PROGRESS_CHART = 'RIME_progression';
export const PROGRESS_TITLE = 'Progression du relogement (Tout)';

export const BLOCK_COLS = 8;
export const BLOCK_HEADERS = [
  'Périmètre',
  'Relogés',
  'À reloger',
  'Départs spontanés',
  'Autres',
  'Non renseigné',
  'Total',
  'Taux de remplissage',
] as const;
export const BLOCK_FORMATS = ['@', '0', '0', '0', '0', '0', '0', '0.0%'] as const;

/** First column (0-based) of the Progression area, and of the chart. */
export const PROGRESS_COL = 9;
export const PROGRESS_HEADERS = ["Point d'étape", 'Relogés', 'À reloger', 'Départs'] as const;
export const CHART_COL = 14;

export const POINTS_HEADERS = ["Point d'étape", 'Clos le', 'Par', 'Résultats (JSON)'] as const;

/** « 02/11/2026 à 10:05 » of a local ISO date-time. */
export function closedText(closedAt: string): string {
  const t = formatDateTime(closedAt);
  return /^\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}/.test(t) ? `${t.slice(0, 10)} à ${t.slice(11, 16)}` : t;
}

export function blockTitle(s: MilestoneSnapshot): string {
  return `Point d'étape du ${formatDate(s.milestone)} — clos le ${closedText(s.closedAt)} par ${s.who}`;
}

/** The cells of a closed block: title, headers, one line per scope. */
export function blockCells(s: MilestoneSnapshot): CellValue[][] {
  const pad = (row: CellValue[]): CellValue[] => [
    ...row,
    ...Array<CellValue>(BLOCK_COLS - row.length).fill(''),
  ];
  return [
    pad([blockTitle(s)]),
    [...BLOCK_HEADERS],
    ...s.scopes.map((c) => [
      protectText(c.scopeLabel, '@'),
      c.relocated,
      c.toRelocate,
      c.departures,
      c.others,
      c.notInformed,
      c.total,
      c.completeness ?? '',
    ]),
  ];
}

/** Number formats of a block (title and header lines as text). */
export function blockFormats(s: MilestoneSnapshot): string[][] {
  return [
    Array<string>(BLOCK_COLS).fill('@'),
    Array<string>(BLOCK_COLS).fill('@'),
    ...s.scopes.map(() => [...BLOCK_FORMATS]),
  ];
}

/** Header line and one line per point of the progress table. */
export function progressCells(points: readonly ProgressPoint[]): CellValue[][] {
  return [[...PROGRESS_HEADERS], ...points.map((p) => [p.label, p.relocated, p.toRelocate, p.departures])];
}

export function pointsRow(s: MilestoneSnapshot): CellValue[] {
  return [s.milestone, s.closedAt, protectText(s.who, '@'), JSON.stringify(s)];
}

/** The snapshots of the store (header and unreadable rows skipped). */
export function decodePoints(values: readonly (readonly CellValue[])[]): MilestoneSnapshot[] {
  const out: MilestoneSnapshot[] = [];
  for (const r of values) {
    if (typeof r[3] !== 'string' || !r[3].startsWith('{')) continue;
    try {
      const parsed = MilestoneSnapshotSchema.safeParse(JSON.parse(r[3]));
      if (parsed.success) out.push(parsed.data);
    } catch {
      // an unreadable row (edited by hand) is skipped
    }
  }
  return out;
}

/** Last non-blank row (0-based) of columns [col, col + cols) of a block starting at `row`; -1 if none. */
export function lastFilledRow(
  values: readonly (readonly CellValue[])[],
  row: number,
  col: number,
  from: number,
  cols: number,
): number {
  for (let i = values.length - 1; i >= 0; i--) {
    const line = values[i];
    for (let j = Math.max(0, from - col); j < Math.min(line.length, from - col + cols); j++) {
      if (line[j] !== '' && line[j] !== null && line[j] !== undefined) return row + i;
    }
  }
  return -1;
}
