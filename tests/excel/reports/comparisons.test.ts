import type { CellValue } from '../../../src/domain/catalogue';
import type { TriAPlatRow } from '../../../src/domain/fiches';
import {
  blockCount, lastBlockRect, planComparison, rowKeys, COMPARISON_TITLE, type ComparisonPlan,
} from '../../../src/excel/reports/comparisons';
import type { Grid } from '../../../src/excel/workbook/grid';

const tri = (n: number, reloges: number, zus: number, hors: number, nr: number): TriAPlatRow[] => [
  { tableId: 'population', variable: 'Population', label: 'Nombre de ménages', count: n, percent: null },
  { tableId: 'population', variable: 'Population', label: 'dont ménages relogés', count: reloges, percent: null },
  { tableId: 'f3-zus', variable: 'ZUS', label: 'ZUS', count: zus, percent: zus + hors > 0 ? (zus / (zus + hors)) * 100 : null },
  { tableId: 'f3-zus', variable: 'ZUS', label: 'Hors ZUS', count: hors, percent: zus + hors > 0 ? (hors / (zus + hors)) * 100 : null },
  { tableId: 'f3-zus', variable: 'ZUS', label: 'Total', count: zus + hors, percent: zus + hors > 0 ? 100 : null },
  { tableId: 'f3-zus', variable: 'ZUS', label: 'NR', count: nr, percent: null },
];

/** The sheet after the plan's patches (test helper: a plain 2-D array from A1). */
function apply(grid: Grid | null, plan: ComparisonPlan): Grid {
  const cells: CellValue[][] = grid ? grid.formulas.map((r) => [...r]) : [];
  for (const p of plan.patches) {
    p.values.forEach((row, i) => row.forEach((v, j) => {
      while (cells.length <= p.row + i) cells.push([]);
      cells[p.row + i][p.col + j] = v;
    }));
  }
  const width = Math.max(...cells.map((r) => r.length));
  return { row: 0, col: 0, formulas: cells.map((r) => Array.from({ length: width }, (_, j) => r[j] ?? '')) };
}

const first = planComparison(null, { label: 'Ménages relogés', scopeLabel: 'Tout', today: 45000, populationSize: 10, rows: tri(10, 4, 3, 1, 0) });
const g1 = apply(null, first);

describe('Tableaux_comparaisons planning', () => {
  test('first block: the sheet is created, A–B hold the variables and modalities once, C–D the block', () => {
    expect(first.create).toBe(true);
    expect(first.blockCol).toBe(2);
    expect(first.blockIndex).toBe(0);
    expect(g1.formulas).toEqual([
      [COMPARISON_TITLE, '', '', ''],
      ['Population', '', 'Ménages relogés', ''],
      ['Périmètre', '', 'Tout', ''],
      ["Date d'édition", '', 45000, ''],
      ['Effectif (N)', '', 10, ''],
      ['Variable', 'Modalité', 'N', '%'],
      ['Population', 'Nombre de ménages', 10, ''],
      ['', 'dont ménages relogés', 4, ''],
      ['ZUS', 'ZUS', 3, 0.75],
      ['', 'Hors ZUS', 1, 0.25],
      ['', 'Total', 4, 1],
      ['', 'NR', 0, ''],
    ]);
    const block = first.patches[first.patches.length - 1];
    expect(block.formats[2]).toEqual(['dd/mm/yyyy', 'General']);
    expect(block.formats[7]).toEqual(['0', '0.0%']);
  });

  test('second block: same rows, next column pair', () => {
    expect(blockCount(g1)).toBe(1);
    const second = planComparison(g1, { label: 'Ménages relogés en ZUS', scopeLabel: 'Tout', today: 45001, populationSize: 4, rows: tri(4, 4, 4, 0, 0) });
    expect(second.create).toBe(false);
    expect(second.blockCol).toBe(4);
    expect(second.blockIndex).toBe(1);
    expect(second.patches).toHaveLength(1); // no new row, no heading again
    const g2 = apply(g1, second);
    expect(g2.formulas.map((r) => r.slice(4))).toEqual([
      ['', ''],
      ['Ménages relogés en ZUS', ''],
      ['Tout', ''],
      [45001, ''],
      [4, ''],
      ['N', '%'],
      [4, ''],
      [4, ''],
      [4, 1],
      [0, 0],
      [4, 1],
      [0, ''],
    ]);
    // Columns A–D unchanged.
    expect(g2.formulas.map((r) => r.slice(0, 4))).toEqual(g1.formulas);
    expect(lastBlockRect(g2)).toEqual({ row: 0, col: 4, rows: 12, cols: 2, index: 1, label: 'Ménages relogés en ZUS' });
  });

  test('rows matched by (variable, modality) when the sheet order differs; unknown modality added below', () => {
    // A sheet where ZUS lines were typed in another order and « NR » is missing.
    const grid: Grid = {
      row: 0, col: 0, formulas: [
        [COMPARISON_TITLE, '', ''], ['Population', '', 'X'], ['Périmètre', '', 'Tout'], ["Date d'édition", '', 1], ['Effectif (N)', '', 1],
        ['Variable', 'Modalité', 'N'], ['ZUS', 'Hors ZUS', 1], ['', 'ZUS', 0], ['', 'Total', 1],
        ['Population', 'Nombre de ménages', 1], ['', 'dont ménages relogés', 1],
      ],
    };
    expect(rowKeys(grid).get('ZUS\u0000ZUS\u00000')).toBe(7);
    const plan = planComparison(grid, { label: 'Y', scopeLabel: 'Tout', today: 2, populationSize: 9, rows: tri(9, 5, 3, 2, 4) });
    const g = apply(grid, plan);
    expect(g.formulas.map((r) => [r[0], r[1], r[2], r[3]])).toEqual([
      [COMPARISON_TITLE, '', '', ''], ['Population', '', 'X', ''], ['Périmètre', '', 'Tout', ''], ["Date d'édition", '', 1, ''],
      ['Effectif (N)', '', 1, ''], ['Variable', 'Modalité', 'N', ''], ['ZUS', 'Hors ZUS', 1, ''], ['', 'ZUS', 0, ''], ['', 'Total', 1, ''],
      ['Population', 'Nombre de ménages', 1, ''], ['', 'dont ménages relogés', 1, ''],
      ['ZUS', 'NR', '', ''],
    ]);
    expect(g.formulas.map((r) => [r[4], r[5]]).slice(6)).toEqual([[2, 0.4], [3, 0.6], [5, 1], [9, ''], [5, ''], [4, '']]);
  });

  test('no block: nothing to erase', () => {
    expect(lastBlockRect(null)).toBeNull();
    const headOnly: Grid = { row: 0, col: 0, formulas: [[COMPARISON_TITLE, ''], ['Population', '']] };
    expect(lastBlockRect(headOnly)).toBeNull();
  });
});
