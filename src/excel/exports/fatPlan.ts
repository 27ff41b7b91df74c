/**
 * Layout of the « FAT <opération> » sheet (pure): title block, the seven tables of the guide in its
 * order and grouping, each line with the rule that feeds it (column « Règle de calcul (décision
 * RIME) »), the « Non classé » lines with their reason, the notes under each table, one printed page
 * per table.
 */
import { ALL_OPERATIONS, FORMATS } from '../../domain/catalogue';
import { FAT_INTRO, type FatCountTable, type FatRateTable, type FatReport } from '../../domain/fat';
import { protectText } from '../util/text';
import { fitWidthScale, wrappedHeight, type Box, type Cell, type FormatRun, type SheetPlan } from '../sheets/plan';

export const FAT_SHEET_TITLE = 'Rappel des indicateurs de bilan ANRU – FAT démolition';
export const RULE_HEADER = 'Règle de calcul (décision RIME)';
export const REMARK_HEADER = 'Remarque';
export const GROUP_RULE = 'En-tête de groupe : les ménages sont comptés sur les lignes ci-dessous.';
export const COLUMN_RULES_LABEL = 'Ménages retenus dans la colonne';

/** Columns: A label, B–F figures (one merged cell on the one-figure tables), G rule, H remark. */
export const FAT_COLS = { label: 0, first: 1, values: 5, rule: 6, remark: 7, width: 8 } as const;
export const FAT_WIDTHS = [260, 58, 58, 58, 58, 58, 300, 160];

const FILL = { title: '1F4E79', table: 'DDEBF7', header: 'F2F2F2', total: 'E2EFDA', unclassified: 'FFF2CC' } as const;

export interface FatLinePosition {
  readonly id: string;
  /** 0-based sheet row. */
  readonly row: number;
}

export interface FatTablePosition {
  readonly id: string;
  readonly titleRow: number;
  readonly headerRow: number;
  readonly lines: readonly FatLinePosition[];
}

export interface FatLayout {
  readonly plan: SheetPlan;
  readonly tables: readonly FatTablePosition[];
}

export function scopeWords(scope: string): string {
  return scope === ALL_OPERATIONS ? `${ALL_OPERATIONS} (toutes les opérations)` : scope;
}

