/**
 * Planning the marks (pure): which cells the findings mark, where the recorded marks are now (rows
 * found again by N° d'identification / N° de demande after a sort or an inserted row, columns by
 * header), and what to write so each cell gets back its own colours.
 */
import { normaliseHeader } from '../../domain/catalogue';
import type { Finding, Severity } from '../../domain/rules';
import type { HouseholdsRead } from '../workbook/read';
import { AUTO_FONT, cellText, MARK_COLOURS, NO_FILL, type MarkRecord } from './store';

/** Where the household table is and what its rows hold, as the marks need it. */
export interface TableLayout {
  readonly sheet: string;
  /** Column key → 0-based sheet column. */
  readonly columns: Readonly<Record<string, number>>;
  readonly headers: readonly string[];
  readonly firstCol: number;
  /** Sheet row (1-based) → "N° d'identification|N° de demande" texts of the row. */
  readonly idsByRow: ReadonlyMap<number, string>;
  /** "N°|N° de demande" → sheet rows (1-based) holding it. */
  readonly rowsByIds: ReadonlyMap<string, readonly number[]>;
}

const idKey = (householdId: string, requestNo: string): string => `${householdId}|${requestNo}`;

export function layoutOf(read: Pick<HouseholdsRead, 'source' | 'columns' | 'rows'>): TableLayout {
  const idsByRow = new Map<number, string>();
  const rowsByIds = new Map<string, number[]>();
  for (const r of read.rows) {
    const k = idKey(cellText(r.raw.householdId), cellText(r.raw.requestNo));
    idsByRow.set(r.row, k);
    const list = rowsByIds.get(k);
    if (list) list.push(r.row);
    else rowsByIds.set(k, [r.row]);
  }
  return {
    sheet: read.source.sheet, columns: read.columns, headers: read.source.headers, firstCol: read.source.firstCol,
    idsByRow, rowsByIds,
  };
}

/** A cell to mark: every finding of one (row, column), the worst severity deciding the colours. */
export interface MarkTarget {
  /** Sheet row, 1-based; column 0-based. */
  readonly row: number;
  readonly col: number;
  readonly key: string;
  readonly header: string;
  readonly ruleIds: readonly string[];
  readonly severity: Severity;
  readonly householdId: string;
  readonly requestNo: string;
}

export const cellId = (row: number, col: number): string => `${row}:${col}`;

/** The cells to mark, in finding order; findings on a column absent from the table are counted, not marked. */
export function targetsOf(findings: readonly Finding[], layout: TableLayout): { targets: MarkTarget[]; unplaced: number } {
  const byCell = new Map<string, { t: MarkTarget; rules: string[]; severity: Severity }>();
  let unplaced = 0;
  for (const f of findings) {
    const col = layout.columns[f.columnKey];
    if (col === undefined) {
      unplaced++;
      continue;
    }
    const id = cellId(f.row, col);
    const hit = byCell.get(id);
    if (hit) {
      if (!hit.rules.includes(f.ruleId)) hit.rules.push(f.ruleId);
      if (f.severity === 'erreur') hit.severity = 'erreur';
      continue;
    }
    const [householdId, requestNo] = (layout.idsByRow.get(f.row) ?? '|').split('|');
    const t: MarkTarget = {
      row: f.row, col, key: f.columnKey, header: layout.headers[col - layout.firstCol] ?? '',
      ruleIds: [], severity: f.severity, householdId, requestNo,
    };
    byCell.set(id, { t, rules: [f.ruleId], severity: f.severity });
  }
  const targets = [...byCell.values()].map(({ t, rules, severity }) => ({ ...t, ruleIds: rules, severity }));
  return { targets, unplaced };
}

/** Column of a recorded mark in the current table: its catalogue key, else its header (normalised). */
function columnOf(m: MarkRecord, layout: TableLayout): number | undefined {
  if (!m.key.startsWith('custom:') && layout.columns[m.key] !== undefined) return layout.columns[m.key];
  const want = normaliseHeader(m.header);
  const i = layout.headers.findIndex((h) => normaliseHeader(h) === want);
  return i >= 0 ? layout.firstCol + i : undefined;
}

export interface LocatedMark {
  readonly record: MarkRecord;
  readonly row: number;
  readonly col: number;
}

/**
 * Where each recorded mark is now. Row: the recorded row when it still holds the same N° /
 * N° de demande; else the one row holding them (rows were sorted or inserted) unless another mark
 * already sits there; else the recorded row (the colours are checked before anything is restored).
 * Marks of another sheet or of a column no longer in the table cannot be found (`lost`).
 */
