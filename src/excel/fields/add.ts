/**
 * « Insérer un nouveau champ de saisie »: a user column inserted just before « Commentaires et
 * observations » in the household table, with its number format and data validation (a dropdown on
 * the Listes sheet for a list), its definition recorded in the very hidden sheet RIME_champs (so it
 * survives « Préparer le classeur » and the rules and treatments know its type), and its row in
 * Tableau des variables. Three syncs: the table, the other reads, the writes; with `log`, the history's
 * position is read in the second and its row « champ ajouté » written in the third (no extra sync).
 */
import {
  column, COMMENTS_KEY, headerOf, HOUSEHOLD_SHEET, HOUSEHOLD_TABLE, type CellValue, type CustomFieldDef, type CustomFieldType,
} from '../../domain/catalogue';
import { serialFromDate } from '../../domain/dates';
import { eventEntry } from '../../domain/tracking';
import { excelErrorCode, missingColumn, missingSheet, missingTable } from '../errors';
import { CUSTOM_BAND, LISTS_SHEET, VARIABLES_SHEET } from '../setup/layout';
import { queueHistoryAppend, queueHistoryState, type LogOption } from '../tracking/actionLog';
import { atOf } from '../tracking/common';
import { ownWrite } from '../tracking/ownWrites';
import { customKey, householdMatcher, mapHeaders } from '../workbook/headers';
import { findSheetName } from '../workbook/sheets';
import { checkCodes, checkFieldName, checkFieldType } from './name';
import { bandFor, fieldFormat, fieldValidation, FIELD_WIDTH_POINTS, isBand, listBlock, listSourceAt, variablesRow } from './plan';
import { decodeFields, encodeField, FIELD_HEADERS, FIELD_WIDTH, FIELDS_SHEET, TYPE_WORDS, type StoredField } from './store';

export interface AddFieldOptions {
  readonly name: string;
  readonly type: CustomFieldType;
  /** For a list: the codes offered in the dropdown, with their meaning. */
  readonly codes?: readonly { code: string; label?: string }[];
  readonly help: string;
  /** Personal data (exports for partners leave the column out). */
  readonly personal: boolean;
  /** Date recorded with the definition (default: now). */
  readonly today?: Date | number;
  /** Log the action in the history (who, when). */
  readonly log?: LogOption;
}

export interface AddFieldReport {
  readonly field: StoredField;
  /** 0-based sheet column of the new column and its index in the table. */
  readonly column: number;
  readonly tableIndex: number;
  readonly sheet: string;
  /** 1-based row of the field in Tableau des variables, null when the sheet is missing. */
  readonly variablesRow: number | null;
  readonly lines: readonly string[];
  readonly syncs: number;
}

type Used = Excel.Range;
const usedOf = (ws: Excel.Worksheet, props: string): Used => ws.getUsedRangeOrNullObject(true).load(`rowIndex,columnIndex,rowCount,columnCount,${props}`);
const endRow = (r: Used | null): number => (r && !r.isNullObject ? r.rowIndex + r.rowCount : 0);
const endCol = (r: Used | null): number => (r && !r.isNullObject ? r.columnIndex + r.columnCount : 0);

/** The history's detail of a new field: its name, type, codes, personal data. */
export function fieldDetail(f: Pick<CustomFieldDef, 'label' | 'type' | 'codes' | 'personal'>): string {
  const codes = f.codes && f.codes.length > 0 ? `, codes ${f.codes.map((c) => c.code).join(', ')}` : '';
  return `Champ « ${f.label} » ajouté : ${TYPE_WORDS[f.type].toLowerCase()}${codes}${f.personal ? ' ; données personnelles' : ''}`;
}

/** The household table gains a column: the change tracker re-reads it afterwards (ownWrites.ts). */
export function addCustomField(context: Excel.RequestContext, opts: AddFieldOptions): Promise<AddFieldReport> {
  return ownWrite(() => addWith(context, opts), () => ({ structural: true }));
}

