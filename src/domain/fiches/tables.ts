/** Counting: flat tables, cross tables, averages and synthesis lines (Decision D-PERCENT). */
import type { Household } from '../household/types';
import { decapitalize, formatNumberFr } from '../populations/sentence';
import type { Base, CrossTable, FicheBlock, FicheTable, Figure, SyntheseLine } from './types';
import type { Variable } from './variables';

/** count ÷ answered × 100, or null when nobody answered. */
export function percentOf(count: number, answered: number): number | null {
  return answered > 0 ? (count / answered) * 100 : null;
}

/** « 6 ménages soit 40 % », « 1 ménage soit 7 % » (percentage rounded to the unit). */
export function syntheseText(count: number, percent: number | null): string {
  const n = `${count} ménage${count > 1 ? 's' : ''}`;
  return percent === null ? n : `${n} soit ${formatNumberFr(Math.round(percent))} %`;
}

export function syntheseLine(label: string, count: number, answered: number): SyntheseLine {
  const percent = percentOf(count, answered);
  return { label, count, percent, text: syntheseText(count, percent) };
}

/** One-way table of a variable over the households of a base. */
export function flatTable(
  id: string,
  variable: Variable,
  households: readonly Household[],
  base: Base,
  title: string = variable.title,
): FicheTable {
  const counts = variable.labels.map(() => 0);
  let nr = 0;
  for (const h of households) {
    const i = variable.classify(h);
    if (i === null) nr += 1;
    else counts[i] += 1;
  }
  const answered = counts.reduce((s, n, i) => (i === variable.outOfBase ? s : s + n), 0);
  const rows = variable.labels.map((label, i) =>
    i === variable.outOfBase
      ? { label, count: counts[i], percent: null, outOfBase: true }
      : { label, count: counts[i], percent: percentOf(counts[i], answered) },
  );
  return { id, title, base, rows, nr, total: households.length, answered };
}

/** Two-way table: `rowVar` down, `colVar` across, NR kept in the margins. */
export function crossTable(
  id: string,
  rowVar: Variable,
  colVar: Variable,
  households: readonly Household[],
  base: Base,
  title = `${rowVar.title} selon ${decapitalize(colVar.title)}`,
): CrossTable {
  const C = colVar.labels.length;
  const cells = rowVar.labels.map(() => colVar.labels.map(() => 0));
  const rowNr = colVar.labels.map(() => 0);
  const colNr = rowVar.labels.map(() => 0);
  let bothNr = 0;
  for (const h of households) {
    const i = rowVar.classify(h);
    const j = colVar.classify(h);
    if (i !== null && j !== null) cells[i][j] += 1;
    else if (i === null && j !== null) rowNr[j] += 1;
    else if (i !== null) colNr[i] += 1;
    else bothNr += 1;
  }
  const rowTotals = cells.map((r) => r.reduce((s, n) => s + n, 0));
  const colTotals = Array.from({ length: C }, (_, j) => cells.reduce((s, r) => s + r[j], 0));
  const answered = rowTotals.reduce((s, n) => s + n, 0);
  const percents = cells.map((r) => r.map((n, j) => percentOf(n, colTotals[j])));
  return {
    id,
    title,
    base,
    rowTitle: rowVar.title,
    colTitle: colVar.title,
    rowLabels: rowVar.labels,
    colLabels: colVar.labels,
    cells,
    rowNr,
    colNr,
    bothNr,
    rowTotals,
    colTotals,
    answered,
    total: households.length,
    percentBase: 'column',
    percents,
  };
}

/** Mean of the renseigné values; answered / nr say how many households it rests on. */
export function averageFigure(
  id: string,
  label: string,
  unit: string,
  households: readonly Household[],
  read: (h: Household) => number | null,
  base: Base,
): Figure {
  let sum = 0;
  let answered = 0;
  for (const h of households) {
    const x = read(h);
    if (x === null || !Number.isFinite(x)) continue;
    sum += x;
    answered += 1;
  }
  return {
    id,
    label,
    unit,
    base,
    value: answered > 0 ? sum / answered : null,
    answered,
    nr: households.length - answered,
  };
}

export function countFigure(
  id: string,
  label: string,
  value: number | null,
  base?: Figure['base'],
  unit = 'ménages',
): Figure {
  return { id, label, value, unit, base };
}

/** A share in %, over the households that answered (null when none did). */
export function shareFigure(
  id: string,
  label: string,
  count: number,
  answered: number,
  total: number,
  base: Base,
): Figure {
  return { id, label, unit: '%', base, value: percentOf(count, answered), answered, nr: total - answered };
}

export const tableBlock = (table: FicheTable): FicheBlock => ({ kind: 'table', table });
export const crossBlock = (table: CrossTable): FicheBlock => ({ kind: 'cross', table });
export const figuresBlock = (id: string, title: string, figures: readonly Figure[]): FicheBlock => ({
  kind: 'figures',
  id,
  title,
  figures,
});

/** Sum of the cells whose row and column indexes pass the tests. */
export function cellSum(
  t: CrossTable,
  rowTest: (i: number) => boolean,
  colTest: (j: number) => boolean,
): number {
  let s = 0;
  t.cells.forEach((r, i) =>
    r.forEach((n, j) => {
      if (rowTest(i) && colTest(j)) s += n;
    }),
  );
  return s;
}
