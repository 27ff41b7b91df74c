/**
 * Plan of a new household table, or of the conversion of a legacy plain range into it (pure):
 * every value kept in its column (found by header), user columns just before the comments column,
 * typed values of derived columns kept in "(saisie d'origine)" columns, formulas' references moved.
 */
import { column, HOUSEHOLD_TABLE, type CellValue } from '../../domain/catalogue';
import { isFormula, moveReferences, type RefMap } from '../util/formulas';
import { protectText } from '../util/text';
import { blockIsBlank, formulaAt, gridCols, gridRows, isBlank, lastCol, type Grid, type HeaderRegion } from '../workbook/grid';
import { householdMatcher, mapHeaders } from '../workbook/headers';
import { planLegacyColumns, type TargetColumn } from './columnsPlan';
import {
  decorateColumn, derivedCells, expectedFormula, freezeOp, headerFormat, newPart, planPreamble, type PlanPart,
} from './householdCommon';
import { effectiveFormat, HEADER_CELL_LABELS, PREAMBLE_ROWS, TABLE_STYLE } from './layout';
import type { Cell } from './ops';

export interface LegacyInput {
  readonly sheet: string;
  readonly grid: Grid;
  /** The header row found on a plain range; `cols` 0 for a new table. */
  readonly region: HeaderRegion;
  /** Number format of the first data row, by sheet column (kept for user columns). */
  readonly formats?: ReadonlyMap<number, string>;
  readonly operationSource: string;
  readonly today: number;
}

export interface HouseholdLayout {
  readonly sheet: string;
  readonly headerRow: number;
  readonly firstCol: number;
  readonly columns: readonly TargetColumn[];
  /** Body rows of the table. */
  readonly rows: number;
}

export interface HouseholdPlan extends PlanPart {
  readonly layout: HouseholdLayout;
  readonly counts: { households: number; columnsAdded: number; userColumns: number; preservedColumns: number };
}

/** Rows above the headers are free for the preamble: blank, or already holding our labels. */
export function preambleIsFree(g: Grid, headerRow: number, firstCol: number, width: number, bandIsOurs = false): boolean {
  if (headerRow < PREAMBLE_ROWS) return false;
  const top = headerRow - PREAMBLE_ROWS;
  for (let i = 0; i < 3; i++) {
    const label = formulaAt(g, top + i, firstCol);
    if (label !== HEADER_CELL_LABELS[i] && !blockIsBlank(g, top + i, firstCol, 1, 2)) return false;
  }
  return bandIsOurs || blockIsBlank(g, headerRow - 1, firstCol, 1, width);
}

