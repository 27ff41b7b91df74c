/** Test helpers for the Excel layer on the in-memory host. */
import { MemoryWorkbook } from '../../src/host/memory';
import { serialFromYmd } from '../../src/domain/dates';
import { prepareWorkbook, type SetupReport } from '../../src/excel/setup/prepare';

export const TODAY = serialFromYmd(2026, 11, 23);

export function prepare(wb: MemoryWorkbook, opts: { bailleur?: string; referent?: string } = {}): Promise<SetupReport> {
  return wb.run((ctx) => prepareWorkbook(ctx, { today: TODAY, ...opts }));
}

/** Every cell of every sheet (formula or value, computed value, format), tables, names, dropdowns, merges, panes. */
export function dump(wb: MemoryWorkbook): string {
  const out: unknown[] = [];
  for (const name of wb.sheetNames()) {
    const s = wb.sheet(name)!;
    const used = s.usedRange();
    const cells: unknown[] = [];
    if (used) {
      const f = s.formulas(used);
      const v = s.values(used);
      const [a] = used.split(':');
      const m = /^([A-Z]+)(\d+)$/.exec(a)!;
      const col0 = m[1].split('').reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
      const row0 = Number(m[2]) - 1;
      f.forEach((row, i) =>
        row.forEach((x, j) => {
          const c = s.cell(row0 + i, col0 + j);
          cells.push([i, j, x, v[i][j], c.style]);
        }),
      );
    }
    out.push({ name, used, cells, tables: s.tables(), validations: s.validations(), merges: s.merges, freeze: s.freeze });
  }
  out.push(wb.names());
  return JSON.stringify(out);
}

/** A workbook holding a plain range at `top` (0-based row) of Tableau_de_saisie, typed as a user would. */
export async function legacyWorkbook(headers: string[], rows: (string | number)[][], top = 0, col = 'A'): Promise<MemoryWorkbook> {
  const wb = new MemoryWorkbook({ sheets: ['Tableau_de_saisie'] });
  const address = `${col}${top + 1}`;
  await wb.simulateUserEdit('Tableau_de_saisie', blockAddress(address, rows.length + 1, headers.length), [headers, ...rows]);
  return wb;
}

export function blockAddress(topLeft: string, rows: number, cols: number): string {
  const m = /^([A-Z]+)(\d+)$/.exec(topLeft)!;
  const c0 = m[1].split('').reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  const letter = (c: number): string => (c < 26 ? String.fromCharCode(65 + c) : letter(Math.floor(c / 26) - 1) + String.fromCharCode(65 + (c % 26)));
  return `${topLeft}:${letter(c0 + cols - 1)}${Number(m[2]) + rows - 1}`;
}

/** Rows of a table as objects keyed by header (computed values). */
export function tableRows(wb: MemoryWorkbook, table: string): Record<string, string | number | boolean>[] {
  const t = wb.table(table)!;
  return t.values().map((r) => Object.fromEntries(t.headers.map((h, i) => [h, r[i]])));
}
