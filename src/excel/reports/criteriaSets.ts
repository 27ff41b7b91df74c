/**
 * Saved sets of manual criteria, in the hidden sheet RIME_criteres: one row per set (Nom, Critères as
 * JSON, Enregistré le). Read back through the populations module's zod schema: a set edited by hand
 * into something invalid is listed with its French errors, never run.
 */
import type { CellValue } from '../../domain/catalogue';
import { parseCriteriaSet, serializeCriteriaSet, type CriteriaContext, type Criterion } from '../../domain/populations';
import { serialFromDate } from '../../domain/dates';
import { isBlank, valueAt, type Grid } from '../workbook/grid';
import { findSheetName } from '../workbook/sheets';
import { ReportError } from './errors';
import { gridOf, queueUsedValues } from './read';

export const CRITERIA_SHEET = 'RIME_criteres';
export const CRITERIA_HEADERS = ['Nom', 'Critères (JSON)', 'Enregistré le'] as const;
export const SET_NAME_MAX = 100;

export type SavedCriteriaSet =
  | { readonly name: string; readonly row: number; readonly ok: true; readonly criteria: readonly Criterion[]; readonly savedOn: number | null }
  | { readonly name: string; readonly row: number; readonly ok: false; readonly errors: readonly string[]; readonly savedOn: number | null };

/** The sets of the sheet's used range (pure); rows without a name are skipped. */
export function parseSavedSets(grid: Grid | null, ctx: CriteriaContext = {}): SavedCriteriaSet[] {
  if (!grid) return [];
  const out: SavedCriteriaSet[] = [];
  const last = grid.row + grid.formulas.length - 1;
  for (let r = Math.max(1, grid.row); r <= last; r++) {
    const name = valueAt(grid, r, 0);
    if (isBlank(name)) continue;
    const json = valueAt(grid, r, 1);
    const saved = valueAt(grid, r, 2);
    const savedOn = typeof saved === 'number' ? saved : null;
    const parsed = parseCriteriaSet(isBlank(json) ? '' : String(json), ctx);
    out.push(
      parsed.ok
        ? { name: String(name).trim(), row: r, ok: true, criteria: parsed.criteria, savedOn }
        : { name: String(name).trim(), row: r, ok: false, errors: parsed.errors, savedOn },
    );
  }
  return out;
}

export function checkSetName(name: string): string {
  const n = name.replace(/\s+/g, ' ').trim();
  if (n === '') throw new ReportError('InvalidSetName', 'Donnez un nom aux critères à enregistrer.');
  if (n.length > SET_NAME_MAX) {
    throw new ReportError('InvalidSetName', `Le nom des critères est trop long (${n.length} caractères, ${SET_NAME_MAX} au plus).`);
  }
  return n;
}

async function readSheet(context: Excel.RequestContext): Promise<{ sheet: string | null; grid: Grid | null }> {
  const sheets = context.workbook.worksheets;
  sheets.load('items/name');
  await context.sync();
  const sheet = findSheetName(sheets.items.map((s) => s.name), CRITERIA_SHEET);
  if (!sheet) return { sheet: null, grid: null };
  const used = queueUsedValues(sheets.getItem(sheet));
  await context.sync();
  return { sheet, grid: gridOf(used) };
}

/** Lists the saved sets, each validated (2 syncs). */
export async function listCriteriaSets(context: Excel.RequestContext, ctx: CriteriaContext = {}): Promise<SavedCriteriaSet[]> {
  const { grid } = await readSheet(context);
  return parseSavedSets(grid, ctx);
}

/**
 * Saves (or replaces, same name ignoring case) a set of criteria, validated first; creates the hidden
 * sheet on first use. 3 syncs. Returns the sheet row (0-based) written.
 */
export async function saveCriteriaSet(
  context: Excel.RequestContext, name: string, criteria: readonly Criterion[], options: { ctx?: CriteriaContext; today?: Date | number } = {},
): Promise<{ row: number; replaced: boolean }> {
  const setName = checkSetName(name);
  const json = serializeCriteriaSet(criteria);
  const check = parseCriteriaSet(json, options.ctx ?? {});
  if (!check.ok) {
    throw new ReportError('InvalidCriteria', `Ces critères ne peuvent pas être enregistrés. ${check.errors.join(' ')}`, { errors: check.errors });
  }
  const { sheet, grid } = await readSheet(context);
  const sets = parseSavedSets(grid, options.ctx);
  const same = sets.find((s) => s.name.toLocaleLowerCase('fr-FR') === setName.toLocaleLowerCase('fr-FR'));
  const lastRow = grid ? grid.row + grid.formulas.length - 1 : 0;
  const row = same ? same.row : Math.max(lastRow + 1, 1);
  const today = options.today ?? new Date();
  const ws = sheet ? context.workbook.worksheets.getItem(sheet) : context.workbook.worksheets.add(CRITERIA_SHEET);
  if (!sheet) {
    ws.visibility = 'Hidden';
    const head = ws.getRangeByIndexes(0, 0, 1, 3);
    head.values = [[...CRITERIA_HEADERS]];
    head.format.font.bold = true;
    ws.getRangeByIndexes(0, 0, 1, 1).format.columnWidth = 160;
    ws.getRangeByIndexes(0, 1, 1, 1).format.columnWidth = 400;
  }
  const cells = ws.getRangeByIndexes(row, 0, 1, 3);
  cells.numberFormat = [['@', '@', 'dd/mm/yyyy']];
  const values: CellValue[] = [setName, json, typeof today === 'number' ? today : serialFromDate(today)];
  cells.values = [values];
  await context.sync();
  return { row, replaced: !!same };
}
