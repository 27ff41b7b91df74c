/**
 * « Exporter le point d'étape »: the .xlsx of a closed milestone (aggregated figures only), read back
 * with ExcelJS and with the memory host; no personal value of the source workbook nor the closer's name
 * in any cell or in the file's properties; French errors; an old snapshot still exports.
 */
import ExcelJS from 'exceljs';
import { HOUSEHOLD_COLUMNS, type ColumnDef } from '../../../src/domain/catalogue';
import { closeMilestone } from '../../../src/excel/tracking/milestones';
import { exportMilestone } from '../../../src/excel/tracking/milestoneExport';
import { POINTS_SHEET } from '../../../src/excel/tracking/milestoneSheet';
import { MemoryWorkbook } from '../../../src/host/memory';
import { handBuilt, preparedSample } from './helpers';

const SEP30 = 46295;
const OCT31 = 46326;

type Cell = string | number | boolean;

/** Every non-blank cell value of every sheet of the file, as ExcelJS reads it. */
async function allCells(bytes: Uint8Array): Promise<{ book: ExcelJS.Workbook; cells: Cell[] }> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(bytes as unknown as ArrayBuffer);
  const cells: Cell[] = [];
  book.eachSheet((ws) =>
    ws.eachRow({ includeEmpty: false }, (row) =>
      row.eachCell({ includeEmpty: false }, (c) => {
        const v = c.value;
        if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') cells.push(v);
        else if (v !== null && v !== undefined) cells.push(JSON.stringify(v));
      }),
    ),
  );
  return { book, cells };
}

async function sheetValues(bytes: Uint8Array, sheet: string, address: string): Promise<Cell[][]> {
  const wb = await MemoryWorkbook.fromXlsx(bytes);
  return wb.sheet(sheet)!.values(address);
}

/** 1-based row of `label` in column A of the export's matrix. */
async function rowOf(bytes: Uint8Array, label: string): Promise<Cell[]> {
  const values = await sheetValues(bytes, "Point d'étape", 'A1:D400');
  const row = values.find((r) => r[0] === label);
  if (!row) throw new Error(`« ${label} » absent`);
  return row;
}

test('the last closed milestone by default: title without the name, the notice, the matrix, the series up to it; 2 syncs', async () => {
  const wb = await handBuilt();
  await wb.run((ctx) => closeMilestone(ctx, { date: SEP30, who: 'Marie Dupont', now: '2026-10-02T10:00:00' }));
  await wb.run((ctx) => closeMilestone(ctx, { date: OCT31, who: 'Paul Martin', now: '2026-11-02T09:30:00' }));
  wb.resetStats();
  const out = await wb.run((ctx) => exportMilestone(ctx));
  expect(wb.stats.syncs).toBe(2);
  expect(out.fileName).toBe('RIME_point_etape_2026-10-31.xlsx');
  const back = await MemoryWorkbook.fromXlsx(out.bytes);
  expect(back.sheetNames()).toEqual(["Point d'étape", 'Progression']);
  const sheet = back.sheet("Point d'étape")!;
  expect(sheet.values('A1:A2')).toEqual([
    ["Point d'étape du 31/10/2026 — clos le 02/11/2026 à 09:30"],
    ['Chiffres agrégés, sans donnée personnelle'],
  ]);
  expect(sheet.values('A4:D5')).toEqual([
    ['Indicateur', 'Tout', 'Tour A', 'Barre B'],
    ['Fiche 1 — Avancement des relogements', '', '', ''],
  ]);
  expect(sheet.at('A4').font.bold).toBe(true);
  // Hand-built: relogés 1 (Tour A) and 3 (Barre B); 2 à reloger (Tour A); 4 départ spontané (Barre B).
  expect(await rowOf(out.bytes, 'Nombre de ménages relogés')).toEqual(['Nombre de ménages relogés', 2, 1, 1]);
  expect(await rowOf(out.bytes, 'Départs spontanés')).toEqual(['Départs spontanés', 1, 0, 1]);
  expect(await rowOf(out.bytes, 'TOTAL des ménages relogés')).toEqual(['TOTAL des ménages relogés', 2, 1, 1]);
  expect(await rowOf(out.bytes, 'Date du déménagement ★')).toEqual(['Date du déménagement ★', 0.5, 1, 0]);
  const values = sheet.values('A1:A400').map((r) => r[0]);
  const at = (label: string) => `B${values.indexOf(label) + 1}`;
  expect(sheet.at(at('Date du déménagement ★')).numberFormat).toBe('0.0%');
  expect(sheet.at(at('Date du dernier relogement')).numberFormat).toBe('dd/mm/yyyy');
  expect(sheet.at(at('Nombre de ménages relogés')).numberFormat).toBe('0');
  expect(values).toContain('FAT — STRATÉGIE DE RELOGEMENT (RÉCAPITULATIF)');
  expect(values).toContain('Taux de remplissage');
  expect(back.sheet('Progression')!.values('A1:D6')).toEqual([
    ['Progression du relogement (Tout)', '', '', ''],
    ['Chiffres agrégés, sans donnée personnelle', '', '', ''],
    ['', '', '', ''],
    ["Point d'étape", 'Relogés', 'À reloger', 'Départs'],
    ['30/09/2026', 2, 1, 1],
    ['31/10/2026', 2, 1, 1],
  ]);
  const { book, cells } = await allCells(out.bytes);
  expect([book.creator, book.lastModifiedBy]).toEqual(['RIME pour Excel', 'RIME pour Excel']);
  expect(cells.filter((v) => typeof v === 'string' && /Dupont|Martin|Durand|Petit|Roux/.test(v))).toEqual([]);
});

