/** The rule set listed by hand: stable ids, severities, French titles, columns from the catalogue. */
import { HOUSEHOLD_COLUMNS } from '../../../src/domain/catalogue';
import { PROBLEM_RULES, RULES, ruleById } from '../../../src/domain/rules';

/** id → severity, in RULES order (E = erreur, A = avertissement), written by hand. */
const EXPECTED: ReadonlyArray<readonly [string, 'E' | 'A']> = [
  ['code-hors-liste', 'E'],
  ['code-en-texte', 'E'],
  ['nombre-en-texte', 'E'],
  ['pas-un-nombre', 'E'],
  ['nombre-non-entier', 'E'],
  ['date-en-texte', 'E'],
  ['pas-une-date', 'E'],
  ['espaces-seuls', 'E'],
  ['montant-negatif', 'E'],
  ['surface-non-positive', 'E'],
  ['age-hors-bornes', 'E'],
  ['occupants-inferieur-a-1', 'E'],
  ['nombre-negatif', 'E'],
  ['numero-invalide', 'E'],
  ['identifiant-manquant', 'E'],
  ['date-demenagement-future', 'E'],
  ['date-demenagement-avant-debut', 'E'],
  ['date-demenagement-apres-fin', 'A'],
  ['structure-enfants', 'E'],
  ['structure-heberges', 'E'],
  ['occupants-incoherents', 'A'],
  ['enfants-majeurs-superieurs', 'E'],
  ['apl-superieure-quittance', 'E'],
  ['apl-apres-superieure-quittance', 'E'],
  ['relogement-manquant', 'E'],
  ['reloge-donnee-anru-manquante', 'E'],
  ['reloge-donnee-manquante', 'A'],
  ['non-reloge-avec-date', 'E'],
  ['non-reloge-avec-logement-apres', 'A'],
  ['depart-avec-date', 'A'],
  ['localisation-commune', 'E'],
  ['doublon-demande', 'E'],
  ['demande-sans-premiere', 'A'],
  ['decohabitation-titulaire', 'A'],
  ['operation-manquante', 'E'],
  ['operation-inconnue', 'E'],
  ['accession-financement-social', 'A'],
  ['financement-social-hors-parc-social', 'A'],
  ['age-bati-hors-parc-social', 'A'],
  ['tn-hors-parc-social', 'A'],
  ['tn-sans-proposition', 'A'],
  ['taux-effort-excessif', 'A'],
  ['ressources-manquantes', 'A'],
  ['loyer-manquant', 'A'],
];

describe('RULES', () => {
  it('has the 44 rules listed by hand, in order, with their severities', () => {
    expect(RULES.map((r) => [r.id, r.severity === 'erreur' ? 'E' : 'A'])).toEqual(EXPECTED);
  });

  it('ids are unique kebab-case', () => {
    expect(new Set(RULES.map((r) => r.id)).size).toBe(RULES.length);
    for (const r of RULES) expect(r.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it('titles, descriptions and fixes are French sentences', () => {
    for (const r of RULES) {
      expect(r.title).toMatch(/^[A-ZÂÉN]/);
      expect(r.title).not.toMatch(/\.$/);
      expect(r.description.length).toBeGreaterThan(30);
      expect(r.fix).toMatch(/\.$/);
    }
    expect(ruleById('structure-enfants').title).toBe(
      "Structure familiale incohérente avec le nombre d'enfants",
    );
    expect(ruleById('occupants-incoherents').description).toContain('GUIDE-NOTES H19');
  });

  it('every column named by a rule is a catalogue column', () => {
    const keys = new Set<string>(HOUSEHOLD_COLUMNS.map((c) => c.key));
    for (const r of RULES) {
      expect(r.columns.length).toBeGreaterThan(0);
      for (const k of r.columns) expect(keys.has(k)).toBe(true);
    }
  });

  it('the reloge-donnee rules list the after-block columns by hand', () => {
    expect(ruleById('reloge-donnee-anru-manquante').columns).toEqual([
      'roomsAfter',
      'tenureAfter',
      'financing',
      'buildingAge',
      'zus',
      'location',
      'rentAfter',
      'moveDate',
      'relocationType',
    ]);
    expect(ruleById('reloge-donnee-manquante').columns).toEqual([
      'surfaceAfter',
      'dwellingType',
      'relocationCommune',
      'relocatingLandlord',
      'reservation',
      'socialSupport',
    ]);
  });

  it('every cell problem kind of parseRow has its rule', () => {
    expect(PROBLEM_RULES).toEqual({
      unknownCode: 'code-hors-liste',
      codeAsText: 'code-en-texte',
      numberAsText: 'nombre-en-texte',
      notANumber: 'pas-un-nombre',
      notAnInteger: 'nombre-non-entier',
      dateAsText: 'date-en-texte',
      notADate: 'pas-une-date',
      spacesOnly: 'espaces-seuls',
    });
  });

  it('ruleById refuses an unknown id', () => {
    expect(() => ruleById('pas-une-regle')).toThrow('Règle inconnue : pas-une-regle');
  });
});
