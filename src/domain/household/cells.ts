/**
 * Reading one cell as its column asks (zod schemas). Never throws on user data: a cell that cannot be
 * used gives null plus a problem naming what is wrong and the fix (Decisions P-TEXT-IN-NUMBER, P-CODE-CASE).
 */
import { z } from 'zod';
import type { CodeList, CellValue } from '../catalogue/types';
import { formatDate, parseFrenchDate, parseIsoDate } from '../dates';
import type { CellProblem, ProblemKind } from './types';

export type CellResult<T> = { value: T | null; problem?: Omit<CellProblem, 'key'> };

const FiniteNumber = z.number().refine(Number.isFinite);
/** French number typed as text: "12,5", "1 200,50", "-3", "12.5", with € or % signs around. */
const NumberText = z
  .string()
  .transform((s) => s.replace(/[\s\u00a0\u202f€]/g, '').replace(/%$/, ''))
  .pipe(z.string().regex(/^[-+]?(\d+([.,]\d+)?|[.,]\d+)$/))
  .transform((s) => Number(s.replace(',', '.')));

const fr = (n: number): string => String(n).replace('.', ',');
/** A cell value as a French Excel shows it (booleans are VRAI / FAUX). */
const shown = (v: CellValue): string => (typeof v === 'boolean' ? (v ? 'VRAI' : 'FAUX') : typeof v === 'number' ? fr(v) : v);

function problem(kind: ProblemKind, raw: CellValue, message: string, suggestion?: string | number): CellResult<never> {
  return { value: null, problem: { kind, raw, message, suggestion } };
}

const isBlank = (v: CellValue | null | undefined): boolean => v === null || v === undefined || v === '';
const spacesOnly = (v: CellValue): boolean => typeof v === 'string' && v.trim() === '';

function spaces(raw: CellValue): CellResult<never> {
  return problem('spacesOnly', raw, 'La cellule ne contient que des espaces : la vider (touche Suppr).');
}

export function readNumber(raw: CellValue | null | undefined, integer: boolean): CellResult<number> {
  if (isBlank(raw)) return { value: null };
  const v = raw as CellValue;
  if (spacesOnly(v)) return spaces(v);
  const n = FiniteNumber.safeParse(v);
  if (n.success) {
    if (integer && !Number.isInteger(n.data)) {
      return { value: n.data, problem: { kind: 'notAnInteger', raw: v, message: `${fr(n.data)} n'est pas un nombre entier : saisir un nombre entier.` } };
    }
    return { value: n.data };
  }
  if (typeof v === 'string') {
    const t = NumberText.safeParse(v);
    if (t.success) {
      return problem('numberAsText', v, `« ${v} » est saisi comme du texte : Excel ne le calcule pas. Ressaisir le nombre ${fr(t.data)}.`, t.data);
    }
    return problem('notANumber', v, `« ${v} » n'est pas un nombre : saisir un nombre (chiffres, virgule décimale).`);
  }
  return problem('notANumber', v, `${shown(v)} n'est pas un nombre : saisir un nombre.`);
}

/** Dates are Excel serial numbers; a date typed as text is not used (Excel does not sort or compute it). */
export function readDate(raw: CellValue | null | undefined): CellResult<number> {
  if (isBlank(raw)) return { value: null };
  const v = raw as CellValue;
  if (spacesOnly(v)) return spaces(v);
  const n = FiniteNumber.safeParse(v);
  if (n.success) {
    if (n.data < 1 || n.data > 2958465) return problem('notADate', v, `${fr(n.data)} n'est pas une date : saisir une date jj/mm/aaaa.`);
    return { value: Math.floor(n.data) };
  }
  if (typeof v === 'string') {
    const serial = parseFrenchDate(v) ?? parseIsoDate(v);
    if (serial !== undefined) {
      return problem('dateAsText', v, `« ${v} » est saisi comme du texte : ressaisir la date ${formatDate(serial)} pour qu'Excel la reconnaisse.`, serial);
    }
    return problem('notADate', v, `« ${v} » n'est pas une date : saisir une date jj/mm/aaaa.`);
  }
  return problem('notADate', v, 'Une date est attendue : saisir une date jj/mm/aaaa.');
}

/** Normalised form used to match codes: upper case, no accents, single spaces. */
const CODE_KEYS = new Map<string, string>();

export function codeKey(v: CellValue): string {
  const s = String(v);
  const cached = CODE_KEYS.get(s);
  if (cached !== undefined) return cached;
  const key = s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toUpperCase()
    .replace(/\s+/g, ' ')
    .trim();
  // Code cells repeat a few distinct values: remember them (bounded, so pasted garbage cannot grow it).
  if (CODE_KEYS.size < 50_000) CODE_KEYS.set(s, key);
  return key;
}

function listText(list: CodeList): string {
  return list.codes.map((c) => c.code).join(', ');
}

export function readCode(raw: CellValue | null | undefined, list: CodeList): CellResult<string> {
  if (isBlank(raw)) return { value: null };
  const v = raw as CellValue;
  if (spacesOnly(v)) return spaces(v);
  const key = codeKey(typeof v === 'number' ? String(v) : v);
  const found = list.codes.find((c) => codeKey(c.code) === key)?.code ?? list.aliases?.[key];
  if (list.numeric) {
    if (typeof v === 'number' && found) return { value: found };
    if (found) {
      return problem('codeAsText', v, `« ${shown(v).trim()} » est saisi comme du texte : choisir ${found} dans la liste déroulante.`, found);
    }
  } else if (found) {
    return { value: found };
  }
  return problem('unknownCode', v, `« ${shown(v).trim()} » n'est pas un code de la liste : choisir parmi ${listText(list)}.`);
}

export function readText(raw: CellValue | null | undefined): CellResult<string> {
  if (isBlank(raw)) return { value: null };
  const s = (typeof raw === 'boolean' ? shown(raw) : String(raw)).trim();
  return { value: s === '' ? null : s };
}
