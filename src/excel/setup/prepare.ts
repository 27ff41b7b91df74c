/**
 * « Préparer le classeur »: creates or upgrades every sheet in one action, idempotent (a second run
 * changes nothing), never deleting or overwriting a value a user typed. Reads in a constant number of
 * syncs, plans in pure code, writes in one batch (plus chunks over ~4 MB). With `log`, a history row
 * when something changed, its position read with the snapshot and written in the last batch (no extra
 * sync); the change tracker re-reads the household table afterwards (ownWrites.ts).
 */
import { HOUSEHOLD_SHEET, HOUSEHOLD_TABLE } from '../../domain/catalogue';
import { serialFromDate } from '../../domain/dates';
import { eventEntry } from '../../domain/tracking';
import { queueHistoryAppend, queueHistoryState, type HistoryState, type LogOption } from '../tracking/actionLog';
import { atOf } from '../tracking/common';
import { ownWrite } from '../tracking/ownWrites';
import { PAYLOAD_LIMIT } from '../util/payload';
import { householdFacts } from '../operations/facts';
import { sameOperation, type HouseholdFact } from '../operations/figures';
import { findHeaderRegion, gridRows } from '../workbook/grid';
import { householdMatcher } from '../workbook/headers';
import { applyOps } from './apply';
import { explanationSheet, listsSheet, planGenerated, variablesGenerated } from './generated';
import { planLegacy, type HouseholdPlan } from './householdLegacy';
import { planTable } from './householdTable';
import { NEW_HEADER_ROW } from './layout';
import type { Op } from './ops';
import { planOperations } from './operationsPlan';
import { planParams } from './paramsPlan';
import { prepareDetail } from './prepareLog';
import { readSnapshot, type Snapshot } from './snapshot';

export interface PrepareOptions {
  /** Today's date (the date d'édition, the default SMIC year and milestones). */
  readonly today: Date | number;
  /** Written in Paramètres when given. */
  readonly bailleur?: string;
  readonly referent?: string;
  /** Log the action in the history (who, when). */
  readonly log?: LogOption;
}

export interface SetupReport {
  /** False when the workbook was already prepared: nothing was changed. */
  readonly changed: boolean;
  /** What was done, in French, one sentence a line. */
  readonly lines: readonly string[];
  readonly counts: {
    readonly households: number;
    readonly operations: number;
    readonly columnsAdded: number;
    readonly userColumns: number;
    readonly preservedColumns: number;
    readonly sheetsCreated: number;
  };
  /** Syncs made: reads + writes. */
  readonly syncs: number;
}

const SHEET_ORDER = [HOUSEHOLD_SHEET, 'liste_opération', 'Paramètres', 'Tableau des variables', 'Explication', 'Listes'];

export function planHousehold(s: Snapshot, operationSource: string, today: number): { plan: HouseholdPlan; facts: HouseholdFact[] } {
  const h = s.household;
  if (h.table && h.sheet) {
    const t = h.table;
    const plan = planTable({
        sheet: h.sheet, grid: h.grid, suspects: h.suspects, headerRow: t.headerRow, firstCol: t.firstCol, headers: t.headers,
        rows: t.rows, validations: h.validations, operationSource, today,
      });
    if (h.renameFrom) {
      plan.ops.unshift({ t: 'renameTable', from: h.renameFrom, to: HOUSEHOLD_TABLE });
      plan.lines.unshift(`Tableau « ${h.renameFrom} » reconnu à ses en-têtes : renommé « ${HOUSEHOLD_TABLE} ».`);
      plan.changed = true;
    }
    return { plan, facts: householdFacts(h.values, t.headerRow, t.firstCol, t.headers, t.rows) };
  }
  const sheet = h.sheet ?? HOUSEHOLD_SHEET;
  const found = h.sheet ? findHeaderRegion(h.grid, householdMatcher) : undefined;
  const empty = gridRows(h.grid) === 0;
  const region = found ?? {
    headerRow: empty ? NEW_HEADER_ROW : h.grid.row + gridRows(h.grid) + 1 + NEW_HEADER_ROW,
    firstCol: 0, cols: 0, rows: 0, headers: [],
  };
  const plan = planLegacy({ sheet, grid: h.grid, region, formats: h.formats, operationSource, today });
  if (!h.sheet) plan.ops.unshift({ t: 'addSheet', sheet });
  if (h.sheet && !found && !empty) {
    plan.lines.push(`La feuille « ${sheet} » contenait déjà des cellules sans en-têtes reconnus : elles sont conservées, le tableau est créé en dessous (ligne ${region.headerRow + 1}).`);
  }
  return { plan, facts: found ? householdFacts(h.grid, found.headerRow, found.firstCol, found.headers, found.rows) : [] };
}

