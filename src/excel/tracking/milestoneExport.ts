/**
 * « Exporter le point d'étape »: the snapshot of a closed milestone as a standalone .xlsx (ExcelJS, as
 * the exports do), read from `RIME_points` only: a sheet « Point d'étape » (title, the notice
 * « Chiffres agrégés, sans donnée personnelle », the scopes × indicators matrix) and a sheet
 * « Progression » (the series up to that closing).
 *
 * Decisions of this module:
 * - Aggregated figures only. The closer's name (`who`) is left out: it is personal data of the staff
 *   and the file is meant to leave the organisation; the workbook keeps it (block title, history). The
 *   file's properties name « RIME pour Excel », never a person.
 * - Default milestone: the latest milestone closed (by date); a milestone closed twice exports its
 *   latest closing. The Progression sheet stops at the exported closing (a later point d'étape is not
 *   part of it).
 * - An old snapshot (closed before the indicator matrix) exports the sections it has: situation of the
 *   households and overall completeness.
 * Syncs: 2 (names, store), whatever the number of households; the households are not read.
 */
import ExcelJS from 'exceljs';
import { formatDate, isoDate } from '../../domain/dates';
import { indicatorsOf, progressSeries, serialFromIso, type MilestoneSnapshot, type ProgressPoint } from '../../domain/tracking';
import { queueNames, queueUsed, sheetOf, usedValues } from './common';
import { closedText, decodePoints, NUMBER_FORMATS, POINTS_SHEET, PROGRESS_HEADERS, PROGRESS_TITLE } from './milestoneSheet';

export const EXPORT_NOTICE = 'Chiffres agrégés, sans donnée personnelle';
export const EXPORT_SHEET = "Point d'étape";
export const EXPORT_PROGRESS_SHEET = 'Progression';
export const EXPORT_CREATOR = 'RIME pour Excel';

/** No milestone closed in the workbook, or not the one asked for. */
export class MilestoneExportError extends Error {
  readonly rime = true;
  constructor(
    readonly code: 'NoMilestoneClosed' | 'MilestoneNotClosed',
    message: string,
  ) {
    super(message);
    this.name = 'MilestoneExportError';
  }
  get frenchMessage(): string {
    return this.message;
  }
}

export interface MilestoneExportOptions {
  /** Serial of the milestone to export (default: the latest closed). */
  readonly milestone?: number;
}

export interface MilestoneExport {
  /** « RIME_point_etape_2026-10-31.xlsx » */
  readonly fileName: string;
  readonly bytes: Uint8Array;
  readonly snapshot: MilestoneSnapshot;
  /** The Progression rows of the file. */
  readonly points: readonly ProgressPoint[];
  readonly syncs: number;
}

const closedTime = (s: MilestoneSnapshot): number => serialFromIso(s.closedAt) ?? 0;

/** The closing to export among the stored ones (see the Decisions), or a French error. */
export function chooseSnapshot(stored: readonly MilestoneSnapshot[], milestone?: number): MilestoneSnapshot {
  if (stored.length === 0) {
    throw new MilestoneExportError(
      'NoMilestoneClosed',
      "Aucun point d'étape n'est clos dans ce classeur : clore d'abord un point d'étape (« Clore le point d'étape »), puis l'exporter.",
    );
  }
  const wanted = milestone === undefined ? Math.max(...stored.map((s) => s.milestone)) : Math.floor(milestone);
  const same = stored.filter((s) => s.milestone === wanted);
  if (same.length === 0) {
    const closed = [...new Set(stored.map((s) => s.milestone))].sort((a, b) => a - b).map(formatDate);
    throw new MilestoneExportError(
      'MilestoneNotClosed',
      `Le point d'étape du ${formatDate(wanted)} n'est pas clos. Points d'étape clos : ${closed.join(', ')}.`,
    );
  }
  return same.reduce((a, b) => (closedTime(b) >= closedTime(a) ? b : a));
}

/** The series up to the exported closing (Tout). */
export function seriesUpTo(stored: readonly MilestoneSnapshot[], chosen: MilestoneSnapshot): ProgressPoint[] {
  const points = progressSeries(stored);
  let last = -1;
  points.forEach((p, i) => {
    if (p.milestone === chosen.milestone && p.closedAt === chosen.closedAt) last = i;
  });
  return points.slice(0, last + 1);
}

export function exportFileName(s: MilestoneSnapshot): string {
  return `RIME_point_etape_${isoDate(s.milestone)}.xlsx`;
}

/** « Point d'étape du 31/10/2026 — clos le 02/11/2026 à 10:00 » (no name). */
export function exportTitle(s: MilestoneSnapshot): string {
  return `Point d'étape du ${formatDate(s.milestone)} — clos le ${closedText(s.closedAt)}`;
}

