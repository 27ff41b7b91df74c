/** Content of the sheet "Tableau des variables", generated from the catalogue (pure, French). */
import {
  BAND_TABLES, codeList, DENSITY_BANDS, decisionById, FORMATS, GROUPS, headerOf, HOUSEHOLD_COLUMNS,
  OPERATION_COLUMNS, OPERATION_SHEET, type BandTable, type ColumnDef,
} from '../../domain/catalogue';
import { DERIVED } from '../../domain/derived';
import { columnLetter } from '../util/address';
import { effectiveFormat, LISTS_SHEET, listColumn } from './layout';
import type { Cell } from './ops';

export const VARIABLE_HEADERS = [
  'Groupe', 'Colonne (en-tête)', 'Clé', 'Type', 'Codes et significations', 'Format', 'Liste ou formule',
  'Variable ANRU', 'Données personnelles', 'Aide à la saisie', 'Décisions',
] as const;
export const VARIABLE_WIDTHS = [90, 180, 110, 110, 220, 110, 260, 60, 90, 260, 360];

const FORMAT_WORDS: Record<string, string> = {
  [FORMATS.integer]: 'Nombre entier',
  [FORMATS.amount]: 'Euros, 2 décimales',
  [FORMATS.amountYear]: 'Euros sans décimale',
  [FORMATS.number]: 'Nombre, 2 décimales',
  [FORMATS.surface]: 'm², 1 décimale',
  [FORMATS.percent]: 'Pourcentage, 1 décimale',
  [FORMATS.points]: 'Points, avec signe',
  [FORMATS.date]: 'Date jj/mm/aaaa',
  [FORMATS.text]: 'Texte',
  [FORMATS.general]: 'Standard',
};

const fr = (n: number): string => String(Number(n.toPrecision(12))).replace('.', ',');

function formatWords(fmt: string): string {
  return FORMAT_WORDS[fmt] ? `${FORMAT_WORDS[fmt]} (${fmt})` : `Format ${fmt}`;
}

function typeWords(c: ColumnDef): string {
  switch (c.kind) {
    case 'code':
      return 'Code (liste déroulante)';
    case 'integer':
      return 'Nombre entier';
    case 'amount':
      return `Montant (${c.unit ?? '€'})`;
    case 'number':
      return c.unit ? `Nombre (${c.unit})` : 'Nombre';
    case 'date':
      return 'Date';
    case 'text':
      return 'Texte';
    default:
      return c.result === 'label' ? 'Calculé (tranche)' : `Calculé (${c.unit ?? 'nombre'})`;
  }
}

/** Band bounds in words: "Moins de 30 ans (< 30) ; 30-39 ans (≥ 30 et < 40) ; …". */
export function describeBands(t: BandTable): string {
  const scale = t.unit === '%' && t.bands.every((b) => !b.upper || Math.abs(b.upper.value) <= 1) ? 100 : 1;
  const v = (x: number): string => fr(x * scale);
  const parts: string[] = [];
  let lower = '';
  for (const b of t.bands) {
    const u = b.upper;
    const upper = !u ? '' : u.op === '<' ? `< ${v(u.value)}` : u.op === '<=' ? `≤ ${v(u.value)}` : `= ${v(u.value)}`;
    const bounds = u?.op === '=' ? upper : [lower, upper].filter((s) => s !== '').join(' et ');
    parts.push(`${b.label} (${bounds})`);
    if (u) lower = u.op === '<' ? `≥ ${v(u.value)}` : `> ${v(u.value)}`;
  }
  return `${t.title}, en ${t.unit} : ${parts.join(' ; ')}`;
}

function codesWords(c: ColumnDef): string {
  if (c.key === 'operation') return `Noms des opérations de la feuille ${OPERATION_SHEET} (hors « Tout »)`;
  if (!c.codeList) return '';
  return codeList(c.codeList).codes.map((k) => `${k.code} = ${k.label}${k.decision ? ' (D)' : ''}`).join('\n');
}

