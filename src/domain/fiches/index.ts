/**
 * The four fiches of a treatment (reference §6) for any population, as plain data (see types.ts for
 * the shapes, the bases and the invariants).
 */
import type { Household } from '../household/types';
import { fiche1 } from './fiche1';
import { fiche2 } from './fiche2';
import { fiche3 } from './fiche3';
import { fiche4 } from './fiche4';
import type { CompletenessLine, CrossTable, Fiche, FicheContext, Fiches, Figure } from './types';

export * from './types';
export { operationFigures, type OperationRow, type ScopedOperationFigures } from './operations';
export { triAPlat, ficheTables, TRI_A_PLAT_TABLES, type TriAPlatRow } from './triAPlat';
export {
  completenessLines, completenessBlock, COMPLETENESS_TITLE, COMPLETENESS_NOTES, ALL_VARIABLES_LABEL, ANRU_VARIABLES_LABEL,
} from './completeness';
export { fiche1, fiche2, fiche3, fiche4 };

export function computeFiches(population: readonly Household[], ctx: FicheContext): Fiches {
  return {
    fiche1: fiche1(population, ctx),
    fiche2: fiche2(population, ctx),
    fiche3: fiche3(population, ctx),
    fiche4: fiche4(population, ctx),
  };
}

/** Every cross table of a fiche, in sheet order. */
export function ficheCrossTables(fiche: Fiche): CrossTable[] {
  return fiche.sections.flatMap((s) => s.blocks.flatMap((b) => (b.kind === 'cross' ? [b.table] : [])));
}

/** Every figure of a fiche, in sheet order. */
export function ficheFigures(fiche: Fiche): Figure[] {
  return fiche.sections.flatMap((s) => s.blocks.flatMap((b) => (b.kind === 'figures' ? b.figures : [])));
}

/** The lines of a fiche's « Taux de remplissage » table (fiche 1), empty when it has none. */
export function ficheCompleteness(fiche: Fiche): CompletenessLine[] {
  return fiche.sections.flatMap((s) => s.blocks.flatMap((b) => (b.kind === 'completeness' ? b.lines : [])));
}
