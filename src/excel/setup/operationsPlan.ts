/**
 * Plan of liste_opération (pure): the table Tableau_operations with the catalogue's columns, the row
 * Tout first, and the computed figures as values. Creates it, converts a legacy range, or upgrades it.
 */
import {
  FORMATS, OPERATION_COLUMNS, OPERATION_SHEET, OPERATION_TABLE, type CellValue, type ColumnDef,
} from '../../domain/catalogue';
import { isAll, operationBody, type HouseholdFact, type OperationColumns } from '../operations/figures';
import { isFormula, moveReferences, type RefMap } from '../util/formulas';
import { protectText } from '../util/text';
import { blockIsBlank, findHeaderRegion, formulaAt, gridRows, lastCol, valueAt, type Grid } from '../workbook/grid';
import { mapHeaders, operationMatcher } from '../workbook/headers';
import { planLegacyColumns, planTableColumns, type TableSpec, type TargetColumn } from './columnsPlan';
import { newPart, type PlanPart } from './householdCommon';
import { DERIVED_FONT, DERIVED_HEADER_FILL, operationSource, TABLE_STYLE } from './layout';
import type { Op } from './ops';

export const OPERATION_SPEC: TableSpec = { columns: OPERATION_COLUMNS, userBefore: 'notes', header: (c) => c.label };
const DEFS: readonly ColumnDef[] = OPERATION_COLUMNS;
const def = (key: string): ColumnDef => DEFS.find((c) => c.key === key)!;

export interface OperationsInput {
  /** Existing sheet name, or null when the sheet is missing. */
  readonly sheet: string | null;
  readonly grid: Grid;
  readonly table: { readonly headerRow: number; readonly firstCol: number; readonly headers: readonly string[]; readonly rows: number } | null;
  readonly facts: readonly HouseholdFact[];
  /** Sort the operations alphabetically (Tout stays first): « Valider la liste des opérations ». */
  readonly sort?: boolean;
  /** Index (0-based in the body) of a row to delete before anything else. */
  readonly deleteRow?: number;
}

export interface OperationsPlan extends PlanPart {
  /** Range of the operation names (Tout excluded): the Opération dropdown's source. */
  readonly source: string;
  readonly operations: string[];
}

export function operationFormat(c: ColumnDef): string {
  if (c.key === 'relocatedCount') return FORMATS.integer;
  return c.numberFormat;
}

export function columnsOf(target: readonly TargetColumn[]): OperationColumns {
  const out: Record<string, number> = {};
  target.forEach((t, j) => {
    if (t.kind === 'catalogue') out[t.key] = j;
  });
  return out;
}

function decorate(sheet: string, target: readonly TargetColumn[], headerRow: number, c0: number, rows: number): Op[] {
  const ops: Op[] = [{ t: 'format', sheet, row: headerRow, col: c0, rows: 1, cols: target.length, format: { bold: true, wrap: true, vAlign: 'Center', rowHeight: 60 } }];
  target.forEach((t, j) => {
    if (t.kind !== 'catalogue') return;
    const c = def(t.key);
    const col = c0 + j;
    ops.push({ t: 'columnWidth', sheet, col, width: c.width });
    ops.push({ t: 'format', sheet, row: headerRow + 1, col, rows, cols: 1, format: { numberFormat: operationFormat(c) } });
    if (c.kind === 'derived') {
      ops.push({ t: 'format', sheet, row: headerRow, col, rows: 1, cols: 1, format: { fill: DERIVED_HEADER_FILL, italic: true } });
      ops.push({ t: 'format', sheet, row: headerRow + 1, col, rows, cols: 1, format: { italic: true, fontColor: DERIVED_FONT } });
    }
  });
  return ops;
}

function finish(part: PlanPart, sheet: string, headerRow: number, c0: number, target: readonly TargetColumn[], body: CellValue[][]): OperationsPlan {
  const name = target.findIndex((t) => t.kind === 'catalogue' && t.key === 'name');
  const operations = body.slice(1).map((r) => String(r[name] ?? '').trim()).filter((s) => s !== '');
  return { ...part, source: operationSource(body.length - 1, headerRow + 1, c0 + name, sheet), operations };
}

