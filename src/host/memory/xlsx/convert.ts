/** Conversions between the model and ExcelJS: styles, widths, validation operators, dates, `_xlfn.` prefixes. */
import type { Borders, Cell, Fill, Font, Style } from 'exceljs';
import type { BorderSpec, CellStyle } from '../model/styles';

const H_TO_XL: Record<string, string> = {
  Left: 'left', Center: 'center', Right: 'right', Fill: 'fill', Justify: 'justify', CenterAcrossSelection: 'centerContinuous', Distributed: 'distributed',
};
const V_TO_XL: Record<string, string> = { Top: 'top', Center: 'middle', Bottom: 'bottom', Justify: 'justify', Distributed: 'distributed' };
const invert = (m: Record<string, string>): Record<string, string> => Object.fromEntries(Object.entries(m).map(([k, v]) => [v, k]));
const H_FROM_XL = invert(H_TO_XL);
const V_FROM_XL = invert(V_TO_XL);

const BORDER_FROM_XL: Record<string, [string, string]> = {
  thin: ['Continuous', 'Thin'], medium: ['Continuous', 'Medium'], thick: ['Continuous', 'Thick'], hair: ['Continuous', 'Hairline'],
  dotted: ['Dot', 'Thin'], dashed: ['Dash', 'Thin'], double: ['Double', 'Thick'], dashDot: ['DashDot', 'Thin'],
  dashDotDot: ['DashDotDot', 'Thin'], mediumDashed: ['Dash', 'Medium'], mediumDashDot: ['DashDot', 'Medium'],
  mediumDashDotDot: ['DashDotDot', 'Medium'], slantDashDot: ['SlantDashDot', 'Medium'],
};

function borderToXl(b: BorderSpec): string {
  const hit = Object.entries(BORDER_FROM_XL).find(([, [s, w]]) => s === b.style && w === b.weight);
  if (hit) return hit[0];
  return b.weight === 'Medium' ? 'medium' : b.weight === 'Thick' ? 'thick' : 'thin';
}

export const argb = (hex: string): string => `FF${hex.replace('#', '').toUpperCase()}`;
export const fromArgb = (v: string | undefined): string | undefined => (v && /^[0-9A-Fa-f]{8}$/.test(v) ? `#${v.slice(2).toUpperCase()}` : undefined);

/** ExcelJS style of a model style (only what is set). */
export function styleToXl(s: CellStyle): Partial<Style> {
  const out: Partial<Style> = {};
  if (s.numberFormat) out.numFmt = s.numberFormat;
  if (s.fill) out.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(s.fill) } };
  const font: Partial<Font> = {};
  if (s.bold) font.bold = true;
  if (s.italic) font.italic = true;
  if (s.fontColor) font.color = { argb: argb(s.fontColor) };
  if (s.fontSize) font.size = s.fontSize;
  if (s.fontName) font.name = s.fontName;
  if (s.underline) font.underline = s.underline === 'Double' ? 'double' : true;
  if (Object.keys(font).length) out.font = font;
  const al: Record<string, unknown> = {};
  if (s.hAlign && H_TO_XL[s.hAlign]) al.horizontal = H_TO_XL[s.hAlign];
  if (s.vAlign && V_TO_XL[s.vAlign]) al.vertical = V_TO_XL[s.vAlign];
  if (s.wrap) al.wrapText = true;
  if (Object.keys(al).length) out.alignment = al as Style['alignment'];
  const borders: Partial<Borders> = {};
  for (const side of ['top', 'bottom', 'left', 'right'] as const) {
    const b = s[side];
    if (b) borders[side] = { style: borderToXl(b) as never, color: { argb: argb(b.color) } };
  }
  if (Object.keys(borders).length) out.border = borders;
  return out;
}

