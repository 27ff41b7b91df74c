/**
 * « Valider la saisie » / « Supprimer les repérages » on the in-memory host: a 30-household sample
 * (seed 7) with 5 injected errors, whose cells are listed by hand below, as an old RIME file (plain
 * ranges, headers on row 1, households from row 2).
 */
import { clearMarks, goToFinding, MARKS_SHEET, validateInput } from '../../../src/excel/marks';
import { MemoryWorkbook } from '../../../src/host/memory';
import { sampleWorkbook, run, TODAY } from './helpers';

const RED = { fill: '#FFC7CE', font: '#9C0006' };
const ORANGE = { fill: '#FFEB9C', font: '#9C5700' };

/** The 5 injected errors of generateSample({ households: 30, errors: 5, seed: 7 }): sheet row (1-based), header. */
const MARKED: readonly [number, string][] = [
  [9, 'Âge du chef de ménage'],
  [13, 'Loyer de base mensuel ★'],
  [22, 'Surface habitable ou surface corrigée en m²'],
  [26, 'Revenu(s) net imposable (RNI)'],
  [27, 'Situation professionnelle du chef de ménage'],
];

const SHEET = 'Tableau_de_saisie';

function headerCell(wb: MemoryWorkbook, header: string): { row: number; col: number } {
  const values = wb.sheet(SHEET)!.values();
  for (let r = 0; r < values.length; r++) {
    const c = values[r].indexOf(header);
    if (c >= 0) return { row: r, col: c };
  }
  throw new Error(`en-tête introuvable : ${header}`);
}

function colours(wb: MemoryWorkbook, row1: number, header: string): { fill: string | undefined; font: string } {
  const cell = wb.sheet(SHEET)!.cell(row1 - 1, headerCell(wb, header).col);
  return { fill: cell.fill, font: cell.font.color };
}

/** Every cell of the sheet painted with a mark colour, as "row:header". */
function markedCells(wb: MemoryWorkbook): string[] {
  const s = wb.sheet(SHEET)!;
  const values = s.values();
  const head = headerCell(wb, "N° d'identification du ménage");
  const out: string[] = [];
  for (let r = head.row + 1; r < values.length; r++) {
    for (let c = 0; c < values[head.row].length; c++) {
      const fill = s.cell(r, c).fill;
      if (fill === RED.fill || fill === ORANGE.fill) out.push(`${r + 1}:${values[head.row][c]}`);
    }
  }
  return out;
}

async function paint(wb: MemoryWorkbook, row1: number, header: string, fill: string, font: string): Promise<void> {
  const { col } = headerCell(wb, header);
  await run(wb, async (context) => {
    const cell = context.workbook.worksheets.getItem(SHEET).getRangeByIndexes(row1 - 1, col, 1, 1);
    cell.format.fill.color = fill;
    cell.format.font.color = font;
    await context.sync();
  });
}

async function write(wb: MemoryWorkbook, row1: number, header: string, value: string | number): Promise<void> {
  const { col } = headerCell(wb, header);
  await run(wb, async (context) => {
    context.workbook.worksheets.getItem(SHEET).getRangeByIndexes(row1 - 1, col, 1, 1).values = [[value]];
    await context.sync();
  });
}

