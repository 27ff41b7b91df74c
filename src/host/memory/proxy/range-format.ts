/** `range.format`: fill, font, borders, widths/heights, alignment, wrap, autofit. */
import { isWholeColumns, isWholeRows, type Rect } from '../address';
import { numberText } from '../calc/values';
import { fail } from '../errors';
import { clampToUse, patchStyle, uniformStyle } from '../model/cells';
import { columnWidth, rowHeight } from '../model/features';
import { DEFAULTS, normalizeColor, type BorderSide, type BorderSpec, type CellStyle, type StylePatch } from '../model/styles';
import { ClientObject, CollectionProxy } from './base';
import type { Exec, MemoryRequestContext } from './context';
import type { RangeProxy, RangeTarget } from './range';

abstract class RangePart extends ClientObject {
  constructor(
    context: MemoryRequestContext,
    protected readonly range: RangeProxy,
  ) {
    super(context);
  }
  _check(x: Exec): boolean {
    return this.range._check(x);
  }
  protected t(x: Exec): RangeTarget {
    return this.range._tgt(x);
  }
  protected uniform<T>(x: Exec, pick: (s: CellStyle) => T, rect?: Rect): T | null {
    const t = this.t(x);
    return uniformStyle(x.wb, t.sheet, rect ?? t.rect, pick);
  }
  protected patch(x: Exec, p: StylePatch, rect?: Rect): void {
    const t = this.t(x);
    patchStyle(x.wb, t.sheet, rect ?? t.rect, p);
  }
}

function usedCols(t: RangeTarget): [number, number] {
  return isWholeRows(t.rect) ? [0, Math.max(1, t.sheet.grid.cols.length)] : [t.rect.col, t.rect.col + t.rect.cols];
}

export class RangeFormatProxy extends RangePart {
  protected readonly _scalars = ['columnWidth', 'rowHeight', 'wrapText', 'horizontalAlignment', 'verticalAlignment'];

  protected _read(name: string, x: Exec): unknown {
    const t = this.t(x);
    switch (name) {
      case 'columnWidth': {
        const [c0, c1] = usedCols(t);
        const ws = new Set<number>();
        for (let c = c0; c < c1; c++) ws.add(columnWidth(t.sheet, c));
        return ws.size === 1 ? [...ws][0] : null;
      }
      case 'rowHeight': {
        const r = isWholeColumns(t.rect) ? clampToUse(t.sheet, t.rect) : t.rect;
        const hs = new Set<number>();
        for (let i = 0; i < r.rows; i++) hs.add(rowHeight(t.sheet, r.row + i));
        return hs.size === 1 ? [...hs][0] : null;
      }
      case 'wrapText':
        return this.uniform(x, (s) => s.wrap ?? false);
      case 'horizontalAlignment':
        return this.uniform(x, (s) => s.hAlign ?? DEFAULTS.hAlign);
      default:
        return this.uniform(x, (s) => s.vAlign ?? DEFAULTS.vAlign);
    }
  }

  protected override _nav(name: string): ClientObject | undefined {
    return name === 'fill' ? this.fill : name === 'font' ? this.font : name === 'borders' ? this.borders : undefined;
  }

  get fill(): RangeFillProxy { return this._child('fill', () => new RangeFillProxy(this.context, this.range)); }
  get font(): RangeFontProxy { return this._child('font', () => new RangeFontProxy(this.context, this.range)); }
  get borders(): RangeBorderCollectionProxy { return this._child('borders', () => new RangeBorderCollectionProxy(this.context, this.range)); }

