/**
 * Fiche 1 « Taux de remplissage » on households built by hand. The catalogue has 72 columns: 31 of the
 * « Après relogement » block apply to relogés only, the 41 others (Relogement and the comments included)
 * to every household; the comments are optional. 30 columns are ANRU ★: 14 for every household
 * (13 before relocation + Relogement), 16 after relocation.
 */
import { HOUSEHOLD_COLUMNS } from '../../../src/domain/catalogue/columns';
import type { CustomFieldDef } from '../../../src/domain/catalogue/types';
import { completenessLines, fiche1, ficheCompleteness, type CompletenessLine } from '../../../src/domain/fiches';
import type { CustomValue, Household, HouseholdValues } from '../../../src/domain/household/types';
import { FIXTURE } from './fixture';
import { CTX } from './helpers';

const SUIVI: CustomFieldDef = { key: 'custom:suivi', label: 'Suivi CCAS', type: 'text', help: '', personal: false };

/** Every column filled (completeness looks at blank / not blank only), then the given values. */
function household(values: Record<string, string | number | null>, custom: Record<string, CustomValue> = {}): Household {
  const all: Record<string, string | number | null> = {};
  for (const c of HOUSEHOLD_COLUMNS) all[c.key] = c.kind === 'code' || c.kind === 'text' ? 'x' : 1;
  return { row: 2, values: { ...all, ...values } as HouseholdValues, custom };
}
const nothing = (): Record<string, null> => Object.fromEntries(HOUSEHOLD_COLUMNS.map((c) => [c.key, null]));

// H1 relogé, everything typed. H2 relogé without Loyer (★), Date du déménagement (★, after), ZUS / QPV (★, after)
// and its user column. H3 à reloger without Loyer; its after block is typed but does not count. H4: only Opération.
const H1 = household({ relocation: 'OUI' }, { [SUIVI.key]: 'oui' });
const H2 = household({ relocation: 'OUI', rent: null, moveDate: null, zus: null }, { [SUIVI.key]: null });
const H3 = household({ relocation: 'NON', rent: null }, { [SUIVI.key]: 'x' });
const H4: Household = { row: 5, values: { ...nothing(), operation: 'Les Tilleuls' } as HouseholdValues, custom: {} };

const ANRU_KEYS = [
  'operation', 'rooms', 'rent', 'charges', 'quittance', 'apl', 'residualRent', 'effortRate', 'priorStatus', 'salaries',
  'familyBenefits', 'resources', 'ceilings', 'roomsAfter', 'roomsEvolution', 'tenureAfter', 'financing', 'buildingAge',
  'zus', 'location', 'rentAfter', 'chargesAfter', 'quittanceAfter', 'aplAfter', 'residualRentAfter', 'effortRateAfter',
  'residualRentEvolution', 'relocation', 'moveDate', 'relocationType',
];

const line = (lines: readonly CompletenessLine[], key: string): CompletenessLine => {
  const l = lines.find((x) => x.key === key);
  if (!l) throw new Error(`no line ${key}`);
  return l;
};
/** [concernés, renseignés, non renseignés, taux] with the rate rounded to 2 decimals. */
const fig = (l: CompletenessLine): (number | null)[] => [
  l.applicable, l.filled, l.missing, l.percent === null ? null : Math.round(l.percent * 100) / 100,
];

