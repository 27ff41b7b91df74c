/** Charts: kept in the model (ExcelJS cannot write them; see xlsx/write.ts for the note sheet). */
import { fail } from '../errors';
import { addChart, cellPosition } from '../model/features';
import type { ChartModel } from '../model/types';
import type { SheetModel } from '../model/workbook-model';
import { ClientObject, CollectionProxy } from './base';
import type { Exec, MemoryRequestContext } from './context';
import { RangeProxy, targetOf } from './range';
import type { WorksheetProxy } from './worksheet';

type ChartLocate = (x: Exec) => { sheet: SheetModel; chart: ChartModel } | undefined;

abstract class ChartPart extends ClientObject {
  constructor(context: MemoryRequestContext, protected readonly locate: ChartLocate, nullable = false) {
    super(context, nullable);
  }
  _check(x: Exec): boolean {
    if (this.locate(x)) return true;
    return this._nullable ? false : fail('ItemNotFound', 'Graphique introuvable.');
  }
  protected chart(x: Exec): ChartModel {
    return this.locate(x)?.chart ?? fail('ItemNotFound', 'Graphique introuvable.');
  }
  protected change(name: string, v: unknown, f: (c: ChartModel) => void): void {
    this._set(name, v, (x) => f(this.chart(x)));
  }
}

const NUMS = ['top', 'left', 'width', 'height'] as const;

export class ChartProxy extends ChartPart {
  protected readonly _scalars = ['name', 'id', 'chartType', 'seriesBy', ...NUMS];
  protected _read(name: string, x: Exec): unknown {
    const c = this.chart(x);
    if (name === 'id') return String(c.id);
    if (name === 'chartType') return c.type;
    return c[name as 'name' | 'seriesBy' | (typeof NUMS)[number]];
  }
  protected override _nav(name: string): ClientObject | undefined {
    return name === 'title' ? this.title : name === 'legend' ? this.legend : undefined;
  }
  get name(): string { return this._get('name'); }
  set name(v: string) { this.change('name', v, (c) => (c.name = String(v))); }
  get id(): string { return this._get('id'); }
  get chartType(): string { return this._get('chartType'); }
  set chartType(v: string) { this.change('chartType', v, (c) => (c.type = String(v))); }
  get seriesBy(): string { return this._get('seriesBy'); }
  get top(): number { return this._get('top'); }
  set top(v: number) { this.change('top', v, (c) => (c.top = v)); }
  get left(): number { return this._get('left'); }
  set left(v: number) { this.change('left', v, (c) => (c.left = v)); }
  get width(): number { return this._get('width'); }
  set width(v: number) { this.change('width', v, (c) => (c.width = v)); }
  get height(): number { return this._get('height'); }
  set height(v: number) { this.change('height', v, (c) => (c.height = v)); }
  get title(): ChartTitleProxy { return this._child('title', () => new ChartTitleProxy(this.context, this.locate)); }
  get legend(): ChartLegendProxy { return this._child('legend', () => new ChartLegendProxy(this.context, this.locate)); }

  /** Places the chart over `startCell` (and up to the bottom-right of `endCell`). */
  setPosition(startCell: RangeProxy | string, endCell?: RangeProxy | string): void {
    this._op({ setPosition: [String(startCell), endCell === undefined ? null : String(endCell)] }, (x) => {
      const { sheet, chart } = this.locate(x)!;
      const a = targetOf(x, startCell, sheet).rect;
      const p = cellPosition(sheet, a.row, a.col);
      chart.top = p.top;
      chart.left = p.left;
      if (endCell !== undefined) {
        const b = targetOf(x, endCell, sheet).rect;
        const q = cellPosition(sheet, b.row + b.rows, b.col + b.cols);
        chart.width = Math.max(0, q.left - p.left);
        chart.height = Math.max(0, q.top - p.top);
      }
    });
  }
  setData(sourceData: RangeProxy, seriesBy?: string): void {
    this._op({ setData: seriesBy ?? null }, (x) => {
      const c = this.chart(x);
      const t = sourceData._tgt(x);
      c.sourceSheetId = t.sheet.id;
      c.source = t.rect;
      if (seriesBy) c.seriesBy = seriesBy;
    });
  }
  delete(): void {
    this._op({ delete: true }, (x) => {
      const { sheet, chart } = this.locate(x)!;
      sheet.meta.charts = sheet.meta.charts.filter((c) => c.id !== chart.id);
    });
  }
}

