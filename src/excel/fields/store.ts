/**
 * The definitions of the fields added by « Insérer un nouveau champ de saisie », kept in the very
 * hidden sheet `RIME_champs` (one row per field) so they survive « Préparer le classeur » and are
 * known to the rules and treatments (type, codes, help, personal flag). Pure: encoding and decoding.
 */
import type { CellValue, CodeDef, CustomFieldDef, CustomFieldType } from '../../domain/catalogue';
import { customKey } from '../workbook/headers';
import { protectText } from '../util/text';

export const FIELDS_SHEET = 'RIME_champs';

export const FIELD_HEADERS = [
  'Nom (en-tête)', 'Clé', 'Type', 'Codes (JSON)', 'Aide à la saisie', 'Données personnelles', 'Source de la liste', 'Ajouté le',
] as const;
export const FIELD_WIDTH = FIELD_HEADERS.length;

export const FIELD_TYPES: readonly CustomFieldType[] = ['text', 'number', 'amount', 'date', 'list'];

/** French words of each type (report, Tableau des variables). */
export const TYPE_WORDS: Readonly<Record<CustomFieldType, string>> = {
  text: 'Texte',
  number: 'Nombre',
  amount: 'Montant (€)',
  date: 'Date',
  list: 'Code (liste déroulante)',
};

export interface StoredField extends CustomFieldDef {
  /** `=Listes!$X$2:$X$5` for a list field, '' otherwise. */
  readonly listSource: string;
  /** Date added (Excel serial), null when unknown. */
  readonly added: number | null;
}

const text = (v: CellValue | null | undefined): string => (v === null || v === undefined ? '' : String(v).trim());

export function encodeField(f: StoredField): CellValue[] {
  const codes = f.codes && f.codes.length > 0 ? JSON.stringify(f.codes.map((c) => ({ code: c.code, label: c.label }))) : '';
  const cells: string[] = [f.label, f.key, f.type, codes, f.help, f.personal ? 'Oui' : 'Non', f.listSource];
  return [...cells.map((s) => protectText(s, '@')), f.added ?? ''];
}

function parseCodes(s: string): CodeDef[] | undefined {
  if (s === '') return undefined;
  try {
    const v: unknown = JSON.parse(s);
    if (!Array.isArray(v)) return undefined;
    return v
      .filter((c): c is { code: unknown; label?: unknown } => !!c && typeof c === 'object' && 'code' in c)
      .map((c) => ({ code: String(c.code), label: typeof c.label === 'string' ? c.label : String(c.code) }));
  } catch {
    return undefined;
  }
}

/** The fields of the store's used range (headers on the first row); unreadable rows are skipped. */
export function decodeFields(values: readonly (readonly CellValue[])[]): StoredField[] {
  const out: StoredField[] = [];
  const seen = new Set<string>();
  for (const r of values) {
    const label = text(r[0]);
    const type = text(r[2]) as CustomFieldType;
    if (label === '' || label === FIELD_HEADERS[0] || !FIELD_TYPES.includes(type)) continue;
    const key = customKey(label);
    const def: StoredField = {
      key, label, type, help: text(r[4]), personal: /^oui$/i.test(text(r[5])), listSource: text(r[6]),
      added: typeof r[7] === 'number' ? r[7] : null,
      ...(type === 'list' ? { codes: parseCodes(text(r[3])) ?? [] } : {}),
    };
    // A later row for the same name replaces an earlier one (the field was added again).
    if (seen.has(key)) out.splice(out.findIndex((f) => f.key === key), 1);
    seen.add(key);
    out.push(def);
  }
  return out;
}

/** The header-derived user columns of a read, with the stored definitions where the names match. */
export function withDefinitions(found: readonly CustomFieldDef[], stored: readonly StoredField[]): CustomFieldDef[] {
  const byKey = new Map(stored.map((f) => [f.key, f]));
  return found.map((f) => {
    const d = byKey.get(f.key);
    if (!d) return f;
    const def: CustomFieldDef = { key: f.key, label: f.label, type: d.type, help: d.help, personal: d.personal };
    return d.codes ? { ...def, codes: d.codes } : def;
  });
}