describe('fiche 1 — taux de remplissage (4 households, 2 relogés)', () => {
  const lines = completenessLines([H1, H2, H3, H4], [SUIVI]);

  it('lists the overall line, the ANRU ★ line, the 30 ★ columns in catalogue order, then the user column', () => {
    expect(lines.map((l) => l.key)).toEqual(['all', 'anru', ...ANRU_KEYS, SUIVI.key]);
    expect(lines.slice(0, 4).map((l) => l.label)).toEqual([
      'Ensemble des variables', 'Variables ANRU ★', 'Opération ★', 'Nombre de pièces ★',
    ]);
    expect(lines[lines.length - 1].label).toBe('Suivi CCAS (champ ajouté)');
    expect(lines.map((l) => l.kind)).toEqual(['all', 'anru', ...ANRU_KEYS.map(() => 'column'), 'custom']);
  });

  it('counts a column over every household, and an after-relocation column over the relogés only', () => {
    expect(fig(line(lines, 'rent'))).toEqual([4, 1, 3, 25]);
    expect(fig(line(lines, 'operation'))).toEqual([4, 4, 0, 100]);
    expect(fig(line(lines, 'relocation'))).toEqual([4, 3, 1, 75]); // H4 blank
    expect(fig(line(lines, 'moveDate'))).toEqual([2, 1, 1, 50]);
    expect(fig(line(lines, 'zus'))).toEqual([2, 1, 1, 50]);
    // H3's Nombre de pièces après does not count: H3 is not relogé.
    expect(fig(line(lines, 'roomsAfter'))).toEqual([2, 2, 0, 100]);
    expect(fig(line(lines, SUIVI.key))).toEqual([4, 2, 2, 50]);
  });

  it('adds up cells for the ANRU ★ line and for the overall line (comments left out, user column in)', () => {
    // ★: 14 columns × 4 households + 16 × 2 relogés = 88 cells; filled 30 (H1) + 27 (H2) + 13 (H3) + 1 (H4).
    expect(fig(line(lines, 'anru'))).toEqual([88, 71, 17, 80.68]); // 71 / 88
    // All: (40 + 1 user column) × 4 + 31 × 2 = 226; filled 72 (H1) + 68 (H2) + 40 (H3) + 1 (H4) = 181.
    expect(fig(line(lines, 'all'))).toEqual([226, 181, 45, 80.09]); // 181 / 226
  });

  it('without relogés, an after-relocation ★ column has nobody concerned: no rate (never 0 %)', () => {
    const none = completenessLines([H3, H4]);
    expect(fig(line(none, 'moveDate'))).toEqual([0, 0, 0, null]);
    expect(fig(line(none, 'effortRateAfter'))).toEqual([0, 0, 0, null]);
    expect(fig(line(none, 'relocation'))).toEqual([2, 1, 1, 50]);
    // ★: 14 × 2 = 28 cells, filled 13 (H3) + 1 (H4).
    expect(fig(line(none, 'anru'))).toEqual([28, 14, 14, 50]);
    expect(none.some((l) => l.kind === 'custom')).toBe(false);
  });

  it('an empty population has no rate at all', () => {
    const empty = completenessLines([]);
    expect(fig(line(empty, 'all'))).toEqual([0, 0, 0, null]);
    expect(empty.every((l) => l.percent === null)).toBe(true);
  });
});

describe('fiche 1 ends with the « Taux de remplissage » section', () => {
  it('over the fiche’s population (FIXTURE: 12 households, 8 relogés), user columns from the context', () => {
    const f = fiche1(FIXTURE, { ...CTX, customFields: [SUIVI] });
    const last = f.sections[f.sections.length - 1];
    expect(last.id).toBe('remplissage');
    expect(last.question.startsWith('Taux de remplissage : « le taux de remplissage conditionne fortement la qualité des résultats ».')).toBe(true);
    expect(last.blocks.map((b) => b.kind)).toEqual(['completeness']);
    const lines = ficheCompleteness(f);
    expect(line(lines, 'relocation').applicable).toBe(12);
    expect(line(lines, 'moveDate').applicable).toBe(8);
    // FIXTURE: H8 is the only relogé without a Date du déménagement.
    expect(fig(line(lines, 'moveDate'))).toEqual([8, 7, 1, 87.5]);
    expect(line(lines, SUIVI.key)).toMatchObject({ applicable: 12, filled: 0, percent: 0 });
    expect(ficheCompleteness(fiche1(FIXTURE, CTX)).some((l) => l.kind === 'custom')).toBe(false);
  });
});
