import type { CustomFieldDef } from '../../../src/domain/catalogue/types';
import {
  criteriaSetSchema,
  parseCriteriaSet,
  serializeCriteriaSet,
  type Criterion,
} from '../../../src/domain/populations';

const BATIMENT: CustomFieldDef = {
  key: 'custom:batiment',
  label: 'Bâtiment',
  type: 'list',
  help: '',
  personal: false,
  codes: [{ code: 'A', label: 'A' }],
};

const errors = (data: unknown, ctx = {}): readonly string[] => {
  const r = parseCriteriaSet(JSON.stringify(data), ctx);
  return r.ok ? [] : r.errors;
};
const set = (...criteria: unknown[]) => ({ version: 1, criteria });

describe('criteria set: save and read back', () => {
  it('round-trips every kind of criterion', () => {
    const criteria: Criterion[] = [
      { key: 'relocation', op: 'est', value: 'OUI' },
      { key: 'familyStructure', op: 'parmi', value: ['IH', 'CH'] },
      { key: 'zus', op: 'n_est_pas', value: 'HZ' },
      { key: 'effortRateEvolution', op: '>', value: 15 },
      { key: 'resources', op: 'entre', value: [1000, 1500] },
      { key: 'relocationCommune', op: 'contient', value: 'Lyon' },
      { key: 'moveDate', op: 'non_renseigne' },
      { key: 'effortRateEvolutionBand', op: 'est', value: '> 15 pts' },
      { key: 'custom:batiment', op: 'est', value: 'A' },
      { key: 'custom:batiment', op: 'n_est_pas_parmi', value: ['A'] },
      { key: 'financing', op: 'n_est_pas_parmi', value: ['PLAI', 'PLUS'] },
    ];
    const json = serializeCriteriaSet(criteria);
    expect(JSON.parse(json)).toEqual({ version: 1, criteria });
    expect(parseCriteriaSet(json, { customFields: [BATIMENT] })).toEqual({ ok: true, criteria });
  });

  it('exposes the zod schema', () => {
    expect(criteriaSetSchema().safeParse(set({ key: 'age', op: '<', value: 30 })).success).toBe(true);
    expect(criteriaSetSchema().safeParse(set({ key: 'age', op: '<', value: '30' })).success).toBe(false);
  });
});

describe('criteria set: rejected with a French message', () => {
  it('unreadable JSON', () => {
    expect(parseCriteriaSet('{version: 1')).toEqual({
      ok: false,
      errors: ['Les critères enregistrés ne sont pas lisibles (texte JSON invalide).'],
    });
  });

  it('unknown column, unknown user field', () => {
    expect(errors(set({ key: 'nope', op: 'renseigne' }))).toEqual(['Critère 1 : colonne inconnue « nope ».']);
    expect(errors(set({ key: 'custom:batiment', op: 'est', value: 'A' }))).toEqual([
      'Critère 1 : colonne inconnue « custom:batiment ».',
    ]);
  });

  it('unknown operator', () => {
    const e = errors(set({ key: 'age', op: 'like', value: 3 }));
    expect(e).toHaveLength(1);
    expect(e[0]).toMatch(/^Critère 1 : opérateur inconnu « like » \(attendu : « est », /);
  });

  it('operator that does not fit the column', () => {
    expect(errors(set({ key: 'familyStructure', op: '>', value: 2 }))).toEqual([
      "Critère 1 : l'opérateur « > » ne s'applique pas à « Structure familiale » (opérateurs possibles : « est », « parmi », « n_est_pas », « n_est_pas_parmi », « renseigne », « non_renseigne »).",
    ]);
  });

  it('code outside its list, operation outside liste_opération', () => {
    expect(errors(set({ key: 'zus', op: 'est', value: 'QPV' }))).toEqual([
      "Critère 1 : « QPV » n'est pas un code de « ZUS / QPV » (codes possibles : Z, HZ).",
    ]);
    expect(errors(set({ key: 'familyStructure', op: 'parmi', value: [] }))).toEqual([
      'Critère 1 : « parmi » attend une liste de codes non vide.',
    ]);
    expect(errors(set({ key: 'familyStructure', op: 'n_est_pas_parmi', value: 'IH' }))).toEqual([
      'Critère 1 : « n_est_pas_parmi » attend une liste de codes non vide.',
    ]);
    expect(errors(set({ key: 'custom:batiment', op: 'n_est_pas_parmi', value: ['A', 'B'] }), { customFields: [BATIMENT] })).toEqual([
      "Critère 1 : « B » n'est pas un code de « Bâtiment » (codes possibles : A).",
    ]);
    expect(errors(set({ key: 'custom:batiment', op: 'contient', value: 'A' }), { customFields: [BATIMENT] })).toEqual([
      "Critère 1 : l'opérateur « contient » ne s'applique pas à « Bâtiment » (opérateurs possibles : « est », « parmi », « n_est_pas », « n_est_pas_parmi », « renseigne », « non_renseigne »).",
    ]);
    expect(
      errors(set({ key: 'operation', op: 'est', value: 'Le Parc' }), { operations: ['Les Tilleuls'] }),
    ).toEqual([
      "Critère 1 : « Le Parc » n'est pas un code de « Opération » (codes possibles : Les Tilleuls).",
    ]);
    expect(errors(set({ key: 'operation', op: 'est', value: 'Le Parc' }))).toEqual([]);
  });

  it('malformed values', () => {
    expect(errors(set({ key: 'age', op: '<', value: '30' }))).toEqual([
      "Critère 1 : l'opérateur « < » attend un nombre.",
    ]);
    expect(errors(set({ key: 'age', op: 'entre', value: [60, 30] }))).toEqual([
      'Critère 1 : « entre » attend deux nombres, le premier inférieur ou égal au second.',
    ]);
    expect(errors(set({ key: 'relocationCommune', op: 'contient', value: '  ' }))).toEqual([
      'Critère 1 : « contient » attend un texte non vide.',
    ]);
    expect(errors(set({ key: 'zus', op: 'renseigne', value: 'Z' }))).toEqual([
      "Critère 1 : l'opérateur « renseigne » ne prend pas de valeur.",
    ]);
  });

  it('unknown properties, wrong version, missing list, several errors at once', () => {
    expect(errors(set({ key: 'zus', op: 'renseigne', extra: 1 }))).toEqual([
      'Critère 1 : propriété inconnue : extra.',
    ]);
    expect(errors({ version: 1, criteria: [], name: 'x' })).toEqual([
      'Critères enregistrés : propriété inconnue : name.',
    ]);
    expect(errors({ version: 2, criteria: [] })).toEqual([
      'Critères enregistrés : version des critères non prise en charge (attendu : 1).',
    ]);
    expect(errors({ version: 1 })).toEqual([
      "Critères enregistrés : la liste des critères (criteria) est absente ou n'est pas une liste.",
    ]);
    expect(
      errors(
        set(
          { key: 'age', op: '<', value: 30 },
          { key: 'nope', op: 'renseigne' },
          { key: 'zus', op: 'est', value: 'X' },
        ),
      ),
    ).toEqual([
      'Critère 2 : colonne inconnue « nope ».',
      "Critère 3 : « X » n'est pas un code de « ZUS / QPV » (codes possibles : Z, HZ).",
    ]);
  });
});
