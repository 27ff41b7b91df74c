/** Plan of the Paramètres sheet (pure): created with defaults; on an existing sheet only what is missing is added. */
import { FORMATS, type CellValue } from '../../domain/catalogue';
import { PARAM_NAMES } from '../../domain/derived';
import { ymdFromSerial } from '../../domain/dates';
import { rangeA1, sheetRangeRef } from '../util/address';
import { isFormula } from '../util/formulas';
import { blockIsBlank, formulaAt, gridRows, type Grid } from '../workbook/grid';
import {
  DEFAULT_SMIC, findLabel, MILESTONE_COL, milestoneDates, PARAM_LABELS as L, PARAM_ROWS as R,
} from '../workbook/params';
import { newPart, type PlanPart } from './householdCommon';
import { NAMES, PARAMS_SHEET } from './layout';
import type { Cell, Op } from './ops';

export interface ParamsInput {
  readonly sheet: string | null;
  readonly grid: Grid;
  /** Defined names that already exist (upper case). */
  readonly names: ReadonlySet<string>;
  readonly today: number;
  readonly bailleur?: string;
  readonly referent?: string;
}

export function smicFormula(yearRow: number, tableFirst: number): string {
  return `=IFERROR(VLOOKUP(${rangeA1(yearRow, 1, 1, 1)},${rangeA1(tableFirst, 0, R.tableLast - R.tableFirst + 1, 2, true)},2,TRUE),"")`;
}

export function planParams(input: ParamsInput): PlanPart {
  const part = newPart();
  const sheet = input.sheet ?? PARAMS_SHEET;
  const g = input.grid;
  const year = ymdFromSerial(input.today).year;
  const ops: Op[] = [];
  const lines: string[] = [];
  let next = input.sheet && gridRows(g) > 0 ? g.row + gridRows(g) + 1 : 0;
  /** The preferred row when its cells are free, else the next free row below everything. */
  const place = (row: number, col: number, rows: number, cols: number): number => {
    if (!input.sheet || blockIsBlank(g, row, col, rows, cols)) return row;
    const at = next;
    next += rows + 1;
    return at;
  };
  const write = (row: number, col: number, cells: Cell[][]): void => {
    ops.push({ t: 'write', sheet, row, col, cells });
  };
  if (!input.sheet) {
    ops.push({ t: 'addSheet', sheet });
    write(0, 0, [[L.title], [L.help]]);
    ops.push({ t: 'format', sheet, row: 0, col: 0, rows: 1, cols: 1, format: { bold: true, rowHeight: 20 } });
    ops.push({ t: 'columnWidth', sheet, col: 0, width: 230 }, { t: 'columnWidth', sheet, col: 1, width: 120 });
    ops.push({ t: 'columnWidth', sheet, col: 2, width: 300 }, { t: 'columnWidth', sheet, col: MILESTONE_COL, width: 90 });
    ops.push({ t: 'columnWidth', sheet, col: MILESTONE_COL + 1, width: 90 });
  }
  // The SMIC table first: the SMIC formula points into it.
  let header = findLabel(g, L.year);
  if (header < 0) {
    const title = place(R.tableTitle, 0, R.tableLast - R.tableTitle + 1, 3);
    header = title + 1;
    write(title, 0, [[L.smicTable, '', ''], [L.year, L.smicValue, L.smicNote], ...DEFAULT_SMIC.map(([y, s, n]) => [y, s, n])]);
    ops.push({ t: 'format', sheet, row: title, col: 0, rows: 2, cols: 3, format: { bold: true } });
    ops.push({ t: 'format', sheet, row: header + 1, col: 1, rows: R.tableLast - R.tableFirst + 1, cols: 1, format: { numberFormat: FORMATS.amount } });
    lines.push('Table datée du SMIC net mensuel écrite dans Paramètres (2006 : 1 118 € base 39 h, et les valeurs récentes).');
  }
  const items: { key: keyof typeof NAMES | 'smic'; label: string; row: number; value: () => Cell; format?: string }[] = [
    { key: 'bailleur', label: L.bailleur, row: R.bailleur, value: () => input.bailleur ?? '' },
    { key: 'referent', label: L.referent, row: R.referent, value: () => input.referent ?? '' },
    { key: 'smicYear', label: L.smicYear, row: R.smicYear, value: () => year, format: '0' },
    { key: 'smic', label: L.smic, row: R.smic, value: () => '', format: FORMATS.amount },
  ];
  const rows: Record<string, number> = {};
  for (const it of items) {
    let row = findLabel(g, it.label);
    if (row < 0) {
      row = place(it.row, 0, 1, 2);
      rows[it.key] = row;
      const v = it.key === 'smic' ? smicFormula(rows.smicYear, header + 1) : it.value();
      write(row, 0, [[it.label, v]]);
      ops.push({ t: 'format', sheet, row, col: 0, rows: 1, cols: 1, format: { bold: true } });
      if (it.format) ops.push({ t: 'format', sheet, row, col: 1, rows: 1, cols: 1, format: { numberFormat: it.format, hAlign: 'Left' } });
      if (input.sheet) lines.push(`Paramètre « ${it.label} » ajouté dans Paramètres (ligne ${row + 1}).`);
      continue;
    }
    rows[it.key] = row;
    const wanted = it.key === 'bailleur' ? input.bailleur : it.key === 'referent' ? input.referent : undefined;
    const current: CellValue = formulaAt(g, row, 1);
    if (wanted !== undefined && !isFormula(current) && String(current).trim() !== wanted.trim()) {
      write(row, 1, [[wanted]]);
      lines.push(`${it.label} : « ${wanted} » enregistré dans Paramètres.`);
    }
  }
  const nameOf = { bailleur: NAMES.bailleur, referent: NAMES.referent, smicYear: NAMES.smicYear, smic: PARAM_NAMES.smic };
  for (const key of Object.keys(nameOf) as (keyof typeof nameOf)[]) {
    if (input.names.has(nameOf[key].toUpperCase())) continue;
    ops.push({ t: 'addName', name: nameOf[key], reference: sheetRangeRef(sheet, rows[key], 1, 1, 1) });
    if (input.sheet) lines.push(`Nom défini ${nameOf[key]} créé (Paramètres, ligne ${rows[key] + 1}).`);
  }
  if (findLabel(g, L.milestone, MILESTONE_COL) < 0) {
    const top = place(R.tableTitle, MILESTONE_COL, 10, 2);
    const dates = milestoneDates(year);
    write(top, MILESTONE_COL, [[L.milestones, ''], [L.milestone, L.milestoneDate], ...dates.map((d, i) => [i + 1, d])]);
    ops.push({ t: 'format', sheet, row: top, col: MILESTONE_COL, rows: 2, cols: 2, format: { bold: true } });
    ops.push({ t: 'format', sheet, row: top + 2, col: MILESTONE_COL + 1, rows: 8, cols: 1, format: { numberFormat: FORMATS.date } });
    if (input.sheet) lines.push(`Points d'étape ${year} ajoutés dans Paramètres.`);
  }
  part.ops.push(...ops);
  part.changed = ops.length > 0;
  if (!input.sheet) part.lines.push(`Feuille « ${sheet} » créée : bailleur, référent, année et table du SMIC (nom RIME_SMIC), points d'étape ${year}.`);
  else part.lines.push(...lines);
  return part;
}
