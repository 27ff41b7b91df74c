import { inScope, scopeLabel, ScopeSchema } from '../../../src/domain/populations';
import { makeHousehold } from './helpers';

const parc = makeHousehold({ operation: 'Le Parc' });
const tilleuls = makeHousehold({ operation: 'Les Tilleuls' });
const none = makeHousehold({});

describe('scope', () => {
  it('all operations take every household, a blank Opération included', () => {
    expect([parc, tilleuls, none].map((h) => inScope(h, { kind: 'all' }))).toEqual([true, true, true]);
  });

  it('a list of operations', () => {
    const s = { kind: 'operations', names: ['Le Parc'] } as const;
    expect([parc, tilleuls, none].map((h) => inScope(h, s))).toEqual([true, false, false]);
    expect(inScope(tilleuls, { kind: 'operations', names: ['Le Parc', 'Les Tilleuls'] })).toBe(true);
    expect(inScope(parc, { kind: 'operations', names: [] })).toBe(false);
  });

  it('labels', () => {
    expect(scopeLabel({ kind: 'all' })).toBe('Toutes les opérations (Tout)');
    expect(scopeLabel({ kind: 'operations', names: ['Le Parc'] })).toBe('Opération : Le Parc');
    expect(scopeLabel({ kind: 'operations', names: ['Le Parc', 'Les Tilleuls'] })).toBe(
      'Opérations : Le Parc, Les Tilleuls',
    );
    expect(scopeLabel({ kind: 'operations', names: [] })).toBe('Aucune opération');
  });

  it('zod schema', () => {
    expect(ScopeSchema.safeParse({ kind: 'operations', names: ['A'] }).success).toBe(true);
    expect(ScopeSchema.safeParse({ kind: 'all' }).success).toBe(true);
    const bad = ScopeSchema.safeParse({ kind: 'some' });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues[0].message).toBe(
      "périmètre inconnu : « all » (toutes les opérations) ou « operations » (liste d'opérations) attendu",
    );
    expect(ScopeSchema.safeParse({ kind: 'operations', names: [''] }).error?.issues[0].message).toBe(
      "nom d'opération vide",
    );
  });
});
