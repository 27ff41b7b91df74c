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
  await wb.run((context) =>
    loadSample(context, data, { today: TODAY, bailleur: 'Habitat Test', referent: 'Référente' }),
  );
  return wb;
}

/**
 * A small hand-built workbook (old layout, then Préparer le classeur): 4 households, 2 operations.
 * 1 Durand, Tour A, relogé on 15/03/2025 — 2 Petit, Tour A, à reloger — 3 (no name), Barre B, relogé,
 * no moving date — 4 Roux, Barre B, départ spontané. Every other column is blank.
 */
export async function handBuilt(): Promise<MemoryWorkbook> {
  const wb = new MemoryWorkbook();
  const data = {
    operations: [
      { name: 'Tour A', commune: 'Vaulx' },
      { name: 'Barre B', commune: 'Vaulx' },
    ],
    rows: [
      {
        householdId: 1,
        lastName: 'Durand',
        operation: 'Tour A',
        relocation: 'OUI',
        moveDate: serialFromYmd(2025, 3, 15),
      },
      { householdId: 2, lastName: 'Petit', operation: 'Tour A', relocation: 'NON' },
      { householdId: 3, operation: 'Barre B', relocation: 'OUI' },
      { householdId: 4, lastName: 'Roux', operation: 'Barre B', relocation: 'D' },
    ],
  };
  await wb.run((context) => loadSample(context, data, { today: TODAY }));
  return wb;
}
