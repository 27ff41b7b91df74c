/** The demo's host: the in-memory Excel host preloaded with a sample workbook (an old RIME file). */
import { serialFromDate } from '../domain/dates';
import { dropEmptySheets, loadSample } from '../excel/sample/loadSample';
import { MemoryWorkbook } from '../host/memory';
import { generateSample } from '../sample';
import type { PaneHost } from '../taskpane/host';
import { bytesFromBase64, downloadBytes } from './download';

export const DEMO_HOUSEHOLDS = 300;

/**
 * Builds the demo workbook: 300 synthetic households over 4 operations, written as a landlord's old RIME
 * file (the guide's headers on plain ranges). `?prepared=1` runs « Préparer le classeur » beforehand.
 */
export async function createDemoWorkbook(prepared: boolean): Promise<MemoryWorkbook> {
  const today = serialFromDate(new Date());
  const data = generateSample({ households: DEMO_HOUSEHOLDS, operations: 4, errors: 12, seed: 2026, today });
  const wb = new MemoryWorkbook();
  await wb.run(async (context) => {
    await loadSample(context, data, { today, legacyOnly: !prepared, bailleur: 'Habitat Démo', referent: 'Référent démo' });
    // An old RIME file has no empty default sheet: drop the one a new workbook starts with.
    await dropEmptySheets(context);
  });
  return wb;
}

export function paneHost(wb: MemoryWorkbook, onChanged: () => void): PaneHost {
  return {
    run: (callback) => wb.run(callback),
    onChanged,
    today: () => serialFromDate(new Date()),
    // Files that leave the workbook (the point d'étape export) are downloaded, as a browser does.
    download: (fileName, base64) => downloadBytes(fileName, bytesFromBase64(base64)),
  };
}
