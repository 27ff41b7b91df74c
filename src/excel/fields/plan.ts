/**
 * What a new field writes (pure): its number format, its data validation, its block on the Listes
 * sheet, its row in Tableau des variables, the group band above the table once it is inserted.
 */
import { FORMATS, GROUPS, type CodeDef, type CustomFieldDef, type CustomFieldType } from '../../domain/catalogue';
import { formatDate } from '../../domain/dates';
import { bandRuns, bandValues, CUSTOM_BAND, LISTS_SHEET, truncate } from '../setup/layout';
import { columnLetter, sheetRangeRef } from '../util/address';
import { householdMatcher } from '../workbook/headers';
import { TYPE_WORDS } from './store';

export const FIELD_WIDTH_POINTS = 110;

export function fieldFormat(type: CustomFieldType): string {
  switch (type) {
    case 'number':
      return FORMATS.number;
    case 'amount':
      return FORMATS.amount;
    case 'date':
      return FORMATS.date;
    default:
      return FORMATS.text;
  }
}

const FORMAT_WORDS: Record<CustomFieldType, string> = {
  text: `Texte (${FORMATS.text})`,
  number: `Nombre, 2 décimales (${FORMATS.number})`,
  amount: `Euros, 2 décimales (${FORMATS.amount})`,
  date: `Date jj/mm/aaaa (${FORMATS.date})`,
  list: `Texte (${FORMATS.text})`,
};

/** Lower and upper bounds of « any number » and of the dates Excel accepts in a validation. */
const ANY_NUMBER = 1e15;
const FIRST_DATE = '1900-01-01';
const LAST_DATE = '9999-12-31';

export interface FieldValidation {
  readonly rule: Excel.DataValidationRule;
  readonly prompt: Excel.DataValidationPrompt;
  readonly errorAlert: Excel.DataValidationErrorAlert;
}

/** The data validation of the field's cells: a dropdown on Listes for a list, the type's bounds otherwise. */
export function fieldValidation(f: CustomFieldDef, listSource: string): FieldValidation {
  const codes = (f.codes ?? []).map((c) => (c.label && c.label !== c.code ? `${c.code} = ${c.label}` : c.code));
  const help = f.help.trim();
  const defaults: Record<CustomFieldType, [string, string, string]> = {
    text: ['Texte libre.', 'Texte trop long', 'Le texte dépasse la longueur permise par Excel.'],
    number: ['Saisissez un nombre, sans unité ni texte.', 'Nombre attendu', 'Saisissez un nombre (chiffres et virgule décimale seulement, sans unité ni texte).'],
    amount: ['Saisissez un montant en euros, sans le signe €.', 'Montant attendu', 'Saisissez un montant en euros, positif ou nul, sans le signe € ni espace.'],
    date: ['Saisissez une date au format jj/mm/aaaa.', 'Date attendue', 'Saisissez une date au format jj/mm/aaaa, par exemple 15/03/2024.'],
    list: [codes.join('\n'), 'Code non valide', `Choisissez un code de la liste déroulante : ${(f.codes ?? []).map((c) => c.code).join(', ')}.`],
  };
  const [defaultPrompt, errorTitle, error] = defaults[f.type];
  const message = f.type === 'list' ? [help, defaultPrompt].filter((s) => s !== '').join('\n') : help || defaultPrompt;
  let rule: Excel.DataValidationRule;
  switch (f.type) {
    case 'number':
      rule = { decimal: { formula1: -ANY_NUMBER, formula2: ANY_NUMBER, operator: 'Between' as Excel.DataValidationOperator } };
      break;
    case 'amount':
      rule = { decimal: { formula1: 0, operator: 'GreaterThanOrEqualTo' as Excel.DataValidationOperator } };
      break;
    case 'date':
      rule = { date: { formula1: FIRST_DATE, formula2: LAST_DATE, operator: 'Between' as Excel.DataValidationOperator } };
      break;
    case 'list':
      rule = { list: { inCellDropDown: true, source: listSource } };
      break;
    default:
      rule = { textLength: { formula1: 32767, operator: 'LessThanOrEqualTo' as Excel.DataValidationOperator } };
  }
  return {
    rule,
    prompt: { showPrompt: true, title: truncate(f.label, 32), message: truncate(message, 255) },
    errorAlert: { showAlert: true, style: 'Stop' as Excel.DataValidationAlertStyle, title: truncate(errorTitle, 32), message: truncate(error, 255) },
  };
}

/** The field's block on Listes: title row, then one row per code (code, meaning). */
export function listBlock(f: CustomFieldDef): string[][] {
  return [[`${f.label} : code`, 'Signification'], ...(f.codes ?? []).map((c) => [c.code, c.label])];
}

/** `=Listes!$X$2:$X$n`: the codes of a field whose block starts at column `col`, title on row `row` (0-based). */
export function listSourceAt(codes: readonly CodeDef[], col: number, row = 0): string {
  return sheetRangeRef(LISTS_SHEET, row + 1, col, Math.max(1, codes.length), 1);
}

/** The field's row in Tableau des variables (same 11 columns as the catalogue's rows). */
export function variablesRow(f: CustomFieldDef, listCol: number | null, today: number): string[] {
  const codes = (f.codes ?? []).map((c) => `${c.code} = ${c.label}`).join('\n');
  const list = f.type === 'list' && listCol !== null
    ? `Liste déroulante : feuille ${LISTS_SHEET}, colonnes ${columnLetter(listCol)} (codes) et ${columnLetter(listCol + 1)} (significations)`
    : 'Saisie';
  return [
    CUSTOM_BAND.label, f.label, f.key, TYPE_WORDS[f.type], codes, FORMAT_WORDS[f.type], list, 'Non',
    f.personal ? 'Oui' : 'Non', f.help, `Champ ajouté le ${formatDate(today)} par « Insérer un nouveau champ de saisie ».`,
  ];
}

const BAND_LABELS = new Set<string>([...GROUPS.map((g) => g.label), CUSTOM_BAND.label, '']);

/** True when the row above the headers is the add-in's group band (or empty), so it may be rewritten. */
export function isBand(cells: readonly unknown[]): boolean {
  return cells.length > 0 && cells.every((v) => typeof v === 'string' && BAND_LABELS.has(v)) && cells.some((v) => v !== '');
}

/** The band over `headers` (user columns under « Champs ajoutés »): values and coloured runs. */
export function bandFor(headers: readonly string[]): { values: string[]; runs: ReturnType<typeof bandRuns> } {
  const runs = bandRuns(headers.map((h) => householdMatcher(h)?.group));
  return { values: bandValues(runs), runs };
}
