/** A prepared sample workbook on the in-memory host, and runs through a context that reuses collections. */
import { loadSample } from '../../../src/excel/sample/loadSample';
import { MemoryWorkbook } from '../../../src/host/memory';
import { ClientObject } from '../../../src/host/memory/proxy/base';
import { generateSample, type Sample } from '../../../src/sample';

export const TODAY = 46000; // 9 décembre 2025

/**
 * Host gap (reported): src/excel loads `isNullObject` explicitly (`load('isNullObject,values')`), which
 * the memory host refuses as an unknown property. Until one side changes, the name is dropped here.
 */
const hostLoad = ClientObject.prototype.load;
ClientObject.prototype.load = function load(this: ClientObject, arg?: unknown) {
  if (typeof arg === 'string' && arg.includes('isNullObject')) {
    const rest = arg.split(',').map((s) => s.trim()).filter((s) => s !== 'isNullObject').join(',');
    return hostLoad.call(this, rest === '' ? undefined : rest);
  }
  return hostLoad.call(this, arg);
} as typeof hostLoad;

/**
 * Host gap (reported): `workbook.worksheets` / `tables` / `names` return a new proxy at each access,
 * where Office.js returns the same object; readHouseholds loads `items` on one and reads the other.
 */
export function run<T>(wb: MemoryWorkbook, cb: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
  return wb.run((context) => {
    const cache = new Map<PropertyKey, unknown>();
    const workbook = new Proxy(context.workbook, {
      get(target, prop) {
        if (prop === 'worksheets' || prop === 'tables' || prop === 'names') {
          if (!cache.has(prop)) cache.set(prop, Reflect.get(target, prop, target));
          return cache.get(prop);
        }
        const v = Reflect.get(target, prop, target);
        return typeof v === 'function' ? v.bind(target) : v;
      },
    });
    const view = new Proxy(context, {
      get(target, prop) {
        if (prop === 'workbook') return workbook;
        const v = Reflect.get(target, prop, target);
        return typeof v === 'function' ? v.bind(target) : v;
      },
    });
    return cb(view);
  });
}

/** A sample as an old RIME file (plain ranges, headers on row 1), or converted by « Préparer le classeur ». */
export async function sampleWorkbook(households: number, errors: number, opts: { prepared?: boolean; seed?: number } = {}): Promise<{ wb: MemoryWorkbook; sample: Sample }> {
  const sample = generateSample({ households, operations: 3, errors, seed: opts.seed ?? 7, today: TODAY });
  const wb = new MemoryWorkbook();
  await run(wb, (context) => loadSample(context, sample, { today: TODAY, legacyOnly: !opts.prepared, bailleur: 'Habitat Test' }));
  return { wb, sample };
}
