/**
 * Commands of « Suivi dans le temps »: completeness (taux de remplissage), milestone close (Clore le
 * point d'étape), milestone export (Exporter le point d'étape: OUT is the export file itself, IN is
 * never modified), milestone dates (the dates of Paramètres from a preset) and history list
 * (Historique des modifications).
 */
import { ALL_OPERATIONS, type CellValue } from '../../domain/catalogue';
import { formatDate, isoDate, parseIsoDate, ymdFromSerial } from '../../domain/dates';
import {
  formatDateTime,
  HISTORY_HEADERS,
  HISTORY_SHEET,
  HISTORY_TABLE,
  MILESTONE_PRESETS,
  type MilestonePreset,
} from '../../domain/tracking';
import { applyMilestonePreset, presetLines, presetProblem } from '../../excel/settings/milestones';
import {
  closeMilestone,
  exportMilestone,
  EXPORT_NOTICE,
  MILESTONES_SHEET,
  MilestoneClosedError,
  PROGRESS_SHEET,
  readCompleteness,
  type ColumnFill,
} from '../../excel/tracking';
import { flag, stringOption, type ParsedArgs } from '../args';
import { CliError } from '../errors';
import { logOf, withWorkbook } from '../session';
import type { Command } from './types';

/** « 87,5 % » (French), « sans objet » when no household is concerned. */
export function frenchPercent(rate: number | null): string {
  return rate === null ? 'sans objet' : `${(rate * 100).toFixed(1).replace('.', ',')}\u00a0%`;
}

/** ANRU ★ columns first, then the others; worst first within each (the order given is kept). */
export function anruFirst(columns: readonly ColumnFill[]): ColumnFill[] {
  return [...columns.filter((c) => c.anru && !c.optional), ...columns.filter((c) => !c.anru || c.optional)];
}

export const completeness: Command = {
  name: 'completeness',
  usage: 'completeness [--operation NOM|Tout] --in IN.xlsx [--out OUT.xlsx] [--json]',
  summary: 'Taux de remplissage par colonne (colonnes ANRU ★ d\'abord, les moins remplies en tête) et par opération.',
  run: (args: ParsedArgs) =>
    withWorkbook(args, { needsOut: false }, async (s) => {
      const operation = stringOption(args, 'operation') ?? ALL_OPERATIONS;
      const view = await s.run((context) => readCompleteness(context, { operation }));
      const columns = anruFirst(view.columns);
      s.print(`Taux de remplissage — ${view.scope} : ${frenchPercent(view.overall)} des cases remplies (${view.households} ménages)`);
      for (const c of columns) {
        const where = c.column ? `col. ${c.column}` : 'absente';
        const star = c.anru ? '★ ' : '';
        const optional = c.optional ? ' (facultatif)' : '';
        s.print(`  ${frenchPercent(c.rate).padStart(10)}  ${star}${c.label}${optional} — ${c.filled}/${c.applicable} remplies (${where})`);
      }
      if (view.byOperation.length > 0) s.print('\nPar opération :');
      for (const o of view.byOperation) s.print(`  ${o.label} : ${frenchPercent(o.overall)} (${o.households} ménages)`);
      s.printJson({
        scope: view.scope,
        households: view.households,
        overall: view.overall,
        columns: columns.map((c) => ({
          key: c.key,
          label: c.label,
          anru: c.anru,
          custom: c.custom,
          optional: c.optional,
          applicable: c.applicable,
          filled: c.filled,
          missing: c.missing,
          rate: c.rate,
          column: c.column,
          address: c.address,
        })),
        byOperation: view.byOperation.map((o) => ({
          operation: o.operation,
          label: o.label,
          households: o.households,
          overall: o.overall,
        })),
      });
    }),
};

/** --confirm (bare when the parser knows it, or =oui), or --force. */
function confirmed(args: ParsedArgs): boolean {
  if (flag(args, 'force')) return true;
  const v = args.options.confirm;
  if (v === undefined) return false;
  return v === true || !/^(non|no|false|0)$/i.test(v.trim());
}

function dateOption(args: ParsedArgs, required: boolean): number | undefined {
  const given = stringOption(args, 'date');
  if (!given) {
    if (required) throw new CliError("L'option --date est obligatoire (date du point d'étape, AAAA-MM-JJ).", 2);
    return undefined;
  }
  const date = parseIsoDate(given);
  if (date === undefined) throw new CliError(`--date attend une date AAAA-MM-JJ (reçu « ${given} »).`, 2);
  return date;
}