export function planFatSheet(report: FatReport, sheetName: string): FatLayout {
  const W = FAT_COLS.width;
  const cells: Cell[][] = [];
  const formats: FormatRun[] = [];
  const merges: Box[] = [];
  const pageBreaks: number[] = [];
  const tables: FatTablePosition[] = [];
  const text = (s: string): string => protectText(s, FORMATS.general);
  const push = (row: readonly Cell[]): number => {
    cells.push([...row.map((c) => (typeof c === 'string' ? text(c) : c)), ...Array.from({ length: W - row.length }, () => '')]);
    return cells.length - 1;
  };
  const fmt = (row: number, col: number, cols: number, format: FormatRun['format'], rows = 1): void => {
    formats.push({ row, col, rows, cols, format });
  };
  const wideLine = (s: string, format: FormatRun['format'], fontSize = 10): number => {
    const r = push([s]);
    merges.push({ row: r, col: 0, rows: 1, cols: W });
    const total = FAT_WIDTHS.reduce((a, b) => a + b, 0);
    fmt(r, 0, W, { wrap: true, vAlign: 'Top', rowHeight: wrappedHeight(s, total, fontSize), ...format });
    return r;
  };
  /** Row height for the wrapped label, rule and remark of a line. */
  const lineHeight = (r: number): void => {
    const row = cells[r];
    const h = Math.max(
      wrappedHeight(String(row[FAT_COLS.label]), FAT_WIDTHS[FAT_COLS.label]),
      wrappedHeight(String(row[FAT_COLS.rule]), FAT_WIDTHS[FAT_COLS.rule]),
      wrappedHeight(String(row[FAT_COLS.remark]), FAT_WIDTHS[FAT_COLS.remark]),
    );
    fmt(r, 0, W, { wrap: true, vAlign: 'Top', rowHeight: h });
  };

  // Title block.
  const title = wideLine(`${FAT_SHEET_TITLE} – ${scopeWords(report.scopeLabel)}`, { bold: true, size: 14, fontColor: FILL.title }, 14);
  const info: [string, Cell, string?][] = [
    ['Opération', scopeWords(report.scopeLabel)],
    ["Date d'édition", report.editionDate, FORMATS.date],
    ['Nombre de ménages du périmètre (demandes de relogement)', report.householdCount, FORMATS.integer],
    ['dont ménages relogés (Relogement = OUI)', report.relocatedCount, FORMATS.integer],
  ];
  for (const [label, value, nf] of info) {
    const r = push([label, value]);
    fmt(r, 0, 1, { bold: true });
    fmt(r, 1, 1, { hAlign: 'Left', ...(nf ? { numberFormat: nf } : {}) });
  }
  wideLine(FAT_INTRO, { italic: true });
  push([]);

  report.tables.forEach((t, i) => {
    const titleRow = push([`${i + 1}. ${t.title}`]);
    if (i > 0) pageBreaks.push(titleRow);
    fmt(titleRow, 0, W, { bold: true, fill: FILL.table, wrap: false });
    const pos = t.kind === 'counts' ? countTable(t) : rateTable(t);
    tables.push({ id: t.id, titleRow, ...pos });
    // Grid borders over the table (drawn once its cells are merged).
    fmt(pos.headerRow, 0, W, { borders: 'grid' }, cells.length - pos.headerRow);
    for (const note of t.notes) wideLine(note, { italic: true, size: 9 }, 9);
    push([]);
  });

  function header(row: readonly Cell[]): number {
    const r = push(row);
    fmt(r, 0, W, { bold: true, fill: FILL.header, wrap: true, vAlign: 'Center' });
    fmt(r, FAT_COLS.first, FAT_COLS.values, { hAlign: 'Center' });
    lineHeight(r);
    return r;
  }

  function countTable(t: FatCountTable): { headerRow: number; lines: FatLinePosition[] } {
    const headerRow = header(['', t.columnTitle, '', '', '', '', RULE_HEADER, REMARK_HEADER]);
    merges.push({ row: headerRow, col: FAT_COLS.first, rows: 1, cols: FAT_COLS.values });
    const lines: FatLinePosition[] = [];
    for (const line of t.rows) {
      const figure: Cell = line.count ?? '';
      const rule = line.rule !== '' ? line.rule : line.isHeader ? GROUP_RULE : '';
      const r = push([line.label, figure, '', '', '', '', rule, line.reason ?? '']);
      merges.push({ row: r, col: FAT_COLS.first, rows: 1, cols: FAT_COLS.values });
      lineHeight(r);
      fmt(r, FAT_COLS.first, FAT_COLS.values, { numberFormat: FORMATS.integer, hAlign: 'Center' });
      if (line.level > 0) fmt(r, 0, 1, { hAlign: 'Left', indent: line.level * 2 });
      if (line.isHeader) fmt(r, 0, 1, { bold: true });
      if (line.isTotal) fmt(r, 0, FAT_COLS.rule, { bold: true, fill: FILL.total });
      if (line.isUnclassified) fmt(r, 0, W, { italic: true, fill: FILL.unclassified });
      lines.push({ id: line.id, row: r });
    }
    return { headerRow, lines };
  }

  function rateTable(t: FatRateTable): { headerRow: number; lines: FatLinePosition[] } {
    const cols = t.columns.slice(0, FAT_COLS.values);
    const headerRow = header(['', ...cols.map((c) => c.label), ...pad(cols.length), RULE_HEADER, REMARK_HEADER]);
    const reasons = cols.filter((c) => c.reason).map((c) => `${c.label} : ${c.reason}`).join('\n');
    const colRules = push([COLUMN_RULES_LABEL, ...cols.map((c) => c.rule), ...pad(cols.length), 'Règle de chaque colonne (catégorie de ressources), ci-contre.', reasons]);
    fmt(colRules, 0, W, { italic: true, wrap: true, vAlign: 'Top', size: 9 });
    fmt(colRules, 0, W, { rowHeight: Math.max(...cells[colRules].map((c, i) => wrappedHeight(String(c), FAT_WIDTHS[i], 9))) });
    const lines: FatLinePosition[] = [{ id: 'columns', row: colRules }];
    for (const line of t.rows) {
      const values = line.values.slice(0, FAT_COLS.values).map((v): Cell => v ?? '');
      const empty = line.format === 'rate' && line.values.some((v) => v === null);
      const r = push([line.label, ...values, ...pad(values.length), line.rule, empty ? 'Vide : aucun ménage relogé dans la catégorie.' : '']);
      lineHeight(r);
      fmt(r, FAT_COLS.first, FAT_COLS.values, {
        numberFormat: line.format === 'rate' ? FORMATS.percent : FORMATS.integer, hAlign: 'Center',
      });
      if (line.format === 'rate') fmt(r, 0, FAT_COLS.rule, { bold: true, fill: FILL.total });
      lines.push({ id: line.id, row: r });
    }
    cols.forEach((c, i) => {
      const col = FAT_COLS.first + i;
      if (c.isTotal) fmt(headerRow, col, 1, { bold: true }, cells.length - headerRow);
      if (c.isUnclassified) fmt(headerRow + 1, col, 1, { italic: true, fill: FILL.unclassified }, cells.length - headerRow - 1);
    });
    return { headerRow, lines };
  }

  const plan: SheetPlan = {
    name: sheetName,
    cells,
    width: W,
    formats,
    merges,
    columnWidths: FAT_WIDTHS,
    pageBreaks,
    print: {
      area: { row: title, col: 0, rows: cells.length, cols: W },
      orientation: 'Landscape',
      scale: fitWidthScale(FAT_WIDTHS, 'Landscape'),
    },
    tabColor: FILL.title,
  };
  return { plan, tables };
}

function pad(n: number): Cell[] {
  return Array.from({ length: FAT_COLS.values - n }, () => '');
}
