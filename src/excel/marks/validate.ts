/**
 * « Valider la saisie »: reads the households and liste_opération, runs the input check, and marks
 * the offending cells of the household table.
 *
 * Design of the marks (chosen over a conditional format driven by a hidden list): each marked cell is
 * painted directly (erreur: red fill, dark red font; avertissement: orange fill, brown font) and
 * recorded in the very hidden sheet RIME_repérages with its ORIGINAL fill and font colours, read in
 * the same batch just before painting. Why: a plain cell format is saved in the file by every Excel
 * (desktop, web, mobile) and by LibreOffice, shows when printed or exported to PDF, moves with the
 * cell when the user sorts, and is read back by Office.js (and the tests); a conditional format keyed
 * by row numbers would point at the wrong cells after a sort, depends on cross-sheet formulas being
 * evaluated for every visible cell, and its look cannot be read back through the API. The cost —
 * touching the user's format — is bounded by the record: « Supprimer les repérages » and the next
 * validation put back each colour still equal to the one painted (a colour the user set since is
 * theirs and stays). A cell without fill reads #FFFFFF in Office.js: it gets its fill cleared back
 * (an explicit white fill is therefore given back as « no fill », which looks the same).
 *
 * Syncs: readHouseholds (3 + chunks) + readOperations (2) + 1 colour read + 1 write = 7, whatever
 * the number of rows (chunks of CELLS_PER_SYNC marked cells aside).
 */
import type { CustomFieldDef } from '../../domain/catalogue';
import { serialFromDate } from '../../domain/dates';
import { parseRow } from '../../domain/household';
import { checkHouseholds, operationInfos, summarise, type CheckSummary, type Finding } from '../../domain/rules';
import { WorkbookError } from '../errors';
import { decodeFields, withDefinitions } from '../fields/store';
import { readOperations, type OperationRow } from '../workbook/operations';
import { readHouseholds, type HouseholdsRead } from '../workbook/read';
import { Batch, queueStores, queueStoreWrite, queueWrites, readColours, storeValues } from './io';
import { cellId, layoutOf, locateMarks, paintPlan, restoreWrites, targetsOf } from './plan';
import { decodeMarks, encodeMarks } from './store';

export type ValidateStep = 'lecture' | 'contrôle' | 'repérage' | 'terminé';

export interface ValidateProgress {
  readonly step: ValidateStep;
  /** French, for the task pane. */
  readonly message: string;
  /** 0..1. */
  readonly fraction: number;
}

export interface ValidateOptions {
  /** Today (moving dates after it are in the future): a Date or an Excel serial. */
  readonly today: Date | number;
  readonly onProgress?: (p: ValidateProgress) => void;
}

export interface ValidateResult {
  readonly findings: readonly Finding[];
  readonly summary: CheckSummary;
  /** Cells marked now (several findings on one cell mark it once). */
  readonly markedCells: number;
  /** Findings on a column absent from the table (not marked). */
  readonly unplaced: number;
  /** Previous marks removed (colours put back) because the cell is no longer in error. */
  readonly marksRemoved: number;
  /** Previous marks that could not be given back (cell recoloured by the user, column or row gone). */
  readonly marksLeft: number;
  readonly sheet: string;
  /** The user columns as checked (stored definitions applied). */
  readonly customFields: readonly CustomFieldDef[];
  /** Report lines, French. */
  readonly lines: readonly string[];
  readonly syncs: number;
}

/** liste_opération's rows, or none when the sheet or its table is missing (every Opération is then unknown). */
async function operationsOrNone(context: Excel.RequestContext): Promise<{ rows: OperationRow[] | null; syncs: number }> {
  try {
    const r = await readOperations(context);
    return { rows: [...(r.all ? [r.all] : []), ...r.operations], syncs: r.syncs };
  } catch (e) {
    if (e instanceof WorkbookError && (e.code === 'MissingSheet' || e.code === 'MissingTable')) {
      // readOperations synced before finding nothing; one more sync in case it had not (loads queued by the caller).
      await context.sync();
      return { rows: null, syncs: 3 };
    }
    throw e;
  }
}

/** Parses and checks the rows of a read (pure apart from the read itself). */
export function checkRead(read: HouseholdsRead, customFields: readonly CustomFieldDef[], operations: OperationRow[] | null, today: number): { findings: Finding[]; summary: CheckSummary } {
  const names = operations ? operations.filter((o) => !o.isAll).map((o) => o.name) : undefined;
  const parsed = read.rows.map((r) => parseRow(r.raw, { row: r.row, params: { smic: read.params.smic }, customFields, operations: names }));
  const findings = checkHouseholds(parsed, {
    operations: operationInfos((operations ?? []).map((o) => ({ name: o.name, commune: o.commune ?? '', startDate: o.startDate ?? '', endDate: o.endDate ?? '' }))),
    today,
    customFields,
  });
  return { findings, summary: summarise(findings, parsed) };
}