function closeCommand(args: ParsedArgs): Promise<void> {
  return withWorkbook(args, {}, async (s) => {
    const date = dateOption(args, true) as number;
    const { who } = logOf(args);
    let report;
    try {
      report = await s.run((context) => closeMilestone(context, { date, who, confirmDuplicate: confirmed(args) }));
    } catch (e) {
      if (e instanceof MilestoneClosedError) throw new CliError(`${e.message} Relancer la commande avec --confirm pour l'enregistrer.`);
      throw e;
    }
    const all = report.snapshot.scopes[0];
    const { row, rows, cols } = report.block;
    s.print(`Point d'étape du ${formatDate(date)} clos par ${who}${report.duplicate ? ' (clôture supplémentaire)' : ''}.`);
    s.print(`- Tout : ${all.relocated} relogés, ${all.toRelocate} à reloger, ${all.departures} départs spontanés sur ${all.total} ménages ; taux de remplissage ${frenchPercent(all.completeness)}.`);
    s.print(`- Bloc figé sur « ${MILESTONES_SHEET} », lignes ${row + 1} à ${row + rows} (fiche 1, FAT, taux de remplissage ; Tout et ${cols - 2} opération(s)).`);
    s.print(`- Progression (feuille « ${PROGRESS_SHEET} ») : ${report.points.length} point(s) d'étape.`);
    s.printJson({
      milestone: isoDate(date),
      closedAt: report.snapshot.closedAt,
      who,
      duplicate: report.duplicate,
      block: { firstRow: row + 1, rows, columns: cols },
      scopes: report.snapshot.scopes,
      indicators: report.snapshot.indicators,
      points: report.points,
    });
  });
}

/** Reads IN, writes the export (not the workbook) to OUT: IN is never modified. */
function exportCommand(args: ParsedArgs): Promise<void> {
  return withWorkbook(args, { outIsExport: true }, async (s) => {
    const milestone = dateOption(args, false);
    const out = await s.run((context) => exportMilestone(context, { milestone }));
    const m = out.snapshot.indicators;
    const rows = m ? m.sections.reduce((n, x) => n + x.rows.length, 0) : 0;
    s.print(
      `Point d'étape du ${formatDate(out.snapshot.milestone)} exporté dans ${stringOption(args, 'out')} (${EXPORT_NOTICE.toLowerCase()}) : ` +
        `${out.snapshot.scopes.length} périmètre(s), ${rows > 0 ? `${rows} indicateurs` : "ancien point d'étape : situation et taux de remplissage"}, ` +
        `${out.points.length} point(s) de progression.`,
    );
    s.printJson({
      milestone: isoDate(out.snapshot.milestone),
      closedAt: out.snapshot.closedAt,
      fileName: out.fileName,
      out: stringOption(args, 'out'),
      scopes: out.snapshot.scopes.map((c) => c.scopeLabel),
      sections: (m?.sections ?? []).map((x) => x.title),
      indicators: rows,
      points: out.points.map((p) => p.label),
    });
    return out.bytes;
  });
}

/** The dates of Paramètres from a preset of the guide, for --year (default: the year of --today). */
function datesCommand(args: ParsedArgs): Promise<void> {
  return withWorkbook(args, {}, async (s) => {
    const preset = stringOption(args, 'preset');
    if (!preset) throw new CliError(`L'option --preset est obligatoire : ${MILESTONE_PRESETS.join(', ')}.`, 2);
    const given = stringOption(args, 'year');
    if (given !== undefined && !/^\d{4}$/.test(given.trim())) throw new CliError(`--year attend une année AAAA (reçu « ${given} »).`, 2);
    const year = given === undefined ? ymdFromSerial(s.today).year : Number(given);
    const problem = presetProblem(preset, year);
    if (problem) throw new CliError(problem, 2);
    const { who } = logOf(args);
    const report = await s.run((context) => applyMilestonePreset(context, { preset: preset as MilestonePreset, year, who }));
    for (const line of presetLines(report)) s.print(line);
    s.printJson({
      preset: report.preset,
      year: report.year,
      sheet: report.sheet,
      address: report.address,
      dates: report.dates.map(isoDate),
      previous: report.previous.map(isoDate),
      cleared: report.cleared,
    });
  });
}

