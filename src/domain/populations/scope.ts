/**
 * Scope of a treatment (reference §5): all operations ("Tout", the consolidated first row of
 * liste_opération) or a chosen list of operations. A household whose Opération is blank is only in
 * the "Tout" scope.
 */
import { z } from 'zod';
import { ALL_OPERATIONS } from '../catalogue/operations';
import type { Household } from '../household/types';

export type Scope =
  { readonly kind: 'all' } | { readonly kind: 'operations'; readonly names: readonly string[] };

export const ALL_SCOPE: Scope = { kind: 'all' };

export function inScope(h: Household, scope: Scope): boolean {
  if (scope.kind === 'all') return true;
  const op = h.values.operation;
  return op !== null && scope.names.includes(op);
}

/** « Toutes les opérations (Tout) », « Opération : X » or « Opérations : X, Y ». */
export function scopeLabel(scope: Scope): string {
  if (scope.kind === 'all') return `Toutes les opérations (${ALL_OPERATIONS})`;
  if (scope.names.length === 0) return 'Aucune opération';
  if (scope.names.length === 1) return `Opération : ${scope.names[0]}`;
  return `Opérations : ${scope.names.join(', ')}`;
}

/** zod schema of a saved scope (French messages). */
export const ScopeSchema = z.discriminatedUnion(
  'kind',
  [
    z.strictObject({ kind: z.literal('all') }),
    z.strictObject({
      kind: z.literal('operations'),
      names: z.array(
        z
          .string({ error: "un nom d'opération doit être un texte" })
          .min(1, { error: "nom d'opération vide" }),
        {
          error: 'la liste des opérations (names) est attendue',
        },
      ),
    }),
  ],
  {
    error:
      "périmètre inconnu : « all » (toutes les opérations) ou « operations » (liste d'opérations) attendu",
  },
);