/** Model style of an ExcelJS cell (file defaults such as Calibri 11 / theme colours are dropped). */
export function styleFromXl(cell: Cell): CellStyle {
  const s: CellStyle = {};
  if (cell.numFmt && cell.numFmt !== 'General') s.numberFormat = cell.numFmt;
  const fill = cell.fill as Fill | undefined;
  if (fill && fill.type === 'pattern' && fill.pattern === 'solid') {
    const c = fromArgb(fill.fgColor?.argb);
    if (c) s.fill = c;
  }
  const f = cell.font as Partial<Font> | undefined;
  if (f) {
    if (f.bold) s.bold = true;
    if (f.italic) s.italic = true;
    const c = fromArgb(f.color?.argb);
    if (c && c !== '#000000') s.fontColor = c;
    if (f.size && f.size !== 11) s.fontSize = f.size;
    if (f.name && f.name !== 'Calibri') s.fontName = f.name;
    if (f.underline) s.underline = f.underline === 'double' ? 'Double' : 'Single';
  }
  const al = cell.alignment as Record<string, unknown> | undefined;
  if (al) {
    if (typeof al.horizontal === 'string' && H_FROM_XL[al.horizontal]) s.hAlign = H_FROM_XL[al.horizontal];
    if (typeof al.vertical === 'string' && V_FROM_XL[al.vertical]) s.vAlign = V_FROM_XL[al.vertical];
    if (al.wrapText) s.wrap = true;
  }
  const b = cell.border as Partial<Borders> | undefined;
  if (b) {
    for (const side of ['top', 'bottom', 'left', 'right'] as const) {
      const x = b[side];
      if (!x || !x.style) continue;
      const [style, weight] = BORDER_FROM_XL[x.style] ?? ['Continuous', 'Thin'];
      s[side] = { style, weight, color: fromArgb(x.color?.argb) ?? '#000000' };
    }
  }
  return s;
}

/** Column width: points (API, whole pixels) <-> the file's width unit (Calibri 11: 7 px per unit, padding included). */
export const pointsToChars = (pt: number): number => Math.round(pt / 0.75) / 7;
export const charsToPoints = (w: number): number => Math.trunc(((256 * w + 18) / 256) * 7) * 0.75;

export const OPERATOR_TO_XL: Record<string, string> = {
  Between: 'between', NotBetween: 'notBetween', EqualTo: 'equal', NotEqualTo: 'notEqual', GreaterThan: 'greaterThan',
  LessThan: 'lessThan', GreaterThanOrEqualTo: 'greaterThanOrEqual', LessThanOrEqualTo: 'lessThanOrEqual',
};
export const OPERATOR_FROM_XL = invert(OPERATOR_TO_XL);

export function serialToDate(serial: number): Date {
  return new Date(Date.UTC(1899, 11, 30) + Math.round(serial * 86400000));
}

export function dateToSerial(d: Date): number {
  return (d.getTime() - Date.UTC(1899, 11, 30)) / 86400000;
}

/** Functions stored with the `_xlfn.` prefix in files (added after Excel 2007). */
const XLFN = ['CONCAT', 'IFS', 'SWITCH', 'XLOOKUP', 'XMATCH', 'TEXTJOIN', 'MAXIFS', 'MINIFS', 'IFNA', 'XOR', 'FILTER', 'SORT', 'UNIQUE', 'SEQUENCE', 'LET', 'DAYS'];
const XLFN_RE = new RegExp(`(^|[^A-Za-z0-9_.])(${XLFN.join('|')})\\(`, 'g');

export function addXlfn(formula: string): string {
  if (!XLFN.some((f) => formula.toUpperCase().includes(f))) return formula;
  return formula.replace(/"[^"]*"|[^"]+/g, (part) => (part.startsWith('"') ? part : part.replace(XLFN_RE, '$1_xlfn.$2(')));
}

export function stripXlfn(formula: string): string {
  return formula.includes('_xl') ? formula.replace(/_xlfn\.|_xlws\./g, '') : formula;
}
