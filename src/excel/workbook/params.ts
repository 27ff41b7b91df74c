/** The Paramètres sheet's layout and how to read it back (pure). Labels in column A find the values in B. */
import { normaliseHeader, type CellValue } from '../../domain/catalogue';
import { serialFromYmd } from '../../domain/dates';
import { formulaAt, isBlank, valueAt, type Grid } from './grid';

export const PARAM_LABELS = {
  title: 'Paramètres de RIME pour Excel',
  help: "Modifiez les valeurs de la colonne B et les tableaux ci-dessous. Ne renommez pas les libellés de la colonne A : le complément s'en sert pour retrouver les paramètres.",
  bailleur: 'Bailleur',
  referent: 'Référent',
  smicYear: 'Année de référence du SMIC',
  smic: "SMIC net mensuel de l'année de référence",
  smicTable: 'SMIC net mensuel par année (modifiable)',
  year: 'Année',
  smicValue: 'SMIC net mensuel (€)',
  smicNote: 'Source / observation',
  milestones: "Points d'étape de l'année (modifiables)",
  milestone: "Point d'étape",
  milestoneDate: 'Date',
} as const;

/** 0-based rows of the layout. */
export const PARAM_ROWS = { bailleur: 3, referent: 4, smicYear: 5, smic: 6, tableTitle: 8, tableHeader: 9, tableFirst: 10, tableLast: 59 } as const;
export const MILESTONE_COL = 4;

const RECENT = 'SMIC net mensuel au 1er janvier, base 35 heures (à vérifier, modifiable)';
/** Year → SMIC net mensuel (€): the guide's 2006 value (39 h) and recent values. */
export const DEFAULT_SMIC: readonly (readonly [number, number, string])[] = [
  [2006, 1118, 'Guide RIME (2009) : SMIC net 2006, base 39 heures'],
  [2020, 1219, RECENT],
  [2021, 1230.6, RECENT],
  [2022, 1269.45, RECENT],
  [2023, 1353.07, RECENT],
  [2024, 1398.69, RECENT],
  [2025, 1426.3, RECENT],
  [2026, 1443.11, RECENT],
];

/** The eight milestones of a year: end of January, April, June, August, September, October, November, December. */
export function milestoneDates(year: number): number[] {
  return [[1, 31], [4, 30], [6, 30], [8, 31], [9, 30], [10, 31], [11, 30], [12, 31]].map(([m, d]) => serialFromYmd(year, m, d));
}

/** Sheet row (0-based) of the first cell of column `col` whose text is `label` (normalised), or -1. */
export function findLabel(g: Grid, label: string, col = 0): number {
  const want = normaliseHeader(label);
  for (let i = 0; i < g.formulas.length; i++) {
    const v = formulaAt(g, g.row + i, col);
    if (typeof v === 'string' && normaliseHeader(v) === want) return g.row + i;
  }
  return -1;
}

export interface Params {
  readonly smic: number | null;
  readonly smicYear: number | null;
  readonly bailleur: string;
  readonly referent: string;
}

const num = (v: CellValue): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);
const text = (v: CellValue): string => (isBlank(v) ? '' : String(v).trim());

/** The SMIC of a year from the year → SMIC table (the latest year not after it), as VLOOKUP(…, TRUE). */
export function smicForYear(table: readonly (readonly [number, number])[], year: number): number | null {
  let best: [number, number] | null = null;
  for (const [y, s] of table) if (y <= year && (!best || y >= best[0])) best = [y, s];
  return best ? best[1] : null;
}

/** Reads Paramètres: the computed SMIC cell, else the SMIC of the reference year from the table. */
export function readParams(g: Grid): Params {
  const at = (label: string): CellValue => {
    const r = findLabel(g, label);
    return r < 0 ? '' : valueAt(g, r, 1);
  };
  const smicYear = num(at(PARAM_LABELS.smicYear));
  let smic = num(at(PARAM_LABELS.smic));
  if (smic === null && smicYear !== null) {
    const header = findLabel(g, PARAM_LABELS.year);
    const table: [number, number][] = [];
    for (let r = header + 1; header >= 0 && r < g.row + g.formulas.length; r++) {
      const y = num(valueAt(g, r, 0));
      const s = num(valueAt(g, r, 1));
      if (y !== null && s !== null) table.push([y, s]);
    }
    smic = smicForYear(table, smicYear);
  }
  return { smic, smicYear, bailleur: text(at(PARAM_LABELS.bailleur)), referent: text(at(PARAM_LABELS.referent)) };
}