export function planLegacy(input: LegacyInput): HouseholdPlan {
  const { sheet, grid, region, today } = input;
  const part = newPart();
  const isNew = region.cols === 0;
  const h = region.headerRow;
  const c0 = region.firstCol;
  const c1 = c0 + region.cols - 1;
  const n = region.rows;
  const map = mapHeaders(region.headers, householdMatcher);
  const preserve = new Set<string>();
  for (const [key, idx] of map.byKey) {
    if (column(key).kind === 'derived' && derivedCells(grid, c0 + idx, h + 1, n).typedRows.length > 0) preserve.add(key);
  }
  const target = planLegacyColumns(region.headers, map, preserve, c0);
  const W = target.length;
  const k = isNew || preambleIsFree(grid, h, c0, W) ? 0 : PREAMBLE_ROWS;
  const contentRight = !isNew && lastCol(grid) > c1 && !blockIsBlank(grid, grid.row, c1 + 1, gridRows(grid), lastCol(grid) - c1);
  const addCols = contentRight && W > region.cols ? W - region.cols : 0;
  const H = h + k;
  const bodyRows = Math.max(1, n);

  // Where each source column goes: its preserved copy, else its own column.
  const newIndex = new Map<number, number>();
  target.forEach((t, j) => {
    if (t.kind === 'preserved') newIndex.set(t.from, j);
    else if (t.from !== undefined && !newIndex.has(t.from)) newIndex.set(t.from, j);
  });
  const inRegionRows = (r: number): boolean => r >= h && r <= h + n;
  const mapCol = (c: number): number => (c >= c0 && c <= c1 ? c0 + newIndex.get(c - c0)! : c > c1 ? c + addCols : c);
  const refs: RefMap = {
    sheet,
    row: (r) => (r >= h ? r + k : r),
    col: mapCol,
    cell: (r, c) => [r >= h ? r + k : r, inRegionRows(r) ? mapCol(c) : c > c1 ? c + addCols : c],
  };
  const formatOf = (t: TargetColumn): string =>
    t.kind === 'catalogue' ? effectiveFormat(column(t.key)) : (input.formats?.get(c0 + t.from) ?? 'General');
  const copy = (v: CellValue, fmt: string): Cell => {
    if (isFormula(v)) return moveReferences(v, refs);
    return typeof v === 'string' && v !== '' ? protectText(v, fmt) : v;
  };

  if (k > 0) part.ops.push({ t: 'insertRows', sheet, row: h, count: k });
  if (addCols > 0) part.ops.push({ t: 'insertColumns', sheet, col: c1 + 1, count: addCols });
  target.forEach((t, j) => {
    if (t.kind !== 'catalogue') {
      part.ops.push({ t: 'format', sheet, row: H + 1, col: c0 + j, rows: bodyRows, cols: 1, format: { numberFormat: formatOf(t) } });
    }
  });
  // Catalogue columns: number format first, so text stays text when the values are written.
  target.forEach((t, j) => {
    if (t.kind === 'catalogue') part.ops.push(...decorateColumn(sheet, column(t.key), c0 + j, H, bodyRows, input.operationSource));
  });
  const cells: Cell[][] = [target.map((t) => t.header)];
  for (let r = h + 1; r <= h + n; r++) {
    cells.push(
      target.map((t) => {
        if (t.from === undefined) return '';
        if (t.kind === 'catalogue' && column(t.key).kind === 'derived') return '';
        const v = formulaAt(grid, r, c0 + t.from);
        if (t.kind === 'preserved' && isFormula(v)) return '';
        return copy(v, formatOf(t));
      }),
    );
  }
  part.ops.push({ t: 'write', sheet, row: H, col: c0, cells });
  // Formulas elsewhere on the sheet that point into the moved columns.
  for (let i = 0; i < gridRows(grid); i++) {
    for (let j = 0; j < gridCols(grid); j++) {
      const r = grid.row + i;
      const c = grid.col + j;
      const v = grid.formulas[i][j];
      if (!isFormula(v) || (inRegionRows(r) && c >= c0 && c <= c1)) continue;
      const moved = moveReferences(v, refs);
      const plain = moveReferences(v, { ...refs, cell: (rr, cc) => [rr >= h ? rr + k : rr, cc > c1 ? cc + addCols : cc], col: (cc) => (cc > c1 ? cc + addCols : cc) });
      if (moved !== plain) part.ops.push({ t: 'write', sheet, row: refs.row(r), col: c > c1 ? c + addCols : c, cells: [[moved]] });
    }
  }
  part.ops.push({ t: 'addTable', sheet, row: H, col: c0, rows: 1 + bodyRows, cols: W, name: HOUSEHOLD_TABLE, style: TABLE_STYLE });
  target.forEach((t, j) => {
    if (t.kind === 'catalogue' && column(t.key).kind === 'derived') {
      part.ops.push({ t: 'fillWith', sheet, row: H + 1, col: c0 + j, rows: bodyRows, cols: 1, value: expectedFormula(t.key) });
    }
    if (t.kind !== 'catalogue') {
      part.ops.push({ t: 'format', sheet, row: H, col: c0 + j, rows: 1, cols: 1, format: headerFormat(undefined) });
    }
  });
  part.ops.push({ t: 'format', sheet, row: H, col: c0, rows: 1, cols: W, format: { rowHeight: 60 } });
  const existing = (r: number, c: number): CellValue => (k > 0 || (c > c1 && addCols > 0) ? '' : formulaAt(grid, r, c));
  planPreamble(part, sheet, H, c0, target, existing, today);
  part.ops.push(freezeOp(sheet, H, c0, target));
  part.changed = true;

  const added = target.filter((t) => t.kind === 'catalogue' && t.from === undefined);
  const users = target.filter((t) => t.kind === 'user');
  const preserved = target.filter((t) => t.kind === 'preserved');
  const lines = legacyLines(isNew, sheet, region, n, k, target, added.length);
  for (const u of users) {
    const why = u.kind === 'user' && region.headers[u.from] !== '' ? `« ${region.headers[u.from]} »` : `sans titre (nommée « ${u.header} »)`;
    lines.push(`Colonne ${why} non reconnue : conservée comme champ ajouté, juste avant « Commentaires et observations ».`);
  }
  for (const p of preserved) {
    lines.push(`Colonne « ${column(p.key).label} » : les valeurs saisies sont conservées dans « ${p.header} » ; la colonne est désormais calculée par formule.`);
  }
  part.lines.unshift(...lines);
  return {
    ...part,
    layout: { sheet, headerRow: H, firstCol: c0, columns: target, rows: bodyRows },
    counts: { households: n, columnsAdded: added.length, userColumns: users.length, preservedColumns: preserved.length },
  };
}

function legacyLines(
  isNew: boolean, sheet: string, region: HeaderRegion, n: number, k: number, target: readonly TargetColumn[], added: number,
): string[] {
  if (isNew) return [`Tableau des ménages créé dans la feuille « ${sheet} » (${target.length} colonnes).`];
  const lines = [
    `Plage de la feuille « ${sheet} » (en-têtes ligne ${region.headerRow + 1}, ${n} ligne${n > 1 ? 's' : ''}) convertie en tableau Excel, toutes les valeurs conservées dans leur colonne.`,
  ];
  if (k > 0) lines.push(`${k} lignes insérées au-dessus des en-têtes pour le bandeau et l'en-tête : les ménages commencent désormais ligne ${region.headerRow + k + 2}.`);
  if (added > 0) lines.push(`${added} colonne${added > 1 ? 's' : ''} du catalogue ajoutée${added > 1 ? 's' : ''}.`);
  const renamed = target.filter((t) => t.kind === 'catalogue' && t.from !== undefined && region.headers[t.from] !== t.header).length;
  if (renamed > 0) lines.push(`${renamed} en-tête${renamed > 1 ? 's' : ''} remis au libellé du catalogue (★ sur les variables ANRU).`);
  return lines;
}

export { isBlank };
