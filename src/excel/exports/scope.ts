/** The operation an export or a FAT sheet covers: a name of liste_opération, or « Tout » (pure). */
import { ALL_OPERATIONS, OPERATION_SHEET } from '../../domain/catalogue';
import { codeKey, type Household } from '../../domain/household';
import { WorkbookError } from '../errors';

/** 'Tout' (any case) → null = every household; else the operation's name as liste_opération spells it. */
export function resolveOperation(
  wanted: string,
  operations: readonly string[],
  households: readonly Household[] = [],
): string | null {
  const name = wanted.trim();
  if (codeKey(name) === codeKey(ALL_OPERATIONS)) return null;
  const known = [...operations, ...households.map((h) => h.values.operation).filter((o): o is string => typeof o === 'string')];
  const found = known.find((o) => o === name) ?? known.find((o) => codeKey(o) === codeKey(name));
  if (found === undefined) {
    throw new WorkbookError(
      'UnknownOperation',
      `L'opération « ${name} » est introuvable dans la feuille ${OPERATION_SHEET}. Choisissez une opération de la liste, ou « ${ALL_OPERATIONS} » pour toutes les opérations.`,
      { name },
    );
  }
  return found;
}
