/**
 * The result sheet of a treatment as a pure plan: heading (title, périmètre, date d'édition, size,
 * criteria), then the four fiches one under the other, each starting a printed page, with a chart
 * beside one table per fiche and a « Commentaires et observations » box at its end. Fiche 1 ends with
 * its « Taux de remplissage » table, on a printed page of its own, before the comments box. Printed
 * portrait at the scale that fits the columns on an A4 page, landscape when portrait would go under 75 %.
 */
import type { Fiche, FicheTable, Fiches } from '../../domain/fiches';
import {
  COLORS, FORMAT, crossWidth, layoutBeforeAfter, layoutCompleteness, layoutCross, layoutFigures, layoutFlat,
  type FlatPlaced,
} from './blocks';
import { fitWidthScale, protectCells, type ChartPlan, type ChartType, type SheetPlan } from '../sheets/plan';
import { GridBuilder } from './grid';

export interface ResultSheetInput {
  readonly sheet: string;
  /** « Résultats : Ménages relogés en ZUS » (A1). */
  readonly title: string;
  readonly scopeLabel: string;
  /** Date d'édition (Excel serial). */
  readonly today: number;
  readonly populationSize: number;
  readonly relocatedSize: number;
  /** The criteria as a French sentence. */
  readonly sentence: string;
  /** The exact rule of a predefined population. */
  readonly definition?: string;
  readonly fiches: Fiches;
}

/** Columns of the fiche tables: A = labels; charts from E. */
export const LABEL_WIDTH = 170;
export const NUMBER_WIDTH = 44;
/** Below this print scale (%), a result sheet prints in landscape (text of 10 pt would fall under 7.5 pt). */
export const MIN_PORTRAIT_SCALE = 75;
export const MIN_COLUMNS = 10;
export const CHART_COL = 4;
export const CHART_COLS = 6;
export const CHART_ROWS = 16;
export const COMMENT_ROWS = 6;

export const PERSONAL_DATA_WARNING =
  "Attention : n'inscrivez ici aucune donnée personnelle (nom, adresse, situation individuelle d'un ménage) — cette feuille est diffusée aux partenaires.";

interface ChartSpec {
  readonly table: string;
  readonly type: ChartType;
  readonly title: string;
}

/** One chart per fiche, beside its table. Fiche 3's is drawn from the avant / après block. */
export const FICHE_CHARTS: Readonly<Record<1 | 2 | 3 | 4, ChartSpec>> = {
  1: { table: 'f1-age-bati', type: 'Pie', title: 'Âge du bâti des logements de relogement' },
  2: { table: 'f2-structure', type: 'ColumnClustered', title: 'Structure familiale des ménages relogés' },
  3: { table: 'f3-taux-effort-apres', type: 'ColumnClustered', title: "Taux d'effort avant et après le relogement" },
  4: { table: 'f4-localisation', type: 'ColumnClustered', title: 'Localisation géographique du relogement' },
};

const allFiches = (f: Fiches): Fiche[] => [f.fiche1, f.fiche2, f.fiche3, f.fiche4];

export function sheetColumns(fiches: Fiches): number {
  let w = MIN_COLUMNS;
  for (const fiche of allFiches(fiches)) {
    for (const s of fiche.sections) {
      for (const b of s.blocks) if (b.kind === 'cross') w = Math.max(w, crossWidth(b.table));
    }
  }
  return w;
}

function heading(g: GridBuilder, input: ResultSheetInput): void {
  const t = g.add([input.title]);
  g.style(t, 0, 1, 1, { bold: true, size: 16, fontColor: COLORS.ficheTitle });
  const pairs: [string, string | number, string][] = [
    ['Périmètre', input.scopeLabel, 'General'],
    ["Date d'édition", input.today, FORMAT.date],
    ['Nombre de ménages de la population', input.populationSize, FORMAT.count],
    ['dont ménages relogés', input.relocatedSize, FORMAT.count],
    ['Critères', input.sentence, 'General'],
  ];
  if (input.definition) pairs.push(['Définition', input.definition, 'General']);
  for (const [label, value, format] of pairs) {
    const r = g.add([label, value], ['General', format]);
    g.style(r, 0, 1, 1, { bold: true });
    g.style(r, 1, 1, 1, { hAlign: 'Left' });
    // Merged across the sheet: a date or a count in one 44 pt column would show « #### ».
    g.merge(r, 1, 1, g.cols - 1);
    if (typeof value === 'string') {
      const tall = value.length > 90;
      g.style(r, 0, 1, g.cols, { wrap: true, vAlign: 'Top', ...(tall ? { rowHeight: 30 } : {}) });
    }
  }
  g.blank();
}