/** Operation names used by households but missing from liste_opération, in order of first use. */
export function unknownOperations(facts: readonly HouseholdFact[], operations: readonly string[]): string[] {
  const out: string[] = [];
  for (const f of facts) {
    if (f.operation === '' || operations.some((o) => sameOperation(o, f.operation)) || out.some((o) => sameOperation(o, f.operation))) continue;
    out.push(f.operation);
  }
  return out;
}

/** The whole plan from a snapshot (pure). */
export function planPrepare(s: Snapshot, opts: PrepareOptions): { ops: Op[]; report: Omit<SetupReport, 'syncs'>; detail: () => string } {
  const today = typeof opts.today === 'number' ? opts.today : serialFromDate(opts.today);
  const h = s.household;
  const provisional = h.table
    ? householdFacts(h.values, h.table.headerRow, h.table.firstCol, h.table.headers, h.table.rows)
    : (() => {
        const r = h.sheet ? findHeaderRegion(h.grid, householdMatcher) : undefined;
        return r ? householdFacts(h.grid, r.headerRow, r.firstCol, r.headers, r.rows) : [];
      })();
  const ops = planOperations({ sheet: s.operations.sheet, grid: s.operations.grid, table: s.operations.table, facts: provisional });
  const params = planParams({ sheet: s.params.sheet, grid: s.params.grid, names: s.names, today, bailleur: opts.bailleur, referent: opts.referent });
  const lists = planGenerated(listsSheet(), s.lists.sheet, s.lists.grid);
  const { plan: household, facts } = planHousehold(s, ops.source, today);
  const variables = planGenerated(variablesGenerated(), s.variables.sheet, s.variables.grid);
  const explanation = planGenerated(explanationSheet(), s.explanation.sheet, s.explanation.grid);
  const parts = [params, lists, ops, household, variables, explanation];
  const all = parts.flatMap((p) => p.ops);
  const adds = all.filter((o): o is Extract<Op, { t: 'addSheet' }> => o.t === 'addSheet');
  adds.sort((a, b) => SHEET_ORDER.indexOf(a.sheet) - SHEET_ORDER.indexOf(b.sheet));
  const ordered = [...adds, ...all.filter((o) => o.t !== 'addSheet')];
  const changed = parts.some((p) => p.changed);
  const lines = [household, ops, params, lists, variables, explanation].flatMap((p) => p.lines);
  const unknown = unknownOperations(facts, ops.operations);
  if (unknown.length > 0) {
    lines.push(
      `${unknown.length} opération${unknown.length > 1 ? 's citées' : ' citée'} dans le tableau des ménages ${unknown.length > 1 ? 'sont absentes' : 'est absente'} de la feuille liste_opération : ${unknown.map((n) => `« ${n} »`).join(', ')}. Ajoutez-les puis cliquez sur « Valider la liste des opérations ».`,
    );
  }
  const report = {
    changed,
    lines: changed ? lines : ['Le classeur est déjà prêt : rien à changer.', ...lines],
    counts: {
      households: facts.length,
      operations: ops.operations.length,
      columnsAdded: household.counts.columnsAdded,
      userColumns: household.counts.userColumns,
      preservedColumns: household.counts.preservedColumns,
      sheetsCreated: adds.length,
    },
  };
  return { ops: ordered, report, detail: () => prepareDetail(s, ordered, report.counts) };
}

export function prepareWorkbook(context: Excel.RequestContext, opts: PrepareOptions): Promise<SetupReport> {
  return ownWrite(
    () => prepareWith(context, opts),
    (report) => (report.changed ? { structural: true } : null),
  );
}

async function prepareWith(context: Excel.RequestContext, opts: PrepareOptions): Promise<SetupReport> {
  let history: HistoryState | null = null;
  const snapshot = await readSnapshot(context, opts.log ? (names) => (history = queueHistoryState(context, names)) : undefined);
  const { ops, report, detail } = planPrepare(snapshot, opts);
  const log = opts.log;
  const state = history as HistoryState | null;
  const tail = log && state && report.changed
    ? () => queueHistoryAppend(context, state, [
      eventEntry({ at: atOf(log.at), who: log.who, action: 'Préparer le classeur', sheet: snapshot.household.sheet ?? HOUSEHOLD_SHEET, detail: detail() }),
    ])
    : undefined;
  const writes = await applyOps(context, ops, PAYLOAD_LIMIT, tail);
  return { ...report, syncs: snapshot.syncs + writes };
}
