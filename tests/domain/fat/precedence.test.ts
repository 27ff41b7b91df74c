/** Table 2 precedence, incoherent codes, and the liste_opération figures of table 1. */
import { ALL_OPERATIONS } from '../../../src/domain/catalogue/operations';
import { classify, DESCRIPTION, strategyTable, sumOperationFigures } from '../../../src/domain/fat';
import { parseRow } from '../../../src/domain/household/parse';
import type { Household } from '../../../src/domain/household/types';

function relocated(fields: Record<string, string | number>): Household {
  return parseRow({ householdId: 1, operation: 'Tour A', relocation: 'OUI', ...fields }, { row: 2, params: { smic: 1400 } }).household;
}

function lineOf(fields: Record<string, string | number>): string {
  const o = classify(DESCRIPTION, relocated(fields));
  return o.kind === 'rule' ? o.id : `NC:${o.ruleId}`;
}

describe('Description des relogements: precedence', () => {
  it.each([
    [{ relocationType: 'TN', tenureAfter: 'PS', buildingAge: 'CN' }, 'formalised'],
    [{ relocationType: 'TN', financing: 'PLS' }, 'formalised'],
    [{ tenureAfter: 'PS', financing: 'PLS', buildingAge: 'CN' }, 'pls'],
    [{ tenureAfter: 'LL', financing: 'PLS' }, 'pls'],
    [{ tenureAfter: 'LL', financing: 'PLI' }, 'pli'],
    [{ tenureAfter: 'A', financing: 'PLI' }, 'pli'],
    [{ tenureAfter: 'AP', financing: 'PLS' }, 'ownership'],
    [{ tenureAfter: 'AP', buildingAge: 'CNR+5' }, 'ownership'],
    [{ buildingAge: 'C-5' }, 'new'],
    [{ tenureAfter: 'PS', buildingAge: 'AA-5', financing: 'PLUS' }, 'acquisition'],
    [{ tenureAfter: 'PS', buildingAge: 'CR-5' }, 'rehabilitated'],
    [{ tenureAfter: 'PS', buildingAge: 'CR+5' }, 'otherSocial'],
    [{ tenureAfter: 'PS' }, 'otherSocial'],
    [{ buildingAge: 'RD5' }, 'otherSocial'],
    [{ financing: 'PLAI' }, 'otherSocial'],
    [{ tenureAfter: 'LL' }, 'free'],
    [{ tenureAfter: 'A', financing: 'AI' }, 'other'],
    [{ tenureAfter: 'LL', buildingAge: 'CN' }, 'NC:socialAgeOutsideSocial'],
    [{ tenureAfter: 'A', financing: 'PLAI' }, 'NC:socialFinancingOutsideSocial'],
    [{ tenureAfter: 'AP', relocationType: 'TN' }, 'NC:tnOutsideSocial'],
    [{ financing: 'AI' }, 'NC:noTenure'],
    [{}, 'NC:noTenure'],
  ])('%j → %s', (fields, expected) => {
    expect(lineOf(fields)).toBe(expected);
  });
});

describe('Stratégie de relogement: figures of liste_opération', () => {
  const rows = (f: Parameters<typeof strategyTable>[1], scope = 'Tour A') =>
    strategyTable([], f, scope).rows.slice(0, 2).map((r) => [r.count, r.reason ?? '']);

  it('says which figure is missing', () => {
    expect(rows({ dwellingsToDemolish: 30, vacantDwellings: null, householdsToRelocate: 20 })).toEqual([
      [30, ''],
      [null, 'Non calculable : Nombre de logements vacants non renseigné (liste_opération)'],
    ]);
  });

  it('refuses more vacant dwellings than dwellings to demolish', () => {
    expect(rows({ dwellingsToDemolish: 10, vacantDwellings: 12, householdsToRelocate: 0 })[1]).toEqual([
      null,
      'Incohérent : plus de logements vacants (12) que de logements à démolir (10) dans liste_opération',
    ]);
  });

  it('sums the operations for Tout, blank when one operation is blank', () => {
    expect(
      sumOperationFigures([
        { dwellingsToDemolish: 40, vacantDwellings: 12, householdsToRelocate: 25 },
        { dwellingsToDemolish: 15, vacantDwellings: 0, householdsToRelocate: null },
      ]),
    ).toEqual({ dwellingsToDemolish: 55, vacantDwellings: 12, householdsToRelocate: null });
    const t = strategyTable([], { dwellingsToDemolish: 55, vacantDwellings: 12, householdsToRelocate: null }, ALL_OPERATIONS);
    expect(t.rows[0].rule).toBe('liste_opération : Nombre de logements à démolir (somme des opérations)');
    expect(t.rows[3].reason).toBe(
      "Nombre de ménages à reloger au démarrage de l'opération (y compris décohabitants ou hébergés) non renseigné pour au moins une opération (liste_opération)",
    );
  });
});
