/**
 * Plan of the upgrade of an existing household table (pure): its columns stay where the user put
 * them; missing catalogue columns are added, derived columns get back their formula (typed values
 * first kept in a "(saisie d'origine)" column), dropdowns and headers are restored.
 */
import { column, HOUSEHOLD_TABLE, type CellValue } from '../../domain/catalogue';
import { formulaAt, isBlank, type Grid } from '../workbook/grid';
import { householdMatcher, mapHeaders } from '../workbook/headers';
import { planTableColumns, type TargetColumn } from './columnsPlan';
import { derivedVerdict } from './derivedCheck';
import {
  decorateColumn, expectedFormula, freezeOp, groupOf, newPart, planPreamble,
} from './householdCommon';
import type { HouseholdPlan } from './householdLegacy';
import { preambleIsFree } from './householdLegacy';
import { bandRuns, bandValues, CUSTOM_BAND, DERIVED_FONT, effectiveFormat, listRule, PREAMBLE_ROWS } from './layout';
import { GROUPS } from '../../domain/catalogue';

export interface ExistingRule {
  readonly source: string;
  readonly prompt: string;
}

export interface TableInput {
  readonly sheet: string;
  /** Formulas of the rows above the table down to its first body row. */
  readonly grid: Grid;
  /** Formulas of the derived cells whose computed value disagrees with the catalogue: sheet column → row → formula. */
  readonly suspects: ReadonlyMap<number, ReadonlyMap<number, CellValue>>;
  readonly headerRow: number;
  readonly firstCol: number;
  readonly headers: readonly string[];
  /** Body rows of the table. */
  readonly rows: number;
  /** Dropdown of each existing column, by sheet column (null: none). */
  readonly validations: ReadonlyMap<number, ExistingRule | null>;
  readonly operationSource: string;
  readonly today: number;
}

const squash = (s: string): string => s.replace(/\s+/g, '').replace(/\$/g, '').toUpperCase();
const fold = (s: string | null | undefined): string => String(s ?? '').replace(/\s+/g, ' ').trim();

export function sameRule(a: ExistingRule | null | undefined, b: { source: string; prompt: string }): boolean {
  // Whitespace is compared folded: an .xlsx stores the prompt in an XML attribute, whose line breaks come back as spaces.
  return !!a && squash(a.source) === squash(b.source) && fold(a.prompt) === fold(b.prompt);
}

const BAND_LABELS = new Set<string>([...GROUPS.map((g) => g.label), CUSTOM_BAND.label, '']);

