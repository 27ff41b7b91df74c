/**
 * Performance probe of the memory host (not a test): `npx tsx src/host/memory/perf-probe.ts [rows]`.
 * Builds a table of ROWS x 80 columns (55 typed columns, 25 calculated columns with structured
 * references, one depending on another and on a defined name), filled through the API in chunks
 * of <= 5 MB, then loads all values back in chunks of <= 5 MB. Prints times and memory.
 */
import { MemoryWorkbook } from './workbook';

const ROWS = Number(process.argv[2] ?? 100000);
const VALUE_COLS = 55;
const FORMULA_COLS = 25;
const LIMIT = 5 * 1024 * 1024;

/** Wall time and CPU time (the machine may be shared: CPU time is the steadier figure). */
function timer(): () => string {
  const t = Date.now();
  const c = process.cpuUsage();
  return () => {
    const u = process.cpuUsage(c);
    return `${Date.now() - t} ms (CPU ${Math.round((u.user + u.system) / 1000)} ms)`;
  };
}

const mb = (n: number): string => `${(n / 1024 / 1024).toFixed(1)} Mo`;
/** Memory after a full GC when node runs with --expose-gc. */
const heap = (): string => {
  (globalThis as { gc?: () => void }).gc?.();
  return `heap ${mb(process.memoryUsage().heapUsed)}, rss ${mb(process.memoryUsage().rss)}`;
};

function headers(): string[] {
  const h: string[] = [];
  for (let j = 0; j < VALUE_COLS; j++) h.push(j === 0 ? "N° d'identification" : j === 1 ? 'Loyer ★ (€)' : `Donnée ${j}`);
  for (let k = 0; k < FORMULA_COLS; k++) h.push(`Calcul ${k + 1}`);
  return h;
}

function formula(k: number): string {
  const t = 'Ménages';
  const a = `${t}[[#This Row],[Loyer ★ (€)]]`;
  const b = `${t}[[#This Row],[Donnée ${2 + (k % 20)}]]`;
  if (k === 1) return `=IF(ISNUMBER(${t}[[#This Row],[Calcul 1]]),${t}[[#This Row],[Calcul 1]]*12,"")`;
  if (k === 2) return `=IF(ISNUMBER(${a}),ROUND(${a}/RIME_SMIC*100,1),"")`;
  return `=IF(OR(NOT(ISNUMBER(${a})),NOT(ISNUMBER(${b})),${b}<=0),"",ROUND(${a}*12/${b}+${k},2))`;
}

function row(i: number): (string | number)[] {
  const out: (string | number)[] = [];
  for (let j = 0; j < VALUE_COLS; j++) {
    if (j === 0) out.push(`M-${String(i).padStart(6, '0')}`);
    else if (j % 7 === 3) out.push(['oui', 'non', 'NSP'][i % 3]);
    else if (i % 97 === 0 && j === 5) out.push('texte');
    else out.push(((i * 31 + j * 17) % 1000) + (j % 2 ? 0.5 : 0));
  }
  for (let k = 0; k < FORMULA_COLS; k++) out.push('');
  return out;
}

async function main(): Promise<void> {
  const wb = new MemoryWorkbook({ sheets: ['Ménages', 'Paramètres'] });
  let t0 = timer();
  await wb.run(async (ctx) => {
    const p = ctx.workbook.worksheets.getItem('Paramètres');
    p.getRange('A1:B1').values = [['SMIC', 1398.69]];
    ctx.workbook.names.add('RIME_SMIC', p.getRange('B1'));
    const ws = ctx.workbook.worksheets.getItem('Ménages');
    const first = row(0).map((v, j) => (j >= VALUE_COLS ? formula(j - VALUE_COLS) : v));
    ws.getRangeByIndexes(0, 0, 2, VALUE_COLS + FORMULA_COLS).values = [headers(), first];
    const t = ws.tables.add(ws.getRangeByIndexes(0, 0, 2, VALUE_COLS + FORMULA_COLS), true);
    t.name = 'Ménages';
    await ctx.sync();
    const perRow = JSON.stringify(row(ROWS - 1)).length + 1;
    const chunk = Math.floor((LIMIT * 0.9) / perRow);
    for (let start = 1; start < ROWS; start += chunk) {
      const n = Math.min(chunk, ROWS - start);
      t.rows.add(undefined, Array.from({ length: n }, (_, i) => row(start + i)));
      await ctx.sync();
    }
  });
  const writeMs = t0();
  const writeSyncs = wb.stats.syncs;
  console.log(`écriture : ${ROWS} lignes x ${VALUE_COLS + FORMULA_COLS} colonnes en ${writeMs}, ${writeSyncs} sync, max requête ${mb(wb.stats.maxRequestBytes)} ; ${heap()}`);

  const readAll = async (label: string): Promise<void> => {
    wb.resetStats();
    t0 = timer();
    let cells = 0;
    await wb.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem('Ménages');
      // the first chunk (1,000 rows) gives the size of a row; then chunks of at most 90 % of 5 MB
      let rowsPerChunk = 1000;
      let start = 1;
      while (start <= ROWS) {
        const n = Math.min(rowsPerChunk, ROWS + 1 - start);
        const r = ws.getRangeByIndexes(start, 0, n, VALUE_COLS + FORMULA_COLS).load('values');
        await ctx.sync();
        cells += r.values.length * r.values[0].length;
        const bytes = wb.stats.requests[wb.stats.requests.length - 1].responseBytes;
        if (start === 1) rowsPerChunk = Math.floor((LIMIT * 0.9) / (bytes / n));
        start += n;
      }
    });
    const s = wb.stats;
    console.log(`${label} : ${cells} cellules en ${t0()}, ${s.syncs} sync, max réponse ${mb(s.maxResponseBytes)} ; ${heap()}`);
  };
  await readAll('lecture 1 (calcul paresseux)');
  await readAll('lecture 2 (valeurs en cache)');
  await wb.run(async (ctx) => {
    ctx.workbook.worksheets.getItem('Paramètres').getRange('B1').values = [[1426.3]];
    await ctx.sync();
  });
  await readAll('lecture 3 (après changement du SMIC)');
  console.log(`formules compilées : ${wb.calc.counters.compiled}, moteurs HyperFormula : ${wb.calc.counters.hfBuilds}`);

  const small = Math.min(ROWS, Number(process.argv[3] ?? 2000));
  const hf = new MemoryWorkbook({ sheets: ['Ménages', 'Paramètres'], engine: 'hyperformula', payloadLimit: 1e9 });
  await hf.run(async (ctx) => {
    const p = ctx.workbook.worksheets.getItem('Paramètres');
    p.getRange('A1:B1').values = [['SMIC', 1398.69]];
    ctx.workbook.names.add('RIME_SMIC', p.getRange('B1'));
    const ws = ctx.workbook.worksheets.getItem('Ménages');
    const body = Array.from({ length: small }, (_, i) => row(i).map((v, j) => (j >= VALUE_COLS ? formula(j - VALUE_COLS) : v)));
    ws.getRangeByIndexes(0, 0, small + 1, VALUE_COLS + FORMULA_COLS).values = [headers(), ...body];
    ws.tables.add(ws.getRangeByIndexes(0, 0, small + 1, VALUE_COLS + FORMULA_COLS), true).name = 'Ménages';
    await ctx.sync();
    t0 = timer();
    ws.getRangeByIndexes(1, 0, small, VALUE_COLS + FORMULA_COLS).load('values');
    await ctx.sync();
  });
  console.log(`référence HyperFormula seul : ${small} lignes calculées en ${t0()} ; ${heap()}`);
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
