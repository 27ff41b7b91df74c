/**
 * TEMPORARY test shim for a gap of the in-memory host: `context.workbook.worksheets` (and `tables`,
 * `names`) return a fresh proxy on every access, so `wb.worksheets.load('items/name')` followed by
 * `wb.worksheets.items` fails with PropertyNotLoaded; real Office.js returns the same object. The shim
 * caches those navigation properties. Remove once src/host/memory does it (both gaps).
 */
import { ClientObject } from '../../../src/host/memory/proxy/base';
import type { MemoryWorkbook } from '../../../src/host/memory/workbook';

// Second gap: `load('isNullObject,…')` is refused (« Propriété inconnue »); Office.js accepts it.
// The shim drops that name from string loads (the host sets isNullObject on every synced load).
const proto = ClientObject.prototype as unknown as { load(arg?: unknown): unknown; __shimmed?: boolean };
if (!proto.__shimmed) {
  const original = proto.load;
  proto.load = function (this: unknown, arg?: unknown) {
    if (typeof arg === 'string') {
      const kept = arg.split(',').map((s) => s.trim()).filter((s) => s !== 'isNullObject');
      return original.call(this, kept.length > 0 ? kept.join(',') : undefined);
    }
    return original.call(this, arg);
  };
  proto.__shimmed = true;
}

const CACHED = new Set(['worksheets', 'tables', 'names']);

function bindAll<T extends object>(target: T, cache: Map<PropertyKey, unknown>, cached: Set<string>): T {
  return new Proxy(target, {
    get(t, p) {
      if (typeof p === 'string' && cached.has(p)) {
        if (!cache.has(p)) cache.set(p, Reflect.get(t, p, t));
        return cache.get(p);
      }
      const v = Reflect.get(t, p, t);
      return typeof v === 'function' ? v.bind(t) : v;
    },
  });
}

export function shimContext(ctx: Excel.RequestContext): Excel.RequestContext {
  const wb = bindAll(ctx.workbook as object, new Map(), CACHED);
  return bindAll(ctx as object, new Map([['workbook', wb]]), new Set(['workbook'])) as Excel.RequestContext;
}

/** `wb.run` with the shim. */
export function run<T>(wb: MemoryWorkbook, cb: (ctx: Excel.RequestContext) => Promise<T>): Promise<T> {
  return wb.run((ctx) => cb(shimContext(ctx)));
}
