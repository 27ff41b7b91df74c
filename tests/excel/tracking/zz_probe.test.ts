import { readHouseholds } from '../../../src/excel/workbook/read';
import { preparedSample } from '../../../tests/excel/tracking/helpers';
test('probe', async () => {
  const wb = await preparedSample(20);
  console.log(wb.sheetNames());
  const r = await wb.run((ctx) => readHouseholds(ctx));
  console.log(r.rows.length, r.source, Object.keys(r.columns).length, r.operations);
});
