/**
 * Rules across rows (duplicates, décohabitation requests), the order and uniqueness of findings,
 * blank lines, and the operations read from liste_opération. Rows are at worksheet row 2, 3, 4…
 */
import { checkHouseholds, checkedRowCount, operationInfos } from '../../../src/domain/rules';
import { serialFromYmd } from '../../../src/domain/dates';
import { RELOCATED, TODAY, TO_RELOCATE, check, hits, parseAll, type Raw } from './helpers';

const row = (changes: Raw, base: Raw = RELOCATED): Raw => ({ ...base, ...changes });
const at = (findings: ReturnType<typeof check>): string[] =>
  findings.map((f) => `${f.row}:${f.ruleId}@${f.columnKey}`);

describe('doublon-demande', () => {
  it('reports both rows, each naming the other', () => {
    const findings = check([
      row({ householdId: 101 }),
      row({ householdId: 102 }),
      row({ householdId: 101 }),
      row({ householdId: 101, requestNo: 2, priorStatus: 'D' }, TO_RELOCATE),
    ]);
    expect(at(findings)).toEqual(['2:doublon-demande@householdId', '4:doublon-demande@householdId']);
    expect(findings[0].relatedRows).toEqual([4]);
    expect(findings[1].relatedRows).toEqual([2]);
    expect(findings[0].message).toContain('figure aussi à la ligne 4.');
    expect(findings[1].message).toContain('figure aussi à la ligne 2.');
  });

  it('three rows with the same pair: each names the two others', () => {
    const findings = check([row({ householdId: 7 }), row({ householdId: 7 }), row({ householdId: 7 })]);
    expect(at(findings)).toEqual([
      '2:doublon-demande@householdId',
      '3:doublon-demande@householdId',
      '4:doublon-demande@householdId',
    ]);
    expect(findings.map((f) => f.relatedRows)).toEqual([
      [3, 4],
      [2, 4],
      [2, 3],
    ]);
    expect(findings[1].message).toContain('figure aussi aux lignes 2 et 4.');
  });

  it("close: same N° d'identification, other N° de demande (décohabitation) is no duplicate (GUIDE-NOTES H5)", () => {
    expect(hits(check([row({}), row({ requestNo: 2, priorStatus: 'D' }, TO_RELOCATE)]))).toEqual([]);
  });

  it('a blank N° de demande counts as 1', () => {
    expect(at(check([row({ requestNo: 1 }), row({ requestNo: '' })]))).toEqual([
      '2:doublon-demande@householdId',
      '3:doublon-demande@householdId',
    ]);
  });

  it('a huge group stays linear: 2 000 copies, at most 20 rows named per finding', () => {
    const findings = check(Array.from({ length: 2000 }, () => row({})));
    expect(findings).toHaveLength(2000);
    expect(findings[0].relatedRows).toHaveLength(20);
    expect(findings[0].message).toContain('(et 1979 autres lignes)');
    expect(findings[1999].relatedRows?.[0]).toBe(2);
  });
});

describe('demande-sans-premiere', () => {
  it('fires on a request 2 whose family has no request 1', () => {
    expect(at(check([row({ householdId: 103, requestNo: 2, priorStatus: 'D' })]))).toEqual([
      '2:demande-sans-premiere@requestNo',
    ]);
  });
  it('fires on each request of a family having requests 2 and 3 but no 1', () => {
    expect(
      at(
        check([
          row({ householdId: 105, requestNo: 3, priorStatus: 'D' }),
          row({ householdId: 105, requestNo: 2, priorStatus: 'H' }),
        ]),
      ),
    ).toEqual(['2:demande-sans-premiere@requestNo', '3:demande-sans-premiere@requestNo']);
  });
  it('close: the request 1 is further down the table', () => {
    expect(
      hits(check([row({ householdId: 103, requestNo: 2, priorStatus: 'D' }), row({ householdId: 103 })])),
    ).toEqual([]);
  });
});

