/**
 * FAT tables 1, 2, 4, 5, 6 and 7 (reference §7). Table 3 is in rate.ts.
 */
import {
  FAT_EFFORT_RATE_BANDS,
  RESIDUAL_VS_BEFORE_BANDS,
  ROOMS_EVOLUTION_BANDS,
  type BandTable,
} from '../catalogue/bands';
import type { ColumnKey } from '../catalogue/columns';
import { ALL_OPERATIONS, OPERATION_COLUMNS, OPERATION_SHEET, type OperationKey } from '../catalogue/operations';
import type { Household } from '../household/types';
import { blankReason } from './blankReasons';
import { countSection, type Classification, type LayoutEntry } from './classify';
import { all, band, blank, codes, describeCriteria, matches, type NumberStyle } from './criteria';
import { DESCRIPTION, DESCRIPTION_LAYOUT, DESCRIPTION_NOTES, RELOCATED } from './description';
import {
  COLUMN_NUMBER,
  COLUMN_TOTAL,
  DESCRIPTION_LABELS,
  EFFORT_SECTIONS,
  LOCATION_LABELS as LOC,
  QUITTANCE_FOOTNOTE,
  RESOURCES_FOOTNOTE,
  ROOMS_LABELS,
  STRATEGY_LABELS as S,
  TABLE_TITLES,
  TOTAL,
} from './labels';
import type { FatCountTable, FatRow, OperationFigures } from './types';

// ---------------------------------------------------------------------------------------------
// 1. Stratégie de relogement

function opLabel(key: OperationKey): string {
  return OPERATION_COLUMNS.find((c) => c.key === key)!.label;
}

function figureRow(id: string, label: string, value: number | null, key: OperationKey, consolidated: boolean): FatRow {
  const source = `${OPERATION_SHEET} : ${opLabel(key)}${consolidated ? ' (somme des opérations)' : ''}`;
  if (value === null) {
    const reason = consolidated
      ? `${opLabel(key)} non renseigné pour au moins une opération (${OPERATION_SHEET})`
      : `${opLabel(key)} non renseigné (${OPERATION_SHEET})`;
    return { id, label, level: 0, count: null, rule: source, reason };
  }
  return { id, label, level: 0, count: value, rule: source };
}

function householdRow(id: string, label: string, households: readonly Household[], criteria: ReturnType<typeof all>): FatRow {
  return { id, label, level: 0, count: households.filter((h) => matches(criteria, h)).length, rule: describeCriteria(criteria) };
}

export const DECOHABITATIONS = all(codes('priorStatus', 'D'));
export const SPONTANEOUS = all(codes('relocation', 'D'));
export const OTHER_DEPARTURES = all(codes('relocation', 'A'));

export function strategyTable(households: readonly Household[], f: OperationFigures, scopeLabel: string): FatCountTable {
  const consolidated = scopeLabel === ALL_OPERATIONS;
  const d = f.dwellingsToDemolish;
  const v = f.vacantDwellings;
  const occupiedRule = `${opLabel('dwellingsToDemolish')} − ${opLabel('vacantDwellings')} (${OPERATION_SHEET}${consolidated ? ', somme des opérations' : ''})`;
  let occupied: FatRow;
  if (d === null || v === null) {
    const missing = [d === null ? opLabel('dwellingsToDemolish') : null, v === null ? opLabel('vacantDwellings') : null]
      .filter((x): x is string => x !== null)
      .join(' et ');
    occupied = { id: 'occupied', label: S.occupied, level: 0, count: null, rule: occupiedRule, reason: `Non calculable : ${missing} non renseigné (${OPERATION_SHEET})` };
  } else if (v > d) {
    occupied = {
      id: 'occupied', label: S.occupied, level: 0, count: null, rule: occupiedRule,
      reason: `Incohérent : plus de logements vacants (${v}) que de logements à démolir (${d}) dans ${OPERATION_SHEET}`,
    };
  } else {
    occupied = { id: 'occupied', label: S.occupied, level: 0, count: d - v, rule: occupiedRule };
  }
  return {
    kind: 'counts',
    id: 'strategy',
    title: TABLE_TITLES.strategy,
    columnTitle: COLUMN_NUMBER,
    rows: [
      figureRow('toDemolish', S.toDemolish, d, 'dwellingsToDemolish', consolidated),
      occupied,
      householdRow('decohabitations', S.decohabitations, households, DECOHABITATIONS),
      figureRow('toRelocate', S.toRelocate, f.householdsToRelocate, 'householdsToRelocate', consolidated),
      householdRow('spontaneous', S.spontaneous, households, SPONTANEOUS),
      householdRow('others', S.others, households, OTHER_DEPARTURES),
    ],
    notes: [
      "Décision : logements occupés = logements à démolir − logements vacants ; décohabitations = demandes dont le Statut d'occupation antérieur est D ; départs spontanés = Relogement D ; autres = Relogement A (décès, expulsion…).",
    ],
  };
}

// ---------------------------------------------------------------------------------------------
// 2. Description des relogements

export function descriptionTable(households: readonly Household[]): FatCountTable {
  const { rows } = countSection(households, DESCRIPTION, DESCRIPTION_LAYOUT, DESCRIPTION_LABELS.total);
  return { kind: 'counts', id: 'description', title: TABLE_TITLES.description, columnTitle: COLUMN_NUMBER, rows, notes: DESCRIPTION_NOTES };
}

