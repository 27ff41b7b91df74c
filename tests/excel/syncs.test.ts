import { MemoryWorkbook } from '../../src/host/memory';
import { generateSample } from '../../src/sample';
import { loadSample } from '../../src/excel/sample/loadSample';
import { HISTORY_TABLE } from '../../src/domain/tracking';
import { addCustomField } from '../../src/excel/fields';
import { deleteOperation, validateOperations } from '../../src/excel/operations/actions';
import { prepareWorkbook } from '../../src/excel/setup/prepare';
import { readHouseholds } from '../../src/excel/workbook/read';
import { readOperations } from '../../src/excel/workbook/operations';
import { prepare, TODAY } from './helpers';

async function legacy(households: number): Promise<MemoryWorkbook> {
  const wb = new MemoryWorkbook();
  const sample = generateSample({ households, operations: 4, seed: 7, today: TODAY });
  await wb.run((ctx) => loadSample(ctx, sample, { today: TODAY, legacyOnly: true }));
  return wb;
}

describe('syncs of Préparer le classeur do not depend on the number of households', () => {
  const measured: Record<number, { convert: number; again: number; report: number }> = {};
  beforeAll(async () => {
    for (const n of [10, 2000]) {
      const wb = await legacy(n);
      wb.resetStats();
      const r1 = await prepare(wb);
      const convert = wb.stats.syncs;
      if (process.env.RIME_SHOW_STATS) console.log(n, 'conversion', JSON.stringify(wb.stats.requests));
      expect(r1.syncs).toBe(convert);
      expect(r1.counts.households).toBe(n);
      expect(wb.stats.maxRequestBytes).toBeLessThan(wb.payloadLimit);
      expect(wb.stats.maxResponseBytes).toBeLessThan(wb.payloadLimit);
      wb.resetStats();
      const r2 = await prepare(wb);
      expect(r2.changed).toBe(false);
      measured[n] = { convert, again: wb.stats.syncs, report: r2.syncs };
      if (process.env.RIME_SHOW_STATS) console.log(n, convert, JSON.stringify(wb.stats.requests));
    }
  }, 120000);

  test('legacy conversion: same syncs for 10 and 2,000 households', () => {
    expect(measured[10].convert).toBe(measured[2000].convert);
    expect(measured[10].convert).toBe(5);
  });

  test('prepared workbook: same syncs for 10 and 2,000 households', () => {
    expect(measured[10].again).toBe(measured[2000].again);
    expect(measured[10].again).toBe(4);
    expect(measured[2000].report).toBe(4);
  });
});

describe('syncs of the other actions do not depend on the number of households', () => {
  const counts: Record<number, number[]> = {};
  beforeAll(async () => {
    for (const n of [10, 2000]) {
      const wb = await legacy(n);
      await prepare(wb);
      const syncs = async (f: () => Promise<unknown>): Promise<number> => {
        wb.resetStats();
        await f();
        return wb.stats.syncs;
      };
      const names = (await wb.run((ctx) => readOperations(ctx))).operations.map((o) => o.name);
      counts[n] = [
        await syncs(() => wb.run((ctx) => readHouseholds(ctx))),
        await syncs(() => wb.run((ctx) => readOperations(ctx))),
        await syncs(() => wb.run((ctx) => validateOperations(ctx))),
        await syncs(() => wb.run((ctx) => deleteOperation(ctx, names[0], { moveTo: names[1] }))),
      ];
      if (process.env.RIME_SHOW_STATS) console.log(n, counts[n]);
    }
  }, 120000);

  test('readHouseholds 3, readOperations 2, validateOperations 4, deleteOperation 4', () => {
    expect(counts[10]).toEqual([3, 2, 4, 4]);
    expect(counts[2000]).toEqual(counts[10]);
  });
});

describe('the actions logging themselves in the history make no extra sync', () => {
  const counts: Record<number, number[]> = {};
  const rows: Record<number, { actions: string[]; moved: number }> = {};
  beforeAll(async () => {
    for (const n of [10, 2000]) {
      const wb = await legacy(n);
      const log = { who: 'Marie Dupont' };
      const syncs = async (f: () => Promise<unknown>): Promise<number> => {
        wb.resetStats();
        await f();
        return wb.stats.syncs;
      };
      let moved = 0;
      counts[n] = [
        // no history yet: the conversion as without the log (5)
        await syncs(() => wb.run((ctx) => prepareWorkbook(ctx, { today: TODAY, log }))),
        // nothing to change, no row (4)
        await syncs(() => wb.run((ctx) => prepareWorkbook(ctx, { today: TODAY, log }))),
      ];
      const names = (await wb.run((ctx) => readOperations(ctx))).operations.map((o) => o.name);
      counts[n].push(
        await syncs(() => wb.run((ctx) => validateOperations(ctx, { log }))),
        await syncs(async () => {
          moved = (await wb.run((ctx) => deleteOperation(ctx, names[0], { moveTo: names[1], log }))).moved;
        }),
        await syncs(() => wb.run((ctx) => addCustomField(ctx, { name: 'Visite', type: 'text', help: '', personal: false, today: TODAY, log }))),
      );
      rows[n] = { actions: (wb.table(HISTORY_TABLE)?.column('Action') ?? []) as string[], moved };
    }
  }, 120000);

  test('Préparer 5 then 4, validateOperations 4, deleteOperation 4, addCustomField 3: the figures without the log', () => {
    expect(counts[10]).toEqual([5, 4, 4, 4, 3]);
    expect(counts[2000]).toEqual(counts[10]);
  });

  test('the rows: Préparer, validation (the sample lists its operations unsorted), deletion + one per household moved, champ ajouté', () => {
    for (const n of [10, 2000]) {
      const { actions, moved } = rows[n];
      expect(moved).toBeGreaterThan(0);
      expect(actions).toEqual([
        'Préparer le classeur',
        'Valider la liste des opérations',
        ...Array.from({ length: 1 + moved }, () => "suppression d'opération"),
        'champ ajouté',
      ]);
    }
  });
});