export const milestone: Command = {
  name: 'milestone',
  usage:
    'milestone close --date AAAA-MM-JJ [--who NOM] [--confirm] --in IN.xlsx --out OUT.xlsx [--json]\n' +
    '  milestone export [--date AAAA-MM-JJ] --in IN.xlsx --out EXPORT.xlsx [--json]\n' +
    '  milestone dates --preset circulaire|mensuel|trimestriel|semestriel [--year AAAA] [--who NOM] --in IN.xlsx --out OUT.xlsx [--json]',
  summary: `Clore le point d'étape : résultats figés sur « ${MILESTONES_SHEET} » (fiche 1, FAT, taux de remplissage), courbe sur « ${PROGRESS_SHEET} », ligne d'historique (une seconde clôture demande --confirm). Exporter le point d'étape (le dernier clos par défaut) : chiffres agrégés sans donnée personnelle, dans le fichier --out. Dates des points d'étape : la feuille Paramètres reçoit les fins de mois d'un calendrier du guide pour une année.`,
  examples: ['milestone dates --preset trimestriel --year 2028 --in suivi.xlsx --out suivi-trimestriel.xlsx'],
  run: (args: ParsedArgs) => {
    const sub = args.positionals[1];
    if (sub === 'close') return closeCommand(args);
    if (sub === 'export') return exportCommand(args);
    if (sub === 'dates') return datesCommand(args);
    throw new CliError('Sous-commande attendue : milestone close --date AAAA-MM-JJ, ou milestone export, ou milestone dates --preset trimestriel.', 2);
  },
};

export interface HistoryRowJson {
  /** Local ISO date-time « yyyy-mm-ddThh:mm:ss » (the cell's text when it is not a date). */
  readonly at: string;
  readonly who: string;
  readonly sheet: string;
  readonly householdId: CellValue | null;
  readonly requestNo: CellValue | null;
  readonly column: string;
  readonly oldValue: string;
  readonly newValue: string;
  readonly action: string;
}

/** Local ISO date-time of an Excel date-time serial (to the second). */
export function isoFromSerial(serial: number): string {
  const total = Math.round(serial * 86_400);
  const day = Math.floor(total / 86_400);
  const secs = total - day * 86_400;
  const p = (n: number): string => String(n).padStart(2, '0');
  return `${isoDate(day)}T${p(Math.floor(secs / 3600))}:${p(Math.floor(secs / 60) % 60)}:${p(secs % 60)}`;
}

const text = (v: CellValue | null | undefined): string => (v === null || v === undefined ? '' : String(v));

async function readHistory(context: Excel.RequestContext): Promise<HistoryRowJson[] | null> {
  const table = context.workbook.tables.getItemOrNullObject(HISTORY_TABLE);
  table.load('isNullObject');
  await context.sync();
  if (table.isNullObject) return null;
  const header = table.getHeaderRowRange().load('values');
  const body = table.getDataBodyRange().load('values');
  await context.sync();
  const h = (header.values[0] as CellValue[]).map((v) => text(v).trim());
  const at = (row: CellValue[], name: (typeof HISTORY_HEADERS)[number]): CellValue | undefined => {
    const i = h.indexOf(name);
    return i < 0 ? undefined : row[i];
  };
  return (body.values as CellValue[][])
    .filter((r) => r.some((v) => text(v) !== ''))
    .map((r) => {
      const when = at(r, 'Date et heure');
      return {
        at: typeof when === 'number' ? isoFromSerial(when) : text(when),
        who: text(at(r, 'Identifiant')),
        sheet: text(at(r, 'Feuille')),
        householdId: at(r, "N° d'identification du ménage") ?? null,
        requestNo: at(r, 'N° de demande') ?? null,
        column: text(at(r, 'Colonne')),
        oldValue: text(at(r, 'Ancienne valeur')),
        newValue: text(at(r, 'Nouvelle valeur')),
        action: text(at(r, 'Action')),
      };
    });
}

export const history: Command = {
  name: 'history',
  usage: 'history list --in IN.xlsx [--json]',
  summary: `Affiche l'historique des modifications (feuille « ${HISTORY_SHEET} »).`,
  run: (args: ParsedArgs) =>
    withWorkbook(args, { needsOut: false }, async (s) => {
      if (args.positionals[1] !== 'list') throw new CliError('Sous-commande attendue : history list --in IN.xlsx.', 2);
      const rows = await s.run((context) => readHistory(context));
      if (rows === null) {
        s.print(`Aucun historique : la feuille « ${HISTORY_SHEET} » n'a pas encore été créée.`);
        s.printJson([]);
        return;
      }
      s.print(`${rows.length} ligne(s) d'historique :`);
      for (const r of rows) {
        const who = [r.householdId, r.requestNo].some((v) => text(v) !== '') ? ` ménage N° ${text(r.householdId)}` : '';
        const change = r.column ? ` : ${r.column} « ${r.oldValue} » → « ${r.newValue} »` : r.newValue ? ` : ${r.newValue}` : '';
        s.print(`- ${formatDateTime(r.at)} · ${r.who} · ${r.action} · ${r.sheet}${who}${change}`);
      }
      s.printJson(rows);
    }),
};

export const trackingCommands: readonly Command[] = [completeness, milestone, history];
