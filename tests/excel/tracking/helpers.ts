/** Test workbooks for the tracking layer: the sample loaded and prepared on the in-memory host. */
import { serialFromYmd } from '../../../src/domain/dates';
import { loadSample } from '../../../src/excel/sample/loadSample';
import { MemoryWorkbook } from '../../../src/host/memory';
import { generateSample } from '../../../src/sample';

export const TODAY = serialFromYmd(2026, 10, 20);

/** A prepared workbook with `households` synthetic households over 3 operations (no injected errors). */
export async function preparedSample(households = 40, seed = 7): Promise<MemoryWorkbook> {
  const data = generateSample({ households, operations: 3, errors: 0, seed, today: TODAY });
  const wb = new MemoryWorkbook();
  await wb.run((context) => loadSample(context, data, { today: TODAY, bailleur: 'Habitat Test', referent: 'Référente' }));
  return wb;
}
