/** Cell formats, interned: each cell stores a small style id; id 0 is the default (no format). */
import { fail } from '../errors';

export interface BorderSpec {
  style: string;
  color: string;
  weight: string;
}

export type BorderSide = 'top' | 'bottom' | 'left' | 'right';

export interface CellStyle {
  numberFormat?: string;
  fill?: string;
  bold?: boolean;
  italic?: boolean;
  underline?: string;
  fontColor?: string;
  fontSize?: number;
  fontName?: string;
  hAlign?: string;
  vAlign?: string;
  wrap?: boolean;
  top?: BorderSpec;
  bottom?: BorderSpec;
  left?: BorderSpec;
  right?: BorderSpec;
}

/** A change: a key set to `undefined` removes that part of the format. */
export type StylePatch = { [K in keyof CellStyle]?: CellStyle[K] | undefined };

/** What Excel reports for an unformatted cell (Excel on the web, Calibri 11). */
export const DEFAULTS = {
  numberFormat: 'General',
  fill: '#FFFFFF',
  fontName: 'Calibri',
  fontSize: 11,
  fontColor: '#000000',
  hAlign: 'General',
  vAlign: 'Bottom',
  columnWidth: 48,
  rowHeight: 15,
} as const;

const KEYS: (keyof CellStyle)[] = [
  'numberFormat', 'fill', 'bold', 'italic', 'underline', 'fontColor', 'fontSize', 'fontName',
  'hAlign', 'vAlign', 'wrap', 'top', 'bottom', 'left', 'right',
];

function canonical(s: CellStyle): string {
  const o: Record<string, unknown> = {};
  for (const k of KEYS) if (s[k] !== undefined) o[k] = s[k];
  return JSON.stringify(o);
}

export class StyleTable {
  private readonly list: CellStyle[] = [{}];
  private readonly index = new Map<string, number>([['{}', 0]]);
  private readonly memo = new Map<string, number>();

  get(id: number): CellStyle {
    return this.list[id] ?? this.list[0];
  }

  intern(style: CellStyle): number {
    const key = canonical(style);
    const found = this.index.get(key);
    if (found !== undefined) return found;
    const clean: CellStyle = JSON.parse(key) as CellStyle;
    this.list.push(Object.freeze(clean));
    this.index.set(key, this.list.length - 1);
    return this.list.length - 1;
  }

  /** The id of `id` with `patch` applied; memoised so bulk formatting interns once per distinct style. */
  patch(id: number, patch: StylePatch, patchKey = JSON.stringify(patch)): number {
    const memoKey = `${id}|${patchKey}`;
    const hit = this.memo.get(memoKey);
    if (hit !== undefined) return hit;
    const next: CellStyle = { ...this.get(id) };
    for (const k of Object.keys(patch) as (keyof CellStyle)[]) {
      const v = patch[k];
      if (v === undefined) delete next[k];
      else (next as Record<string, unknown>)[k] = v;
    }
    const out = this.intern(next);
    if (this.memo.size > 100000) this.memo.clear();
    this.memo.set(memoKey, out);
    return out;
  }
}

const NAMED: Record<string, string> = {
  black: '#000000', white: '#FFFFFF', red: '#FF0000', green: '#008000', blue: '#0000FF',
  yellow: '#FFFF00', orange: '#FFA500', gray: '#808080', grey: '#808080', purple: '#800080',
  lightgray: '#D3D3D3', lightgrey: '#D3D3D3', lightblue: '#ADD8E6', lightgreen: '#90EE90',
  darkblue: '#00008B', darkgreen: '#006400', darkred: '#8B0000', pink: '#FFC0CB', navy: '#000080',
};

/** Normalises a colour the way Excel reports it back: `#RRGGBB`, upper case. */
export function normalizeColor(input: unknown): string {
  if (typeof input !== 'string') return fail('InvalidArgument', `Couleur invalide : ${String(input)}`);
  const s = input.trim();
  const named = NAMED[s.toLowerCase()];
  if (named) return named;
  let m = /^#?([0-9a-fA-F]{6})$/.exec(s);
  if (m) return `#${m[1].toUpperCase()}`;
  m = /^#([0-9a-fA-F]{3})$/.exec(s);
  if (m) return `#${m[1].split('').map((c) => c + c).join('').toUpperCase()}`;
  return fail('InvalidArgument', `Couleur invalide : « ${s} » (attendu #RRGGBB ou un nom de couleur).`);
}