async function addWith(context: Excel.RequestContext, opts: AddFieldOptions): Promise<AddFieldReport> {
  const type = checkFieldType(opts.type);
  const codes = type === 'list' ? checkCodes(opts.codes) : undefined;
  const today = opts.today === undefined ? serialFromDate(new Date()) : typeof opts.today === 'number' ? opts.today : serialFromDate(opts.today);
  const wb = context.workbook;
  const sheets = wb.worksheets;
  sheets.load('items/name');
  const tables = wb.tables;
  if (opts.log) tables.load('items/name');
  const table = wb.tables.getItem(HOUSEHOLD_TABLE);
  const range = table.getRange().load('rowIndex,columnIndex,rowCount,columnCount');
  const header = table.getHeaderRowRange().load('values');
  const tableSheet = table.worksheet.load('name');
  try {
    await context.sync();
  } catch (e) {
    if (excelErrorCode(e) !== 'ItemNotFound') throw e;
    const again = wb.worksheets;
    again.load('items/name');
    await context.sync();
    throw missingTable(HOUSEHOLD_TABLE, findSheetName(again.items.map((s) => s.name), HOUSEHOLD_SHEET) ?? HOUSEHOLD_SHEET);
  }
  const names = sheets.items.map((s) => s.name);
  const listsName = findSheetName(names, LISTS_SHEET);
  if (type === 'list' && !listsName) throw missingSheet(LISTS_SHEET);

  // Second sync: the band above the table, and where to write on Listes, Tableau des variables, RIME_champs.
  const hasBand = range.rowIndex > 0;
  const band = hasBand ? wb.worksheets.getItem(tableSheet.name).getRangeByIndexes(range.rowIndex - 1, range.columnIndex, 1, range.columnCount).load('values') : null;
  const variablesName = findSheetName(names, VARIABLES_SHEET);
  const fieldsName = findSheetName(names, FIELDS_SHEET);
  const lists = type === 'list' && listsName ? usedOf(wb.worksheets.getItem(listsName), 'address') : null;
  const variables = variablesName ? usedOf(wb.worksheets.getItem(variablesName), 'values') : null;
  const stored = fieldsName ? usedOf(wb.worksheets.getItem(fieldsName), 'values') : null;
  const history = opts.log ? queueHistoryState(context, { sheets: names, tables: tables.items.map((t) => t.name) }) : null;
  await context.sync();

  const sheet = tableSheet.name;
  const headers = (header.values[0] as CellValue[]).map((v) => String(v ?? '').trim());
  const name = checkFieldName(opts.name, headers);
  const index = mapHeaders(headers, householdMatcher).byKey.get(COMMENTS_KEY);
  if (index === undefined) throw missingColumn(headerOf(column(COMMENTS_KEY)), sheet);
  const col = range.columnIndex + index;
  const bodyRows = range.rowCount - 1;
  const listCol = lists ? endCol(lists) + (endCol(lists) > 0 ? 1 : 0) : null;
  const listSource = codes && listCol !== null ? listSourceAt(codes, listCol) : '';
  const def: CustomFieldDef = { key: customKey(name), label: name, type, help: opts.help.trim(), personal: !!opts.personal, ...(codes ? { codes } : {}) };
  const field: StoredField = { ...def, listSource, added: today };
  const lines: string[] = [
    `Champ « ${name} » de type ${TYPE_WORDS[type].toLowerCase()} inséré avant « ${headers[index]} » dans le tableau des ménages (colonne ${col + 1}).`,
  ];
  if (name !== opts.name.trim()) lines.push(`Nom retenu : « ${name} » (espaces superflues retirées, apostrophe droite remplacée par ’).`);

  // Third sync: every write.
  const ws = wb.worksheets.getItem(sheet);
  table.columns.add(index, undefined, name);
  const head = ws.getRangeByIndexes(range.rowIndex, col, 1, 1);
  head.format.fill.color = '#EDEDED';
  head.format.font.bold = true;
  head.format.wrapText = true;
  head.format.verticalAlignment = 'Center' as Excel.VerticalAlignment;
  head.format.columnWidth = FIELD_WIDTH_POINTS;
  if (bodyRows > 0) {
    const body = ws.getRangeByIndexes(range.rowIndex + 1, col, bodyRows, 1);
    body.numberFormat = fieldFormat(type) as unknown as string[][];
    const v = fieldValidation(def, listSource);
    body.dataValidation.clear();
    body.dataValidation.rule = v.rule;
    body.dataValidation.prompt = v.prompt;
    body.dataValidation.errorAlert = v.errorAlert;
  }
  const bandCells = (band?.values[0] ?? []) as CellValue[];
  if (hasBand && isBand(bandCells)) {
    const b = bandFor([...headers.slice(0, index), name, ...headers.slice(index)]);
    const bandRow = ws.getRangeByIndexes(range.rowIndex - 1, range.columnIndex, 1, b.values.length);
    // The old runs' merged cells no longer match the columns: unmerge first (Excel refuses to merge over part of a merge).
    bandRow.unmerge();
    bandRow.values = [b.values];
    for (const run of b.runs) {
      const cells = ws.getRangeByIndexes(range.rowIndex - 1, range.columnIndex + run.start, 1, run.count);
      if (run.count > 1) cells.merge(false);
      cells.format.fill.color = `#${run.color}`;
      cells.format.font.bold = true;
      cells.format.horizontalAlignment = 'Center' as Excel.HorizontalAlignment;
    }
  }
  if (listsName && codes && listCol !== null) {
    const block = listBlock(def);
    const lw = wb.worksheets.getItem(listsName);
    lw.getRangeByIndexes(0, listCol, block.length, 2).numberFormat = '@' as unknown as string[][];
    lw.getRangeByIndexes(0, listCol, block.length, 2).values = block;
    lw.getRangeByIndexes(0, listCol, 1, 2).format.font.bold = true;
    lines.push(`Liste de ${codes.length} code${codes.length > 1 ? 's' : ''} écrite dans la feuille « ${listsName} » (source de la liste déroulante : ${listSource.slice(1)}).`);
  }
  let variablesAt: number | null = null;
  if (variablesName && variables) {
    const values = variables.isNullObject ? [] : (variables.values as CellValue[][]);
    const r0 = variables.isNullObject ? 0 : variables.rowIndex;
    const c0 = variables.isNullObject ? 0 : variables.columnIndex;
    const existing = values.findIndex((r) => String(r[1 - c0] ?? '').trim() === name && String(r[2 - c0] ?? '').trim() === def.key);
    // One blank row between the catalogue's rows and the first user field; user fields follow each other.
    const last = values[values.length - 1];
    const gap = endRow(variables) > 0 && !(last && c0 === 0 && last[0] === CUSTOM_BAND.label) ? 1 : 0;
    const row = existing >= 0 ? r0 + existing : endRow(variables) + gap;
    const cells = variablesRow(def, listCol, today);
    const target = wb.worksheets.getItem(variablesName).getRangeByIndexes(row, 0, 1, cells.length);
    target.numberFormat = '@' as unknown as string[][];
    target.values = [cells];
    target.format.wrapText = true;
    target.format.verticalAlignment = 'Top' as Excel.VerticalAlignment;
    variablesAt = row + 1;
    lines.push(`Ligne ${row + 1} de « ${variablesName} » : définition du champ.`);
  } else {
    lines.push(`Feuille « ${VARIABLES_SHEET} » absente : la définition n'y est pas écrite (« Préparer le classeur » crée la feuille ; la définition reste enregistrée par le complément).`);
  }
  queueStoredField(context, fieldsName, stored, field);
  const log = opts.log;
  const syncs = log && history
    ? await queueHistoryAppend(context, history, [eventEntry({ at: atOf(log.at), who: log.who, action: 'champ ajouté', sheet, columnLabel: name, detail: fieldDetail(def) })])
    : 0;
  await context.sync();
  if (hasBand && !isBand(bandCells)) lines.push('Le bandeau des groupes au-dessus des en-têtes n\'a pas été modifié (il contient d\'autres textes).');
  if (opts.personal) lines.push('Champ marqué « données personnelles » : il est exclu des exports destinés aux partenaires.');
  return { field, column: col, tableIndex: index, sheet, variablesRow: variablesAt, lines, syncs: 3 + syncs };
}

