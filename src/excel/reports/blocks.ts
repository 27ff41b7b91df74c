/**
 * Laying out the blocks of a fiche (pure): flat tables (Nombre, %), cross tables (counts then % of
 * the column, NR in the margins) and figures, with their formats. Percentages are written as
 * fractions (0.4 shown 40.0 %).
 */
import type { CellValue } from '../../domain/catalogue';
import type { CompletenessLine, CrossTable, FicheTable, Figure, SyntheseLine } from '../../domain/fiches';
import type { CellFormat } from '../sheets/plan';
import type { GridBuilder } from './grid';

export const FORMAT = {
  count: '0',
  percent: '0.0%',
  euro: '#,##0.00 "€"',
  euroYear: '#,##0 "€"',
  average: '0.0',
  date: 'dd/mm/yyyy',
  text: '@',
} as const;

export const COLORS = {
  header: 'DDEBF7',
  total: 'F2F2F2',
  ficheTitle: '1F4E79',
  white: 'FFFFFF',
  question: '2F5597',
  comments: 'FFF2CC',
  warning: 'C00000',
} as const;

const HEADER: CellFormat = { bold: true, fill: COLORS.header, wrap: true, vAlign: 'Center' };
const TOTAL: CellFormat = { bold: true, fill: COLORS.total };

export const LABEL_TOTAL = 'Total';
export const LABEL_NR = 'NR (non renseigné)';

const frac = (p: number | null): number | '' => (p === null ? '' : p / 100);

/** Where a flat table was written (0-based sheet rows). */
export interface FlatPlaced {
  readonly titleRow: number;
  readonly headerRow: number;
  /** First data row and count of data rows (Total and NR excluded). */
  readonly firstRow: number;
  readonly rows: number;
  readonly lastRow: number;
}

function synthese(g: GridBuilder, lines: readonly SyntheseLine[] | undefined): void {
  for (const s of lines ?? []) {
    const r = g.add([`Synthèse : ${s.label}`, s.count, frac(s.percent)], ['General', FORMAT.count, FORMAT.percent]);
    g.style(r, 0, 1, 3, { italic: true });
  }
}

/** Header [title, Nombre, %], the rows, Total (households that answered, 100 %) and NR. */
export function layoutFlat(g: GridBuilder, t: FicheTable): FlatPlaced {
  const titleRow = g.row;
  const headerRow = g.add([t.title, 'Nombre', '%']);
  g.style(headerRow, 0, 1, 3, HEADER);
  g.style(headerRow, 1, 1, 2, { hAlign: 'Center' });
  const firstRow = g.row;
  const fmts = ['General', FORMAT.count, FORMAT.percent];
  for (const row of t.rows) g.add([row.label, row.count, row.outOfBase ? '' : frac(row.percent)], fmts);
  const total = g.add([LABEL_TOTAL, t.answered, t.answered > 0 ? 1 : ''], fmts);
  g.style(total, 0, 1, 3, TOTAL);
  const lastRow = g.add([LABEL_NR, t.nr, ''], fmts);
  g.style(headerRow, 0, lastRow - headerRow + 1, 3, { borders: 'grid' });
  synthese(g, t.synthese);
  return { titleRow, headerRow, firstRow, rows: t.rows.length, lastRow };
}

/** Columns a cross table needs: labels, one per category, NR, Total. */
export function crossWidth(t: CrossTable): number {
  return t.colLabels.length + 3;
}

const sum = (xs: readonly number[]): number => xs.reduce((s, n) => s + n, 0);

/**
 * Title; header [row \ column, categories…, NR, Total]; counts per row (NR of the column variable
 * in the NR column); Total and NR rows; then the same rows in % of the column.
 */