export async function validateInput(context: Excel.RequestContext, opts: ValidateOptions): Promise<ValidateResult> {
  const today = typeof opts.today === 'number' ? opts.today : serialFromDate(opts.today);
  const progress = (step: ValidateStep, message: string, fraction: number): void => opts.onProgress?.({ step, message, fraction });

  progress('lecture', 'Lecture du tableau des ménages et de liste_opération…', 0);
  // The sheet names ride on readHouseholds' first sync and the two stores on readOperations' first
  // sync (a sync resolves every load queued on the context): no sync of our own for them.
  const sheets = context.workbook.worksheets;
  sheets.load('items/name');
  const read = await readHouseholds(context);
  const stores = queueStores(context, sheets.items.map((s) => s.name));
  const ops = await operationsOrNone(context);
  const customFields = withDefinitions(read.customFields, decodeFields(stores.fields ? storeValues(stores.fields) : []));

  progress('contrôle', `Contrôle de ${read.rows.length} ligne${read.rows.length > 1 ? 's' : ''}…`, 0.4);
  const { findings, summary } = checkRead(read, customFields, ops.rows, today);

  progress('repérage', 'Repérage des cellules à corriger…', 0.7);
  const layout = layoutOf(read);
  const { targets, unplaced } = targetsOf(findings, layout);
  const { located, lost } = locateMarks(decodeMarks(storeValues(stores.marks)), layout);
  const batch = new Batch(context);
  const colours = await readColours(context, batch, layout.sheet, [...located, ...targets]);
  const keep = new Set(targets.map((t) => cellId(t.row, t.col)));
  const restore = restoreWrites(located, colours, keep);
  const paint = paintPlan(targets, layout.sheet, located, colours);
  // Order matters if Excel stops half-way: colours given back first, then the new record, then the paint.
  await queueWrites(context, batch, layout.sheet, restore.writes);
  await queueStoreWrite(context, batch, stores.marks, encodeMarks(paint.records));
  await queueWrites(context, batch, layout.sheet, paint.writes);
  await batch.flush();

  const marksRemoved = located.filter((l) => !keep.has(cellId(l.row, l.col))).length - restore.untouched;
  const marksLeft = lost.length + restore.untouched;
  const lines = reportLines(summary, targets.length, unplaced, marksRemoved, marksLeft);
  progress('terminé', lines[0], 1);
  return {
    findings, summary, markedCells: targets.length, unplaced, marksRemoved, marksLeft, sheet: layout.sheet, customFields, lines,
    syncs: read.syncs + ops.syncs + batch.syncs,
  };
}

const plural = (n: number, one: string, many: string): string => `${n} ${n > 1 ? many : one}`;

export function reportLines(s: CheckSummary, marked: number, unplaced: number, removed: number, left: number): string[] {
  const lines: string[] = [];
  if (s.errors + s.warnings === 0) {
    lines.push(`${plural(s.rowsChecked, 'ligne contrôlée', 'lignes contrôlées')} : aucune erreur, aucun avertissement.`);
  } else {
    lines.push(
      `${plural(s.rowsChecked, 'ligne contrôlée', 'lignes contrôlées')} : ${plural(s.errors, 'erreur', 'erreurs')}, ${plural(s.warnings, 'avertissement', 'avertissements')} sur ${plural(s.rowsWithFindings, 'ligne', 'lignes')}.`,
      `${plural(marked, 'cellule repérée', 'cellules repérées')} dans le tableau (rouge : erreur, orange : avertissement). « Supprimer les repérages » leur rend leurs couleurs.`,
    );
    for (const r of s.byRule) lines.push(`${r.title} (${r.severity}) : ${r.count}.`);
  }
  if (unplaced > 0) lines.push(`${plural(unplaced, 'constat porte', 'constats portent')} sur une colonne absente du tableau : non repéré${unplaced > 1 ? 's' : ''} (cliquez sur « Préparer le classeur » pour rétablir les colonnes).`);
  if (removed > 0) lines.push(`${plural(removed, 'repérage précédent retiré', 'repérages précédents retirés')} (cellule corrigée).`);
  if (left > 0) lines.push(`${plural(left, 'repérage précédent n’a', 'repérages précédents n’ont')} pas été retiré${left > 1 ? 's' : ''} : cellule recolorée depuis, ou ligne ou colonne supprimée.`);
  return lines;
}
