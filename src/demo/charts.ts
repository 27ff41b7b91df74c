/**
 * The charts of a sheet for the demo's preview. The Excel API subset used by the add-in has no way to
 * read a chart's data back, so the demo asks the memory host directly (the demo may use it): each
 * chart's title, type and source range, then the source's values (first column = categories, first row =
 * series names, as `seriesBy: 'Columns'`).
 */
import type { MemoryWorkbook } from '../host/memory';

export interface PreviewSeries {
  readonly name: string;
  readonly values: readonly (number | null)[];
}

export interface PreviewChart {
  readonly name: string;
  readonly title: string;
  readonly type: string;
  readonly categories: readonly string[];
  readonly series: readonly PreviewSeries[];
}

/** `'Points d''étape'!J2:M5` → sheet and address. */
function splitSource(source: string): { sheet: string; address: string } | null {
  const i = source.lastIndexOf('!');
  if (i < 0) return null;
  const raw = source.slice(0, i);
  const sheet = raw.startsWith("'") ? raw.slice(1, -1).replace(/''/g, "'") : raw;
  return { sheet, address: source.slice(i + 1) };
}

export function readCharts(wb: MemoryWorkbook, sheet: string): PreviewChart[] {
  const out: PreviewChart[] = [];
  for (const c of wb.sheet(sheet)?.charts() ?? []) {
    const src = splitSource(c.source);
    const data = src ? wb.sheet(src.sheet)?.values(src.address) : undefined;
    if (!data || data.length < 2) continue;
    const [head, ...rows] = data;
    out.push({
      name: c.name,
      title: c.title,
      type: c.type,
      categories: rows.map((r) => String(r[0])),
      series: head.slice(1).map((name, j) => ({
        name: String(name),
        values: rows.map((r) => (typeof r[j + 1] === 'number' ? (r[j + 1] as number) : null)),
      })),
    });
  }
  return out;
}
