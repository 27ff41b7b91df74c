/**
 * Which columns go out in each export (reference §8, GUIDE-NOTES §1.7 M1/M2).
 * - base: every column of the table, user columns before « Commentaires et observations » as in the
 *   workbook — internal status, never sent as is to partners;
 * - ANRU: Opération, N° d'identification, N° de demande, then every ★ variable in table order; never a
 *   personal or sensitive column; no user column (they are not ANRU variables);
 * - anonymised: every column except personal or sensitive ones (names, address, comments, user
 *   columns flagged personal); the N° d'identification is replaced by a number drawn at random at
 *   each export (the guide: the base linking the numbers to the households is personal data).
 */
import { codeList } from '../catalogue/codeLists';
import { FORMATS } from '../catalogue/columnFactory';
import { COMMENTS_KEY, HOUSEHOLD_COLUMNS, headerOf, type ColumnKey } from '../catalogue/columns';
import type { ColumnDef, CustomFieldDef, CustomFieldType } from '../catalogue/types';
import type { ExportColumn, ExportColumnSet } from './types';

export const ANONYMOUS_ID_HEADER = 'N° anonyme du ménage';

const CATALOGUE: readonly ColumnDef[] = HOUSEHOLD_COLUMNS;

/** Personal data or possibly sensitive data: never in an export meant for partners. */
export function isPrivate(c: ColumnDef): boolean {
  return c.personal || c.sensitive;
}

function catalogueColumn(c: ColumnDef): ExportColumn {
  return {
    source: 'catalogue',
    key: c.key as ColumnKey,
    header: headerOf(c),
    numberFormat: c.numberFormat,
    numericCodes: c.kind === 'code' && c.codeList !== undefined && codeList(c.codeList).numeric,
  };
}

const CUSTOM_FORMATS: Record<CustomFieldType, string> = {
  text: FORMATS.text,
  number: FORMATS.general,
  amount: FORMATS.amount,
  date: FORMATS.date,
  list: FORMATS.general,
};

function customColumn(f: CustomFieldDef): ExportColumn {
  return { source: 'custom', key: f.key, header: f.label, numberFormat: CUSTOM_FORMATS[f.type], type: f.type, personal: f.personal };
}

/** Every column in workbook order: the user columns sit just before « Commentaires et observations ». */
function workbookOrder(
  customFields: readonly CustomFieldDef[],
  keepColumn: (c: ColumnDef) => boolean,
  keepField: (f: CustomFieldDef) => boolean,
  replace: (c: ColumnDef) => ExportColumn = catalogueColumn,
): ExportColumn[] {
  const out: ExportColumn[] = [];
  for (const c of CATALOGUE) {
    if (c.key === COMMENTS_KEY) out.push(...customFields.filter(keepField).map(customColumn));
    if (keepColumn(c)) out.push(replace(c));
  }
  if (!CATALOGUE.some((c) => c.key === COMMENTS_KEY)) out.push(...customFields.filter(keepField).map(customColumn));
  return out;
}

/** « Exportation de la base de saisie »: everything, for internal use. */
export function baseExportColumns(customFields: readonly CustomFieldDef[] = []): ExportColumnSet {
  return { kind: 'base', columns: workbookOrder(customFields, () => true, () => true) };
}

const ANRU_FIRST = ['operation', 'householdId', 'requestNo'] as const;

/** « Exportation données ANRU »: Opération, N° d'identification, N° de demande, then the ★ variables. */
export function anruExportColumns(_customFields: readonly CustomFieldDef[] = []): ExportColumnSet {
  const first = ANRU_FIRST.map((k) => CATALOGUE.find((c) => c.key === k)!);
  const starred = CATALOGUE.filter((c) => c.anru && !(ANRU_FIRST as readonly string[]).includes(c.key));
  const columns = [...first, ...starred].filter((c) => !isPrivate(c)).map(catalogueColumn);
  return { kind: 'anru', columns };
}

/** The whole base without personal or sensitive columns; N° d'identification → N° anonyme du ménage. */
export function anonymisedExportColumns(customFields: readonly CustomFieldDef[] = []): ExportColumnSet {
  const anonymousId: ExportColumn = { source: 'anonymousId', key: 'anonymousId', header: ANONYMOUS_ID_HEADER, numberFormat: FORMATS.integer };
  const columns = workbookOrder(
    customFields,
    (c) => !isPrivate(c),
    (f) => !f.personal,
    (c) => (c.key === 'householdId' ? anonymousId : catalogueColumn(c)),
  );
  return { kind: 'anonymised', columns };
}

/** True when the column carries personal or sensitive data. */
export function isPrivateExportColumn(col: ExportColumn): boolean {
  if (col.source === 'custom') return col.personal;
  if (col.source === 'anonymousId') return false;
  const def = CATALOGUE.find((c) => c.key === col.key);
  return def ? isPrivate(def) : true;
}
