import { columnIndex, columnLetter, parseAddress, quoteSheet, sameSheetName, sheetRangeRef } from '../../src/excel/util/address';
import { moveReferences, normaliseFormula, type RefMap } from '../../src/excel/util/formulas';
import { protectText, wouldBeConverted } from '../../src/excel/util/text';

describe('addresses', () => {
  test('column letters both ways', () => {
    expect(columnLetter(0)).toBe('A');
    expect(columnLetter(25)).toBe('Z');
    expect(columnLetter(26)).toBe('AA');
    expect(columnLetter(71)).toBe('BT');
    expect(columnIndex('BT')).toBe(71);
    expect(columnIndex('XFD')).toBe(16383);
  });
  test('sheet quoting and range references', () => {
    expect(quoteSheet('Listes')).toBe('Listes');
    expect(quoteSheet('liste_opération')).toBe("'liste_opération'");
    expect(quoteSheet("L'autre")).toBe("'L''autre'");
    expect(sheetRangeRef('Listes', 1, 0, 6, 1)).toBe('=Listes!$A$2:$A$7');
    expect(sheetRangeRef('liste_opération', 2, 0, 3, 1)).toBe("='liste_opération'!$A$3:$A$5");
  });
  test('parse addresses', () => {
    expect(parseAddress("'Tableau des variables'!B3:D9")).toEqual({ row: 2, col: 1, rows: 7, cols: 3 });
    expect(parseAddress('Feuil1!$C$4')).toEqual({ row: 3, col: 2, rows: 1, cols: 1 });
  });
  test('sheet names compared as Excel does, then forgiving', () => {
    expect(sameSheetName('tableau_de_saisie', 'Tableau_de_saisie')).toBe(true);
    expect(sameSheetName('Tableau de saisie', 'Tableau_de_saisie')).toBe(true);
    expect(sameSheetName('Liste_operation', 'liste_opération')).toBe(true);
    expect(sameSheetName('Listes', 'liste_opération')).toBe(false);
  });
});

describe('normaliseFormula', () => {
  test('long and short this-row forms compare equal', () => {
    const long = "=IF(NOT(ISNUMBER(Tableau_menages[[#This Row],[Loyer de base mensuel ★]])),\"\",Tableau_menages[[#This Row],[Loyer de base mensuel ★]])";
    const short = '=IF(NOT(ISNUMBER([@[Loyer de base mensuel ★]])),"",[@[Loyer de base mensuel ★]])';
    expect(normaliseFormula(long)).toBe(normaliseFormula(short));
    expect(normaliseFormula('=[@APL]+1')).toBe(normaliseFormula('=Tableau_menages[[#This Row],[APL]] + 1'));
  });
  test('strings keep their case and spaces', () => {
    expect(normaliseFormula('=IF(A1>0,"Sur-occupation ok","")')).toBe('=IF(A1>0,"Sur-occupation ok","")');
    expect(normaliseFormula('=if(a1>0,"x","")')).toBe('=IF(A1>0,"x","")');
  });
});

describe('moveReferences', () => {
  // Columns B and C swap on rows 5..10; two rows inserted above row 5 (0-based 4).
  const map: RefMap = {
    sheet: 'Tableau_de_saisie',
    row: (r) => (r >= 4 ? r + 2 : r),
    col: (c) => (c === 1 ? 2 : c === 2 ? 1 : c),
    cell: (r, c) => [r >= 4 ? r + 2 : r, r >= 4 && r <= 9 ? (c === 1 ? 2 : c === 2 ? 1 : c) : c],
  };
  test('cells, ranges, absolute marks and whole columns', () => {
    expect(moveReferences('=B6+C6*2', map)).toBe('=C8+B8*2');
    expect(moveReferences('=SUM($B$5:$B$10)', map)).toBe('=SUM($C$7:$C$12)');
    expect(moveReferences('=COUNTIF(B:B,"OUI")', map)).toBe('=COUNTIF(C:C,"OUI")');
    expect(moveReferences('=A1&B2', map)).toBe('=A1&B2');
  });
  test('strings, functions, names, other sheets and structured references are left alone', () => {
    expect(moveReferences('=IF(B6="B6",LOG10(B6),RIME_SMIC)', map)).toBe('=IF(C8="B6",LOG10(C8),RIME_SMIC)');
    expect(moveReferences("=Listes!B6+'Tableau_de_saisie'!B6", map)).toBe("=Listes!B6+'Tableau_de_saisie'!C8");
    expect(moveReferences('=Tableau_menages[[#This Row],[B6]]+B6', map)).toBe('=Tableau_menages[[#This Row],[B6]]+C8');
  });
});

describe('protectText', () => {
  test('text Excel would convert gets the apostrophe prefix', () => {
    expect(wouldBeConverted('12,5')).toBe(true);
    expect(wouldBeConverted('03/02/2024')).toBe(true);
    expect(wouldBeConverted('1%')).toBe(true);
    expect(wouldBeConverted('=A1')).toBe(true);
    expect(wouldBeConverted('VRAI')).toBe(true);
    expect(wouldBeConverted('Dupont')).toBe(false);
    expect(protectText('12,5', 'General')).toBe("'12,5");
    expect(protectText('Dupont', 'General')).toBe('Dupont');
  });
  test('in a text column only formula-looking text needs it', () => {
    expect(protectText('1%', '@')).toBe('1%');
    expect(protectText('=A1', '@')).toBe("'=A1");
  });
});