export function layoutCross(g: GridBuilder, t: CrossTable): { firstRow: number; lastRow: number } {
  const W = crossWidth(t);
  const C = t.colLabels.length;
  const firstRow = g.add([t.title]);
  g.style(firstRow, 0, 1, 1, { bold: true });
  const header = g.add([`${t.rowTitle} \\ ${t.colTitle}`, ...t.colLabels, 'NR', LABEL_TOTAL]);
  g.style(header, 0, 1, W, HEADER);
  g.style(header, 1, 1, W - 1, { hAlign: 'Center' });
  t.rowLabels.forEach((label, i) =>
    g.add([label, ...t.cells[i], t.colNr[i], t.rowTotals[i] + t.colNr[i]], FORMAT.count),
  );
  const totalRow = g.add([LABEL_TOTAL, ...t.colTotals, sum(t.colNr), t.answered + sum(t.colNr)], FORMAT.count);
  g.style(totalRow, 0, 1, W, TOTAL);
  const nrRow = g.add([LABEL_NR, ...t.rowNr, t.bothNr, sum(t.rowNr) + t.bothNr], FORMAT.count);
  g.style(header, 0, nrRow - header + 1, W, { borders: 'grid' });
  for (let r = header + 1; r <= nrRow; r++) g.setFormat(r, 0, 'General');

  const pctHead = g.add(['En % de la colonne (ménages ayant répondu aux deux questions)']);
  g.style(pctHead, 0, 1, 1, { italic: true });
  const pctFirst = g.row;
  t.rowLabels.forEach((label, i) => g.add([label, ...t.percents[i].map(frac)], FORMAT.percent));
  const pctTotal = g.add([LABEL_TOTAL, ...t.colTotals.map((n) => (n > 0 ? 1 : ''))], FORMAT.percent);
  g.style(pctTotal, 0, 1, C + 1, TOTAL);
  g.style(pctFirst, 0, pctTotal - pctFirst + 1, C + 1, { borders: 'grid' });
  for (let r = pctFirst; r <= pctTotal; r++) g.setFormat(r, 0, 'General');
  synthese(g, t.synthese);
  return { firstRow, lastRow: g.row - 1 };
}

const UNIT_TEXT: Readonly<Record<string, string>> = {
  ménages: 'ménages',
  logements: 'logements',
  ans: 'ans',
  enfants: 'enfants',
  personnes: 'personnes',
  pièces: 'pièces',
  'm²': 'm²',
  points: 'points',
  propositions: 'propositions',
};

/** Format, value and unit text of a figure (counts '0', % as a fraction, € and averages). */
export function figureCell(f: Figure): { value: number | string; format: string; unit: string } {
  if (f.value === null) return { value: 'NR', format: 'General', unit: '' };
  switch (f.unit) {
    case '%':
      return { value: f.value / 100, format: FORMAT.percent, unit: '' };
    case '€':
      return { value: f.value, format: FORMAT.euro, unit: '' };
    case '€/an':
      return { value: f.value, format: FORMAT.euroYear, unit: 'par an' };
    case 'date':
      return { value: f.value, format: FORMAT.date, unit: '' };
    default: {
      const integer = Number.isInteger(f.value) && (f.unit === 'ménages' || f.unit === 'logements');
      return { value: f.value, format: integer ? FORMAT.count : FORMAT.average, unit: UNIT_TEXT[f.unit] ?? f.unit };
    }
  }
}

/** Title, then one row per figure: [label, value, unit]. */
export function layoutFigures(g: GridBuilder, title: string, figures: readonly Figure[]): void {
  const t = g.add([title]);
  g.style(t, 0, 1, 1, { bold: true });
  const first = g.row;
  for (const f of figures) {
    const c = figureCell(f);
    g.add([f.label, c.value, c.unit], ['General', c.format, 'General']);
  }
  g.style(first, 0, figures.length, 3, { borders: 'grid' });
  g.style(first, 0, figures.length, 1, { wrap: true });
}

