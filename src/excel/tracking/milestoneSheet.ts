/**
 * The « Points d'étape » and « Progression » sheets and the very hidden `RIME_points` store, as pure
 * layouts.
 * - « Points d'étape »: closed blocks one below the other (a blank line between), never rewritten. A
 *   block is the indicator matrix of the snapshot: a title line, a header line (Indicateur | Tout | one
 *   column per operation), then each section's title line and its rows (fiche 1, the FAT tables, the
 *   completeness figures). Blocks of earlier closings keep the layout they were written with.
 * - « Progression »: a title, an Excel table (point d'étape, relogés, à reloger, départs) with one row
 *   per closed milestone (progressSeries of Tout), and a line chart beside it; rewritten at each closing.
 * - `RIME_points`: one row per closing (milestone serial, closing date-time, who, snapshot JSON). The
 *   JSON is cut into cells of at most 30,000 characters (Excel holds 32,767 per cell) from column D on:
 *   a matrix with many operations does not fit in one cell. Rows written before hold it in D alone.
 */
import type { CellValue } from '../../domain/catalogue';
import { formatDate } from '../../domain/dates';
import {
  formatDateTime,
  indicatorsOf,
  MilestoneSnapshotSchema,
  type IndicatorFormat,
  type MilestoneSnapshot,
  type ProgressPoint,
} from '../../domain/tracking';
import { protectText } from '../util/text';

export const MILESTONES_SHEET = "Points d'étape";
export const PROGRESS_SHEET = 'Progression';
export const POINTS_SHEET = 'RIME_points';
export const PROGRESS_TABLE = 'Tableau_progression';
export const PROGRESS_CHART = 'RIME_progression';
export const PROGRESS_TITLE = 'Progression du relogement (Tout)';

export const PROGRESS_HEADERS = ["Point d'étape", 'Relogés', 'À reloger', 'Départs'] as const;
/** Progression sheet: title in A1, table from A2, chart from column F. */
export const PROGRESS_ROW = 1;
export const CHART_COL = 5;
export const PROGRESS_WIDTHS = [110, 70, 70, 70];

export const POINTS_HEADERS = ["Point d'étape", 'Clos le', 'Par', 'Résultats (JSON)'] as const;
/** Characters of JSON per cell of the store. */
export const JSON_CHUNK = 30_000;

export const LABEL_HEADER = 'Indicateur';
export const LABEL_WIDTH = 380;
export const SCOPE_WIDTH = 90;
export const HEADER_FILL = '#D9E1F2';
export const SECTION_FILL = '#F2F2F2';
export const BORDER_COLOR = '#BFBFBF';

/** Number format of each row format (percentages are fractions). */
export const NUMBER_FORMATS: Readonly<Record<IndicatorFormat, string>> = {
  count: '0',
  percent: '0.0%',
  rate: '0.0',
  date: 'dd/mm/yyyy',
  label: '@',
};

/** « 02/11/2026 à 10:05 » of a local ISO date-time. */
export function closedText(closedAt: string): string {
  const t = formatDateTime(closedAt);
  return /^\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}/.test(t) ? `${t.slice(0, 10)} à ${t.slice(11, 16)}` : t;
}

export function blockTitle(s: MilestoneSnapshot): string {
  return `Point d'étape du ${formatDate(s.milestone)} — clos le ${closedText(s.closedAt)} par ${s.who}`;
}

export interface BlockLayout {
  readonly values: CellValue[][];
  readonly formats: string[][];
  /** Columns: the label, then one per scope. */
  readonly cols: number;
  /** Offsets (from the block's first row) of the section title lines and of the heading ('label') rows. */
  readonly sectionRows: readonly number[];
  readonly labelRows: readonly number[];
}

/** The frozen block of a snapshot: title (row 0), header (row 1), then sections and rows. */
export function blockLayout(s: MilestoneSnapshot): BlockLayout {
  const m = indicatorsOf(s);
  const cols = 1 + m.scopes.length;
  const line = (first: string, rest: CellValue[] = []): CellValue[] => [
    protectText(first, '@'),
    ...rest,
    ...Array<CellValue>(cols - 1 - rest.length).fill(''),
  ];
  const text = Array<string>(cols).fill('@');
  const values: CellValue[][] = [line(blockTitle(s)), line(LABEL_HEADER, m.scopes.map((x) => protectText(x, '@')))];
  const formats: string[][] = [text, text];
  const sectionRows: number[] = [];
  const labelRows: number[] = [];
  for (const section of m.sections) {
    sectionRows.push(values.length);
    values.push(line(section.title));
    formats.push(text);
    for (const r of section.rows) {
      if (r.format === 'label') labelRows.push(values.length);
      values.push(line(r.label, r.format === 'label' ? [] : r.values.map((v) => v ?? '')));
      formats.push(['@', ...Array<string>(cols - 1).fill(NUMBER_FORMATS[r.format])]);
    }
  }
  return { values, formats, cols, sectionRows, labelRows };
}

/** Header line and one line per point of the progress table. */
export function progressCells(points: readonly ProgressPoint[]): CellValue[][] {
  return [[...PROGRESS_HEADERS], ...points.map((p) => [p.label, p.relocated, p.toRelocate, p.departures])];
}

/** A store row: milestone, closing date-time, who, then the JSON in chunks. */
export function pointsRow(s: MilestoneSnapshot): CellValue[] {
  const json = JSON.stringify(s);
  const chunks: string[] = [];
  for (let i = 0; i < json.length; ) {
    let end = Math.min(json.length, i + JSON_CHUNK);
    // Never cut between the two halves of a character outside the BMP.
    if (end < json.length && /[\uD800-\uDBFF]/.test(json[end - 1])) end -= 1;
    // A chunk may start with « ' » or « = »: protected so that Excel keeps it as typed.
    chunks.push(protectText(json.slice(i, end), '@'));
    i = end;
  }
  return [s.milestone, s.closedAt, protectText(s.who, '@'), ...chunks];
}

/** The snapshots of the store (header and unreadable rows skipped), in row order. */
export function decodePoints(values: readonly (readonly CellValue[])[]): MilestoneSnapshot[] {
  const out: MilestoneSnapshot[] = [];
  for (const r of values) {
    if (typeof r[3] !== 'string' || !r[3].startsWith('{')) continue;
    const json = r
      .slice(3)
      .map((v) => (typeof v === 'string' ? v : ''))
      .join('');
    try {
      const parsed = MilestoneSnapshotSchema.safeParse(JSON.parse(json));
      if (parsed.success) out.push(parsed.data);
    } catch {
      // an unreadable row (edited by hand) is skipped
    }
  }
  return out;
}
