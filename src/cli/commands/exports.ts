/**
 * Commands of the « Exports » issue: `fat` (the « FAT <opération> » sheet, and with --json the report's
 * tables) and `export anru|base|anonyme` (the export written in a new sheet of OUT).
 */
import type { FatReport, FatTable } from '../../domain/fat';
import { exportData, writeFatSheet, type ExportChoice } from '../../excel/exports';
import { stringOption, type ParsedArgs } from '../args';
import { CliError } from '../errors';
import { withWorkbook } from '../session';
import type { Command } from './types';

const KINDS: Readonly<Record<ExportChoice, string>> = {
  anru: 'Exportation données ANRU',
  base: 'Exportation de la base de saisie',
  anonyme: 'Export anonymisé',
};

function operationOf(args: ParsedArgs): string {
  const operation = stringOption(args, 'operation');
  if (operation === undefined || operation.trim() === '') {
    throw new CliError("L'option --operation est obligatoire : le nom d'une opération de liste_opération, ou « Tout ».", 2);
  }
  return operation;
}

/** The report's tables as plain JSON: each line with its label, count, rule and, on « Non classé », its reason. */
export function fatJson(sheetName: string, report: FatReport) {
  return {
    sheetName,
    title: report.title,
    scope: report.scopeLabel,
    editionDate: report.editionDate,
    householdCount: report.householdCount,
    relocatedCount: report.relocatedCount,
    tables: report.tables.map(tableJson),
  };
}

function tableJson(t: FatTable) {
  if (t.kind === 'rates') {
    return {
      id: t.id, title: t.title, kind: t.kind,
      columns: t.columns.map((c) => ({ id: c.id, label: c.label, rule: c.rule, ...(c.reason ? { reason: c.reason } : {}) })),
      rows: t.rows.map((r) => ({ id: r.id, label: r.label, rule: r.rule, format: r.format, values: r.values })),
      notes: t.notes,
    };
  }
  return {
    id: t.id, title: t.title, kind: t.kind, columnTitle: t.columnTitle,
    rows: t.rows.map((r) => ({
      id: r.id, label: r.label, level: r.level, count: r.count, rule: r.rule,
      ...(r.isHeader ? { isHeader: true } : {}),
      ...(r.isTotal ? { isTotal: true } : {}),
      ...(r.isUnclassified ? { isUnclassified: true } : {}),
      ...(r.reason ? { reason: r.reason } : {}),
    })),
    notes: t.notes,
  };
}

/** The tables as text lines: « label : figure », « Non classé » with its reason. */
function fatLines(report: FatReport): string[] {
  const lines: string[] = [];
  for (const t of report.tables) {
    lines.push('', t.title);
    if (t.kind === 'rates') {
      lines.push(`  Colonnes : ${t.columns.map((c) => c.label).join(' | ')}`);
      for (const r of t.rows) {
        const values = r.values.map((v) => (v === null ? '–' : r.format === 'rate' ? `${Math.round(v * 1000) / 10} %` : String(v)));
        lines.push(`  ${r.label} : ${values.join(' | ')}`);
      }
      continue;
    }
    for (const r of t.rows) {
      const indent = '  '.repeat(r.level + 1);
      if (r.isHeader) lines.push(`${indent}${r.label}`);
      else lines.push(`${indent}${r.label} : ${r.count ?? 'non renseigné'}${r.reason ? ` (${r.reason})` : ''}`);
    }
  }
  return lines;
}

export const fat: Command = {
  name: 'fat',
  usage: 'fat --operation NOM|Tout --in IN.xlsx --out OUT.xlsx [--today AAAA-MM-JJ] [--json]',
  summary: 'Fiche FAT démolition : ajoute la feuille « FAT <opération> » (--json : les tableaux, règles et « Non classé »).',
  run: (args: ParsedArgs) =>
    withWorkbook(args, {}, async (s) => {
      const operation = operationOf(args);
      const result = await s.run((context) => writeFatSheet(context, { operation, today: s.today }));
      s.print(`Feuille « ${result.sheetName} » créée : ${result.householdCount} ménages dans le périmètre, dont ${result.relocatedCount} relogés.`);
      fatLines(result.report).forEach((l) => s.print(l));
      s.printJson(fatJson(result.sheetName, result.report));
    }),
};

export const exportCommand: Command = {
  name: 'export',
  usage: 'export anru|base|anonyme --operation NOM|Tout --in IN.xlsx --out OUT.xlsx [--today AAAA-MM-JJ] [--json]',
  summary: "Exportation données ANRU, de la base de saisie ou anonymisée, dans une nouvelle feuille d'OUT.",
  run: (args: ParsedArgs) =>
    withWorkbook(args, {}, async (s) => {
      const kind = args.positionals[1];
      if (kind !== 'anru' && kind !== 'base' && kind !== 'anonyme') {
        throw new CliError(`Type d'export attendu : export anru | export base | export anonyme${kind ? ` (reçu « ${kind} »)` : ''}.`, 2);
      }
      const operation = operationOf(args);
      const result = await s.run((context) => exportData(context, { kind, operation, today: s.today }));
      s.print(`${KINDS[kind]} : feuille « ${result.sheetName ?? ''} », ${result.rows} ménages exportés.`);
      if (result.rowsWithProblems > 0) {
        s.print(
          `Attention : ${result.rowsWithProblems} lignes ont une valeur illisible, exportée vide. Lancez « Valider la saisie » pour les corriger, puis relancez l'export.`,
        );
      }
      s.printJson(result);
    }),
};

export const exportCommands: readonly Command[] = [fat, exportCommand];
