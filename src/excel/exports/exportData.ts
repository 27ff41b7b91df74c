/**
 * « Exportation de la base de saisie », « Exportation données ANRU » and the anonymised export:
 * reads the households once, builds the ExportTable (domain), then either opens it as a new
 * workbook (when `openWorkbook`, i.e. `Excel.createWorkbook`, is given) or writes it in a new sheet.
 */
import { ALL_OPERATIONS } from '../../domain/catalogue';
import {
  anonymisedExportColumns, anruExportColumns, baseExportColumns, buildExportRows,
  type ExportColumnSet, type ExportKind, type ExportTable,
} from '../../domain/exports';
import type { CustomFieldDef } from '../../domain/catalogue';
import { readHouseholds } from '../workbook/read';
import { applySheetPlan } from '../sheets/apply';
import { exportSheetName, planExportSheet } from './exportPlan';
import { toSerial } from './fatSheet';
import { sanitiseSheetName, uniqueSheetName, uniqueTableName } from './names';
import { fieldsForPartners } from './personal';
import { resolveOperation } from './scope';
import { exportWorkbookBuffer, toBase64 } from './xlsx';

/** The kinds as the task pane names them. */
export type ExportChoice = 'anru' | 'base' | 'anonyme';

export interface ExportOptions {
  readonly kind: ExportChoice;
  /** An operation's name, or 'Tout'. */
  readonly operation: string;
  /** Export date (Excel serial number or Date). */
  readonly today: number | Date;
  /** `Excel.createWorkbook` (injected: src/excel never touches the global): opens the .xlsx given as base64. */
  readonly openWorkbook?: (base64: string) => Promise<void>;
}

export interface ExportResult {
  readonly mode: 'newWorkbook' | 'sheet';
  readonly sheetName?: string;
  /** Households exported. */
  readonly rows: number;
  /**
   * Rows holding a cell that could not be read (text in a number column, unknown code…): such cells
   * go out blank; the pane should suggest « Valider la saisie » first.
   */
  readonly rowsWithProblems: number;
  /** Syncs made: reads + writes. */
  readonly syncs: number;
}

export const EXPORT_KINDS: Readonly<Record<ExportChoice, ExportKind>> = { anru: 'anru', base: 'base', anonyme: 'anonymised' };

/** The columns of an export: user columns only in the (internal) base export. */
export function exportColumnSet(kind: ExportKind, customFields: readonly CustomFieldDef[]): ExportColumnSet {
  switch (kind) {
    case 'base':
      return baseExportColumns(customFields);
    case 'anru':
      return anruExportColumns([]);
    case 'anonymised':
      return anonymisedExportColumns(fieldsForPartners(customFields));
  }
}

export async function exportData(context: Excel.RequestContext, opts: ExportOptions): Promise<ExportResult> {
  const kind = EXPORT_KINDS[opts.kind];
  if (!kind) throw new Error(`Type d'export inconnu : ${String(opts.kind)}`);
  // Resolved by the first sync of readHouseholds.
  const sheets = context.workbook.worksheets;
  sheets.load('items/name');
  const tables = context.workbook.tables;
  tables.load('items/name');
  const read = await readHouseholds(context);
  const operation = resolveOperation(opts.operation, read.operations, read.households);
  const table: ExportTable = buildExportRows(read.households, exportColumnSet(kind, read.customFields), {
    operation,
    today: toSerial(opts.today),
  });
  const wanted = exportSheetName(kind, operation ?? ALL_OPERATIONS);
  const tableName = uniqueTableName(`Export_${kind}`, tables.items.map((t) => t.name));
  if (opts.openWorkbook) {
    const bytes = await exportWorkbookBuffer(table, sanitiseSheetName(wanted), tableName);
    await opts.openWorkbook(toBase64(bytes));
    return { mode: 'newWorkbook', rows: table.rows.length, rowsWithProblems: read.problems.length, syncs: read.syncs };
  }
  const sheetName = uniqueSheetName(wanted, sheets.items.map((s) => s.name));
  const writes = await applySheetPlan(context, planExportSheet(table, sheetName, tableName));
  return { mode: 'sheet', sheetName, rows: table.rows.length, rowsWithProblems: read.problems.length, syncs: read.syncs + writes };
}
