/**
 * The tri à plat pasted in Tableaux_comparaisons (reference §2, §5): the key one-way tables of the
 * fiches, as a stable ordered list of lines. Every run gives the same variables and row labels in the
 * same order (empty rows included; the free-text commune / quartier tables are left out since their
 * rows depend on the data), so blocks from different runs align row by row.
 */
import type { Fiche, FicheTable, Fiches } from './types';

export interface TriAPlatRow {
  /** Id of the source table ('population' for the two head lines): a stable key with `label`. */
  readonly tableId: string;
  /** Variable (table title). */
  readonly variable: string;
  readonly label: string;
  readonly count: number;
  /** 0–100 over the households that answered; null on NR, « Sans objet » and head lines. */
  readonly percent: number | null;
}

/** Tables of the tri à plat, in order. */
export const TRI_A_PLAT_TABLES: readonly string[] = [
  'f1-situation',
  'f2-statut',
  'f2-structure',
  'f2-enfants',
  'f2-age',
  'f2-anciennete',
  'f2-situation-pro',
  'f2-nature-ressources',
  'f2-plafonds',
  'f2-ressources-smic',
  'f2-apl',
  'f3-taux-effort-avant',
  'f3-taux-effort-apres',
  'f3-evolution-taux-effort',
  'f3-pieces-avant',
  'f3-pieces-apres',
  'f3-evolution-pieces',
  'f3-evolution-surface',
  'f3-age-bati',
  'f3-financement',
  'f3-zus',
  'f3-localisation',
  'f3-statut-occupation',
  'f3-type-relogement',
  'f3-accepte-refuse',
  'f3-reservataire',
];

/** Every flat table of a fiche, in sheet order. */
export function ficheTables(fiche: Fiche): FicheTable[] {
  return fiche.sections.flatMap((s) => s.blocks.flatMap((b) => (b.kind === 'table' ? [b.table] : [])));
}

export function triAPlat(fiches: Fiches): TriAPlatRow[] {
  const all = [fiches.fiche1, fiches.fiche2, fiches.fiche3, fiches.fiche4].flatMap(ficheTables);
  const byId = new Map(all.map((t) => [t.id, t]));
  const out: TriAPlatRow[] = [
    {
      tableId: 'population',
      variable: 'Population',
      label: 'Nombre de ménages',
      count: fiches.fiche1.populationSize,
      percent: null,
    },
    {
      tableId: 'population',
      variable: 'Population',
      label: 'dont ménages relogés',
      count: fiches.fiche1.relocatedSize,
      percent: null,
    },
  ];
  for (const id of TRI_A_PLAT_TABLES) {
    const t = byId.get(id);
    if (!t) throw new Error(`Tableau absent des fiches : ${id}`);
    for (const r of t.rows)
      out.push({ tableId: id, variable: t.title, label: r.label, count: r.count, percent: r.percent });
    out.push({
      tableId: id,
      variable: t.title,
      label: 'Total',
      count: t.answered,
      percent: t.answered > 0 ? 100 : null,
    });
    out.push({ tableId: id, variable: t.title, label: 'NR', count: t.nr, percent: null });
  }
  return out;
}