// ---------------------------------------------------------------------------------------------
// 4. Par localisation géographique (Decision: ZUS / QPV × Localisation géographique)

export const LOCATION: Classification = {
  population: RELOCATED,
  checks: [],
  rules: [
    { id: 'sameZus', label: LOC.sameZus, criteria: all(codes('location', 'SIT'), codes('zus', 'Z')) },
    { id: 'otherZusCommune', label: LOC.otherZusCommune, criteria: all(codes('location', 'HSIT'), codes('zus', 'Z')) },
    { id: 'otherZusAgglo', label: LOC.otherZusAgglo, criteria: all(codes('location', 'AGGLO'), codes('zus', 'Z')) },
    { id: 'outZusCommune', label: LOC.outZusCommune, criteria: all(codes('location', 'SIT', 'HSIT'), codes('zus', 'HZ')) },
    { id: 'outZusAgglo', label: LOC.outZusAgglo, criteria: all(codes('location', 'AGGLO'), codes('zus', 'HZ')) },
    { id: 'outAgglo', label: LOC.outAgglo, criteria: all(codes('location', 'HAGL')) },
  ],
  missing: [
    { id: 'noLocation', criteria: all(blank('location')), reason: 'Localisation géographique vide' },
    { id: 'noZus', criteria: all(blank('zus')), reason: 'ZUS / QPV vide (nécessaire sauf hors agglomération)' },
  ],
  fallback: "Aucune ligne ne s'applique : vérifier la localisation et la ZUS / QPV",
};

const flat = (ids: readonly string[]): LayoutEntry[] => ids.map((rule) => ({ rule, level: 0 }));

export function locationTable(households: readonly Household[]): FatCountTable {
  const { rows } = countSection(households, LOCATION, flat(LOCATION.rules.map((r) => r.id)), TOTAL);
  return {
    kind: 'counts',
    id: 'location',
    title: TABLE_TITLES.location,
    columnTitle: COLUMN_TOTAL,
    rows,
    notes: [
      "Décision : le tableau de suivi ne distingue pas « même ZUS » et « autre ZUS de la commune » ; relogement sur site en ZUS / QPV (SIT + Z) = même ZUS, hors site dans la commune en ZUS / QPV (HSIT + Z) = autre ZUS de la commune.",
    ],
  };
}

// ---------------------------------------------------------------------------------------------
// 5, 6, 7. Tables on bands of a derived value

/** Lines = the bands of `table` on the value of `key`; a blank value goes to "Non classé" with its cause. */
export function bandClassification(
  key: ColumnKey,
  table: BandTable,
  style: NumberStyle,
  labels: Readonly<Record<string, string>> = {},
): Classification {
  return {
    population: RELOCATED,
    checks: [],
    rules: table.bands.map((b) => ({ id: b.id, label: labels[b.id] ?? b.label, criteria: all(band(key, table, b.id, style)) })),
    missing: [{ id: `blank:${key}`, criteria: all(blank(key)), reason: (h: Household) => blankReason(h, key) }],
    fallback: "Aucune ligne ne s'applique",
  };
}

export const ROOMS = bandClassification('roomsEvolution', ROOMS_EVOLUTION_BANDS, 'plain', ROOMS_LABELS);
export const RESIDUAL = bandClassification('residualRentEvolution', RESIDUAL_VS_BEFORE_BANDS, 'euro');
export const EFFORT_BEFORE = bandClassification('effortRate', FAT_EFFORT_RATE_BANDS, 'percent');
export const EFFORT_AFTER = bandClassification('effortRateAfter', FAT_EFFORT_RATE_BANDS, 'percent');

function bandTable(id: 'rooms' | 'residualRent', spec: Classification, households: readonly Household[], notes: string[]): FatCountTable {
  const { rows } = countSection(households, spec, flat(spec.rules.map((r) => r.id)), TOTAL);
  return { kind: 'counts', id, title: TABLE_TITLES[id], columnTitle: COLUMN_NUMBER, rows, notes };
}

export function roomsTable(households: readonly Household[]): FatCountTable {
  return bandTable('rooms', ROOMS, households, ['Évolution nombre pièces = nombre de pièces après − nombre de pièces avant.']);
}

export function residualRentTable(households: readonly Household[]): FatCountTable {
  return bandTable('residualRent', RESIDUAL, households, [
    'Évolution de la quittance résiduelle = (quittance − APL) après − (quittance − APL) avant, en euros par mois.',
    QUITTANCE_FOOTNOTE,
  ]);
}

export function effortRateTable(households: readonly Household[]): FatCountTable {
  const section = (spec: Classification, header: string, prefix: string): readonly FatRow[] => {
    const layout: LayoutEntry[] = [{ header, id: 'header', level: 0 }, ...spec.rules.map((r) => ({ rule: r.id, level: 1 as const }))];
    return countSection(households, spec, layout, TOTAL, prefix).rows;
  };
  return {
    kind: 'counts',
    id: 'effortRate',
    title: TABLE_TITLES.effortRate,
    columnTitle: COLUMN_NUMBER,
    rows: [...section(EFFORT_BEFORE, EFFORT_SECTIONS.before, 'before:'), ...section(EFFORT_AFTER, EFFORT_SECTIONS.after, 'after:')],
    notes: [QUITTANCE_FOOTNOTE, RESOURCES_FOOTNOTE, "Décision : tranches semi-ouvertes [bas ; haut[ (D-EFFORT-BANDS)."],
  };
}
