/**
 * Structured references to the current row of an Excel table, as the workbook writer writes them
 * (`Tableau_menages[[#This Row],[Nombre d''occupants]]`), and their translation back to A1 for one row
 * (HyperFormula, which the memory host and the tests use, has no structured references).
 *
 * Inside a column specifier Excel escapes four characters with a single quotation mark:
 * `[`, `]`, `#` and `'` itself.
 */
import { PARAM_NAMES, type FormulaRefs } from './excelFormula';

const SPECIAL = /['#[\]]/g;
const THIS_ROW = '[[#This Row],[';

/** A column header escaped for use inside `[...]` of a structured reference. */
export function escapeStructuredName(header: string): string {
  return header.replace(SPECIAL, "'$&");
}

/** `table[[#This Row],[header]]`, with the header escaped. */
export function structuredRef(table: string, header: string): string {
  return `${table}${THIS_ROW}${escapeStructuredName(header)}]]`;
}

/**
 * Formula references for a derived column written in an Excel table: inputs as structured references
 * to the same row (header of each column given by `headerForKey`), parameters as defined names.
 */
export function structuredFormulaRefs(table: string, headerForKey: (key: string) => string): FormulaRefs {
  return {
    ref: (key) => structuredRef(table, headerForKey(key)),
    param: (name) => PARAM_NAMES[name],
  };
}

export type HeaderToColumnLetter = ((header: string) => string | undefined) | Readonly<Record<string, string>>;

function letterOf(map: HeaderToColumnLetter, header: string): string | undefined {
  if (typeof map === 'function') return map(header);
  return Object.prototype.hasOwnProperty.call(map, header) ? map[header] : undefined;
}

/**
 * Translates every `table[[#This Row],[header]]` of a formula into the A1 reference of that column on
 * `row` (e.g. `C5`). Throws when a reference is malformed, names an unknown header, or when a bracket
 * is left outside string literals once translated: the structured formula is then not well formed.
 */
export function structuredToA1(formula: string, table: string, headerToColumnLetter: HeaderToColumnLetter, row: number): string {
  const start = table + THIS_ROW;
  let out = '';
  let i = 0;
  while (i < formula.length) {
    const ch = formula[i];
    if (ch === '"') {
      // String literal: copied as is ("" is an escaped quotation mark).
      let j = i + 1;
      while (j < formula.length) {
        if (formula[j] === '"' && formula[j + 1] === '"') j += 2;
        else if (formula[j] === '"') break;
        else j++;
      }
      if (j >= formula.length) throw new Error(`Chaîne non terminée dans la formule : ${formula}`);
      out += formula.slice(i, j + 1);
      i = j + 1;
      continue;
    }
    if (formula.startsWith(start, i)) {
      let j = i + start.length;
      let header = '';
      while (j < formula.length && formula[j] !== ']') {
        if (formula[j] === "'") {
          if (j + 1 >= formula.length) throw new Error(`Échappement incomplet dans la formule : ${formula}`);
          header += formula[j + 1];
          j += 2;
        } else if (formula[j] === '[' || formula[j] === '#') {
          throw new Error(`Caractère « ${formula[j]} » non échappé dans l'en-tête de la formule : ${formula}`);
        } else {
          header += formula[j];
          j++;
        }
      }
      if (formula.slice(j, j + 2) !== ']]') throw new Error(`Référence structurée mal fermée dans la formule : ${formula}`);
      const letter = letterOf(headerToColumnLetter, header);
      if (!letter) throw new Error(`Colonne inconnue « ${header} » dans la formule : ${formula}`);
      out += `${letter}${row}`;
      i = j + 2;
      continue;
    }
    if (ch === '[' || ch === ']') throw new Error(`Crochet inattendu à la position ${i} de la formule : ${formula}`);
    out += ch;
    i++;
  }
  return out;
}
