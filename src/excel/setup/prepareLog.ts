/**
 * The history row of « Préparer le classeur » (pure): what was created, converted or added, with
 * counts, in one French sentence. Only written when the action changed something.
 */
import { HOUSEHOLD_TABLE } from '../../domain/catalogue';
import { findHeaderRegion } from '../workbook/grid';
import { householdMatcher } from '../workbook/headers';
import type { Op } from './ops';
import type { Snapshot } from './snapshot';

export interface PrepareCounts {
  readonly households: number;
  readonly operations: number;
  readonly columnsAdded: number;
  readonly userColumns: number;
  readonly preservedColumns: number;
}

const count = (n: number, one: string, many: string): string => `${n} ${n > 1 ? many : one}`;

const touchesHouseholds = (op: Op, sheet: string | null): boolean =>
  ('sheet' in op && op.sheet === sheet) || ('table' in op && op.table === HOUSEHOLD_TABLE);

export function prepareDetail(s: Snapshot, ops: readonly Op[], c: PrepareCounts): string {
  const h = s.household;
  const parts: string[] = [];
  if (!h.table) {
    const region = h.sheet ? findHeaderRegion(h.grid, householdMatcher) : undefined;
    parts.push(
      region
        ? `plage de la feuille « ${h.sheet} » convertie en tableau Excel ${HOUSEHOLD_TABLE}`
        : `tableau des ménages ${HOUSEHOLD_TABLE} créé`,
    );
  } else if (h.renameFrom) {
    parts.push(`tableau « ${h.renameFrom} » renommé ${HOUSEHOLD_TABLE}`);
  } else if (ops.some((o) => touchesHouseholds(o, h.sheet))) {
    parts.push('tableau des ménages mis à niveau');
  }
  const created = ops.flatMap((o) => (o.t === 'addSheet' ? [o.sheet] : []));
  if (created.length > 0) parts.push(`${count(created.length, 'feuille créée', 'feuilles créées')} (${created.join(', ')})`);
  if (c.columnsAdded > 0) parts.push(count(c.columnsAdded, 'colonne du catalogue ajoutée', 'colonnes du catalogue ajoutées'));
  if (c.userColumns > 0) {
    parts.push(count(c.userColumns, 'colonne non reconnue gardée comme champ ajouté', 'colonnes non reconnues gardées comme champs ajoutés'));
  }
  if (c.preservedColumns > 0) {
    parts.push(count(c.preservedColumns, "colonne « (saisie d'origine) » créée", "colonnes « (saisie d'origine) » créées"));
  }
  parts.push(`${count(c.households, 'ménage', 'ménages')}, ${count(c.operations, 'opération', 'opérations')}`);
  return `Classeur préparé : ${parts.join(' ; ')}.`;
}