test('a given milestone: its own figures and the series up to it', async () => {
  const wb = await handBuilt();
  await wb.run((ctx) => closeMilestone(ctx, { date: SEP30, who: 'a', now: '2026-10-02T10:00:00' }));
  await wb.run((ctx) => closeMilestone(ctx, { date: OCT31, who: 'b', now: '2026-11-02T09:30:00' }));
  const out = await wb.run((ctx) => exportMilestone(ctx, { milestone: SEP30 }));
  expect(out.fileName).toBe('RIME_point_etape_2026-09-30.xlsx');
  expect(out.points.map((p) => p.label)).toEqual(['30/09/2026']);
  expect((await sheetValues(out.bytes, "Point d'étape", 'A1'))[0][0]).toBe("Point d'étape du 30/09/2026 — clos le 02/10/2026 à 10:00");
  expect(await sheetValues(out.bytes, 'Progression', 'A5:D6')).toEqual([
    ['30/09/2026', 2, 1, 1],
    ['', '', '', ''],
  ]);
});

test('no personal value of a 40-household sample (names, first names, addresses, comments) nor the closer in any cell', async () => {
  const wb = await preparedSample(40);
  // Comments are rare in the sample: one more, with a name in it.
  const personal = await wb.run(async (ctx) => {
    const t = ctx.workbook.tables.getItem('Tableau_menages');
    const head = t.getHeaderRowRange().load('values');
    const body = t.getDataBodyRange().load('values');
    await ctx.sync();
    const headers = (head.values[0] as string[]).map((h) => h.replace('★', '').trim());
    const comments = headers.indexOf('Commentaires et observations');
    t.getDataBodyRange().getCell(0, comments).values = [['Mme Lebrun hospitalisée, rappeler sa fille']];
    await ctx.sync();
    const columns = (HOUSEHOLD_COLUMNS as readonly ColumnDef[]).filter((c) => c.personal).map((c) => headers.indexOf(c.label));
    expect(columns.every((i) => i >= 0)).toBe(true);
    const found = new Set<string>(['Mme Lebrun hospitalisée, rappeler sa fille']);
    for (const r of body.values as Cell[][]) for (const i of columns) if (String(r[i]).trim() !== '') found.add(String(r[i]).trim());
    return [...found];
  });
  expect(personal.length).toBeGreaterThan(80); // names, first names and addresses of 40 households
  await wb.run((ctx) => closeMilestone(ctx, { date: SEP30, who: 'Jeanne Valentin', now: '2026-10-02T10:00:00' }));
  const out = await wb.run((ctx) => exportMilestone(ctx));
  const { cells } = await allCells(out.bytes);
  const words = (s: string) => s.split(/[^\p{L}\p{N}'-]+/u).filter((w) => w !== '');
  const texts = cells.filter((v): v is string => typeof v === 'string');
  expect(texts.length).toBeGreaterThan(150);
  for (const p of [...personal, 'Jeanne Valentin']) {
    const pw = words(p);
    const leaks = texts.filter((t) => {
      if (t.includes(p)) return true;
      // A one-word value (a name) must not appear as a word of any cell.
      return pw.length === 1 && words(t).includes(pw[0]);
    });
    expect({ value: p, leaks }).toEqual({ value: p, leaks: [] });
  }
});

test('French errors: nothing closed yet, or the milestone asked for is not closed', async () => {
  const wb = await handBuilt();
  await expect(wb.run((ctx) => exportMilestone(ctx))).rejects.toMatchObject({
    code: 'NoMilestoneClosed',
    message:
      "Aucun point d'étape n'est clos dans ce classeur : clore d'abord un point d'étape (« Clore le point d'étape »), puis l'exporter.",
  });
  await wb.run((ctx) => closeMilestone(ctx, { date: SEP30, who: 'a', now: '2026-10-02T10:00:00' }));
  await expect(wb.run((ctx) => exportMilestone(ctx, { milestone: OCT31 }))).rejects.toMatchObject({
    code: 'MilestoneNotClosed',
    message: "Le point d'étape du 31/10/2026 n'est pas clos. Points d'étape clos : 30/09/2026.",
  });
});

test('an old snapshot (before the indicator matrix) exports the sections it has', async () => {
  const wb = new MemoryWorkbook({ sheets: ['Feuil1'] });
  const old = {
    milestone: SEP30,
    closedAt: '2026-10-02T10:00:00',
    who: 'Marie Dupont',
    scopes: [
      { scopeLabel: 'Tout', relocated: 12, toRelocate: 30, departures: 3, others: 1, notInformed: 2, total: 48, completeness: 0.625 },
      { scopeLabel: 'Tour A', relocated: 5, toRelocate: 10, departures: 0, others: 0, notInformed: 1, total: 16, completeness: null },
    ],
  };
  await wb.run(async (ctx) => {
    const store = ctx.workbook.worksheets.add(POINTS_SHEET);
    store.getRange('A1:D2').numberFormat = [['@', '@', '@', '@'], ['0', '@', '@', '@']];
    store.getRange('A1:D2').values = [
      ["Point d'étape", 'Clos le', 'Par', 'Résultats (JSON)'],
      [SEP30, old.closedAt, old.who, JSON.stringify(old)],
    ];
    await ctx.sync();
  });
  const out = await wb.run((ctx) => exportMilestone(ctx));
  const values = await sheetValues(out.bytes, "Point d'étape", 'A4:C14');
  expect(values).toEqual([
    ['Indicateur', 'Tout', 'Tour A'],
    ['Situation des ménages', '', ''],
    ['Ménages relogés', 12, 5],
    ['Ménages à reloger', 30, 10],
    ['Départs spontanés', 3, 0],
    ['Autres (décès, expulsion…)', 1, 0],
    ['Non renseigné', 2, 1],
    ['Total', 48, 16],
    ['Taux de remplissage', '', ''],
    ['Taux de remplissage global (toutes les colonnes sauf les facultatives)', 0.625, ''],
    ['', '', ''],
  ]);
  expect(await sheetValues(out.bytes, 'Progression', 'A5:D5')).toEqual([['30/09/2026', 12, 30, 3]]);
  const { cells } = await allCells(out.bytes);
  expect(cells.some((v) => typeof v === 'string' && v.includes('Dupont'))).toBe(false);
});