export function planTable(input: TableInput): HouseholdPlan {
  const { sheet, grid, headerRow: h, firstCol: c0, headers, today } = input;
  const part = newPart();
  const n = Math.max(1, input.rows);
  const map = mapHeaders(headers, householdMatcher);
  const preserve = new Set<string>();
  const mismatch = new Set<string>();
  const typed = new Map<string, ReadonlyMap<number, CellValue>>();
  for (const [key, idx] of map.byKey) {
    if (column(key).kind !== 'derived') continue;
    const col = c0 + idx;
    const v = derivedVerdict(key, h + 1, formulaAt(grid, h + 1, col), input.suspects.get(col) ?? new Map());
    if (v.typed.size > 0) {
      preserve.add(key);
      typed.set(key, v.typed);
    }
    if (v.mismatch) mismatch.add(key);
  }
  const target = planTableColumns(headers, map, preserve, c0);
  const W = target.length;
  const bandIsOurs = Array.from({ length: W }, (_, i) => formulaAt(grid, h - 1, c0 + i)).every(
    (v) => typeof v === 'string' && BAND_LABELS.has(v),
  );
  const k = preambleIsFree(grid, h, c0, W, bandIsOurs) ? 0 : PREAMBLE_ROWS;
  const H = h + k;
  if (k > 0) {
    part.ops.push({ t: 'insertRows', sheet, row: h, count: k });
    part.lines.push(`${k} lignes insérées au-dessus du tableau des ménages pour le bandeau et l'en-tête.`);
  }
  const added: TargetColumn[] = [];
  target.forEach((t, j) => {
    if (t.from !== undefined && t.kind !== 'preserved') return;
    part.ops.push({ t: 'addTableColumn', table: HOUSEHOLD_TABLE, index: j, header: t.header });
    added.push(t);
  });
  // Headers first: the formulas written below refer to the catalogue's headers.
  let renamed = 0;
  target.forEach((t, j) => {
    if (t.kind !== 'catalogue' || t.from === undefined || isBlank(headers[t.from]) || headers[t.from] === t.header) return;
    part.ops.push({ t: 'write', sheet, row: H, col: c0 + j, cells: [[t.header]] });
    renamed++;
  });
  let formulas = 0;
  let dropdowns = 0;
  target.forEach((t, j) => {
    const col = c0 + j;
    const body = { sheet, row: H + 1, col, rows: n, cols: 1 };
    if (t.kind === 'preserved') {
      const d = column(t.key);
      part.ops.push({ t: 'format', ...body, format: { numberFormat: effectiveFormat(d) } });
      const values = typed.get(t.key)!;
      const cells: CellValue[][] = [];
      for (let r = h + 1; r < h + 1 + n; r++) cells.push([values.get(r) ?? '']);
      part.ops.push({ t: 'write', sheet, row: H + 1, col, cells });
      part.lines.push(`Colonne « ${d.label} » : les valeurs saisies sont conservées dans « ${t.header} » ; la colonne est désormais calculée par formule.`);
      return;
    }
    if (t.kind === 'user') return;
    const d = column(t.key);
    if (t.from === undefined) {
      part.ops.push(...decorateColumn(sheet, d, col, H, n, input.operationSource));
      if (d.kind === 'derived') part.ops.push({ t: 'fillWith', ...body, value: expectedFormula(t.key) });
      return;
    }
    if (d.kind === 'derived' && mismatch.has(t.key)) {
      part.ops.push({ t: 'fillWith', ...body, value: expectedFormula(t.key) });
      part.ops.push({ t: 'format', ...body, format: { italic: true, fontColor: DERIVED_FONT } });
      formulas++;
    }
    if (d.kind === 'code') {
      const rule = listRule(d, input.operationSource);
      if (!sameRule(input.validations.get(c0 + t.from), rule)) {
        part.ops.push({ t: 'listValidation', ...body, rule });
        dropdowns++;
      }
    }
  });
  if (added.length > 0) {
    part.lines.push(`${added.length} colonne${added.length > 1 ? 's' : ''} ajoutée${added.length > 1 ? 's' : ''} au tableau des ménages : ${added.map((t) => `« ${t.header} »`).join(', ')}.`);
  }
  if (renamed > 0) part.lines.push(`${renamed} en-tête${renamed > 1 ? 's' : ''} remis au libellé du catalogue.`);
  if (formulas > 0) part.lines.push(`Formule rétablie dans ${formulas} colonne${formulas > 1 ? 's' : ''} calculée${formulas > 1 ? 's' : ''}.`);
  if (dropdowns > 0) part.lines.push(`Liste déroulante posée ou mise à jour sur ${dropdowns} colonne${dropdowns > 1 ? 's' : ''}.`);
  part.changed = part.ops.length > 0;
  const existing = (r: number, c: number): CellValue => (k > 0 ? '' : formulaAt(grid, r, c));
  if (added.length > 0 && k === 0) {
    // Columns were added: the band's runs moved, so compare against nothing and rewrite it.
    const stale = bandValues(bandRuns(target.map(groupOf)));
    planPreamble(part, sheet, H, c0, target, (r, c) => (r === H - 1 && c - c0 < stale.length ? '\u0000' : existing(r, c)), today);
  } else {
    planPreamble(part, sheet, H, c0, target, existing, today);
  }
  part.ops.push(freezeOp(sheet, H, c0, target));
  return {
    ...part,
    layout: { sheet, headerRow: H, firstCol: c0, columns: target, rows: n },
    counts: {
      households: input.rows,
      columnsAdded: added.filter((t) => t.kind === 'catalogue').length,
      userColumns: target.filter((t) => t.kind === 'user').length,
      preservedColumns: added.filter((t) => t.kind === 'preserved').length,
    },
  };
}
