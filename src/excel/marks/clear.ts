/**
 * « Supprimer les repérages »: gives every marked cell back its own colours and empties the record;
 * `goToFinding`: selects the cell of a finding (its column found by header: users move columns).
 */
import { HOUSEHOLD_TABLE, normaliseHeader, type CellValue } from '../../domain/catalogue';
import type { Finding } from '../../domain/rules';
import { WorkbookError } from '../errors';
import { mapHeaders, householdMatcher } from '../workbook/headers';
import { readHouseholds } from '../workbook/read';
import { Batch, queueStoreWrite, queueWrites, readColours, readStores, storeValues } from './io';
import { layoutOf, locateMarks, restoreWrites } from './plan';
import { decodeMarks, encodeMarks } from './store';

export interface ClearResult {
  /** Marks removed with the cell's colours given back. */
  readonly restored: number;
  /** Marks dropped without touching the cell (recoloured by the user since, or row / column gone). */
  readonly left: number;
  readonly lines: readonly string[];
  readonly syncs: number;
}

export async function clearMarks(context: Excel.RequestContext): Promise<ClearResult> {
  const stores = await readStores(context);
  const records = decodeMarks(storeValues(stores.marks));
  if (records.length === 0) {
    return { restored: 0, left: 0, lines: ['Aucun repérage à supprimer.'], syncs: stores.syncs };
  }
  const read = await readHouseholds(context, { required: [] });
  const layout = layoutOf(read);
  const { located, lost } = locateMarks(records, layout);
  const batch = new Batch(context);
  const colours = await readColours(context, batch, layout.sheet, located);
  const { writes, untouched } = restoreWrites(located, colours);
  // Colours first, then the record: if Excel stopped in between, the next run finds the record again.
  await queueWrites(context, batch, layout.sheet, writes);
  await queueStoreWrite(context, batch, stores.marks, encodeMarks([]));
  await batch.flush();
  const restored = located.length - untouched;
  const left = untouched + lost.length;
  const lines = [`${restored} repérage${restored > 1 ? 's' : ''} supprimé${restored > 1 ? 's' : ''} : les cellules ont retrouvé leurs couleurs.`];
  if (left > 0) {
    lines.push(`${left} repérage${left > 1 ? 's' : ''} oublié${left > 1 ? 's' : ''} sans toucher la cellule (recolorée depuis, ou ligne ou colonne supprimée).`);
  }
  return { restored, left, lines, syncs: stores.syncs + read.syncs + batch.syncs };
}

/**
 * Selects the finding's cell (activating its sheet). Two syncs with the Excel table; a legacy table
 * without Excel table is read by its headers (readHouseholds).
 */
export async function goToFinding(context: Excel.RequestContext, finding: Pick<Finding, 'row' | 'columnKey'>): Promise<{ sheet: string; row: number; col: number }> {
  const wb = context.workbook;
  const tables = wb.tables;
  tables.load('items/name');
  await context.sync();
  let sheet: string;
  let col: number | undefined;
  if (tables.items.some((t) => t.name.toLowerCase() === HOUSEHOLD_TABLE.toLowerCase())) {
    const t = wb.tables.getItem(HOUSEHOLD_TABLE);
    const header = t.getHeaderRowRange().load('values,columnIndex');
    const ws = t.worksheet.load('name');
    await context.sync();
    sheet = ws.name;
    const headers = (header.values[0] as CellValue[]).map((v) => String(v ?? '').trim());
    const map = mapHeaders(headers, householdMatcher);
    const idx = map.byKey.get(finding.columnKey) ?? map.user.find((u) => u.key === finding.columnKey)?.index
      ?? headers.findIndex((h) => `custom:${normaliseHeader(h)}` === finding.columnKey);
    col = idx !== undefined && idx >= 0 ? header.columnIndex + idx : undefined;
  } else {
    const read = await readHouseholds(context, { required: [] });
    sheet = read.source.sheet;
    col = read.columns[finding.columnKey];
  }
  if (col === undefined) {
    throw new WorkbookError(
      'MissingColumn',
      `La colonne de ce constat (${finding.columnKey}) est introuvable dans le tableau des ménages : elle a peut-être été renommée ou supprimée. Relancez « Valider la saisie ».`,
      { key: finding.columnKey },
    );
  }
  const ws = wb.worksheets.getItem(sheet);
  ws.activate();
  ws.getRangeByIndexes(finding.row - 1, col, 1, 1).select();
  await context.sync();
  return { sheet, row: finding.row, col };
}