const protect = (row: CellValue[], target: readonly TargetColumn[]): CellValue[] =>
  row.map((v, j) => {
    if (typeof v !== 'string' || v === '' || isFormula(v)) return v;
    const t = target[j];
    return protectText(v, t?.kind === 'catalogue' ? operationFormat(def(t.key)) : 'General');
  });

export function planOperations(input: OperationsInput): OperationsPlan {
  const part = newPart();
  const sheet = input.sheet ?? OPERATION_SHEET;
  if (input.table) return planExisting(input, sheet);
  const region = input.sheet ? findHeaderRegion(input.grid, operationMatcher, 2) : undefined;
  const headers = region?.headers ?? [];
  const map = mapHeaders(headers, operationMatcher);
  const c0 = region?.firstCol ?? 0;
  const h = region?.headerRow ?? (input.sheet && gridRows(input.grid) > 0 ? input.grid.row + gridRows(input.grid) + 1 : 0);
  const n = region?.rows ?? 0;
  const preserve = new Set<string>();
  for (const key of ['relocatedCount', 'lastRelocation']) {
    const idx = map.byKey.get(key);
    if (idx !== undefined && !blockIsBlank(input.grid, h + 1, c0 + idx, n, 1)) preserve.add(key);
  }
  const target = planLegacyColumns(headers, map, preserve, c0, OPERATION_SPEC);
  // Formulas follow the columns they point to (a typed « relogés » column now sits elsewhere).
  const newIndex = new Map<number, number>();
  target.forEach((t, j) => {
    if (t.kind === 'preserved') newIndex.set(t.from, j);
    else if (t.from !== undefined && !newIndex.has(t.from)) newIndex.set(t.from, j);
  });
  const L0 = region?.cols ?? 0;
  const mapCol = (c: number): number => (c >= c0 && c < c0 + L0 ? c0 + newIndex.get(c - c0)! : c);
  const refs: RefMap = { sheet, row: (r) => r, col: mapCol, cell: (r, c) => [r, r >= h && r <= h + n ? mapCol(c) : c] };
  const rows: CellValue[][] = [];
  for (let r = h + 1; r <= h + n; r++) {
    rows.push(target.map((t) => {
      if (t.from === undefined || (t.kind === 'catalogue' && def(t.key).kind === 'derived')) return '';
      const v = formulaAt(input.grid, r, c0 + t.from);
      return isFormula(v) ? moveReferences(v, refs) : v;
    }));
  }
  const { body, toutAdded } = operationBody(rows, columnsOf(target), input.facts, { width: target.length, sheet, firstRow: h + 1 });
  const W = target.length;
  const L = region?.cols ?? 0;
  if (!input.sheet) part.ops.push({ t: 'addSheet', sheet });
  const right = region && lastCol(input.grid) >= c0 + L && !blockIsBlank(input.grid, input.grid.row, c0 + L, gridRows(input.grid), lastCol(input.grid) - c0 - L + 1);
  if (right && W > L) part.ops.push({ t: 'insertColumns', sheet, col: c0 + L, count: W - L });
  if (region && toutAdded && !blockIsBlank(input.grid, h + n + 1, c0, 1, W)) part.ops.push({ t: 'insertRows', sheet, row: h + n + 1, count: 1 });
  part.ops.push(...decorate(sheet, target, h, c0, body.length));
  part.ops.push({ t: 'write', sheet, row: h, col: c0, cells: [target.map((t) => t.header), ...body.map((r) => protect(r, target))] });
  part.ops.push({ t: 'addTable', sheet, row: h, col: c0, rows: 1 + body.length, cols: W, name: OPERATION_TABLE, style: TABLE_STYLE });
  part.ops.push({ t: 'format', sheet, row: h + 1, col: c0, rows: 1, cols: W, format: { bold: true, fill: 'F2F2F2' } });
  part.ops.push({ t: 'freeze', sheet, rows: h + 2, cols: 0 });
  part.changed = true;
  if (!region) part.lines.push(`Feuille « ${sheet} » : tableau des opérations créé avec la ligne « Tout ».`);
  else {
    part.lines.push(`Feuille « ${sheet} » : plage des opérations (${n} ligne${n > 1 ? 's' : ''}) convertie en tableau Excel, toutes les valeurs conservées.`);
    if (toutAdded) part.lines.push('Ligne « Tout » ajoutée en tête des opérations.');
    for (const t of target) {
      if (t.kind === 'user') part.lines.push(`Colonne « ${t.header} » non reconnue dans ${sheet} : conservée.`);
      if (t.kind === 'preserved') part.lines.push(`Colonne « ${def(t.key).label} » de ${sheet} : valeurs saisies conservées dans « ${t.header} », la colonne est désormais calculée par le complément.`);
    }
  }
  return finish(part, sheet, h, c0, target, body);
}

