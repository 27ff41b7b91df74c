/** Shared pieces of the household-table plans (pure): expected formulas, column decoration, preamble, band. */
import { column, FORMATS, GROUPS, headerOf, HOUSEHOLD_TABLE, type CellValue, type ColumnDef } from '../../domain/catalogue';
import { DERIVED, structuredFormulaRefs, toExcelFormula } from '../../domain/derived';
import { isFormula, normaliseFormula } from '../util/formulas';
import { formulaAt, isBlank, type Grid } from '../workbook/grid';
import type { TargetColumn } from './columnsPlan';
import {
  bandRuns,
  bandValues,
  DERIVED_FONT,
  DERIVED_HEADER_FILL,
  effectiveFormat,
  HEADER_CELL_LABELS,
  headerCellFormula,
  listRule,
  NAMES,
} from './layout';
import type { FormatSpec, Op } from './ops';

export interface PlanPart {
  readonly ops: Op[];
  readonly lines: string[];
  changed: boolean;
}

export const newPart = (): PlanPart => ({ ops: [], lines: [], changed: false });

const derivedDefs = DERIVED as Readonly<Record<string, (typeof DERIVED)[keyof typeof DERIVED]>>;
const EXPECTED = new Map<string, string>();

/** The formula of a derived column, with structured references to the canonical headers. */
export function expectedFormula(key: string): string {
  let f = EXPECTED.get(key);
  if (f === undefined) {
    f = toExcelFormula(derivedDefs[key], structuredFormulaRefs(HOUSEHOLD_TABLE, (k) => headerOf(column(k))));
    EXPECTED.set(key, f);
  }
  return f;
}

export interface DerivedCells {
  /** Sheet rows holding a typed (non-formula) value. */
  readonly typedRows: number[];
  /** Some cell is not the expected formula (blank, other formula, typed value). */
  readonly mismatch: boolean;
}

/** What a derived column's body holds (`expected` undefined: any formula counts as a mismatch). */
export function derivedCells(g: Grid, col: number, firstRow: number, rows: number, expected?: string): DerivedCells {
  const want = expected === undefined ? undefined : normaliseFormula(expected);
  const typedRows: number[] = [];
  let mismatch = false;
  for (let r = firstRow; r < firstRow + rows; r++) {
    const f = formulaAt(g, r, col);
    if (isFormula(f)) {
      if (want === undefined || normaliseFormula(f) !== want) mismatch = true;
    } else {
      mismatch = true;
      if (!isBlank(f)) typedRows.push(r);
    }
  }
  return { typedRows, mismatch };
}

export function groupOf(t: TargetColumn): string | undefined {
  return t.kind === 'catalogue' ? column(t.key).group : undefined;
}

/** Header fill, body number format, width and dropdown of a catalogue column created or converted by the plan. */
export function decorateColumn(
  sheet: string, c: ColumnDef, col: number, headerRow: number, rows: number, operationSource: string,
): Op[] {
  const body = { sheet, row: headerRow + 1, col, rows, cols: 1 };
  const ops: Op[] = [
    { t: 'columnWidth', sheet, col, width: c.width },
    { t: 'format', sheet, row: headerRow, col, rows: 1, cols: 1, format: headerFormat(c) },
  ];
  if (c.kind === 'derived') {
    ops.push({ t: 'format', ...body, format: { numberFormat: effectiveFormat(c), italic: true, fontColor: DERIVED_FONT } });
  } else {
    ops.push({ t: 'format', ...body, format: { numberFormat: effectiveFormat(c) } });
  }
  if (c.kind === 'code') ops.push({ t: 'listValidation', ...body, rule: listRule(c, operationSource) });
  return ops;
}

export function headerFormat(c: ColumnDef | undefined): FormatSpec {
  if (!c) return { bold: true, wrap: true, vAlign: 'Center', fill: 'EDEDED' };
  const fill = c.kind === 'derived' ? DERIVED_HEADER_FILL : GROUPS.find((g) => g.id === c.group)!.color;
  return { bold: true, wrap: true, vAlign: 'Center', fill, italic: c.kind === 'derived' };
}

/** Reads a cell of the layout as it will be once inserted rows/columns are in place. */
export type ExistingAt = (row: number, col: number) => CellValue;

/**
 * Header cells (Bailleur, Référent, Date d'édition) and the group band above the table. The date is
 * written at each run without counting as a change; a value typed over the Bailleur/Référent formula is kept.
 */
export function planPreamble(
  part: PlanPart, sheet: string, headerRow: number, firstCol: number, target: readonly TargetColumn[],
  existing: ExistingAt, today: number,
): void {
  const top = headerRow - 4;
  const names = [NAMES.bailleur, NAMES.referent];
  let wroteCells = false;
  HEADER_CELL_LABELS.forEach((label, i) => {
    const row = top + i;
    if (existing(row, firstCol) !== label) {
      part.ops.push({ t: 'write', sheet, row, col: firstCol, cells: [[label]] });
      part.ops.push({ t: 'format', sheet, row, col: firstCol, rows: 1, cols: 1, format: { bold: true } });
      wroteCells = true;
    }
    if (i === 2) {
      part.ops.push({ t: 'write', sheet, row, col: firstCol + 1, cells: [[today]] });
      part.ops.push({ t: 'format', sheet, row, col: firstCol + 1, rows: 1, cols: 1, format: { numberFormat: FORMATS.date, hAlign: 'Left' } });
      return;
    }
    const v = existing(row, firstCol + 1);
    const want = headerCellFormula(names[i]);
    if (isBlank(v)) {
      part.ops.push({ t: 'write', sheet, row, col: firstCol + 1, cells: [[want]] });
      wroteCells = true;
    } else if (!isFormula(v) || normaliseFormula(v) !== normaliseFormula(want)) {
      part.lines.push(`${label} saisi directement au-dessus du tableau : conservé (la valeur de référence est dans la feuille Paramètres).`);
    }
  });
  if (wroteCells) {
    part.changed = true;
    part.lines.push('En-tête du tableau de saisie (Bailleur, Référent, Date d\'édition) complété.');
  }
  const runs = bandRuns(target.map(groupOf));
  const values = bandValues(runs);
  const bandRow = headerRow - 1;
  if (values.every((v, i) => existing(bandRow, firstCol + i) === v)) return;
  part.changed = true;
  part.lines.push('Bandeau des groupes de colonnes écrit au-dessus des en-têtes.');
  part.ops.push({ t: 'write', sheet, row: bandRow, col: firstCol, cells: [values] });
  for (const r of runs) {
    const block = { sheet, row: bandRow, col: firstCol + r.start, rows: 1, cols: r.count };
    if (r.count > 1) part.ops.push({ t: 'merge', ...block });
    part.ops.push({ t: 'format', ...block, format: { fill: r.color, bold: true, hAlign: 'Center' } });
  }
}

/** Frozen panes: down to the header row, and the identification columns up to the first name. */
export function freezeOp(sheet: string, headerRow: number, firstCol: number, target: readonly TargetColumn[]): Op {
  const idx = target.findIndex((t) => t.kind === 'catalogue' && t.key === 'firstName');
  const cols = idx >= 0 && idx < 6 ? firstCol + idx + 1 : firstCol + 1;
  return { t: 'freeze', sheet, rows: headerRow + 1, cols };
}
