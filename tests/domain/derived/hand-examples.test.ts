/**
 * Derived values computed by hand (SMIC 1 118 €), checked against evaluateRow and against the generated
 * Excel formulas computed by HyperFormula (A1 and structured forms).
 */
import { evaluateRow, type DerivedValue } from '../../../src/domain/derived';
import type { Row } from './agreementRows';
import { computeInHyperFormula, normalise } from './hfWorkbook';

type Example = readonly [name: string, inputs: Row, expected: Readonly<Record<string, DerivedValue>>];

const SMIC = 1118;

const EXAMPLES: readonly Example[] = [
  ['the reference household: quittance 450, reste à charge 350, ressources 1 200', {
    rent: 400, charges: 50, apl: 100, salaries: 1000, familyBenefits: 200, occupants: 3, rooms: 3, roomsAfter: 4, age: 45,
    surface: 60, surfaceAfter: 63, rentAfter: 420, chargesAfter: 30, aplAfter: 100,
  }, {
    quittance: 450, residualRent: 350, effortRate: 0.2916666666666667, densityBefore: 'Équilibre', resources: 1200,
    resourcesSmic: 1.0733, ageBand: '40-49 ans', densityAfter: 'Équilibre', roomsEvolution: 1, surfaceEvolution: 3,
    surfaceEvolutionBand: 'De 0 à 5 %', quittanceAfter: 450, residualRentAfter: 350, effortRateAfter: 0.2916666666666667,
    effortRateEvolution: 0, effortRateEvolutionBand: 'De -2,5 à 2,5 pts', residualRentEvolution: 0, residualRentEvolutionBand: '0 €',
  }],
  ['effort 15 % → 17,5 %: +2,5 points is still stable; blank charges and APL count 0', {
    rent: 150, charges: '', apl: '', salaries: 1000, familyBenefits: '', rooms: 2, roomsAfter: 2, rentAfter: 175,
  }, {
    quittance: 150, residualRent: 150, effortRate: 0.15, resources: 1000, resourcesSmic: 0.8945, roomsEvolution: 0,
    quittanceAfter: 175, residualRentAfter: 175, effortRateAfter: 0.175, effortRateEvolution: 2.5,
    effortRateEvolutionBand: 'De -2,5 à 2,5 pts', residualRentEvolution: 25, residualRentEvolutionBand: 'De 20 à 30 €',
    densityBefore: null, densityAfter: null, ageBand: null, surfaceEvolution: null, surfaceEvolutionBand: null,
  }],
  ['effort 20 % → 17,5 %: −2,5 points is stable', { rent: 200, salaries: 1000, rentAfter: 175 }, {
    effortRate: 0.2, effortRateAfter: 0.175, effortRateEvolution: -2.5, effortRateEvolutionBand: 'De -2,5 à 2,5 pts',
    residualRentEvolution: -25, residualRentEvolutionBand: '< -5 €',
  }],
  ['effort 10 % → 25 %: +15 points', { rent: 100, salaries: 1000, rentAfter: 250 }, {
    effortRate: 0.1, effortRateAfter: 0.25, effortRateEvolution: 15, effortRateEvolutionBand: 'De 2,5 à 15 pts',
    residualRentEvolution: 150, residualRentEvolutionBand: '> 40 €',
  }],
  ['effort 25 % → 10 %: −15 points', { rent: 250, salaries: 1000, rentAfter: 100 }, {
    effortRateEvolution: -15, effortRateEvolutionBand: 'De -15 à -2,5 pts',
  }],
  ['effort 10 % → 40 %: +30 points', { rent: 100, salaries: 1000, rentAfter: 400 }, {
    effortRateEvolution: 30, effortRateEvolutionBand: '> 15 pts',
  }],
  ['resources 0: effort rate blank, never 0 %', { rent: 300, salaries: 0, familyBenefits: 0, rentAfter: 310 }, {
    quittance: 300, residualRent: 300, resources: 0, resourcesSmic: 0, effortRate: null, effortRateAfter: null,
    effortRateEvolution: null, effortRateEvolutionBand: null, residualRentEvolution: 10, residualRentEvolutionBand: 'De 5 à 10 €',
  }],
  ['no income declared: resources blank', { rent: 300, salaries: '', familyBenefits: '' }, {
    resources: null, resourcesSmic: null, effortRate: null,
  }],
  ['text in number cells: rent "400" blanks the quittance, APL "12,5" blanks the reste à charge', {
    rent: '400', charges: 50, rentAfter: 400, chargesAfter: 50, aplAfter: '12,5', salaries: 1000,
  }, {
    quittance: null, residualRent: null, effortRate: null, quittanceAfter: 450, residualRentAfter: null, effortRateAfter: null,
  }],
  ['density: 6 occupants in a T3 (+3), then a T5 (+1); 1 occupant in a T3 (−2)', { occupants: 6, rooms: 3, roomsAfter: 5 }, {
    densityBefore: 'Sur-occupation', densityAfter: 'Équilibre', roomsEvolution: 2,
  }],
  ['density: 1 occupant in a T3 is Sous-occupation, in a T2 Équilibre', { occupants: 1, rooms: 3, roomsAfter: 2 }, {
    densityBefore: 'Sous-occupation', densityAfter: 'Équilibre', roomsEvolution: -1,
  }],
  ['surface 80 → 112 m²: +40 % exactly', { surface: 80, surfaceAfter: 112 }, {
    surfaceEvolution: 32, surfaceEvolutionBand: 'De 30 à 40 %',
  }],
  ['surface 80 → 112,01 m²: +40,0125 %', { surface: 80, surfaceAfter: 112.01 }, {
    surfaceEvolution: 32.01, surfaceEvolutionBand: '> 40 %',
  }],
  ['surface 100 → 95 m²: −5 % exactly; 100 → 94,99: below −5 %', { surface: 100, surfaceAfter: 95 }, {
    surfaceEvolution: -5, surfaceEvolutionBand: 'De -5 à 0 %',
  }],
  ['surface 100 → 94,99 m²', { surface: 100, surfaceAfter: 94.99 }, { surfaceEvolution: -5.01, surfaceEvolutionBand: '< -5 %' }],
  ['surface 0 m² before: no percentage', { surface: 0, surfaceAfter: 50 }, { surfaceEvolution: 50, surfaceEvolutionBand: null }],
  ['APL rises: reste à charge 360 → 355,01 €', {
    rent: 500, charges: 60, apl: 200, rentAfter: 550, chargesAfter: 60, aplAfter: 254.99,
  }, {
    quittance: 560, residualRent: 360, quittanceAfter: 610, residualRentAfter: 355.01, residualRentEvolution: -4.99,
    residualRentEvolutionBand: 'De -5 à 0 €',
  }],
  ['APL above the quittance: negative reste à charge', { rent: 300, apl: 400, salaries: 1200 }, {
    residualRent: -100, effortRate: -0.08333333333333333,
  }],
  ['a boolean in Salaires mensuels counts 0, as in Excel', { salaries: true, familyBenefits: 100 }, {
    resources: 100, resourcesSmic: 0.0894,
  }],
  ['ages 29 and 75', { age: 29 }, { ageBand: 'Moins de 30 ans' }],
  ['age 75', { age: 75 }, { ageBand: '75 ans et plus' }],
  ['age typed as text', { age: '45' }, { ageBand: null }],
];

