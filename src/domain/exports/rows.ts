/**
 * The rows of an export: the households of the scope, one line each, with the values of the chosen
 * columns (dates as serial numbers, codes as codes, '' for blank), a title and a confidentiality
 * notice. A column set meant for partners that holds a personal or sensitive column is refused.
 */
import { ALL_OPERATIONS } from '../catalogue/operations';
import type { Household } from '../household/types';
import { isPrivateExportColumn } from './columns';
import type { ExportCell, ExportColumn, ExportColumnSet, ExportKind, ExportScope, ExportTable } from './types';

export const EXPORT_TITLES: Readonly<Record<ExportKind, string>> = {
  base: 'Exportation de la base de saisie',
  anru: 'Exportation données ANRU',
  anonymised: 'Exportation anonymisée de la base de saisie',
};

/** One line, in French, printed above the exported table. */
export function confidentialityNotice(kind: ExportKind): string {
  switch (kind) {
    case 'base':
      return 'Document interne – données personnelles et commentaires potentiellement sensibles (RGPD) : ne pas transmettre en l\'état aux partenaires.';
    case 'anru':
      return "Données ANRU pseudonymisées (RGPD) : sans nom, prénom, adresse ni commentaire ; le N° d'identification ne renvoie au ménage que dans la base interne du bailleur, qui ne se transmet pas.";
    case 'anonymised':
      return "Export anonymisé (RGPD) : sans nom, prénom, adresse, commentaire ni champ personnel ; le N° anonyme du ménage est tiré au hasard à chaque export et ne renvoie pas à la base.";
  }
}

/** The households of the scope: all for Tout (operation null), else those of the operation. */
export function householdsInScope(households: readonly Household[], operation: string | null): Household[] {
  return operation === null ? [...households] : households.filter((h) => h.values.operation === operation);
}

/**
 * Random household numbers 1…n, one per N° d'identification (the requests of one family share it,
 * a row without number gets its own), in an order that owes nothing to the base.
 */
function anonymousIds(households: readonly Household[], random: () => number): Map<Household, number> {
  const groups: Household[][] = [];
  const byId = new Map<number, Household[]>();
  for (const h of households) {
    const id = h.values.householdId;
    if (id === null) groups.push([h]);
    else if (byId.has(id)) byId.get(id)!.push(h);
    else {
      const g = [h];
      byId.set(id, g);
      groups.push(g);
    }
  }
  const numbers = groups.map((_, i) => i + 1);
  for (let i = numbers.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [numbers[i], numbers[j]] = [numbers[j], numbers[i]];
  }
  const out = new Map<Household, number>();
  groups.forEach((g, i) => g.forEach((h) => out.set(h, numbers[i])));
  return out;
}

function cellOf(h: Household, col: ExportColumn, anonymous: Map<Household, number> | null): ExportCell {
  if (col.source === 'anonymousId') return anonymous?.get(h) ?? '';
  const v = col.source === 'custom' ? h.custom[col.key] : h.values[col.key];
  if (v === null || v === undefined) return '';
  if (col.source === 'catalogue' && col.numericCodes && typeof v === 'string' && v !== '' && Number.isFinite(Number(v))) return Number(v);
  return v;
}

export function buildExportRows(households: readonly Household[], set: ExportColumnSet, scope: ExportScope): ExportTable {
  if (set.kind !== 'base') {
    const leaking = set.columns.filter(isPrivateExportColumn);
    if (leaking.length > 0) {
      throw new Error(`Export ${EXPORT_TITLES[set.kind]} : colonnes personnelles refusées (${leaking.map((c) => c.header).join(', ')}).`);
    }
  }
  let selected = householdsInScope(households, scope.operation);
  let anonymous: Map<Household, number> | null = null;
  if (set.columns.some((c) => c.source === 'anonymousId')) {
    anonymous = anonymousIds(selected, scope.random ?? Math.random);
    const rank = anonymous;
    // Row order must not reveal the base's order either.
    selected = selected
      .map((h, i) => ({ h, i }))
      .sort((a, b) => rank.get(a.h)! - rank.get(b.h)! || (a.h.values.requestNo ?? 0) - (b.h.values.requestNo ?? 0) || a.i - b.i)
      .map((x) => x.h);
  }
  return {
    kind: set.kind,
    title: EXPORT_TITLES[set.kind],
    scopeLabel: scope.operation ?? ALL_OPERATIONS,
    date: scope.today,
    notice: confidentialityNotice(set.kind),
    columns: set.columns,
    headers: set.columns.map((c) => c.header),
    rows: selected.map((h) => set.columns.map((c) => cellOf(h, c, anonymous))),
  };
}
