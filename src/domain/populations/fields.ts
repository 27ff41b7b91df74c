/**
 * What a manual criterion can test: any household column of the catalogue or any user field, seen
 * as one of four kinds (code, number, date, text) with its codes, unit and value reader.
 */
import { codeList } from '../catalogue/codeLists';
import { HOUSEHOLD_COLUMNS, isColumnKey } from '../catalogue/columns';
import type { CodeDef, ColumnDef, CustomFieldDef } from '../catalogue/types';
import { DERIVED } from '../derived/definitions';
import type { Household } from '../household/types';

export type FieldKind = 'code' | 'number' | 'date' | 'text';

export interface Field {
  readonly key: string;
  readonly label: string;
  readonly kind: FieldKind;
  /** Allowed codes (code fields); undefined = any text (the Opération column, named in liste_opération). */
  readonly codes?: readonly CodeDef[];
  /** Unit of the value as criteria state it ('%' for rates: 30 means 30 %). */
  readonly unit?: string;
  readonly custom: boolean;
  /** A user column typed by hand, its kind guessed (CustomFieldDef.guessed). */
  readonly guessed?: boolean;
  /** The value criteria compare: percent columns are read in % (0.3 → 30). null = non renseigné. */
  readonly read: (h: Household) => string | number | null;
}

/** A column definition or a user field: whatever a criterion may name. */
export type CriterionColumn = ColumnDef | CustomFieldDef;

const isCustom = (c: CriterionColumn): c is CustomFieldDef => 'type' in c;

/** The kind a column is tested as. Derived bands (labels) are codes whose codes are the band labels. */
export function fieldKind(c: CriterionColumn): FieldKind {
  if (isCustom(c)) {
    if (c.type === 'list') return 'code';
    if (c.type === 'text') return 'text';
    return c.type === 'date' ? 'date' : 'number';
  }
  switch (c.kind) {
    case 'code':
      return 'code';
    case 'text':
      return 'text';
    case 'date':
      return 'date';
    case 'derived':
      return c.result === 'label' ? 'code' : 'number';
    default:
      return 'number';
  }
}

/** Band labels of a derived label column, as codes. */
function derivedCodes(key: string): readonly CodeDef[] | undefined {
  const def = (DERIVED as Record<string, { bands?: { bands: readonly { label: string }[] } }>)[key];
  return def?.bands?.bands.map((b) => ({ code: b.label, label: b.label }));
}

/** Floating noise removed after a ×100 (0.3 × 100 = 30.000000000000004). */
const toPercent = (x: number): number => Math.round(x * 100 * 1e9) / 1e9;

function catalogueField(c: ColumnDef): Field {
  const kind = fieldKind(c);
  const percent = c.kind === 'derived' && c.result === 'percent';
  const codes =
    c.kind === 'code' && c.codeList
      ? codeList(c.codeList).codes
      : c.kind === 'derived'
        ? derivedCodes(c.key)
        : undefined;
  const unit = c.key === 'age' ? 'ans' : c.unit;
  return {
    key: c.key,
    label: c.label,
    kind,
    codes,
    unit,
    custom: false,
    read: (h) => {
      const x = (h.values as Readonly<Record<string, string | number | null>>)[c.key] ?? null;
      return percent && typeof x === 'number' ? toPercent(x) : x;
    },
  };
}

function customField(f: CustomFieldDef): Field {
  return {
    key: f.key,
    label: f.label,
    kind: fieldKind(f),
    codes: f.type === 'list' ? (f.codes ?? []) : undefined,
    unit: f.type === 'amount' ? '€' : undefined,
    custom: true,
    ...(f.guessed ? { guessed: true } : {}),
    read: (h) => h.custom[f.key] ?? null,
  };
}

/** The field a criterion key names, or undefined when the key is neither a column nor a user field. */
export function fieldFor(key: string, customFields: readonly CustomFieldDef[] = []): Field | undefined {
  if (isColumnKey(key)) return catalogueField(HOUSEHOLD_COLUMNS.find((c) => c.key === key)!);
  const f = customFields.find((x) => x.key === key);
  return f ? customField(f) : undefined;
}

/** The field of a column definition or user field. */
export function fieldOf(c: CriterionColumn): Field {
  return isCustom(c) ? customField(c) : catalogueField(c);
}
