/** Structured references written in the workbook, and their translation back to A1. */
import { HOUSEHOLD_COLUMNS, HOUSEHOLD_TABLE, headerOf } from '../../../src/domain/catalogue';
import {
  DERIVED,
  escapeStructuredName,
  structuredFormulaRefs,
  structuredRef,
  structuredToA1,
  toExcelFormula,
  type DerivedDef,
} from '../../../src/domain/derived';
import { LETTER, PARAM_CELL, formulaAt } from './hfWorkbook';

const T = 'Tableau_menages';
const headerForKey = (key: string): string => headerOf(HOUSEHOLD_COLUMNS.find((c) => c.key === key)!);

describe('structuredRef', () => {
  it('escapes quote, hash and brackets with a single quotation mark', () => {
    expect(structuredRef(T, "Nombre d'occupants")).toBe("Tableau_menages[[#This Row],[Nombre d''occupants]]");
    expect(structuredRef(T, 'Taux [net] #2')).toBe("Tableau_menages[[#This Row],[Taux '[net'] '#2]]");
    expect(structuredRef(T, 'Loyer de base mensuel ★')).toBe('Tableau_menages[[#This Row],[Loyer de base mensuel ★]]');
    expect(escapeStructuredName("a'#[]b")).toBe("a'''#'[']b");
  });

  it('writes the quittance formula of the workbook', () => {
    const formula = toExcelFormula(DERIVED.quittance, structuredFormulaRefs(HOUSEHOLD_TABLE, headerForKey));
    const rent = 'Tableau_menages[[#This Row],[Loyer de base mensuel ★]]';
    const charges = 'Tableau_menages[[#This Row],[Provision pour charges ★]]';
    expect(formula).toBe(`=IF(OR(NOT(ISNUMBER(${rent})),ISTEXT(${charges})),"",${rent}+IF(ISNUMBER(${charges}),${charges},0))`);
  });

  it('writes the SMIC as the defined name RIME_SMIC and escapes apostrophes in headers', () => {
    const smic = toExcelFormula(DERIVED.resourcesSmic, structuredFormulaRefs(HOUSEHOLD_TABLE, headerForKey));
    expect(smic).toContain('/RIME_SMIC,4)');
    const density = toExcelFormula(DERIVED.densityBefore, structuredFormulaRefs(HOUSEHOLD_TABLE, headerForKey));
    expect(density).toContain("Tableau_menages[[#This Row],[Nombre d''occupants]]");
    expect(density).toContain('Tableau_menages[[#This Row],[Nombre de pièces ★]]');
  });
});

describe('structuredToA1', () => {
  const letters = { "Nombre d'occupants": 'R', 'Nombre de pièces ★': 'G', "Taux '[x]": 'AB' };

  it('translates references of the current row, unescaping headers', () => {
    expect(structuredToA1(`=${structuredRef(T, "Nombre d'occupants")}-${structuredRef(T, 'Nombre de pièces ★')}`, T, letters, 7))
      .toBe('=R7-G7');
    expect(structuredToA1(`=${structuredRef(T, "Taux '[x]")}*2`, T, (h) => letters[h as keyof typeof letters], 12)).toBe('=AB12*2');
  });

  it('leaves string literals alone, brackets and doubled quotes included', () => {
    expect(structuredToA1('=IF(A1="[x]","a""]b",1)', T, letters, 3)).toBe('=IF(A1="[x]","a""]b",1)');
  });

  it('rejects malformed structured formulas', () => {
    expect(() => structuredToA1(`=${structuredRef(T, 'Inconnue')}`, T, letters, 2)).toThrow('Colonne inconnue « Inconnue »');
    expect(() => structuredToA1("=Tableau_menages[[#This Row],[Nombre d'occupants]]", T, letters, 2)).toThrow();
    expect(() => structuredToA1('=Tableau_menages[[#This Row],[Taux #1]]', T, letters, 2)).toThrow('non échappé');
    expect(() => structuredToA1('=Tableau_menages[[#This Row],[Nombre de pièces ★]', T, letters, 2)).toThrow('mal fermée');
    expect(() => structuredToA1('=Tableau_menages[Nombre de pièces ★]', T, letters, 2)).toThrow('Crochet inattendu');
    expect(() => structuredToA1('=Autre[[#This Row],[Nombre de pièces ★]]', T, letters, 2)).toThrow('Crochet inattendu');
    expect(() => structuredToA1('=IF(A1="x,1)', T, letters, 2)).toThrow('Chaîne non terminée');
  });

  it.each(Object.keys(DERIVED))('%s: the structured formula is well formed and equals the A1 formula', (key) => {
    const def = (DERIVED as unknown as Record<string, DerivedDef>)[key];
    const structured = toExcelFormula(def, structuredFormulaRefs(HOUSEHOLD_TABLE, headerForKey));
    const refs = structured.match(/\[\[#This Row\],\[/g) ?? [];
    expect(refs.length).toBeGreaterThan(0);
    expect(structured.split('Tableau_menages[[#This Row],[').length - 1).toBe(refs.length);
    const a1 = formulaAt(key, 9, 'a1');
    expect(formulaAt(key, 9, 'structured').split('RIME_SMIC').join(PARAM_CELL)).toBe(a1);
    // Every input column of the definition appears in the A1 formula at its own letter.
    for (const k of [...def.required, ...(def.positive ?? []), ...(def.optional ?? [])]) expect(a1).toContain(`${LETTER[k]}9`);
  });
});