/** Queues the definition's row in RIME_champs (created very hidden when missing); a row for the same name is replaced. */
function queueStoredField(context: Excel.RequestContext, sheetName: string | null, used: Used | null, field: StoredField): void {
  const sheets = context.workbook.worksheets;
  const ws = sheetName ? sheets.getItem(sheetName) : sheets.add(FIELDS_SHEET);
  if (!sheetName) ws.visibility = 'VeryHidden' as Excel.SheetVisibility;
  const values = used && !used.isNullObject ? (used.values as CellValue[][]) : [];
  const r0 = used && !used.isNullObject ? used.rowIndex : 0;
  let row = values.findIndex((r) => decodeFields([r])[0]?.key === field.key);
  row = row >= 0 ? r0 + row : Math.max(1, endRow(used));
  if (values.length === 0) {
    const h = ws.getRangeByIndexes(0, 0, 1, FIELD_WIDTH);
    h.values = [[...FIELD_HEADERS]];
    h.format.font.bold = true;
  }
  const text = ws.getRangeByIndexes(row, 0, 1, FIELD_WIDTH - 1);
  text.numberFormat = '@' as unknown as string[][];
  ws.getRangeByIndexes(row, FIELD_WIDTH - 1, 1, 1).numberFormat = [['dd/mm/yyyy']];
  ws.getRangeByIndexes(row, 0, 1, FIELD_WIDTH).values = [encodeField(field)];
}

/** The stored definitions of the user fields (RIME_champs), in the order they were added. */
export async function readCustomFields(context: Excel.RequestContext): Promise<StoredField[]> {
  const ws = context.workbook.worksheets;
  ws.load('items/name');
  await context.sync();
  const name = findSheetName(ws.items.map((s) => s.name), FIELDS_SHEET);
  if (!name) return [];
  const used = ws.getItem(name).getUsedRangeOrNullObject(true).load('values');
  await context.sync();
  return used.isNullObject ? [] : decodeFields(used.values as CellValue[][]);
}
