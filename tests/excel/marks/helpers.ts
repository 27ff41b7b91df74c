/** A sample workbook on the in-memory host (old RIME file, or prepared), and a run helper. */
import { loadSample } from '../../../src/excel/sample/loadSample';
import { MemoryWorkbook } from '../../../src/host/memory';
import { generateSample, type Sample } from '../../../src/sample';

export const TODAY = 46000; // 9 décembre 2025

export function run<T>(wb: MemoryWorkbook, cb: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
  return wb.run(cb);
}

/** A sample as an old RIME file (plain ranges, headers on row 1), or converted by « Préparer le classeur ». */
export async function sampleWorkbook(households: number, errors: number, opts: { prepared?: boolean; seed?: number } = {}): Promise<{ wb: MemoryWorkbook; sample: Sample }> {
  const sample = generateSample({ households, operations: 3, errors, seed: opts.seed ?? 7, today: TODAY });
  const wb = new MemoryWorkbook();
  await run(wb, (context) => loadSample(context, sample, { today: TODAY, legacyOnly: !opts.prepared, bailleur: 'Habitat Test' }));
  return { wb, sample };
}
