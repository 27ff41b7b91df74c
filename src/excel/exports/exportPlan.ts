/**
 * Layout of an export (pure), shared by the new sheet and the standalone .xlsx: a title block
 * (title, scope, date, the one-line confidentiality notice), then the header row and the rows as an
 * Excel table, number formats per column, print-ready (landscape, header row repeated).
 */
import { ALL_OPERATIONS, column, FORMATS, isColumnKey } from '../../domain/catalogue';
import type { ExportColumn, ExportKind, ExportTable } from '../../domain/exports';
import { protectText } from '../util/text';
import { numberFormatRuns, padRows, type Cell, type FormatRun, type SheetPlan } from '../sheets/plan';

/** 0-based rows of the title block and of the header row. */
export const EXPORT_ROWS = { title: 0, scope: 1, date: 2, notice: 3, header: 5 } as const;
export const EXPORT_TABLE_STYLE = 'TableStyleLight9';

export const EXPORT_SHEET_NAMES: Readonly<Record<ExportKind, string>> = {
  anru: 'Export ANRU',
  base: 'Export base',
  anonymised: 'Export anonymisé',
};

/** Wanted sheet name: « Export ANRU <opération> », « Export base », « Export anonymisé ». */
export function exportSheetName(kind: ExportKind, scopeLabel: string): string {
  return kind === 'anru' ? `${EXPORT_SHEET_NAMES.anru} ${scopeLabel}` : EXPORT_SHEET_NAMES[kind];
}

export function exportScopeWords(scopeLabel: string): string {
  return scopeLabel === ALL_OPERATIONS ? `${ALL_OPERATIONS} (toutes les opérations)` : scopeLabel;
}

/** Width in points of an exported column. */
export function exportColumnWidth(c: ExportColumn): number {
  if (c.source === 'catalogue' && isColumnKey(c.key)) return Math.max(60, column(c.key).width);
  if (c.source === 'anonymousId') return 70;
  return 100;
}

/** The title block's cells (label, value), as written in both forms. */
export function titleBlock(table: ExportTable): { title: string; scope: [string, string]; date: [string, number]; notice: string } {
  return {
    title: `${table.title} – ${exportScopeWords(table.scopeLabel)}`,
    scope: ['Périmètre', exportScopeWords(table.scopeLabel)],
    date: ["Date de l'export", table.date],
    notice: table.notice,
  };
}

/** Headers made unique (an Excel table refuses two equal headers). */
export function uniqueHeaders(headers: readonly string[]): string[] {
  const seen = new Set<string>();
  return headers.map((h) => {
    let name = h.trim() === '' ? 'Colonne' : h.trim();
    for (let n = 2; seen.has(name.toLowerCase()); n++) name = `${h.trim() || 'Colonne'} (${n})`;
    seen.add(name.toLowerCase());
    return name;
  });
}

export function planExportSheet(table: ExportTable, sheetName: string, tableName: string): SheetPlan {
  const width = Math.max(2, table.headers.length);
  const formats = table.columns.map((c) => c.numberFormat);
  const block = titleBlock(table);
  const body: Cell[][] = table.rows.map((r) =>
    r.map((v, i) => (typeof v === 'string' && v !== '' ? protectText(v, formats[i] ?? FORMATS.general) : v)),
  );
  const H = EXPORT_ROWS.header;
  const cells = padRows(
    [
      [protectText(block.title, FORMATS.general)],
      block.scope.map((s) => protectText(s, FORMATS.general)),
      [block.date[0], block.date[1]],
      [protectText(block.notice, FORMATS.general)],
      [],
      uniqueHeaders(table.headers).map((h) => protectText(h, FORMATS.general)),
      ...body,
    ],
    width,
  );
  // A table needs a body row: an empty export keeps one blank line.
  if (body.length === 0) cells.push(Array.from({ length: width }, () => ''));
  const bodyRows = cells.length - H - 1;
  const runs: FormatRun[] = [
    { row: EXPORT_ROWS.title, col: 0, rows: 1, cols: 1, format: { bold: true, size: 14 } },
    { row: EXPORT_ROWS.scope, col: 0, rows: 2, cols: 1, format: { bold: true } },
    { row: EXPORT_ROWS.date, col: 1, rows: 1, cols: 1, format: { numberFormat: FORMATS.date, hAlign: 'Left' } },
    { row: EXPORT_ROWS.notice, col: 0, rows: 1, cols: 1, format: { italic: true, bold: true, fontColor: 'C00000' } },
    { row: H, col: 0, rows: 1, cols: width, format: { bold: true, wrap: true, vAlign: 'Top', rowHeight: 45 } },
    ...numberFormatRuns(formats, H + 1, bodyRows),
  ];
  return {
    name: sheetName,
    cells,
    width,
    formats: runs,
    merges: [],
    columnWidths: table.columns.map(exportColumnWidth),
    pageBreaks: [],
    print: {
      area: { row: 0, col: 0, rows: cells.length, cols: width },
      orientation: 'Landscape',
      titleRows: { row: H, rows: 1 },
    },
    freezeRows: H + 1,
    table: { row: H, col: 0, rows: bodyRows + 1, cols: width, name: tableName, style: EXPORT_TABLE_STYLE },
  };
}
