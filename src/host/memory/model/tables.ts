/** Tables (ListObjects): creation, names, headers, calculated columns, rows/columns add, resize. */
import { columnIndex, intersect, type Rect } from '../address';
import { fail } from '../errors';
import { writeCells } from './cells';
import { renameColumnEverywhere, renameTableEverywhere } from './formulas';
import type { Raw } from './grid';
import { insertCells } from './structure';
import type { TableModel } from './types';
import type { SheetModel, WorkbookModel } from './workbook-model';

export function headerRect(t: TableModel): Rect {
  return { row: t.rect.row, col: t.rect.col, rows: 1, cols: t.rect.cols };
}

export function bodyRect(t: TableModel): Rect | null {
  return t.rect.rows > 1 ? { row: t.rect.row + 1, col: t.rect.col, rows: t.rect.rows - 1, cols: t.rect.cols } : null;
}

export function checkTableName(wb: WorkbookModel, name: unknown, self?: TableModel): string {
  if (typeof name !== 'string' || name === '') return fail('InvalidArgument', 'Le nom du tableau ne peut pas être vide.');
  if (name.length > 255 || !/^[\p{L}_\\][\p{L}\p{N}_.\\]*$/u.test(name)) {
    return fail('InvalidArgument', `Nom de tableau invalide : « ${name} » (pas d'espace, commence par une lettre ou _).`);
  }
  const m = /^([A-Za-z]{1,3})\d+$/.exec(name);
  if ((m && columnIndex(m[1]) >= 0) || /^[RC]$/i.test(name) || /^R\d*C\d*$/i.test(name)) {
    return fail('InvalidArgument', `Nom de tableau invalide : « ${name} » ressemble à une référence de cellule.`);
  }
  const other = wb.findTable(name);
  if ((other && other.table !== self) || wb.findName(name)) {
    return fail('ItemAlreadyExists', `Le nom « ${name} » est déjà utilisé par un tableau ou un nom défini.`);
  }
  return name;
}

export function nextTableName(wb: WorkbookModel): string {
  let n = 1;
  while (wb.findTable(`${wb.tablePrefix}${n}`) || wb.findName(`${wb.tablePrefix}${n}`)) n++;
  return `${wb.tablePrefix}${n}`;
}

function headerText(v: Raw): string {
  if (v === null) return '';
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  return String(v);
}

/** Empty headers become `ColonneN`; duplicates (ignoring case) get 2, 3... `fixed` names keep priority. */
export function uniqueHeaders(names: string[], fixed: boolean[] = names.map(() => false)): string[] {
  const out = names.map((n, j) => (n.trim() === '' ? `Colonne${j + 1}` : n));
  const used = new Set<string>();
  out.forEach((n, j) => fixed[j] && used.add(n.toUpperCase()));
  return out.map((n, j) => {
    if (fixed[j]) return n;
    let name = n;
    for (let k = 2; used.has(name.toUpperCase()); k++) name = `${n}${k}`;
    used.add(name.toUpperCase());
    return name;
  });
}

export function detectCalculated(sheet: SheetModel, t: TableModel, j: number): void {
  const body = bodyRect(t);
  const col = t.columns[j];
  const c = t.rect.col + j;
  const f0 = body ? sheet.grid.formula(body.row, c) : undefined;
  col.formula = undefined;
  if (!body || f0 === undefined) return;
  for (let r = body.row + 1; r < body.row + body.rows; r++) if (sheet.grid.formula(r, c) !== f0) return;
  col.formula = f0;
}

function writeHeaders(sheet: SheetModel, t: TableModel): void {
  t.columns.forEach((col, j) => sheet.grid.setValue(t.rect.row, t.rect.col + j, col.name));
}

export function addTable(wb: WorkbookModel, sheet: SheetModel, rect0: Rect, hasHeaders: boolean): TableModel {
  const rect = { ...rect0 };
  if (rect.rows > 1048575 || rect.cols > 16383) fail('InvalidArgument', 'Plage trop grande pour un tableau.');
  if (sheet.meta.tables.some((t) => intersect(t.rect, rect))) fail('InvalidArgument', 'Un tableau ne peut pas chevaucher un autre tableau.');
  let names: string[];
  if (!hasHeaders) {
    insertCells(wb, sheet, { row: rect.row, col: rect.col, rows: 1, cols: rect.cols }, 'Down');
    names = Array.from({ length: rect.cols }, (_, j) => `Colonne${j + 1}`);
    rect.rows += 1;
  } else {
    names = uniqueHeaders(Array.from({ length: rect.cols }, (_, j) => headerText(sheet.grid.raw(rect.row, rect.col + j))));
  }
  if (rect.rows === 1) rect.rows = 2;
  const t: TableModel = {
    id: wb.newId(),
    name: nextTableName(wb),
    rect,
    columns: names.map((name) => ({ id: wb.newId(), name })),
    style: 'TableStyleMedium2',
    showBandedRows: true,
    showBandedColumns: false,
    showFilterButton: true,
    highlightFirstColumn: false,
    highlightLastColumn: false,
  };
  writeHeaders(sheet, t);
  sheet.meta.tables.push(t);
  t.columns.forEach((_, j) => detectCalculated(sheet, t, j));
  wb.changed(true);
  return t;
}

