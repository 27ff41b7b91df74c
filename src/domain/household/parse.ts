/** Turns one row of cell values (as Office.js returns them, keyed by column) into a typed household. */
import { codeList } from '../catalogue/codeLists';
import { HOUSEHOLD_COLUMNS } from '../catalogue/columns';
import type { CodeList, CustomFieldDef, ColumnDef } from '../catalogue/types';
import { evaluateRow, type DerivedParams } from '../derived/evaluate';
import { readCode, readDate, readNumber, readText, type CellResult } from './cells';
import type { CellProblem, CustomValue, Household, HouseholdValues, RawRow } from './types';

export interface ParseContext {
  /** Worksheet row number of this row (1-based). */
  readonly row: number;
  readonly params: DerivedParams;
  readonly customFields?: readonly CustomFieldDef[];
  /** Names of the operations of liste_opération: the Opération column's code list. */
  readonly operations?: readonly string[];
}

export interface ParsedRow {
  readonly household: Household;
  readonly problems: readonly CellProblem[];
}

function operationList(names: readonly string[]): CodeList {
  return { id: 'operations', numeric: false, codes: names.map((n) => ({ code: n, label: n })) };
}

function readInput(c: ColumnDef, raw: RawRow[string], ops: CodeList | undefined): CellResult<string | number> {
  switch (c.kind) {
    case 'integer':
      return readNumber(raw, true);
    case 'amount':
    case 'number':
      return readNumber(raw, false);
    case 'date':
      return readDate(raw);
    case 'code':
      if (c.key === 'operation') return ops ? readCode(raw, ops) : readText(raw);
      return readCode(raw, codeList(c.codeList!));
    default:
      return readText(raw);
  }
}

function readCustom(f: CustomFieldDef, raw: RawRow[string]): CellResult<CustomValue> {
  switch (f.type) {
    case 'number':
    case 'amount':
      return readNumber(raw, false);
    case 'date':
      return readDate(raw);
    case 'list':
      return readCode(raw, { id: f.key, numeric: false, codes: f.codes ?? [] });
    default:
      return readText(raw);
  }
}

/** Never throws on user data: cells that cannot be used are null and listed in `problems`. */
export function parseRow(raw: RawRow, ctx: ParseContext): ParsedRow {
  const problems: CellProblem[] = [];
  const values: Record<string, string | number | null> = {};
  const ops = ctx.operations ? operationList(ctx.operations) : undefined;
  for (const c of HOUSEHOLD_COLUMNS) {
    if (c.kind === 'derived') continue;
    const r = readInput(c, raw[c.key], ops);
    values[c.key] = r.value;
    if (r.problem) problems.push({ key: c.key, ...r.problem });
  }
  if (values.requestNo === null && !problems.some((p) => p.key === 'requestNo')) values.requestNo = 1;
  const derived = evaluateRow((key) => raw[key], ctx.params);
  Object.assign(values, derived);
  const custom: Record<string, CustomValue> = {};
  for (const f of ctx.customFields ?? []) {
    const r = readCustom(f, raw[f.key]);
    custom[f.key] = r.value;
    if (r.problem) problems.push({ key: f.key, ...r.problem });
  }
  return { household: { row: ctx.row, values: values as HouseholdValues, custom }, problems };
}