const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E1F2' } };
const SECTION_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF2F2F2' } };
const THIN: Partial<ExcelJS.Borders> = {
  top: { style: 'thin', color: { argb: 'FFBFBFBF' } },
  bottom: { style: 'thin', color: { argb: 'FFBFBFBF' } },
  left: { style: 'thin', color: { argb: 'FFBFBFBF' } },
  right: { style: 'thin', color: { argb: 'FFBFBFBF' } },
};
/** 1-based row of the header line of the matrix. */
export const EXPORT_HEADER_ROW = 4;

function matrixSheet(wb: ExcelJS.Workbook, s: MilestoneSnapshot): void {
  const m = indicatorsOf(s);
  const cols = 1 + m.scopes.length;
  const ws = wb.addWorksheet(EXPORT_SHEET, {
    pageSetup: { orientation: 'landscape', paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
    views: [{ state: 'frozen', xSplit: 1, ySplit: EXPORT_HEADER_ROW }],
  });
  ws.getColumn(1).width = 70;
  for (let c = 2; c <= cols; c++) ws.getColumn(c).width = 16;
  const title = ws.getCell(1, 1);
  title.value = exportTitle(s);
  title.font = { bold: true, size: 14 };
  const notice = ws.getCell(2, 1);
  notice.value = EXPORT_NOTICE;
  notice.font = { italic: true };
  const put = (r: number, values: (string | number | null)[], fmt?: string): ExcelJS.Row => {
    const row = ws.getRow(r);
    for (let c = 1; c <= cols; c++) {
      const cell = row.getCell(c);
      const v = values[c - 1];
      if (v !== null && v !== undefined && v !== '') cell.value = v;
      if (fmt && c > 1) cell.numFmt = fmt;
      cell.border = THIN;
    }
    return row;
  };
  const head = put(EXPORT_HEADER_ROW, ['Indicateur', ...m.scopes]);
  head.font = { bold: true };
  head.eachCell((c) => (c.fill = HEADER_FILL));
  let r = EXPORT_HEADER_ROW + 1;
  for (const section of m.sections) {
    const line = put(r++, [section.title]);
    line.font = { bold: true };
    line.eachCell((c) => (c.fill = SECTION_FILL));
    for (const row of section.rows) {
      const line = put(r++, [row.label, ...row.values], row.format === 'label' ? undefined : NUMBER_FORMATS[row.format]);
      if (row.format === 'label') line.getCell(1).font = { italic: true };
    }
  }
  // No print area: ExcelJS cannot read back a print area on a sheet whose name holds an apostrophe.
  ws.pageSetup.printTitlesRow = `${EXPORT_HEADER_ROW}:${EXPORT_HEADER_ROW}`;
}

function progressSheet(wb: ExcelJS.Workbook, points: readonly ProgressPoint[]): void {
  const ws = wb.addWorksheet(EXPORT_PROGRESS_SHEET);
  ws.getCell(1, 1).value = PROGRESS_TITLE;
  ws.getCell(1, 1).font = { bold: true };
  ws.getCell(2, 1).value = EXPORT_NOTICE;
  ws.getCell(2, 1).font = { italic: true };
  [18, 12, 12, 12].forEach((w, i) => (ws.getColumn(i + 1).width = w));
  const rows = points.map((p) => [p.label, p.relocated, p.toRelocate, p.departures]);
  ws.addTable({
    name: 'Tableau_progression',
    ref: 'A4',
    headerRow: true,
    style: { theme: 'TableStyleLight1', showRowStripes: true },
    columns: PROGRESS_HEADERS.map((name) => ({ name, filterButton: false })),
    rows: rows.length > 0 ? rows : [['', '', '', '']],
  });
}

/** The .xlsx of a snapshot and its series (pure, no Excel). */
export async function milestoneWorkbook(s: MilestoneSnapshot, points: readonly ProgressPoint[]): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = EXPORT_CREATOR;
  wb.lastModifiedBy = EXPORT_CREATOR;
  wb.title = exportTitle(s);
  wb.subject = EXPORT_NOTICE;
  matrixSheet(wb, s);
  progressSheet(wb, points);
  const buffer = await wb.xlsx.writeBuffer();
  return buffer instanceof Uint8Array ? buffer : new Uint8Array(buffer as ArrayBuffer);
}

export async function exportMilestone(
  context: Excel.RequestContext,
  opts: MilestoneExportOptions = {},
): Promise<MilestoneExport> {
  const names = queueNames(context);
  await context.sync();
  const storeName = sheetOf(names(), POINTS_SHEET);
  const store = storeName ? queueUsed(context, storeName) : null;
  if (store) await context.sync();
  const stored = decodePoints(usedValues(store));
  const snapshot = chooseSnapshot(stored, opts.milestone);
  const points = seriesUpTo(stored, snapshot);
  return {
    fileName: exportFileName(snapshot),
    bytes: await milestoneWorkbook(snapshot, points),
    snapshot,
    points,
    syncs: store ? 2 : 1,
  };
}