export function renameTable(wb: WorkbookModel, t: TableModel, name: unknown): void {
  const next = checkTableName(wb, name, t);
  if (next === t.name) return;
  const old = t.name;
  t.name = next;
  renameTableEverywhere(wb, old, next);
}

/** Header cells were written: re-read names (strings, unique) and propagate renames to formulas. */
function refreshHeaders(wb: WorkbookModel, sheet: SheetModel, t: TableModel, written: Rect): void {
  const texts: string[] = [];
  const fixed: boolean[] = [];
  t.columns.forEach((col, j) => {
    const c = t.rect.col + j;
    const inWrite = c >= written.col && c < written.col + written.cols;
    const f = sheet.grid.formula(t.rect.row, c);
    texts.push(inWrite ? (f !== undefined ? '' : headerText(sheet.grid.raw(t.rect.row, c))) : col.name);
    fixed.push(!inWrite);
  });
  const names = uniqueHeaders(texts, fixed);
  const renames: [string, string][] = [];
  t.columns.forEach((col, j) => {
    if (col.name !== names[j]) renames.push([col.name, names[j]]);
    col.name = names[j];
  });
  writeHeaders(sheet, t);
  for (const [from, to] of renames) renameColumnEverywhere(wb, t.name, from, to);
  if (renames.length) wb.changed(true);
}

export function afterCellWrite(wb: WorkbookModel, sheet: SheetModel, rect: Rect): void {
  for (const t of sheet.meta.tables) {
    if (!intersect(t.rect, rect)) continue;
    if (intersect(headerRect(t), rect)) refreshHeaders(wb, sheet, t, rect);
    const body = bodyRect(t);
    const hit = body && intersect(body, rect);
    if (hit) for (let c = hit.col; c < hit.col + hit.cols; c++) detectCalculated(sheet, t, c - t.rect.col);
  }
}

function featuresSpanningBody(sheet: SheetModel, t: TableModel): Set<number> {
  const body = bodyRect(t);
  const out = new Set<number>();
  if (!body) return out;
  for (const f of [...sheet.meta.validations, ...sheet.meta.condFormats]) {
    const r = f.rect;
    if (r.row === body.row && r.rows === body.rows && r.col >= t.rect.col && r.col + r.cols <= t.rect.col + t.rect.cols) out.add(f.id);
  }
  return out;
}

/** `rows.add(index, values)`: inserts rows (shifting cells below, within the table's columns). */
export function addTableRows(wb: WorkbookModel, sheet: SheetModel, t: TableModel, index: unknown, values: unknown): number {
  const bodyRows = t.rect.rows - 1;
  const idx = index === undefined || index === null ? bodyRows : index;
  if (typeof idx !== 'number' || !Number.isInteger(idx) || idx < 0 || idx > bodyRows) fail('InvalidArgument', `Index de ligne invalide : ${String(index)}.`);
  let rows: unknown[][] | null = null;
  if (values !== undefined && values !== null) {
    if (!Array.isArray(values) || values.length === 0 || !values.every((r) => Array.isArray(r) && r.length === t.rect.cols)) {
      fail('InvalidArgument', `rows.add : chaque ligne doit avoir ${t.rect.cols} valeurs.`);
    }
    rows = values as unknown[][];
  }
  const n = rows ? rows.length : 1;
  const spanning = featuresSpanningBody(sheet, t);
  const at = t.rect.row + 1 + idx;
  insertCells(wb, sheet, { row: at, col: t.rect.col, rows: n, cols: t.rect.cols }, 'Down', new Set([t.id, ...spanning]));
  t.rect = { ...t.rect, rows: t.rect.rows + n };
  const body = bodyRect(t)!;
  for (const f of [...sheet.meta.validations, ...sheet.meta.condFormats]) if (spanning.has(f.id)) f.rect = { ...f.rect, row: body.row, rows: body.rows };
  const srcRow = idx > 0 ? at - 1 : at + n <= body.row + body.rows - 1 ? at + n : -1;
  const matrix: unknown[][] = [];
  for (let i = 0; i < n; i++) {
    const row: unknown[] = [];
    t.columns.forEach((col, j) => {
      const c = t.rect.col + j;
      if (srcRow >= 0) sheet.grid.setStyle(at + i, c, sheet.grid.styleId(srcRow, c));
      const v = rows ? rows[i][j] : null;
      row.push(col.formula && (v === null || v === undefined || v === '') ? col.formula : v);
    });
    matrix.push(row);
  }
  writeCells(wb, sheet, { row: at, col: t.rect.col, rows: n, cols: t.rect.cols }, matrix, 'rows.add');
  wb.changed(true);
  return idx;
}

