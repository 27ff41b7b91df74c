import { HISTORY_HEADERS, HISTORY_SHEET, HISTORY_TABLE } from '../../../src/domain/tracking';
import { appendHistory, logAction } from '../../../src/excel/tracking/history';
import { MemoryWorkbook } from '../../../src/host/memory';

test('logAction creates the history table with its headers, then appends below without rewriting', async () => {
  const wb = new MemoryWorkbook();
  await wb.run((ctx) =>
    logAction(ctx, {
      who: 'mdupont',
      action: 'Préparer le classeur',
      detail: 'Classeur préparé',
      at: '2026-10-20T09:15:00',
    }),
  );
  const sheet = wb.sheet(HISTORY_SHEET)!;
  expect(sheet.values('A1:I1')).toEqual([[...HISTORY_HEADERS]]);
  expect(wb.table(HISTORY_TABLE)!.address).toBe(`'${HISTORY_SHEET}'!A1:I2`);
  // 20/10/2026 09:15 = serial 46315 + 0.385416…
  expect(sheet.at('A2').value).toBeCloseTo(46315 + 9.25 / 24, 8);
  expect(sheet.at('A2').numberFormat).toBe('dd/mm/yyyy hh:mm:ss');
  expect(sheet.values('B2:I2')).toEqual([
    ['mdupont', 'Tableau_de_saisie', '', '', '', '', 'Classeur préparé', 'Préparer le classeur'],
  ]);
  expect(sheet.at('G2').numberFormat).toBe('@');

  wb.resetStats();
  await wb.run((ctx) =>
    appendHistory(ctx, [
      {
        at: '2026-10-21T10:00:00',
        who: 'mdupont',
        sheet: 'Tableau_de_saisie',
        householdId: 12,
        requestNo: 1,
        columnLabel: 'Nom',
        oldValue: '12',
        newValue: '01/02/2024',
        action: 'saisie',
      },
    ]),
  );
  expect(wb.stats.syncs).toBe(3);
  expect(wb.table(HISTORY_TABLE)!.rowCount).toBe(2);
  expect(sheet.values('B2:I2')).toEqual([
    ['mdupont', 'Tableau_de_saisie', '', '', '', '', 'Classeur préparé', 'Préparer le classeur'],
  ]);
  // text stays text in the '@' columns
  expect(sheet.values('D3:I3')).toEqual([[12, 1, 'Nom', '12', '01/02/2024', 'saisie']]);
});
