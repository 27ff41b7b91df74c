/** Lookups into computed fiches for the tests. */
import { serialFromYmd } from '../../../src/domain/dates';
import {
  ficheCrossTables,
  ficheFigures,
  ficheTables,
  type CrossTable,
  type Fiche,
  type FicheContext,
  type FicheTable,
  type Figure,
} from '../../../src/domain/fiches';

export const CTX: FicheContext = {
  operations: {
    householdsToRelocate: 20,
    dwellingsToDemolish: 24,
    vacantDwellings: 6,
    startDate: serialFromYmd(2022, 1, 15),
  },
  today: serialFromYmd(2024, 9, 1),
  populationLabel: 'Ensemble des ménages',
  scopeLabel: 'Toutes les opérations (Tout)',
};

export function table(f: Fiche, id: string): FicheTable {
  const t = ficheTables(f).find((x) => x.id === id);
  if (!t) throw new Error(`no table ${id}`);
  return t;
}

export function cross(f: Fiche, id: string): CrossTable {
  const t = ficheCrossTables(f).find((x) => x.id === id);
  if (!t) throw new Error(`no cross table ${id}`);
  return t;
}

export function figure(f: Fiche, id: string): Figure {
  const x = ficheFigures(f).find((y) => y.id === id);
  if (!x) throw new Error(`no figure ${id}`);
  return x;
}

/** [label, count] pairs of a table. */
export const counts = (t: FicheTable): [string, number][] => t.rows.map((r) => [r.label, r.count]);
/** Percentages rounded to 2 decimals (null kept). */
export const pcts = (t: FicheTable): (number | null)[] =>
  t.rows.map((r) => (r.percent === null ? null : Math.round(r.percent * 100) / 100));
