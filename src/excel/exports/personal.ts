/**
 * Which columns of the household table identify a household (pure). The catalogue flags its own
 * (`identifying`, `personal`); a user column carries no flag the workbook keeps, so its header decides.
 */
import { normaliseHeader, type ColumnDef, type CustomFieldDef } from '../../domain/catalogue';

/** Header words of a user column that holds personal data (names, contact, birth, numbers, free text). */
const PERSONAL_WORDS =
  /\b(nom|noms|prenom|prenoms|adresse|adresses|telephone|tel|portable|mobile|mail|e mail|email|courriel|naissance|ne le|nir|securite sociale|iban|rib|allocataire|caf|contact|commentaire|commentaires|observation|observations|remarque|remarques|note|notes|personne|referent social)\b/;

/** True when a user column's header says it holds personal data. */
export function looksPersonal(header: string): boolean {
  const h = normaliseHeader(header)
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ');
  return PERSONAL_WORDS.test(` ${h} `);
}

/** Catalogue columns hidden by « Masquer les colonnes identifiantes ». */
export function isIdentifyingColumn(c: ColumnDef): boolean {
  return c.identifying === true;
}

/** A user column hidden with the identifying columns: flagged personal, or a personal-looking header. */
export function isPersonalField(f: CustomFieldDef): boolean {
  return f.personal || looksPersonal(f.label);
}

/**
 * User columns as exports for partners must see them. The workbook keeps no « personal » flag for
 * them, so none can be shown to be free of personal data: every one is treated as personal and left
 * out of the anonymised export (the base export, internal, keeps them all).
 */
export function fieldsForPartners(fields: readonly CustomFieldDef[]): CustomFieldDef[] {
  return fields.map((f) => ({ ...f, personal: true }));
}