describe('validateInput', () => {
  test('marks exactly the cells of the findings, records them in a very hidden sheet', async () => {
    const { wb } = await sampleWorkbook(30, 5);
    const res = await run(wb, (c) => validateInput(c, { today: TODAY }));
    expect(res.findings).toHaveLength(5);
    expect(res.findings.map((f) => [f.row, f.ruleId])).toEqual([
      [9, 'age-hors-bornes'], [13, 'nombre-en-texte'], [22, 'surface-non-positive'], [26, 'montant-negatif'], [27, 'code-hors-liste'],
    ]);
    expect(res.summary.rowsChecked).toBe(30);
    expect(res.summary.errors).toBe(5);
    expect(res.summary.warnings).toBe(0);
    expect(res.markedCells).toBe(5);
    expect(markedCells(wb).sort()).toEqual(MARKED.map(([r, h]) => `${r}:${h}`).sort());
    for (const [r, h] of MARKED) expect(colours(wb, r, h)).toEqual(RED);
    expect(wb.sheet(MARKS_SHEET)!.visibility).toBe('VeryHidden');
    expect(wb.sheet(MARKS_SHEET)!.values().filter((r) => r[0] !== "")).toHaveLength(6);
    expect(res.lines[0]).toBe('30 lignes contrôlées : 5 erreurs, 0 avertissement sur 5 lignes.');
  });

  test('reports its progress in French', async () => {
    const { wb } = await sampleWorkbook(30, 5);
    const steps: string[] = [];
    await run(wb, (c) => validateInput(c, { today: TODAY, onProgress: (p) => steps.push(`${p.step} ${p.fraction} ${p.message}`) }));
    expect(steps).toEqual([
      'lecture 0 Lecture du tableau des ménages et de liste_opération…',
      'contrôle 0.4 Contrôle de 30 lignes…',
      'repérage 0.7 Repérage des cellules à corriger…',
      'terminé 1 30 lignes contrôlées : 5 erreurs, 0 avertissement sur 5 lignes.',
    ]);
  });

  test("a colour the user set is kept after mark then unmark; an unformatted cell gets no fill back", async () => {
    const { wb } = await sampleWorkbook(30, 5);
    await paint(wb, 13, 'Loyer de base mensuel ★', '#00B050', '#0000FF');
    await run(wb, (c) => validateInput(c, { today: TODAY }));
    expect(colours(wb, 13, 'Loyer de base mensuel ★')).toEqual(RED);
    const cleared = await run(wb, (c) => clearMarks(c));
    expect(cleared.restored).toBe(5);
    expect(cleared.left).toBe(0);
    expect(colours(wb, 13, 'Loyer de base mensuel ★')).toEqual({ fill: '#00B050', font: '#0000FF' });
    expect(colours(wb, 9, 'Âge du chef de ménage')).toEqual({ fill: undefined, font: '#000000' });
    expect(markedCells(wb)).toEqual([]);
    expect(wb.sheet(MARKS_SHEET)!.values().filter((r) => r[0] !== "")).toHaveLength(1);
    const again = await run(wb, (c) => clearMarks(c));
    expect(again.lines).toEqual(['Aucun repérage à supprimer.']);
  });

  test('validating again after a fix removes that mark only, and keeps the recorded original', async () => {
    const { wb } = await sampleWorkbook(30, 5);
    await paint(wb, 22, 'Surface habitable ou surface corrigée en m²', '#00B050', '#0000FF');
    await run(wb, (c) => validateInput(c, { today: TODAY }));
    await write(wb, 9, 'Âge du chef de ménage', 40);
    const res = await run(wb, (c) => validateInput(c, { today: TODAY }));
    expect(res.findings).toHaveLength(4);
    expect(res.marksRemoved).toBe(1);
    expect(colours(wb, 9, 'Âge du chef de ménage')).toEqual({ fill: undefined, font: '#000000' });
    expect(markedCells(wb).sort()).toEqual(MARKED.slice(1).map(([r, h]) => `${r}:${h}`).sort());
    await run(wb, (c) => clearMarks(c));
    expect(colours(wb, 22, 'Surface habitable ou surface corrigée en m²')).toEqual({ fill: '#00B050', font: '#0000FF' });
  });

  test('a cell recoloured by the user while marked keeps the new colour', async () => {
    const { wb } = await sampleWorkbook(30, 5);
    await run(wb, (c) => validateInput(c, { today: TODAY }));
    await paint(wb, 26, 'Revenu(s) net imposable (RNI)', '#FFFF00', '#9C0006');
    const res = await run(wb, (c) => clearMarks(c));
    expect(res.restored).toBe(5);
    expect(colours(wb, 26, 'Revenu(s) net imposable (RNI)')).toEqual({ fill: '#FFFF00', font: '#000000' });
  });

  test('marks persist through .xlsx save and reload, then clearMarks removes them', async () => {
    const { wb } = await sampleWorkbook(30, 5);
    await paint(wb, 13, 'Loyer de base mensuel ★', '#00B050', '#0000FF');
    await run(wb, (c) => validateInput(c, { today: TODAY }));
    const back = await MemoryWorkbook.fromXlsx(await wb.toXlsx());
    expect(back.sheet(MARKS_SHEET)!.visibility).toBe('VeryHidden');
    expect(markedCells(back).sort()).toEqual(MARKED.map(([r, h]) => `${r}:${h}`).sort());
    const res = await run(back, (c) => clearMarks(c));
    expect(res.restored).toBe(5);
    expect(markedCells(back)).toEqual([]);
    expect(colours(back, 13, 'Loyer de base mensuel ★')).toEqual({ fill: '#00B050', font: '#0000FF' });
  });

  test('marks are found again after a row is inserted above them (N° d\'identification)', async () => {
    const { wb } = await sampleWorkbook(30, 5);
    await paint(wb, 13, 'Loyer de base mensuel ★', '#00B050', '#0000FF');
    await run(wb, (c) => validateInput(c, { today: TODAY }));
    await run(wb, async (context) => {
      context.workbook.worksheets.getItem(SHEET).getRange('A5').getEntireRow().insert('Down');
      await context.sync();
    });
    expect(markedCells(wb).sort()).toEqual(MARKED.map(([r, h]) => `${r + 1}:${h}`).sort());
    const res = await run(wb, (c) => clearMarks(c));
    expect(res.restored).toBe(5);
    expect(markedCells(wb)).toEqual([]);
    expect(colours(wb, 14, 'Loyer de base mensuel ★')).toEqual({ fill: '#00B050', font: '#0000FF' });
  });

  test('goToFinding selects the cell of the finding', async () => {
    const { wb } = await sampleWorkbook(30, 5);
    const res = await run(wb, (c) => validateInput(c, { today: TODAY }));
    await run(wb, (c) => goToFinding(c, res.findings[1]));
    const { col } = headerCell(wb, 'Loyer de base mensuel ★');
    expect(wb.activeSheetName()).toBe(SHEET);
    expect(wb.selection()).toBe(`${SHEET}!${String.fromCharCode(65 + (col % 26)).padStart(col >= 26 ? 2 : 1, 'A')}13`);
  });
});

describe('sync count', () => {
  async function syncsFor(households: number, errors: number): Promise<{ first: number; second: number; maxRequest: number; maxResponse: number }> {
    const { wb } = await sampleWorkbook(households, errors);
    wb.resetStats();
    await run(wb, (c) => validateInput(c, { today: TODAY }));
    const first = wb.stats.syncs;
    wb.resetStats();
    await run(wb, (c) => validateInput(c, { today: TODAY }));
    return { first, second: wb.stats.syncs, maxRequest: wb.stats.maxRequestBytes, maxResponse: wb.stats.maxResponseBytes };
  }

  // Old RIME file (plain ranges): readHouseholds 3 + readOperations 3 + colours 1 + write 1.
  test('is the same for 50 and 2,000 households (8 syncs), every request under 4 MB', async () => {
    const small = await syncsFor(50, 5);
    const big = await syncsFor(2000, 60);
    expect(small.first).toBe(8);
    expect(small.second).toBe(8);
    expect(big.first).toBe(8);
    expect(big.second).toBe(8);
    expect(big.maxRequest).toBeLessThan(4_000_000);
    expect(big.maxResponse).toBeLessThan(4_000_000);
  });
});
