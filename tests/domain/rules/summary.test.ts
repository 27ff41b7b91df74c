/** The summary after a check: rows checked, errors, warnings and counts by rule, counted by hand. */
import { summarise, type Finding } from '../../../src/domain/rules';
import { RELOCATED, TO_RELOCATE, check, parseAll } from './helpers';

describe('summarise', () => {
  // Row 2: 1 avertissement (occupants) + 2 erreurs (montant négatif, code hors liste), in column order.
  // Row 3: 1 avertissement (départ spontané avec date). Row 4: coherent. Row 5: blank line.
  const rows = [
    { ...RELOCATED, householdId: 1, jobStatus: 'CDD', rni: -5, occupants: 6 },
    { ...TO_RELOCATE, householdId: 2, relocation: 'D', moveDate: 45000 },
    { ...RELOCATED, householdId: 3 },
    {},
  ];
  const parsed = parseAll(rows);
  const findings = check(rows);

  it('counts rows, errors and warnings', () => {
    expect(findings.map((f) => `${f.row}:${f.ruleId}`)).toEqual([
      '2:occupants-incoherents',
      '2:montant-negatif',
      '2:code-hors-liste',
      '3:depart-avec-date',
    ]);
    expect(summarise(findings, parsed)).toEqual({
      rowsChecked: 3,
      rowsWithErrors: 1,
      rowsWithWarnings: 2,
      rowsWithFindings: 2,
      errors: 2,
      warnings: 2,
      byRule: [
        { ruleId: 'code-hors-liste', title: 'Code hors de la liste', severity: 'erreur', count: 1 },
        { ruleId: 'montant-negatif', title: 'Montant négatif', severity: 'erreur', count: 1 },
        {
          ruleId: 'occupants-incoherents',
          title: "Nombre d'occupants différent de la composition du ménage",
          severity: 'avertissement',
          count: 1,
        },
        {
          ruleId: 'depart-avec-date',
          title: 'Départ spontané ou autre avec une date de déménagement',
          severity: 'avertissement',
          count: 1,
        },
      ],
    });
  });

  it('takes a row count as well', () => {
    expect(summarise(findings, 40).rowsChecked).toBe(40);
  });

  it('counts several findings of one rule, in RULES order', () => {
    const f = (row: number, ruleId: string, severity: Finding['severity']): Finding => ({
      row,
      householdId: row,
      requestNo: 1,
      columnKey: 'rent',
      ruleId,
      severity,
      message: '',
    });
    const s = summarise(
      [
        f(2, 'montant-negatif', 'erreur'),
        f(9, 'loyer-manquant', 'avertissement'),
        f(9, 'montant-negatif', 'erreur'),
      ],
      10,
    );
    expect(s.byRule.map((r) => [r.ruleId, r.count])).toEqual([
      ['montant-negatif', 2],
      ['loyer-manquant', 1],
    ]);
    expect([s.errors, s.warnings, s.rowsWithErrors, s.rowsWithWarnings, s.rowsWithFindings]).toEqual([
      2, 1, 2, 1, 2,
    ]);
  });

  it('no finding: zeros and an empty list', () => {
    expect(summarise([], 0)).toEqual({
      rowsChecked: 0,
      rowsWithErrors: 0,
      rowsWithWarnings: 0,
      rowsWithFindings: 0,
      errors: 0,
      warnings: 0,
      byRule: [],
    });
  });
});