function chartBeside(g: GridBuilder, placed: FlatPlaced, spec: ChartSpec, seriesCols: number): void {
  const chart: ChartPlan = {
    type: spec.type,
    title: spec.title,
    source: { row: placed.headerRow, col: 0, rows: placed.rows + 1, cols: 1 + seriesCols },
    seriesBy: 'Columns',
    anchor: { row: placed.titleRow, col: CHART_COL, rows: CHART_ROWS, cols: CHART_COLS },
  };
  g.charts.push(chart);
  g.padTo(placed.titleRow + CHART_ROWS);
}

function tableWithChart(g: GridBuilder, fiche: Fiche, t: FicheTable, before: FicheTable | undefined): void {
  const spec = FICHE_CHARTS[fiche.number];
  const placed = layoutFlat(g, t);
  if (spec.table !== t.id) return;
  g.blank();
  if (fiche.number === 3 && before) {
    const ba = layoutBeforeAfter(g, "Taux d'effort avant / après le relogement (en % des ménages ayant répondu)", before, t);
    chartBeside(g, ba, spec, 2);
  } else {
    chartBeside(g, placed, spec, 1);
  }
}

function comments(g: GridBuilder, fiche: Fiche): void {
  const head = g.add([fiche.commentsTitle.toLocaleUpperCase('fr-FR')]);
  g.style(head, 0, 1, g.cols, { bold: true, fill: COLORS.comments });
  g.merge(head, 0, 1, g.cols);
  const warn = g.add([PERSONAL_DATA_WARNING]);
  g.style(warn, 0, 1, g.cols, { italic: true, fontColor: COLORS.warning, wrap: true, rowHeight: 30 });
  g.merge(warn, 0, 1, g.cols);
  const box = g.row;
  g.blank(COMMENT_ROWS);
  g.merge(box, 0, COMMENT_ROWS, g.cols);
  g.style(box, 0, COMMENT_ROWS, g.cols, { borders: 'box', wrap: true, vAlign: 'Top' });
}

function layoutFiche(g: GridBuilder, fiche: Fiche): void {
  const top = g.add([`Fiche ${fiche.number} — ${fiche.title}`]);
  if (fiche.number > 1) g.pageBreaks.push(top);
  g.merge(top, 0, 1, g.cols);
  g.style(top, 0, 1, g.cols, { bold: true, size: 14, fill: COLORS.ficheTitle, fontColor: COLORS.white });
  const sub = g.add([fiche.subtitle]);
  g.style(sub, 0, 1, 1, { italic: true });
  g.blank();
  let before: FicheTable | undefined;
  for (const section of fiche.sections) {
    const q = g.add([section.question]);
    // The taux de remplissage starts a printed page, so that its table prints whole.
    if (section.blocks.some((b) => b.kind === 'completeness')) g.pageBreaks.push(q);
    g.merge(q, 0, 1, g.cols);
    g.style(q, 0, 1, g.cols, { bold: true, italic: true, fontColor: COLORS.question, wrap: true, rowHeight: 30 });
    for (const b of section.blocks) {
      if (b.kind === 'table') {
        if (b.table.id === 'f3-taux-effort-avant') before = b.table;
        tableWithChart(g, fiche, b.table, before);
      } else if (b.kind === 'cross') layoutCross(g, b.table);
      else if (b.kind === 'completeness') layoutCompleteness(g, b.title, b.lines, b.notes);
      else layoutFigures(g, b.title, b.figures);
      g.blank();
    }
  }
  comments(g, fiche);
  g.blank();
}

/** The sheet plan, with the full title written in A1. */
export type ResultSheetPlan = SheetPlan & { readonly title: string };

export function planResultSheet(input: ResultSheetInput): ResultSheetPlan {
  const g = new GridBuilder(sheetColumns(input.fiches));
  heading(g, input);
  for (const fiche of allFiches(input.fiches)) layoutFiche(g, fiche);
  // The last row is the blank one closing fiche 4: not printed.
  const rows = g.row - 1;
  const widths = [LABEL_WIDTH, ...Array.from({ length: g.cols - 1 }, () => NUMBER_WIDTH)];
  // Portrait as the guide's fiches, unless the widest cross table would print below 75 %: landscape then.
  const orientation = fitWidthScale(widths, 'Portrait') >= MIN_PORTRAIT_SCALE ? 'Portrait' : 'Landscape';
  return {
    name: input.sheet,
    title: input.title,
    cells: protectCells(g.cells, g.numberFormats),
    width: g.cols,
    numberFormats: g.numberFormats,
    formats: g.formats,
    merges: g.merges,
    charts: g.charts,
    pageBreaks: g.pageBreaks,
    print: { area: { row: 0, col: 0, rows, cols: g.cols }, orientation, scale: fitWidthScale(widths, orientation) },
    columnWidths: widths,
  };
}