  get columnWidth(): number { return this._get('columnWidth'); }
  set columnWidth(v: number) {
    this._set('columnWidth', v, (x) => {
      if (typeof v !== 'number' || v < 0) fail('InvalidArgument', `Largeur invalide : ${String(v)}.`);
      const t = this.t(x);
      const [c0, c1] = usedCols(t);
      for (let c = c0; c < c1; c++) t.sheet.grid.wcol(c).width = v;
      x.wb.changed();
    });
  }
  get rowHeight(): number { return this._get('rowHeight'); }
  set rowHeight(v: number) {
    this._set('rowHeight', v, (x) => {
      if (typeof v !== 'number' || v < 0) fail('InvalidArgument', `Hauteur invalide : ${String(v)}.`);
      const t = this.t(x);
      const r = isWholeColumns(t.rect) ? clampToUse(t.sheet, t.rect) : t.rect;
      for (let i = 0; i < r.rows; i++) t.sheet.grid.setRowHeight(r.row + i, v);
      x.wb.changed();
    });
  }
  get wrapText(): boolean { return this._get('wrapText'); }
  set wrapText(v: boolean) { this._set('wrapText', v, (x) => this.patch(x, { wrap: v ? true : undefined })); }
  get horizontalAlignment(): string { return this._get('horizontalAlignment'); }
  set horizontalAlignment(v: string) { this._set('horizontalAlignment', v, (x) => this.patch(x, { hAlign: v === 'General' ? undefined : v })); }
  get verticalAlignment(): string { return this._get('verticalAlignment'); }
  set verticalAlignment(v: string) { this._set('verticalAlignment', v, (x) => this.patch(x, { vAlign: v === 'Bottom' ? undefined : v })); }

  /** Approximate autofit: about 7 px per character of the longest displayed value (Calibri 11). */
  autofitColumns(): void {
    this._op({ autofitColumns: true }, (x) => {
      const t = this.t(x);
      const r = clampToUse(t.sheet, t.rect);
      x.host.calc.prepare([{ sheet: t.sheet, rect: r }]);
      const [c0, c1] = usedCols(t);
      for (let c = c0; c < c1; c++) {
        let best = 0;
        for (let row = r.row; row < r.row + r.rows; row++) {
          const v = t.sheet.grid.raw(row, c);
          if (v === null) continue;
          const s = x.wb.styles.get(t.sheet.grid.styleId(row, c));
          const text = typeof v === 'number' ? numberText(v) : String(v);
          const width = text.length * 7 * ((s.fontSize ?? 11) / 11) * (s.bold ? 1.1 : 1) + 5;
          best = Math.max(best, width);
        }
        if (best > 0) t.sheet.grid.wcol(c).width = Math.round(Math.min(best, 1790) * 0.75 * 4) / 4;
      }
      x.wb.changed();
    });
  }

  autofitRows(): void {
    this._op({ autofitRows: true }, (x) => {
      const t = this.t(x);
      const r = clampToUse(t.sheet, t.rect);
      for (let i = 0; i < r.rows; i++) t.sheet.grid.setRowHeight(r.row + i, undefined);
      x.wb.changed();
    });
  }
}

export class RangeFillProxy extends RangePart {
  protected readonly _scalars = ['color'];
  protected _read(_name: string, x: Exec): unknown {
    return this.uniform(x, (s) => s.fill ?? DEFAULTS.fill);
  }
  /** `#RRGGBB` upper case; a cell without fill reads `#FFFFFF` (as Excel); mixed fills read null. */
  get color(): string { return this._get('color'); }
  set color(v: string) { this._set('color', v, (x) => this.patch(x, { fill: normalizeColor(v) })); }
  clear(): void { this._op({ clear: true }, (x) => this.patch(x, { fill: undefined })); }
}

export class RangeFontProxy extends RangePart {
  protected readonly _scalars = ['bold', 'italic', 'color', 'size', 'name', 'underline'];
  protected _read(name: string, x: Exec): unknown {
    switch (name) {
      case 'bold': return this.uniform(x, (s) => s.bold ?? false);
      case 'italic': return this.uniform(x, (s) => s.italic ?? false);
      case 'color': return this.uniform(x, (s) => s.fontColor ?? DEFAULTS.fontColor);
      case 'size': return this.uniform(x, (s) => s.fontSize ?? DEFAULTS.fontSize);
      case 'name': return this.uniform(x, (s) => s.fontName ?? DEFAULTS.fontName);
      default: return this.uniform(x, (s) => s.underline ?? 'None');
    }
  }
  get bold(): boolean { return this._get('bold'); }
  set bold(v: boolean) { this._set('bold', v, (x) => this.patch(x, { bold: v ? true : undefined })); }
  get italic(): boolean { return this._get('italic'); }
  set italic(v: boolean) { this._set('italic', v, (x) => this.patch(x, { italic: v ? true : undefined })); }
  get color(): string { return this._get('color'); }
  set color(v: string) { this._set('color', v, (x) => this.patch(x, { fontColor: normalizeColor(v) })); }
  get size(): number { return this._get('size'); }
  set size(v: number) { this._set('size', v, (x) => this.patch(x, { fontSize: v })); }
  get name(): string { return this._get('name'); }
  set name(v: string) { this._set('name', v, (x) => this.patch(x, { fontName: v })); }
  get underline(): string { return this._get('underline'); }
  set underline(v: string) { this._set('underline', v, (x) => this.patch(x, { underline: v === 'None' ? undefined : v })); }
}