export class ChartTitleProxy extends ChartPart {
  protected readonly _scalars = ['text', 'visible'];
  protected _read(name: string, x: Exec): unknown {
    const c = this.chart(x);
    return name === 'text' ? c.title : c.title !== '';
  }
  get text(): string { return this._get('text'); }
  set text(v: string) { this.change('text', v, (c) => (c.title = String(v ?? ''))); }
  get visible(): boolean { return this._get('visible'); }
  set visible(v: boolean) { this.change('visible', v, (c) => { if (!v) c.title = ''; }); }
}

export class ChartLegendProxy extends ChartPart {
  protected readonly _scalars = ['visible', 'position'];
  protected _read(name: string, x: Exec): unknown {
    const c = this.chart(x);
    return name === 'visible' ? c.legendVisible : c.legendPosition;
  }
  get visible(): boolean { return this._get('visible'); }
  set visible(v: boolean) { this.change('visible', v, (c) => (c.legendVisible = !!v)); }
  get position(): string { return this._get('position'); }
  set position(v: string) { this.change('position', v, (c) => (c.legendPosition = String(v))); }
}

export class ChartCollectionProxy extends CollectionProxy<ChartProxy> {
  protected override readonly _scalars = ['count'];
  constructor(context: MemoryRequestContext, private readonly ws: WorksheetProxy) {
    super(context);
  }
  _check(x: Exec): boolean {
    return this.ws._check(x);
  }
  protected override _read(_n: string, x: Exec): unknown {
    return this.ws._sheet(x).meta.charts.length;
  }
  get count(): number { return this._get('count'); }
  private byId(id: () => number | undefined): ChartLocate {
    return (x) => {
      const sheet = this.ws._sheet(x);
      const chart = sheet.meta.charts.find((c) => c.id === id());
      return chart ? { sheet, chart } : undefined;
    };
  }
  protected _list(x: Exec): ChartProxy[] {
    return this.ws._sheet(x).meta.charts.map((c) => new ChartProxy(this.context, this.byId(() => c.id)));
  }
  add(type: string, sourceData: RangeProxy, seriesBy = 'Auto'): ChartProxy {
    const holder: { id?: number } = {};
    this._op({ add: [type, seriesBy] }, (x) => {
      if (typeof type !== 'string' || type === '') fail('InvalidArgument', 'Type de graphique invalide.');
      const t = sourceData._tgt(x);
      holder.id = addChart(x.wb, this.ws._sheet(x), type, t.sheet, t.rect, seriesBy).id;
    });
    return new ChartProxy(this.context, this.byId(() => holder.id));
  }
  private byName(name: string): ChartLocate {
    return (x) => {
      const sheet = this.ws._sheet(x);
      const chart = sheet.meta.charts.find((c) => c.name.toUpperCase() === name.toUpperCase());
      return chart ? { sheet, chart } : undefined;
    };
  }
  getItem(name: string): ChartProxy {
    return new ChartProxy(this.context, this.byName(name));
  }
  getItemOrNullObject(name: string): ChartProxy {
    return new ChartProxy(this.context, this.byName(name), true);
  }
  getItemAt(index: number): ChartProxy {
    return new ChartProxy(this.context, (x) => {
      const sheet = this.ws._sheet(x);
      const chart = sheet.meta.charts[index];
      return chart ? { sheet, chart } : undefined;
    });
  }
}
