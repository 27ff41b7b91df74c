/**
 * Criteria as data: every FAT row says which households it counts as a small structure, and both
 * the predicate (`matches`) and the French rule shown beside the row (`describeCriteria`) are read
 * from that one structure, so the figure and its explanation cannot diverge.
 */
import { bandOf, type BandTable, type UpperTest } from '../catalogue/bands';
import { column, type ColumnKey } from '../catalogue/columns';
import type { Household } from '../household/types';

/** Number formatting used in rule texts (French decimal comma, units). */
export type NumberStyle = 'plain' | 'percent' | 'euro';

export type Condition =
  /** The code cell holds one of `codes` (or is blank, when `orBlank`). */
  | { readonly t: 'codes'; readonly key: ColumnKey; readonly codes: readonly string[]; readonly orBlank?: boolean }
  /** The cell is blank (non renseigné, or not usable). */
  | { readonly t: 'blank'; readonly key: ColumnKey }
  /** The number in the cell falls in the band `bandId` of `table` (same tests as the workbook's bands). */
  | {
      readonly t: 'band';
      readonly key: ColumnKey;
      readonly table: BandTable;
      readonly bandId: string;
      readonly style: NumberStyle;
    };

/** Every condition must hold. */
export type Conjunction = readonly Condition[];
/** At least one conjunction must hold (most rows have a single one). */
export type Criteria = readonly Conjunction[];

export const codes = (key: ColumnKey, ...list: string[]): Condition => ({ t: 'codes', key, codes: list });
export const codesOrBlank = (key: ColumnKey, ...list: string[]): Condition => ({ t: 'codes', key, codes: list, orBlank: true });
export const blank = (key: ColumnKey): Condition => ({ t: 'blank', key });
export const band = (key: ColumnKey, table: BandTable, bandId: string, style: NumberStyle): Condition => {
  if (!table.bands.some((b) => b.id === bandId)) throw new Error(`Tranche inconnue : ${table.id}/${bandId}`);
  return { t: 'band', key, table, bandId, style };
};
/** A criteria with a single conjunction. */
export const all = (...conditions: Condition[]): Criteria => [conditions];

function cell(h: Household, key: ColumnKey): string | number | null {
  const v = h.values[key];
  return v === undefined ? null : v;
}

export function holds(c: Condition, h: Household): boolean {
  const v = cell(h, c.key);
  switch (c.t) {
    case 'codes':
      return v === null ? c.orBlank === true : c.codes.includes(String(v));
    case 'blank':
      return v === null;
    case 'band':
      return typeof v === 'number' && Number.isFinite(v) && bandOf(c.table, v).id === c.bandId;
  }
}

export function matchesAll(conj: Conjunction, h: Household): boolean {
  return conj.every((c) => holds(c, h));
}

export function matches(criteria: Criteria, h: Household): boolean {
  return criteria.some((conj) => matchesAll(conj, h));
}

// ---------------------------------------------------------------------------------------------
// French descriptions

const fr = (n: number): string => String(n).replace('.', ',').replace('-', '−');

export function formatNumber(x: number, style: NumberStyle): string {
  if (style === 'percent') return `${fr(Math.round(x * 100 * 10000) / 10000)} %`;
  if (style === 'euro') return `${fr(x)} €`;
  return fr(x);
}

const OP_TEXT: Record<UpperTest['op'], string> = { '<': '<', '<=': '≤', '=': '=' };
/** What "not below the previous band's upper test" means. */
const LOWER_TEXT: Record<UpperTest['op'], string> = { '<': '≥', '<=': '>', '=': '>' };

/** The band as a numeric interval: "< 0", "= 0", "≥ 10 % et < 15 %", "> 0". */
export function bandInterval(table: BandTable, bandId: string, style: NumberStyle): string {
  const i = table.bands.findIndex((b) => b.id === bandId);
  const own = table.bands[i].upper;
  if (own && own.op === '=') return `= ${formatNumber(own.value, style)}`;
  const prev = i > 0 ? table.bands[i - 1].upper : undefined;
  const parts: string[] = [];
  if (prev) parts.push(`${LOWER_TEXT[prev.op]} ${formatNumber(prev.value, style)}`);
  if (own) parts.push(`${OP_TEXT[own.op]} ${formatNumber(own.value, style)}`);
  return parts.join(' et ');
}

export function describeCondition(c: Condition): string {
  const label = column(c.key).label;
  switch (c.t) {
    case 'codes': {
      const list = c.codes.length === 1 ? `= ${c.codes[0]}` : `∈ {${c.codes.join(', ')}}`;
      return c.orBlank ? `${label} ${list} ou vide` : `${label} ${list}`;
    }
    case 'blank':
      return `${label} vide`;
    case 'band':
      return `${label} ${bandInterval(c.table, c.bandId, c.style)}`;
  }
}

export function describeConjunction(conj: Conjunction): string {
  return conj.map(describeCondition).join(' et ');
}

/** "A et B", or "(A ; ou C et D)" for several alternatives. */
export function describeCriteria(criteria: Criteria): string {
  if (criteria.length === 1) return describeConjunction(criteria[0]);
  return `(${criteria.map(describeConjunction).join(' ; ou ')})`;
}

/** The population's conditions, then the row's: "Relogement = OUI et Âge du bâti ∈ {CN, C-5}". */
export function describeWithin(population: Conjunction, criteria: Criteria): string {
  const own = describeCriteria(criteria);
  if (population.length === 0) return own;
  if (own === '') return describeConjunction(population);
  return `${describeConjunction(population)} et ${own}`;
}