function planExisting(input: OperationsInput, sheet: string): OperationsPlan {
  const part = newPart();
  const { headerRow: h, firstCol: c0, headers } = input.table!;
  const n = Math.max(1, input.table!.rows);
  const map = mapHeaders(headers, operationMatcher);
  const target = planTableColumns(headers, map, new Set(), c0, OPERATION_SPEC);
  target.forEach((t, j) => {
    if (t.from !== undefined) return;
    part.ops.push({ t: 'addTableColumn', table: OPERATION_TABLE, index: j, header: t.header });
    part.ops.push(...decorate(sheet, [t], h, c0 + j, n).slice(1));
    part.lines.push(`Colonne « ${t.header} » ajoutée au tableau des opérations.`);
  });
  const current: CellValue[][] = [];
  for (let r = h + 1; r < h + 1 + n; r++) {
    current.push(target.map((t) => (t.from === undefined ? '' : formulaAt(input.grid, r, c0 + t.from))));
  }
  const keep = current.map((_, i) => i).filter((i) => {
    if (i === input.deleteRow) return false;
    const r = current[i];
    return i > 0 || n > 1 || !r.every((v) => v === '') || isAll(r[columnsOf(target).name ?? 0]);
  });
  const rows = keep.map((i) => current[i]);
  const values = keep.map((i) => target.map((t) => (t.from === undefined ? '' : valueAt(input.grid, h + 1 + i, c0 + t.from))));
  if (input.deleteRow !== undefined) {
    part.ops.push({ t: 'deleteUp', sheet, row: h + 1 + input.deleteRow, col: c0, rows: 1, cols: target.length });
  }
  const { body, toutAdded, order } = operationBody(rows, columnsOf(target), input.facts, {
    width: target.length, sheet, firstRow: h + 1, sort: input.sort, origin: keep, values,
  });
  const sorted = input.sort === true && order.some((src, i) => src !== i);
  const moved = toutAdded || sorted || rows.length !== current.length;
  if (moved && input.deleteRow !== undefined) {
    part.ops.push({ t: 'write', sheet, row: h + 1, col: c0, cells: body.map((r) => protect(r, target)) });
  } else if (moved) {
    if (body.length > current.length) {
      part.ops.push({ t: 'addTableRows', table: OPERATION_TABLE, index: 0, count: body.length - current.length, width: target.length });
    }
    part.ops.push({ t: 'write', sheet, row: h + 1, col: c0, cells: body.map((r) => protect(r, target)) });
    part.ops.push({ t: 'format', sheet, row: h + 1, col: c0, rows: 1, cols: target.length, format: { bold: true, fill: 'F2F2F2' } });
    part.lines.push(sorted ? 'Opérations triées par ordre alphabétique, « Tout » en tête.' : 'Ligne « Tout » placée en tête des opérations.');
  } else {
    let cells = 0;
    body.forEach((row, i) =>
      row.forEach((v, j) => {
        if (v === current[i][j]) return;
        part.ops.push({ t: 'write', sheet, row: h + 1 + i, col: c0 + j, cells: [[v]] });
        cells++;
      }),
    );
    if (cells > 0) part.lines.push(`Chiffres de la ligne « Tout » et colonnes calculées des opérations mis à jour (${cells} cellule${cells > 1 ? 's' : ''}).`);
  }
  part.changed = part.ops.length > 0;
  return finish(part, sheet, h, c0, target, body);
}
