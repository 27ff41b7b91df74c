import { exportData, writeFatSheet } from '../../../src/excel/exports';
import { run, sampleWorkbook, TODAY } from './helpers';

/** Syncs and the largest request of each action, on 100 and on 2,000 households. */
async function measure(households: number) {
  const { wb, sample } = await sampleWorkbook(households, { seed: 11 });
  const op = String(sample.operations[0].name);
  const out: Record<string, { syncs: number; maxRequest: number; reported: number }> = {};
  const actions: [string, Parameters<typeof run>[1]][] = [
    ['fat', (ctx) => writeFatSheet(ctx, { operation: op, today: TODAY })],
    ['fatTout', (ctx) => writeFatSheet(ctx, { operation: 'Tout', today: TODAY })],
    ['base', (ctx) => exportData(ctx, { kind: 'base', operation: 'Tout', today: TODAY })],
    ['anru', (ctx) => exportData(ctx, { kind: 'anru', operation: op, today: TODAY })],
    ['anonyme', (ctx) => exportData(ctx, { kind: 'anonyme', operation: 'Tout', today: TODAY })],
    ['newWorkbook', (ctx) => exportData(ctx, { kind: 'anonyme', operation: 'Tout', today: TODAY, openWorkbook: async () => undefined })],
  ];
  for (const [name, action] of actions) {
    wb.resetStats();
    const res = (await run(wb, action)) as { syncs: number };
    out[name] = { syncs: wb.stats.syncs, maxRequest: wb.stats.maxRequestBytes, reported: res.syncs };
  }
  return out;
}

test('same number of syncs for 100 and 2,000 households, every request under 4 MB', async () => {
  const small = await measure(100);
  const big = await measure(2000);
  for (const name of Object.keys(small)) {
    expect({ name, syncs: big[name].syncs }).toEqual({ name, syncs: small[name].syncs });
    expect(big[name].reported).toBe(big[name].syncs);
    expect(big[name].maxRequest).toBeLessThan(4_000_000);
  }
  // Plain ranges (an old RIME file): households 3, liste_opération 3, write 1.
  expect(small.fat.syncs).toBe(7);
  expect(small.base.syncs).toBe(4);
  expect(small.newWorkbook.syncs).toBe(3);
  console.log(JSON.stringify({ small, big }));
});