/** [title, Avant, Après] in % of the households that answered, for the effort-rate chart. */
export function layoutBeforeAfter(g: GridBuilder, title: string, before: FicheTable, after: FicheTable): FlatPlaced {
  const titleRow = g.row;
  const headerRow = g.add([title, 'Avant', 'Après']);
  g.style(headerRow, 0, 1, 3, HEADER);
  const firstRow = g.row;
  before.rows.forEach((row, i) =>
    g.add([row.label, frac(row.percent), frac(after.rows[i]?.percent ?? null)], ['General', FORMAT.percent, FORMAT.percent]),
  );
  const lastRow = g.row - 1;
  g.style(headerRow, 0, lastRow - headerRow + 1, 3, { borders: 'grid' });
  return { titleRow, headerRow, firstRow, rows: before.rows.length, lastRow };
}

export const COMPLETENESS_HEADERS = ['Ménages concernés', 'Renseignés', 'Non renseignés', 'Taux de remplissage'] as const;
/** Each figure of the completeness table spans two merged columns: its header does not fit 44 pt. */
export const COMPLETENESS_SPAN = 2;
export const COMPLETENESS_WIDTH = 1 + COMPLETENESS_HEADERS.length * COMPLETENESS_SPAN;
/** Characters of a label that fit on one line of column A (170 pt). */
const LONG_LABEL = 36;
/** Shown for a rate with nobody concerned (never 0 %). */
export const NO_RATE = '—';

/** [label, figure, '', figure, '', …]: each figure in the first column of its pair. */
function spread(label: string, figures: readonly CellValue[]): CellValue[] {
  return [label, ...figures.flatMap((v) => [v, ...Array.from({ length: COMPLETENESS_SPAN - 1 }, () => '')])];
}

/**
 * Title; header [Variable, Ménages concernés, Renseignés, Non renseignés, Taux de remplissage]; one
 * line each (aggregate lines bold on grey); then the notes, merged across the sheet.
 */
export function layoutCompleteness(
  g: GridBuilder, title: string, lines: readonly CompletenessLine[], notes: readonly string[],
): { headerRow: number; firstRow: number; lastRow: number } {
  const W = COMPLETENESS_WIDTH;
  const t = g.add([title]);
  g.style(t, 0, 1, 1, { bold: true });
  const headerRow = g.add(spread('Variable', COMPLETENESS_HEADERS));
  g.style(headerRow, 0, 1, W, { ...HEADER, rowHeight: 30 });
  g.style(headerRow, 1, 1, W - 1, { hAlign: 'Center' });
  const fmts = ['General', ...[FORMAT.count, FORMAT.count, FORMAT.count, FORMAT.percent].flatMap((f) => Array<string>(COMPLETENESS_SPAN).fill(f))];
  const firstRow = g.row;
  for (const l of lines) {
    const rate = l.percent === null ? NO_RATE : l.percent / 100;
    const r = g.add(spread(l.label, [l.applicable, l.filled, l.missing, rate]), fmts);
    if (l.kind === 'all' || l.kind === 'anru') g.style(r, 0, 1, W, TOTAL);
    // A label that wraps in column A gets room for its second line (rows do not grow by themselves).
    if (l.label.length > LONG_LABEL) g.style(r, 0, 1, 1, { rowHeight: 30 });
  }
  const lastRow = g.row - 1;
  // One merge per figure column, each row apart (a constant number of merges, whatever the lines).
  for (let k = 0; k < COMPLETENESS_HEADERS.length; k++) {
    g.merge(headerRow, 1 + k * COMPLETENESS_SPAN, lastRow - headerRow + 1, COMPLETENESS_SPAN, true);
  }
  g.style(headerRow, 0, lastRow - headerRow + 1, W, { borders: 'grid' });
  g.style(firstRow, 0, lines.length, 1, { wrap: true });
  g.style(firstRow, W - COMPLETENESS_SPAN, lines.length, COMPLETENESS_SPAN, { hAlign: 'Right' });
  for (const n of notes) {
    const r = g.add([n]);
    g.merge(r, 0, 1, g.cols);
    g.style(r, 0, 1, g.cols, { italic: true, wrap: true, vAlign: 'Top', rowHeight: 30 });
  }
  return { headerRow, firstRow, lastRow };
}