describe('decohabitation-titulaire', () => {
  it('fires on a request 2 whose statut antérieur is T', () => {
    expect(
      at(check([row({ householdId: 104 }), row({ householdId: 104, requestNo: 2, priorStatus: 'T' })])),
    ).toEqual(['3:decohabitation-titulaire@priorStatus']);
  });
  it('close: request 2 with statut D, request 1 with statut T', () => {
    expect(
      hits(check([row({ householdId: 104 }), row({ householdId: 104, requestNo: 2, priorStatus: 'D' })])),
    ).toEqual([]);
  });
});

describe('order and uniqueness of findings', () => {
  it('sorted by row, then catalogue column order, then rule order, whatever the input order', () => {
    const parsed = parseAll([
      row({ householdId: 201 }),
      row({
        householdId: '',
        rent: '380,00',
        children: 0,
        hosted: 1,
        occupants: 3,
        moveDate: serialFromYmd(2025, 8, 1),
      }),
    ]);
    const findings = checkHouseholds([...parsed].reverse(), { operations: [], today: TODAY });
    expect(at(findings)).toEqual([
      '2:operation-inconnue@operation',
      '3:identifiant-manquant@householdId',
      '3:operation-inconnue@operation',
      '3:nombre-en-texte@rent',
      '3:structure-enfants@familyStructure',
      '3:structure-heberges@familyStructure',
      '3:date-demenagement-future@moveDate',
    ]);
  });

  it('the same row given twice gives each (row, column, rule) once', () => {
    const parsed = parseAll([row({ jobStatus: 'CDD' })]);
    expect(at(checkHouseholds([parsed[0], parsed[0]], { operations: [], today: TODAY }))).toEqual([
      '2:doublon-demande@householdId',
      '2:operation-inconnue@operation',
      '2:code-hors-liste@jobStatus',
    ]);
  });

  it('user fields come just before « Commentaires et observations »', () => {
    const fields = [
      {
        key: 'custom:visites',
        label: 'Nombre de visites',
        type: 'number' as const,
        help: '',
        personal: false,
      },
    ];
    const findings = check([row({ 'custom:visites': 'deux', acceptance: 'X', comments: 'RAS' })], {
      customFields: fields,
    });
    expect(at(findings)).toEqual(['2:code-hors-liste@acceptance', '2:pas-un-nombre@custom:visites']);
    expect(findings[1].message).toContain('colonne « Nombre de visites »');
  });
});

describe('blank lines and the rows checked', () => {
  it('a blank line of the table is skipped (no N°, no Opération, no Relogement findings)', () => {
    const parsed = parseAll([row({}), {}, { householdId: '', comments: '' }]);
    expect(checkHouseholds(parsed, { operations: [], today: TODAY }).map((f) => f.row)).toEqual([2]);
    expect(checkedRowCount(parsed)).toBe(1);
  });
  it('a line with only a comment is checked', () => {
    expect(at(check([{ comments: 'appeler la famille' }]))).toEqual([
      '2:identifiant-manquant@householdId',
      '2:operation-manquante@operation',
      '2:relogement-manquant@relocation',
    ]);
  });
});

describe('operationInfos (liste_opération rows)', () => {
  it('keeps named operations, drops « Tout » and blank names, reads dates', () => {
    const infos = operationInfos([
      { name: 'Tout', commune: 'Vénissieux', startDate: '', endDate: '' },
      { name: ' Les Tilleuls ', commune: 'Vénissieux', startDate: 44197, endDate: '31/12/2026' },
      { name: '', commune: 'Lyon', startDate: 44000, endDate: '' },
      { name: 'Le Bois Joli', commune: '', startDate: 43709, endDate: 45657 },
    ]);
    expect(infos).toEqual([
      { name: 'Les Tilleuls', commune: 'Vénissieux', startDate: 44197, endDate: null },
      { name: 'Le Bois Joli', commune: null, startDate: 43709, endDate: 45657 },
    ]);
  });
  it('an empty liste_opération: the message says so', () => {
    const [f] = checkHouseholds(parseAll([row({})]), { operations: [], today: TODAY });
    expect(f.message).toContain('liste_opération ne contient aucune opération');
  });
});