const get = (row: Row) => (key: string) => (key in row ? row[key] : '');

describe('hand-computed derived values', () => {
  it.each(EXAMPLES)('%s (TypeScript)', (_name, inputs, expected) => {
    expect(evaluateRow(get(inputs), { smic: SMIC })).toMatchObject(expected);
  });

  it('gives every derived value of the reference household', () => {
    const [, inputs, expected] = EXAMPLES[0];
    expect(evaluateRow(get(inputs), { smic: SMIC })).toEqual(expected);
  });

  it('gives a blank SMIC ratio when the SMIC parameter is blank or 0', () => {
    const inputs = { salaries: 1000 };
    expect(evaluateRow(get(inputs), { smic: null }).resourcesSmic).toBeNull();
    expect(evaluateRow(get(inputs), { smic: 0 }).resourcesSmic).toBeNull();
    expect(evaluateRow(get(inputs), { smic: 1398.69 }).resourcesSmic).toBe(0.715);
  });

  it.each(['a1', 'structured'] as const)('gives the same hand values in the workbook (%s form)', (form) => {
    const [result] = computeInHyperFormula(
      [{ scenario: { sheet: 'Exemples', cell: SMIC, ts: SMIC }, rows: EXAMPLES.map(([, inputs]) => inputs) }],
      form,
    );
    EXAMPLES.forEach(([name, , expected], i) => {
      for (const [key, value] of Object.entries(expected)) {
        const hf = normalise(result.values[i][key]);
        if (typeof value === 'number') expect([name, key, Math.abs((hf as number) - value) <= 1e-9]).toEqual([name, key, true]);
        else expect([name, key, hf]).toEqual([name, key, value]);
      }
    });
  });
});