function listOrFormula(c: ColumnDef): string {
  if (c.key === 'operation') return `Liste déroulante : feuille ${OPERATION_SHEET}, colonne « Nom de l'opération »`;
  if (c.kind === 'code') {
    const col = listColumn(c.codeList!);
    return `Liste déroulante : feuille ${LISTS_SHEET}, colonnes ${columnLetter(col)} (codes) et ${columnLetter(col + 1)} (significations)`;
  }
  if (c.kind !== 'derived') {
    const bounds = [c.min !== undefined ? `≥ ${fr(c.min)}` : '', c.max !== undefined ? `≤ ${fr(c.max)}` : ''].filter(Boolean);
    return `Saisie${c.required ? ' obligatoire' : ''}${bounds.length ? ` (${bounds.join(', ')})` : ''}`;
  }
  const def = (DERIVED as Record<string, { bands?: BandTable }>)[c.key];
  const words = `Formule (ne rien saisir) : ${c.help.replace(/^Formule\s*:\s*/i, '')}`;
  return def?.bands ? `${words}\n${describeBands(def.bands)}` : words;
}

function decisionsWords(c: ColumnDef): string {
  const lines = c.decisions.map((id) => `${id} : ${decisionById(id)?.text ?? ''}`);
  if (c.codeList) {
    const d = codeList(c.codeList).codes.filter((k) => k.decision);
    if (d.length > 0) lines.push(`(D) ${d.map((k) => k.code).join(', ')} : codes non lisibles dans le guide, choisis par nous (décision).`);
  }
  return lines.join('\n');
}

function personalWords(c: ColumnDef): string {
  return c.sensitive ? 'Oui, potentiellement sensible' : c.personal ? 'Oui' : 'Non';
}

function row(group: string, c: ColumnDef, header: string, format: string): Cell[] {
  return [
    group, header, c.key, typeWords(c), codesWords(c), formatWords(format), listOrFormula(c),
    c.anru ? 'Oui ★' : 'Non', personalWords(c), c.help, decisionsWords(c),
  ];
}

/** Every row of the sheet: household columns, liste_opération's columns, then the band tables. */
export function variablesSheet(): Cell[][] {
  const w = VARIABLE_HEADERS.length;
  const pad = (cells: Cell[]): Cell[] => [...cells, ...Array.from({ length: w - cells.length }, () => '')];
  const out: Cell[][] = [
    pad(['Tableau des variables : colonnes du tableau des ménages (feuille Tableau_de_saisie), de la feuille liste_opération et tables de tranches. Généré par le complément RIME d\'après son catalogue.']),
    pad(['★ = variable demandée par l\'ANRU. (D) = code ou règle non lisible dans le guide : décision du projet. Les colonnes calculées (formules) ne se saisissent pas.']),
    [...VARIABLE_HEADERS],
  ];
  for (const c of HOUSEHOLD_COLUMNS as readonly ColumnDef[]) {
    out.push(row(GROUPS.find((g) => g.id === c.group)!.label, c, headerOf(c), effectiveFormat(c)));
  }
  out.push(pad(['']), pad([`Feuille ${OPERATION_SHEET} (tableau Tableau_operations ; la ligne « Tout » est calculée par le complément)`]));
  for (const c of OPERATION_COLUMNS as readonly ColumnDef[]) {
    const r = row('Opérations', c, c.label, c.key === 'relocatedCount' ? FORMATS.integer : c.numberFormat);
    if (c.kind === 'derived') r[6] = `Calculé par le complément (valeur, jamais une formule) : ${c.help}`;
    out.push(r);
  }
  out.push(pad(['']), pad(['Tables de tranches (bornes)']));
  for (const t of [...BAND_TABLES, DENSITY_BANDS]) {
    const decisions = t.decisions.map((id) => `${id} : ${decisionById(id)?.text ?? ''}`).join('\n');
    out.push(pad(['Tranches', t.title, t.id, '', describeBands(t), '', '', '', '', '', decisions]));
  }
  return out;
}
