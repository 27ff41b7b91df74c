/**
 * The pane's « Paramètres »: bailleur, référent, year of the SMIC and the dated SMIC table, read from and
 * written to the Paramètres sheet that « Préparer le classeur » lays out (labels in column A, values in B;
 * the SMIC table under its header). One read sync; writing adds one.
 */
import { normaliseHeader, type CellValue } from '../../domain/catalogue';
import { WorkbookError } from '../errors';
import { PARAM_LABELS } from '../workbook/params';

export const SETTINGS_SHEET = 'Paramètres';

export interface SmicEntry {
  readonly year: number;
  readonly value: number;
}

export interface Settings {
  readonly bailleur: string;
  readonly referent: string;
  readonly smicYear: number | null;
  readonly smicTable: readonly SmicEntry[];
}

interface Layout {
  readonly values: CellValue[][];
  readonly rowOf: (label: string) => number;
  readonly tableFirst: number;
  readonly tableLast: number;
}

async function readLayout(context: Excel.RequestContext): Promise<{ sheet: Excel.Worksheet; layout: Layout }> {
  const sheet = context.workbook.worksheets.getItemOrNullObject(SETTINGS_SHEET);
  const used = sheet.getUsedRangeOrNullObject(false);
  used.load('values,rowIndex,columnIndex');
  await context.sync();
  if (sheet.isNullObject || used.isNullObject) {
    throw new WorkbookError('MissingSheet', `La feuille « ${SETTINGS_SHEET} » est introuvable : cliquez sur « Préparer le classeur » pour la créer.`, { sheet: SETTINGS_SHEET });
  }
  // Pad to absolute coordinates so rows and columns are the sheet's.
  const values: CellValue[][] = [];
  used.values.forEach((row, i) => {
    values[used.rowIndex + i] = [...Array(used.columnIndex).fill(''), ...row];
  });
  const rowOf = (label: string): number => values.findIndex((r) => r !== undefined && normaliseHeader(String(r[0] ?? '')) === normaliseHeader(label));
  const header = rowOf(PARAM_LABELS.year);
  if (rowOf(PARAM_LABELS.bailleur) < 0 || header < 0) {
    throw new WorkbookError('MissingSheet', `La feuille « ${SETTINGS_SHEET} » n'a plus ses libellés en colonne A : cliquez sur « Préparer le classeur » pour la remettre en ordre.`, { sheet: SETTINGS_SHEET });
  }
  return { sheet, layout: { values, rowOf, tableFirst: header + 1, tableLast: header + 50 } };
}

export async function readSettings(context: Excel.RequestContext): Promise<Settings> {
  const { layout } = await readLayout(context);
  const at = (label: string): CellValue => layout.values[layout.rowOf(label)]?.[1] ?? '';
  const table: SmicEntry[] = [];
  for (let r = layout.tableFirst; r <= layout.tableLast; r++) {
    const [year, value] = [layout.values[r]?.[0], layout.values[r]?.[1]];
    if (typeof year === 'number' && typeof value === 'number') table.push({ year, value });
  }
  const year = at(PARAM_LABELS.smicYear);
  return { bailleur: String(at(PARAM_LABELS.bailleur)), referent: String(at(PARAM_LABELS.referent)), smicYear: typeof year === 'number' ? year : null, smicTable: table };
}

/** French problems of a settings form, empty when it can be saved. */
export function settingsProblems(s: Settings): string[] {
  const problems: string[] = [];
  if (s.smicYear !== null && (!Number.isInteger(s.smicYear) || s.smicYear < 1990 || s.smicYear > 2100)) {
    problems.push("L'année de référence du SMIC doit être une année entre 1990 et 2100.");
  }
  const years = new Set<number>();
  for (const e of s.smicTable) {
    if (!Number.isInteger(e.year) || e.year < 1990 || e.year > 2100) problems.push(`Année ${e.year} invalide dans la table du SMIC : saisir une année entre 1990 et 2100.`);
    if (!(e.value > 0)) problems.push(`SMIC de ${e.year} invalide : saisir un montant mensuel positif en euros.`);
    if (years.has(e.year)) problems.push(`L'année ${e.year} figure deux fois dans la table du SMIC : n'en garder qu'une.`);
    years.add(e.year);
  }
  if (s.smicTable.length > 50) problems.push('La table du SMIC est limitée à 50 années.');
  return problems;
}

/** Writes the form back: column B values and the SMIC table (sorted by year, the rest of the table cleared). */
export async function writeSettings(context: Excel.RequestContext, s: Settings): Promise<string[]> {
  const problems = settingsProblems(s);
  if (problems.length) throw new WorkbookError('ExcelError', problems.join(' '), { problems });
  const { sheet, layout } = await readLayout(context);
  sheet.getRangeByIndexes(layout.rowOf(PARAM_LABELS.bailleur), 1, 1, 1).values = [[s.bailleur]];
  sheet.getRangeByIndexes(layout.rowOf(PARAM_LABELS.referent), 1, 1, 1).values = [[s.referent]];
  if (s.smicYear !== null) sheet.getRangeByIndexes(layout.rowOf(PARAM_LABELS.smicYear), 1, 1, 1).values = [[s.smicYear]];
  const sorted = [...s.smicTable].sort((a, b) => a.year - b.year);
  const rows = layout.tableLast - layout.tableFirst + 1;
  const notes = new Map<number, CellValue>();
  for (let r = layout.tableFirst; r <= layout.tableLast; r++) {
    const year = layout.values[r]?.[0];
    if (typeof year === 'number') notes.set(year, layout.values[r]?.[2] ?? '');
  }
  // Each year keeps its source note (column C) when the table is re-sorted.
  const block: CellValue[][] = Array.from({ length: rows }, (_, i) =>
    sorted[i] ? [sorted[i].year, sorted[i].value, notes.get(sorted[i].year) ?? ''] : ['', '', ''],
  );
  sheet.getRangeByIndexes(layout.tableFirst, 0, rows, 3).values = block;
  await context.sync();
  return [`Bailleur : ${s.bailleur || '(vide)'} ; référent : ${s.referent || '(vide)'}.`, `Table du SMIC : ${sorted.length} années enregistrées.`];
}
