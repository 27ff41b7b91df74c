import type { ColumnDef, ColumnKind, DerivedResult, GroupId } from './types';

/** Excel number formats, one per kind of value (locale-independent codes, as stored in files). */
export const FORMATS = {
  integer: '0',
  amount: '#,##0.00 "€"',
  amountYear: '#,##0 "€"',
  number: '0.00',
  surface: '0.0 "m²"',
  percent: '0.0%',
  points: '+0.0 "pts";-0.0 "pts";0 "pts"',
  date: 'dd/mm/yyyy',
  text: '@',
  general: 'General',
  code: 'General',
} as const;

type Options = Partial<Omit<ColumnDef, 'key' | 'label' | 'group' | 'kind' | 'result'>>;

/** Builds a column definition with the defaults every column shares, keeping its key and kind literal. */
export function col<K extends string, Kd extends ColumnKind, R extends DerivedResult | undefined = undefined>(
  key: K,
  label: string,
  group: GroupId,
  kind: Kd,
  options: Options & { result?: R } = {},
): ColumnDef & { readonly key: K; readonly kind: Kd; readonly result: R } {
  const { result, ...rest } = options;
  return {
    key,
    label,
    group,
    kind,
    result: result as R,
    anru: false,
    personal: false,
    sensitive: false,
    decisions: [],
    help: '',
    numberFormat: defaultFormat(kind),
    width: defaultWidth(kind),
    ...rest,
  };
}

function defaultFormat(kind: ColumnKind): string {
  switch (kind) {
    case 'integer':
      return FORMATS.integer;
    case 'amount':
      return FORMATS.amount;
    case 'number':
      return FORMATS.number;
    case 'date':
      return FORMATS.date;
    case 'text':
      return FORMATS.text;
    default:
      return FORMATS.general;
  }
}

function defaultWidth(kind: ColumnKind): number {
  if (kind === 'text') return 140;
  if (kind === 'date') return 80;
  return 90;
}
