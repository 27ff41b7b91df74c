/**
 * The rows of one scope for the indicator matrix: fiche 1 and the seven FAT tables, flattened.
 *
 * Decisions of this module:
 * - Fiche 1 is computed over every household of the scope (population « Tous les ménages du
 *   périmètre »), so that its situation table shows the départs spontanés and other exits as the FAT
 *   and the progress series do. One section per question of the fiche, titled by its figures block
 *   (« Fiche 1 — Avancement des relogements »…); a table of the fiche gives a heading line (its
 *   title), one count per category, « Non renseigné » and « Total »; a figure gives one row. Blocks of
 *   other kinds (added to the fiche later) are left out here.
 * - The Date d'édition of fiche 1 and of the FAT is the day of the closing.
 * - FAT: one section per table, titled « FAT — <title> »; every line with its count, heading lines as
 *   'label' rows, a « Non classé » line labelled with its reason; the rate table flattened as one row
 *   per « line — column » (counts, then the rate as a percentage).
 */
import { ALL_OPERATIONS } from '../catalogue/operations';
import { computeFat, sumOperationFigures, type FatTable, type OperationFigures as FatFigures } from '../fat';
import { fiche1, operationFigures, type FicheTable, type Figure, type OperationRow } from '../fiches';
import type { Household } from '../household/types';
import type { IndicatorFormat, ScopeRow, ScopeSection } from './indicators';

/** A liste_opération row as the snapshot needs it (figures null when not typed). */
export interface SnapshotOperation {
  readonly name: string;
  readonly householdsToRelocate?: number | null;
  readonly dwellingsToDemolish?: number | null;
  readonly vacantDwellings?: number | null;
  readonly startDate?: number | null;
}

export const FICHE1_PREFIX = 'Fiche 1 — ';
export const FAT_PREFIX = 'FAT — ';

/** Figures of fiche 1 that are ratios, not counts (their unit says « ménages »). */
const RATE_FIGURES: readonly string[] = ['menages-pour-100-logements'];

function figureRow(f: Figure): ScopeRow {
  const id = `f1:${f.id}`;
  if (f.unit === 'date') return { id, label: f.label, format: 'date', value: f.value };
  if (f.unit === '%') return { id, label: f.label, format: 'percent', value: f.value === null ? null : f.value / 100 };
  const format: IndicatorFormat = RATE_FIGURES.includes(f.id) ? 'rate' : 'count';
  return { id, label: f.label, format, value: f.value };
}

function tableRows(t: FicheTable): ScopeRow[] {
  const id = `f1:${t.id}`;
  return [
    { id: `${id}:title`, label: t.title, format: 'label', value: null },
    ...t.rows.map((r, i): ScopeRow => ({ id: `${id}:${i}`, label: r.label, format: 'count', value: r.count })),
    { id: `${id}:nr`, label: 'Non renseigné', format: 'count', value: t.nr },
    { id: `${id}:total`, label: 'Total', format: 'count', value: t.total },
  ];
}

function row(o: SnapshotOperation): OperationRow {
  return {
    name: o.name,
    householdsToRelocate: o.householdsToRelocate ?? null,
    dwellingsToDemolish: o.dwellingsToDemolish ?? null,
    vacantDwellings: o.vacantDwellings ?? null,
    startDate: o.startDate ?? null,
  };
}

/**
 * Fiche 1 of a scope as sections. `operations`: every operation of liste_opération; `scope`: null for
 * Tout, else the operation's name.
 */
export function fiche1Sections(
  households: readonly Household[],
  operations: readonly SnapshotOperation[],
  scope: string | null,
  today: number,
): ScopeSection[] {
  const rows = operations.map(row);
  const fiche = fiche1(households, {
    operations: operationFigures(rows, scope === null ? { kind: 'all' } : { kind: 'operations', names: [scope] }),
    today,
    populationLabel: 'Tous les ménages du périmètre',
    scopeLabel: scope ?? ALL_OPERATIONS,
  });
  const out: ScopeSection[] = [];
  for (const section of fiche.sections) {
    const sectionRows: ScopeRow[] = [];
    let title: string | null = null;
    for (const b of section.blocks) {
      if (b.kind === 'figures') {
        title ??= b.title;
        sectionRows.push(...b.figures.map(figureRow));
      } else if (b.kind === 'table') sectionRows.push(...tableRows(b.table));
    }
    if (sectionRows.length > 0) out.push({ title: FICHE1_PREFIX + (title ?? section.question), rows: sectionRows });
  }
  return out;
}

function fatRows(t: FatTable): ScopeRow[] {
  const id = `fat:${t.id}`;
  if (t.kind === 'rates') {
    return t.rows.flatMap((r) =>
      t.columns.map((c, j): ScopeRow => ({
        id: `${id}:${r.id}:${c.id}`,
        label: `${r.label} — ${c.label}`,
        format: r.format === 'rate' ? 'percent' : 'count',
        value: r.values[j] ?? null,
      })),
    );
  }
  return t.rows.map((r): ScopeRow => {
    if (r.isHeader) return { id: `${id}:${r.id}`, label: r.label, format: 'label', value: null };
    const label = r.isUnclassified && r.reason ? `${r.label} — ${r.reason}` : r.label;
    return { id: `${id}:${r.id}`, label, format: 'count', value: r.count };
  });
}

const fatFigures = (o: SnapshotOperation): FatFigures => ({
  dwellingsToDemolish: o.dwellingsToDemolish ?? null,
  vacantDwellings: o.vacantDwellings ?? null,
  householdsToRelocate: o.householdsToRelocate ?? null,
});

/** The seven FAT tables of a scope as sections (Tout: figures summed over the operations). */
export function fatSections(
  households: readonly Household[],
  operations: readonly SnapshotOperation[],
  scope: string | null,
  today: number,
): ScopeSection[] {
  let figures: FatFigures;
  if (scope === null) figures = sumOperationFigures(operations.map(fatFigures));
  else figures = fatFigures(operations.find((o) => o.name === scope) ?? { name: scope });
  const report = computeFat(households, figures, { scopeLabel: scope ?? ALL_OPERATIONS, today });
  return report.tables.map((t) => ({ title: FAT_PREFIX + t.title, rows: fatRows(t) }));
}
