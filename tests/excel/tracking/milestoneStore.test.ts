/**
 * The very hidden store RIME_points: a snapshot with many operations does not fit in one cell (Excel
 * holds 32,767 characters): its JSON is cut into cells of 30,000 characters at most, and read back whole,
 * even when a cell starts with an apostrophe (Excel's text prefix).
 */
import { serialFromYmd } from '../../../src/domain/dates';
import { snapshotFromHouseholds, type MilestoneSnapshot } from '../../../src/domain/tracking';
import { decodePoints, JSON_CHUNK, pointsRow } from '../../../src/excel/tracking/milestoneSheet';
import { MemoryWorkbook } from '../../../src/host/memory';
import { makeHousehold } from '../../domain/tracking/helpers';

const OPERATIONS = Array.from({ length: 30 }, (_, i) => `Résidence numéro ${i + 1} – bâtiment ${String.fromCharCode(65 + (i % 26))}`);
const HOUSEHOLDS = OPERATIONS.flatMap((op, i) => [
  makeHousehold({ householdId: 2 * i + 1, requestNo: 1, operation: op, relocation: 'OUI' }),
  makeHousehold({ householdId: 2 * i + 2, requestNo: 1, operation: op, relocation: 'NON' }),
]);

function snapshot(who: string): MilestoneSnapshot {
  return snapshotFromHouseholds(HOUSEHOLDS, OPERATIONS, serialFromYmd(2026, 10, 31), { closedAt: '2026-11-02T09:00:00', who });
}

/** Writes rows as closeMilestone does (milestone as a number, the rest as text) and reads them back. */
async function throughTheSheet(rows: (string | number | boolean)[][]): Promise<(string | number | boolean)[][]> {
  const wb = new MemoryWorkbook({ sheets: ['RIME_points'] });
  return wb.run(async (ctx) => {
    const ws = ctx.workbook.worksheets.getItem('RIME_points');
    rows.forEach((row, i) => {
      const r = ws.getRangeByIndexes(i, 0, 1, row.length);
      r.numberFormat = [['0', ...row.slice(1).map(() => '@')]];
      r.values = [row];
    });
    const used = ws.getUsedRange(true).load('values');
    await ctx.sync();
    return used.values as (string | number | boolean)[][];
  });
}

test('a 31-scope snapshot is cut into cells of 30,000 characters at most and read back whole', async () => {
  const s = snapshot('mdupont');
  const json = JSON.stringify(s);
  expect(json.length).toBeGreaterThan(32_767);
  const row = pointsRow(s);
  const chunks = row.slice(3) as string[];
  expect(chunks.length).toBe(Math.ceil(json.length / JSON_CHUNK));
  expect(chunks.every((c) => c.length <= JSON_CHUNK)).toBe(true);
  expect(row.slice(0, 3)).toEqual([s.milestone, '2026-11-02T09:00:00', 'mdupont']);
  const back = decodePoints(await throughTheSheet([row]));
  expect(back).toHaveLength(1);
  expect(back[0]).toEqual(s);
});

test('a cell starting with an apostrophe keeps it', async () => {
  // Lengthen the name so that an apostrophe of the JSON falls at the start of the second cell.
  const base = JSON.stringify(snapshot(''));
  const quote = base.lastIndexOf("'", JSON_CHUNK - 1);
  const s = snapshot('x'.repeat(JSON_CHUNK - quote));
  expect(JSON.stringify(s)[JSON_CHUNK]).toBe("'");
  const back = decodePoints(await throughTheSheet([pointsRow(s)]));
  expect(back[0]).toEqual(s);
});

test('old rows (JSON in column D alone) and unreadable rows', async () => {
  const small = snapshotFromHouseholds(HOUSEHOLDS.slice(0, 2), [], serialFromYmd(2026, 9, 30), {
    closedAt: '2026-10-01T09:00:00',
    who: 'a',
  });
  const rows = await throughTheSheet([
    ["Point d'étape", 'Clos le', 'Par', 'Résultats (JSON)'],
    [small.milestone, small.closedAt, 'a', JSON.stringify(small)],
    [small.milestone, small.closedAt, 'a', '{ modifié à la main'],
  ]);
  expect(decodePoints(rows)).toEqual([small]);
});
