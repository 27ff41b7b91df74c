/** Layout of the sheets the add-in writes, and the pure rules deriving formats and dropdowns from the catalogue. */
import {
  CODE_LISTS,
  codeList,
  FORMATS,
  GROUPS,
  HOUSEHOLD_COLUMNS,
  OPERATION_SHEET,
  type CodeList,
  type ColumnDef,
} from '../../domain/catalogue';
import { sheetRangeRef } from '../util/address';
import type { ListRule } from './ops';

export const LISTS_SHEET = 'Listes';
export const PARAMS_SHEET = 'Paramètres';
export const VARIABLES_SHEET = 'Tableau des variables';
export const EXPLANATION_SHEET = 'Explication';

/** Rows above the household table's headers: Bailleur, Référent, Date d'édition, then the group band. */
export const PREAMBLE_ROWS = 4;
export const HEADER_CELL_LABELS = ['Bailleur', 'Référent', "Date d'édition"] as const;
/** Header row of a new household table (0-based: row 5). */
export const NEW_HEADER_ROW = PREAMBLE_ROWS;

export const TABLE_STYLE = 'TableStyleLight1';
export const DERIVED_HEADER_FILL = 'D9D9D9';
export const DERIVED_FONT = '595959';
export const CUSTOM_BAND = { label: 'Champs ajoutés', color: 'EDEDED' } as const;

/** Name of the defined names of Paramètres (RIME_SMIC comes from the domain's PARAM_NAMES). */
export const NAMES = {
  bailleur: 'RIME_BAILLEUR',
  referent: 'RIME_REFERENT',
  smicYear: 'RIME_ANNEE_SMIC',
} as const;

/** Formula of the Bailleur / Référent cells above the table: the value typed in Paramètres. */
export function headerCellFormula(name: string): string {
  return `=IF(${name}="","",${name})`;
}

/** The number format of a household column's cells: text code lists are '@' so "1%" stays text. */
export function effectiveFormat(c: ColumnDef): string {
  if (c.kind === 'code') {
    if (c.key === 'operation') return FORMATS.text;
    return codeList(c.codeList!).numeric ? FORMATS.general : FORMATS.text;
  }
  return c.numberFormat;
}

/** Listes: code list i in columns 2i (codes) and 2i + 1 (meanings), titles on row 1. */
export function listColumn(listId: string): number {
  return 2 * CODE_LISTS.findIndex((l) => l.id === listId);
}

export function listTitle(list: CodeList): string {
  return (HOUSEHOLD_COLUMNS as readonly ColumnDef[]).find((c) => c.codeList === list.id)?.label ?? list.id;
}

/** `=Listes!$A$2:$A$7`: the codes of a list. */
export function listSource(listId: string): string {
  return sheetRangeRef(LISTS_SHEET, 1, listColumn(listId), codeList(listId).codes.length, 1);
}

/**
 * The operation names of liste_opération (Tout excluded): the name cells of the rows after Tout, at
 * least one cell. `firstBodyRow` is Tout's sheet row (0-based).
 */
export function operationSource(operationCount: number, firstBodyRow = 1, nameCol = 0, sheet = OPERATION_SHEET): string {
  return sheetRangeRef(sheet, firstBodyRow + 1, nameCol, Math.max(1, operationCount), 1);
}

/** Cuts a text at `max` characters on a line or word boundary, ending with "…". */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const at = Math.max(cut.lastIndexOf('\n'), cut.lastIndexOf(' ; '), cut.lastIndexOf(' '));
  return `${(at > max / 2 ? cut.slice(0, at) : cut).trimEnd()}…`;
}

/** Input message and error alert of a code column's dropdown (Excel: titles ≤ 32, messages ≤ 255). */
export function listRule(c: ColumnDef, opSource: string = operationSource(0)): ListRule {
  const promptTitle = truncate(c.label, 32);
  if (c.key === 'operation') {
    return {
      source: opSource,
      promptTitle,
      prompt: truncate(
        "Choisir l'opération dans la liste. Pour en ajouter une : la saisir dans la feuille liste_opération, puis cliquer sur « Valider la liste des opérations ».",
        255,
      ),
      errorTitle: 'Opération inconnue',
      error: truncate(
        "Cette opération n'est pas dans la feuille liste_opération. Ajoutez-la puis cliquez sur « Valider la liste des opérations ».",
        255,
      ),
    };
  }
  const list = codeList(c.codeList!);
  const meanings = list.codes.map((k) => `${k.code} = ${k.label}`).join('\n');
  return {
    source: listSource(list.id),
    promptTitle,
    prompt: truncate(meanings, 255),
    errorTitle: 'Code non valide',
    error: truncate(`Choisissez un code de la liste déroulante : ${list.codes.map((k) => k.code).join(', ')}.`, 255),
  };
}

export interface BandRun {
  readonly label: string;
  readonly color: string;
  /** Offset of the first column of the run in the table, and its width. */
  readonly start: number;
  readonly count: number;
}

/** Group band runs over a table's columns (`groupOf` gives undefined for user columns). */
export function bandRuns(groups: readonly (string | undefined)[]): BandRun[] {
  const runs: BandRun[] = [];
  groups.forEach((g, i) => {
    const group = GROUPS.find((x) => x.id === g);
    const label = group?.label ?? CUSTOM_BAND.label;
    const last = runs[runs.length - 1];
    if (last && last.label === label && last.start + last.count === i) {
      runs[runs.length - 1] = { ...last, count: last.count + 1 };
    } else {
      runs.push({ label, color: group?.color ?? CUSTOM_BAND.color, start: i, count: 1 });
    }
  });
  return runs;
}

/** The band row's cell values: each run's label in its first cell. */
export function bandValues(runs: readonly BandRun[]): string[] {
  const out: string[] = [];
  for (const r of runs) out.push(r.label, ...Array.from({ length: r.count - 1 }, () => ''));
  return out;
}
