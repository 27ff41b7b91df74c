/**
 * Loads synthetic households into a workbook the way a landlord's old RIME file looks: the guide's headers
 * on plain ranges (liste_opération and Tableau_de_saisie), then « Préparer le classeur » converts them to
 * tables. Used by the `rime sample` command, the browser demo and the bench (so the legacy upgrade path is
 * what they exercise).
 */
import {
  HOUSEHOLD_COLUMNS,
  HOUSEHOLD_SHEET,
  OPERATION_COLUMNS,
  OPERATION_SHEET,
  headerOf,
  type CellValue,
  type ColumnDef,
} from '../../domain/catalogue';
import { chunks, rowsPerChunk } from '../util/payload';
import { prepareWorkbook, type SetupReport } from '../setup/prepare';

export interface SampleData {
  readonly operations: readonly Readonly<Record<string, CellValue | null | undefined>>[];
  readonly rows: readonly Readonly<Record<string, CellValue | null | undefined>>[];
}

export interface LoadSampleOptions {
  readonly today: number;
  readonly bailleur?: string;
  readonly referent?: string;
  /** Write the legacy ranges only, without « Préparer le classeur » (to test or bench the upgrade). */
  readonly legacyOnly?: boolean;
}

function plainRows(columns: readonly ColumnDef[], rows: SampleData['rows']): CellValue[][] {
  return rows.map((r) => columns.map((c) => r[c.key] ?? ''));
}

/** Writes headers + rows at A1 of a sheet (created when missing), in chunks under the payload limit. */
async function writePlainRange(
  context: Excel.RequestContext,
  sheetName: string,
  headers: readonly string[],
  rows: readonly CellValue[][],
): Promise<void> {
  const existing = context.workbook.worksheets.getItemOrNullObject(sheetName);
  await context.sync();
  const sheet = existing.isNullObject ? context.workbook.worksheets.add(sheetName) : existing;
  sheet.getRangeByIndexes(0, 0, 1, headers.length).values = [headers.slice()];
  const per = rowsPerChunk(headers.length);
  for (const { start, count } of chunks(rows.length, per)) {
    sheet.getRangeByIndexes(1 + start, 0, count, headers.length).values = rows.slice(start, start + count);
    await context.sync();
  }
  await context.sync();
}

/** Deletes the empty sheets a new workbook starts with (« Feuil1 »), never one holding anything. */
export async function dropEmptySheets(context: Excel.RequestContext): Promise<number> {
  const sheets = context.workbook.worksheets;
  sheets.load('items/name');
  await context.sync();
  const used = sheets.items.map((s) => s.getUsedRangeOrNullObject(true));
  await context.sync();
  let dropped = 0;
  sheets.items.forEach((s, i) => {
    if (used[i].isNullObject && sheets.items.length - dropped > 1) {
      s.delete();
      dropped++;
    }
  });
  await context.sync();
  return dropped;
}

/** Loads the sample as a legacy layout, then prepares the workbook (unless `legacyOnly`). */
export async function loadSample(
  context: Excel.RequestContext,
  sample: SampleData,
  opts: LoadSampleOptions,
): Promise<SetupReport | null> {
  const opColumns = OPERATION_COLUMNS.filter((c) => c.kind !== 'derived');
  await writePlainRange(context, OPERATION_SHEET, opColumns.map((c) => c.label), plainRows(opColumns, sample.operations));
  const hhColumns = HOUSEHOLD_COLUMNS.filter((c) => c.kind !== 'derived');
  await writePlainRange(context, HOUSEHOLD_SHEET, hhColumns.map((c) => headerOf(c)), plainRows(hhColumns, sample.rows));
  if (opts.legacyOnly) return null;
  return prepareWorkbook(context, { today: opts.today, bailleur: opts.bailleur, referent: opts.referent });
}
