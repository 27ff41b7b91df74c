/**
 * Checking a new field's name and codes (pure). Errors are WorkbookErrors whose French message names
 * the problem and the fix.
 *
 * Characters: a table header may hold almost anything, but `[`, `]`, `#` must be escaped with `'` in
 * the structured references of formulas (`Tableau_menages[[#Cette ligne];[Prix '[€']]]`), and `'`
 * itself too; line breaks and tabs are kept in the header but make it unreadable and unmatchable.
 * For simplicity `[`, `]`, `#` are refused (the message says why and what to use instead), the straight
 * apostrophe is replaced by the typographic one ’ (French text uses it; headers are matched with either),
 * `★` and `*` are refused (the star marks the variables asked by ANRU), a leading `=`, `+`, `-`, `@` is
 * refused (Excel would read a formula), spaces around the name are removed and inner runs of spaces
 * made single.
 */
import { columnForHeader, normaliseHeader, type CodeDef, type CustomFieldType } from '../../domain/catalogue';
import { WorkbookError, type WorkbookErrorCode } from '../errors';
import { FIELD_TYPES } from './store';

/** Codes this module adds to WorkbookErrorCode (to be listed in src/excel/errors.ts). */
export type FieldErrorCode = 'InvalidFieldName' | 'DuplicateField' | 'InvalidFieldCodes' | 'InvalidFieldType';

export function fieldError(code: FieldErrorCode, message: string, details: Record<string, unknown> = {}): WorkbookError {
  return new WorkbookError(code as unknown as WorkbookErrorCode, message, details);
}

export const MAX_NAME = 255;
export const MAX_CODE = 255;

const ESCAPED = /[[\]#]/;
const BREAKS = /[\r\n\t\u2028\u2029]/;
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f]/;

/** The name as it will be written in the header, or a WorkbookError. `headers`: the table's headers now. */
export function checkFieldName(input: string, headers: readonly string[]): string {
  const raw = typeof input === 'string' ? input : '';
  if (BREAKS.test(raw.trim())) {
    throw fieldError('InvalidFieldName', 'Le nom du champ contient un retour à la ligne ou une tabulation : Excel les garderait dans l\'en-tête, qui deviendrait illisible et introuvable. Écrivez le nom sur une seule ligne.', { name: raw });
  }
  const name = raw.replace(/[\s\u00a0]+/g, ' ').trim().replace(/'/g, '’');
  if (name === '') {
    throw fieldError('InvalidFieldName', 'Le nom du champ est vide : saisissez le titre de la nouvelle colonne, par exemple « Date de la visite ».', { name: raw });
  }
  if (name.length > MAX_NAME) {
    throw fieldError('InvalidFieldName', `Le nom du champ fait ${name.length} caractères : Excel en accepte ${MAX_NAME} au plus dans un en-tête de tableau. Raccourcissez-le (l'aide à la saisie peut contenir les précisions).`, { name });
  }
  if (CONTROL.test(name)) {
    throw fieldError('InvalidFieldName', 'Le nom du champ contient un caractère invisible (caractère de contrôle) : retapez-le au clavier plutôt que de le coller.', { name });
  }
  const bad = ESCAPED.exec(name);
  if (bad) {
    throw fieldError('InvalidFieldName', `Le nom du champ contient « ${bad[0]} » : les caractères [ ] et # sont refusés, car Excel les déforme dans les formules qui citent la colonne. Remplacez-les, par exemple par des parenthèses ( ) ou par « n° ».`, { name, character: bad[0] });
  }
  if (/[★*]/.test(name)) {
    throw fieldError('InvalidFieldName', 'Le nom du champ contient une étoile (★ ou *) : elle est réservée aux variables demandées par l\'ANRU. Retirez-la.', { name });
  }
  if (/^[=+\-@]/.test(name)) {
    throw fieldError('InvalidFieldName', `Le nom du champ commence par « ${name[0]} » : Excel le prendrait pour une formule. Commencez par une lettre ou un chiffre.`, { name });
  }
  const key = normaliseHeader(name);
  const same = headers.find((h) => normaliseHeader(h) === key);
  if (same !== undefined) {
    throw fieldError('DuplicateField', `Une colonne « ${same} » existe déjà dans le tableau des ménages (majuscules, accents et ★ ne comptent pas). Choisissez un autre nom, ou utilisez la colonne existante.`, { name, existing: same });
  }
  const catalogue = columnForHeader(name);
  if (catalogue) {
    throw fieldError('DuplicateField', `« ${name} » est le nom d'une colonne prévue par RIME (« ${catalogue.label} ») : « Préparer le classeur » la crée si elle manque. Choisissez un autre nom pour votre champ.`, { name, existing: catalogue.label });
  }
  return name;
}

export function checkFieldType(type: unknown): CustomFieldType {
  if (typeof type === 'string' && (FIELD_TYPES as readonly string[]).includes(type)) return type as CustomFieldType;
  throw fieldError('InvalidFieldType', `Type de champ inconnu (« ${String(type)} ») : choisissez Texte, Nombre, Montant, Date ou Liste de codes.`, { type });
}

/** The codes of a list field, trimmed (a blank meaning takes the code), or a WorkbookError. */
export function checkCodes(codes: readonly { code: string; label?: string }[] | undefined): CodeDef[] {
  const list = (codes ?? []).map((c) => ({ code: String(c.code ?? '').replace(/\s+/g, ' ').trim(), label: String(c.label ?? '').replace(/\s+/g, ' ').trim() }));
  const kept = list.filter((c) => c.code !== '' || c.label !== '');
  if (kept.length === 0) {
    throw fieldError('InvalidFieldCodes', 'Un champ de type liste a besoin d\'au moins un code : saisissez les codes proposés dans la liste déroulante (un par ligne, avec leur signification).');
  }
  const seen = new Map<string, string>();
  for (const c of kept) {
    if (c.code === '') {
      throw fieldError('InvalidFieldCodes', `La signification « ${c.label} » n'a pas de code : saisissez le code qui sera tapé dans la cellule.`, { label: c.label });
    }
    if (c.code.length > MAX_CODE) {
      throw fieldError('InvalidFieldCodes', `Le code « ${c.code.slice(0, 30)}… » est trop long (${c.code.length} caractères, ${MAX_CODE} au plus) : utilisez un code court et mettez le texte dans la signification.`, { code: c.code });
    }
    if (/^[=+\-@]/.test(c.code)) {
      throw fieldError('InvalidFieldCodes', `Le code « ${c.code} » commence par « ${c.code[0]} » : Excel le prendrait pour une formule. Commencez par une lettre ou un chiffre.`, { code: c.code });
    }
    const k = normaliseHeader(c.code);
    const twin = seen.get(k);
    if (twin !== undefined) {
      throw fieldError('InvalidFieldCodes', `Les codes « ${twin} » et « ${c.code} » sont identiques (majuscules et accents ne comptent pas) : chaque code doit être unique.`, { code: c.code });
    }
    seen.set(k, c.code);
  }
  return kept.map((c) => ({ code: c.code, label: c.label === '' ? c.code : c.label }));
}