const EDGES = ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight', 'InsideVertical', 'InsideHorizontal'] as const;

/** The cells and sides an edge touches: [rect, side][] (inside borders write both neighbours). */
function edgeParts(edge: string, r: Rect): [Rect, BorderSide][] {
  const last = (n: number): number => n - 1;
  switch (edge) {
    case 'EdgeTop': return [[{ ...r, rows: 1 }, 'top']];
    case 'EdgeBottom': return [[{ ...r, row: r.row + last(r.rows), rows: 1 }, 'bottom']];
    case 'EdgeLeft': return [[{ ...r, cols: 1 }, 'left']];
    case 'EdgeRight': return [[{ ...r, col: r.col + last(r.cols), cols: 1 }, 'right']];
    case 'InsideHorizontal':
      return r.rows < 2 ? [] : [[{ ...r, rows: r.rows - 1 }, 'bottom'], [{ ...r, row: r.row + 1, rows: r.rows - 1 }, 'top']];
    case 'InsideVertical':
      return r.cols < 2 ? [] : [[{ ...r, cols: r.cols - 1 }, 'right'], [{ ...r, col: r.col + 1, cols: r.cols - 1 }, 'left']];
  }
  return fail('InvalidArgument', `Bordure inconnue : ${edge}.`);
}

export class RangeBorderProxy extends RangePart {
  protected readonly _scalars = ['sideIndex', 'style', 'color', 'weight'];
  constructor(context: MemoryRequestContext, range: RangeProxy, private readonly edge: string) {
    super(context, range);
    edgeParts(edge, { row: 0, col: 0, rows: 2, cols: 2 });
  }
  private read(x: Exec): BorderSpec | null | undefined {
    const parts = edgeParts(this.edge, this.t(x).rect);
    if (parts.length === 0) return undefined;
    const [rect, side] = parts[0];
    return this.uniform(x, (s) => s[side] ?? { style: 'None', color: DEFAULTS.fontColor, weight: 'Thin' }, rect);
  }
  protected _read(name: string, x: Exec): unknown {
    if (name === 'sideIndex') return this.edge;
    const b = this.read(x);
    if (b === null) return null;
    const spec = b ?? { style: 'None', color: DEFAULTS.fontColor, weight: 'Thin' };
    return spec[name as keyof BorderSpec];
  }
  private write(x: Exec, change: Partial<BorderSpec>): void {
    const t = this.t(x);
    for (const [rect, side] of edgeParts(this.edge, t.rect)) {
      const cur = uniformStyle(x.wb, t.sheet, rect, (s) => s[side]) ?? undefined;
      const next: BorderSpec = { style: 'Continuous', color: '#000000', weight: 'Thin', ...(cur ?? {}), ...change };
      if (!cur && change.style === undefined) next.style = 'Continuous';
      patchStyle(x.wb, t.sheet, rect, { [side]: next.style === 'None' ? undefined : next });
    }
  }
  get sideIndex(): string { return this._get('sideIndex'); }
  get style(): string { return this._get('style'); }
  set style(v: string) { this._set('style', v, (x) => this.write(x, { style: v })); }
  get color(): string { return this._get('color'); }
  set color(v: string) { this._set('color', v, (x) => this.write(x, { color: normalizeColor(v) })); }
  get weight(): string { return this._get('weight'); }
  set weight(v: string) { this._set('weight', v, (x) => this.write(x, { weight: v })); }
}

export class RangeBorderCollectionProxy extends CollectionProxy<RangeBorderProxy> {
  constructor(context: MemoryRequestContext, private readonly range: RangeProxy) {
    super(context);
  }
  _check(x: Exec): boolean {
    return this.range._check(x);
  }
  protected _list(): RangeBorderProxy[] {
    return EDGES.map((e) => new RangeBorderProxy(this.context, this.range, e));
  }
  getItem(index: string): RangeBorderProxy {
    return new RangeBorderProxy(this.context, this.range, index);
  }
}