export function locateMarks(records: readonly MarkRecord[], layout: TableLayout): { located: LocatedMark[]; lost: MarkRecord[] } {
  const located: LocatedMark[] = [];
  const lost: MarkRecord[] = [];
  const claimed = new Set<string>();
  const pending: { record: MarkRecord; col: number }[] = [];
  for (const record of records) {
    const col = columnOf(record, layout);
    if (col === undefined || record.sheet.toLowerCase() !== layout.sheet.toLowerCase()) {
      lost.push(record);
      continue;
    }
    const key = idKey(record.householdId, record.requestNo);
    if (record.householdId !== '' && layout.idsByRow.get(record.row) === key) {
      claimed.add(cellId(record.row, col));
      located.push({ record, row: record.row, col });
    } else pending.push({ record, col });
  }
  for (const { record, col } of pending) {
    const rows = record.householdId === '' ? [] : layout.rowsByIds.get(idKey(record.householdId, record.requestNo)) ?? [];
    const row = rows.length === 1 && !claimed.has(cellId(rows[0], col)) ? rows[0] : record.row;
    if (claimed.has(cellId(row, col))) {
      lost.push(record);
      continue;
    }
    claimed.add(cellId(row, col));
    located.push({ record, row, col });
  }
  return { located, lost };
}

export interface Colours {
  readonly fill: string | null;
  readonly font: string | null;
}

/** A write on one cell: a colour, 'clear' (no fill), or undefined (leave as is). */
export interface CellWrite {
  readonly row: number;
  readonly col: number;
  readonly fill?: string | 'clear';
  readonly font?: string;
}

const fillWrite = (colour: string): string | 'clear' => (colour === NO_FILL ? 'clear' : colour);

/**
 * What the cell's colours are once the mark is removed: each colour still equal to the painted one
 * goes back to the original; a colour the user changed since is theirs and stays.
 */
export function unmarked(m: MarkRecord, now: Colours): { fill: string; font: string; restoreFill: boolean; restoreFont: boolean } {
  const restoreFill = now.fill === m.markFill;
  const restoreFont = now.font === m.markFont;
  return {
    fill: restoreFill ? m.originalFill : now.fill ?? m.originalFill,
    font: restoreFont ? m.originalFont : now.font ?? m.originalFont,
    restoreFill,
    restoreFont,
  };
}

/** Writes putting back the colours of marks that are removed (cells not marked again). */
export function restoreWrites(located: readonly LocatedMark[], colours: ReadonlyMap<string, Colours>, keep: ReadonlySet<string> = new Set()): { writes: CellWrite[]; untouched: number } {
  const writes: CellWrite[] = [];
  let untouched = 0;
  for (const { record, row, col } of located) {
    const id = cellId(row, col);
    if (keep.has(id)) continue;
    const u = unmarked(record, colours.get(id) ?? { fill: null, font: null });
    if (!u.restoreFill && !u.restoreFont) {
      untouched++;
      continue;
    }
    writes.push({ row, col, fill: u.restoreFill ? fillWrite(u.fill) : undefined, font: u.restoreFont ? u.font : undefined });
  }
  return { writes, untouched };
}

/**
 * The new records and paint writes: a cell marked before keeps the original recorded then (unless the
 * user recoloured it while marked); any other cell's original is its colour now.
 */
export function paintPlan(
  targets: readonly MarkTarget[], sheet: string, located: readonly LocatedMark[], colours: ReadonlyMap<string, Colours>,
): { records: MarkRecord[]; writes: CellWrite[] } {
  const before = new Map(located.map((l) => [cellId(l.row, l.col), l.record]));
  const records: MarkRecord[] = [];
  const writes: CellWrite[] = [];
  for (const t of targets) {
    const id = cellId(t.row, t.col);
    const now = colours.get(id) ?? { fill: null, font: null };
    const old = before.get(id);
    const original = old ? unmarked(old, now) : { fill: now.fill ?? NO_FILL, font: now.font ?? AUTO_FONT };
    const paint = MARK_COLOURS[t.severity];
    records.push({
      sheet, row: t.row, header: t.header, key: t.key, ruleIds: t.ruleIds, severity: t.severity,
      householdId: t.householdId, requestNo: t.requestNo,
      originalFill: original.fill, originalFont: original.font, markFill: paint.fill, markFont: paint.font,
    });
    if (now.fill !== paint.fill || now.font !== paint.font) writes.push({ row: t.row, col: t.col, fill: paint.fill, font: paint.font });
  }
  return { records, writes };
}