/** `columns.add(index, values, name)`: inserts a column, shifting cells right within the table's rows. */
export function addTableColumn(wb: WorkbookModel, sheet: SheetModel, t: TableModel, index: unknown, values: unknown, name: unknown): number {
  const idx = index === undefined || index === null ? t.rect.cols : index;
  if (typeof idx !== 'number' || !Number.isInteger(idx) || idx < 0 || idx > t.rect.cols) fail('InvalidArgument', `Index de colonne invalide : ${String(index)}.`);
  let header: string | undefined = typeof name === 'string' ? name : undefined;
  let body: unknown[][] | null = null;
  if (values !== undefined && values !== null) {
    if (!Array.isArray(values) || !values.every((r) => Array.isArray(r) && r.length === 1)) fail('InvalidArgument', 'columns.add : valeurs en colonne attendues ([[v], [v]...]).');
    const vs = values as unknown[][];
    if (vs.length === t.rect.rows) {
      if (header === undefined) header = headerText(vs[0][0] as Raw);
      body = vs.slice(1);
    } else if (vs.length === t.rect.rows - 1) body = vs;
    else fail('InvalidArgument', `columns.add : ${vs.length} valeurs pour ${t.rect.rows - 1} lignes.`);
  }
  const c = t.rect.col + idx;
  insertCells(wb, sheet, { row: t.rect.row, col: c, rows: t.rect.rows, cols: 1 }, 'Right', new Set([t.id]));
  const src = idx > 0 ? c - 1 : c + 1;
  for (let r = t.rect.row; r < t.rect.row + t.rect.rows; r++) sheet.grid.setStyle(r, c, sheet.grid.styleId(r, src));
  t.rect = { ...t.rect, cols: t.rect.cols + 1 };
  t.columns.splice(idx, 0, { id: wb.newId(), name: '' });
  const names = uniqueHeaders(t.columns.map((col, j) => (j === idx ? (header ?? '') : col.name)), t.columns.map((_, j) => j !== idx));
  t.columns[idx].name = names[idx];
  writeHeaders(sheet, t);
  if (body) writeCells(wb, sheet, { row: t.rect.row + 1, col: c, rows: body.length, cols: 1 }, body, 'columns.add');
  detectCalculated(sheet, t, idx);
  wb.changed(true);
  return idx;
}

export function resizeTable(wb: WorkbookModel, sheet: SheetModel, t: TableModel, rect: Rect): void {
  if (rect.row !== t.rect.row) fail('InvalidArgument', "resize : la ligne d'en-tête doit rester sur la même ligne.");
  if (!intersect(rect, t.rect)) fail('InvalidArgument', 'resize : la nouvelle plage doit chevaucher le tableau.');
  if (sheet.meta.tables.some((o) => o !== t && intersect(o.rect, rect))) fail('InvalidArgument', 'Un tableau ne peut pas chevaucher un autre tableau.');
  const old = t.columns;
  const cols = Array.from({ length: rect.cols }, (_, k) => {
    const j = rect.col + k - t.rect.col;
    return j >= 0 && j < old.length ? old[j] : { id: wb.newId(), name: headerText(sheet.grid.raw(rect.row, rect.col + k)) };
  });
  const names = uniqueHeaders(cols.map((c) => c.name), cols.map((c) => old.includes(c)));
  cols.forEach((c, k) => (c.name = names[k]));
  t.columns = cols;
  t.rect = { ...rect, rows: Math.max(2, rect.rows) };
  writeHeaders(sheet, t);
  t.columns.forEach((_, j) => detectCalculated(sheet, t, j));
  wb.changed(true);
}

export function deleteTable(wb: WorkbookModel, sheet: SheetModel, t: TableModel, keepContents: boolean): void {
  sheet.meta.tables = sheet.meta.tables.filter((o) => o !== t);
  if (!keepContents) {
    for (let c = t.rect.col; c < t.rect.col + t.rect.cols; c++) {
      for (let r = t.rect.row; r < t.rect.row + t.rect.rows; r++) sheet.grid.clearCell(r, c);
    }
  }
  wb.changed(true);
}
