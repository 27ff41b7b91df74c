/** The French rule texts come from the same criteria as the predicates. */
import { FAT_EFFORT_RATE_BANDS, RESIDUAL_VS_BEFORE_BANDS, ROOMS_EVOLUTION_BANDS } from '../../../src/domain/catalogue/bands';
import { all, band, bandInterval, blank, codes, codesOrBlank, describeCriteria as text, matches } from '../../../src/domain/fat';
import { parseRow } from '../../../src/domain/household/parse';

const h = (fields: Record<string, string | number>) => parseRow(fields, { row: 2, params: { smic: 1400 } }).household;

describe('criteria', () => {
  it('describes codes, blanks and alternatives in French', () => {
    expect(text(all(codes('relocation', 'OUI'), codes('buildingAge', 'CN', 'C-5')))).toBe('Relogement = OUI et Âge du bâti ∈ {CN, C-5}');
    expect(text(all(codesOrBlank('tenureAfter', 'PS')))).toBe("Statut d'occupation = PS ou vide");
    expect(text([[codes('zus', 'Z')], [blank('zus')]])).toBe('(ZUS / QPV = Z ; ou ZUS / QPV vide)');
  });

  it('describes bands from their upper tests', () => {
    expect(bandInterval(ROOMS_EVOLUTION_BANDS, 'less', 'plain')).toBe('< 0');
    expect(bandInterval(ROOMS_EVOLUTION_BANDS, 'more', 'plain')).toBe('> 0');
    expect(bandInterval(FAT_EFFORT_RATE_BANDS, 'lt10', 'percent')).toBe('< 10 %');
    expect(bandInterval(FAT_EFFORT_RATE_BANDS, '20-25', 'percent')).toBe('≥ 20 % et < 25 %');
    expect(bandInterval(FAT_EFFORT_RATE_BANDS, 'ge25', 'percent')).toBe('≥ 25 %');
    expect(bandInterval(RESIDUAL_VS_BEFORE_BANDS, 'gt', 'euro')).toBe('> 0 €');
  });

  it('matches blanks only where the criteria allow them', () => {
    const ps = h({ tenureAfter: 'PS' });
    const none = h({});
    expect(matches(all(codes('tenureAfter', 'PS')), none)).toBe(false);
    expect(matches(all(codesOrBlank('tenureAfter', 'PS')), none)).toBe(true);
    expect(matches(all(codesOrBlank('tenureAfter', 'PS')), ps)).toBe(true);
    expect(matches(all(codesOrBlank('tenureAfter', 'LL')), ps)).toBe(false);
    expect(matches(all(blank('tenureAfter')), ps)).toBe(false);
  });

  it('matches a band on the derived value, never on a blank one', () => {
    const rate = h({ rent: 150, salaries: 1000 }); // 15 %
    expect(matches(all(band('effortRate', FAT_EFFORT_RATE_BANDS, '15-20', 'percent')), rate)).toBe(true);
    expect(matches(all(band('effortRate', FAT_EFFORT_RATE_BANDS, '10-15', 'percent')), rate)).toBe(false);
    expect(matches(all(band('effortRate', FAT_EFFORT_RATE_BANDS, 'lt10', 'percent')), h({ rent: 150 }))).toBe(false);
  });

  it('refuses an unknown band', () => {
    expect(() => band('effortRate', FAT_EFFORT_RATE_BANDS, 'lt5', 'percent')).toThrow('Tranche inconnue');
  });
});
