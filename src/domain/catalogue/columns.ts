/** The household table: every column, in order (reference §3), and how headers map to columns. */
import { AFTER_DWELLING_COLUMNS, AFTER_FINANCE_COLUMNS, AFTER_RELOCATION_COLUMNS, WISH_COLUMNS } from './columnsAfter';
import { GENERAL_COLUMNS, HOUSEHOLD_COLUMNS_PART, INITIAL_COLUMNS } from './columnsBefore';
import type { ColumnDef, Group, GroupId } from './types';

export const GROUPS: readonly Group[] = [
  { id: 'general', label: 'Données générales', color: 'D9E1F2' },
  { id: 'initial', label: 'Logement initial', color: 'E2EFDA' },
  { id: 'household', label: 'Le ménage', color: 'FFF2CC' },
  { id: 'wishes', label: 'Souhaits du ménage', color: 'FCE4D6' },
  { id: 'after', label: 'Après relogement', color: 'DDEBF7' },
];

export const HOUSEHOLD_COLUMNS = [
  ...GENERAL_COLUMNS,
  ...INITIAL_COLUMNS,
  ...HOUSEHOLD_COLUMNS_PART,
  ...WISH_COLUMNS,
  ...AFTER_DWELLING_COLUMNS,
  ...AFTER_FINANCE_COLUMNS,
  ...AFTER_RELOCATION_COLUMNS,
] as const;

export type HouseholdColumn = (typeof HOUSEHOLD_COLUMNS)[number];
export type ColumnKey = HouseholdColumn['key'];
export type DerivedKey = Extract<HouseholdColumn, { kind: 'derived' }>['key'];
export type InputKey = Exclude<ColumnKey, DerivedKey>;

/** The column user fields are inserted before. */
export const COMMENTS_KEY: ColumnKey = 'comments';
/** Name of the Excel table holding the households. */
export const HOUSEHOLD_TABLE = 'Tableau_menages';
export const HOUSEHOLD_SHEET = 'Tableau_de_saisie';

const ALL: readonly ColumnDef[] = HOUSEHOLD_COLUMNS;
const BY_KEY = new Map(ALL.map((c) => [c.key, c]));

export function column(key: string): ColumnDef {
  const c = BY_KEY.get(key);
  if (!c) throw new Error(`Colonne inconnue : ${key}`);
  return c;
}

export function isColumnKey(key: string): key is ColumnKey {
  return BY_KEY.has(key);
}

export function group(id: GroupId): Group {
  return GROUPS.find((g) => g.id === id)!;
}

export const ANRU_STAR = '★';

/** The header text written in Excel: the guide's label, plus ' ★' on ANRU columns. */
export function headerOf(c: ColumnDef): string {
  return c.anru ? `${c.label} ${ANRU_STAR}` : c.label;
}

/**
 * Normalises a header for matching: no star or asterisk, no accents, lower case, single spaces,
 * typographic apostrophes made plain. Users retype headers; legacy files spell them differently.
 */
export function normaliseHeader(text: string): string {
  return String(text)
    .replace(/[★*]/g, ' ')
    .replace(/[’‘`]/g, "'")
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

const BY_HEADER = new Map<string, ColumnDef>();
for (const c of ALL) {
  for (const text of [c.label, ...(c.aliases ?? [])]) {
    const k = normaliseHeader(text);
    if (!BY_HEADER.has(k)) BY_HEADER.set(k, c);
  }
}

/** The catalogue column a header stands for, or undefined for a user column. */
export function columnForHeader(header: string): ColumnDef | undefined {
  return BY_HEADER.get(normaliseHeader(header));
}
