/**
 * `npm run bench`: syncs, largest request and response, total payload and wall time of each action on the
 * in-memory host, for 1,500 / 20,000 / 100,000 households. Prints a Markdown table and writes docs/bench.md.
 * `--sizes 1500,20000` limits the sizes.
 */
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { loadSample } from '../excel/sample/loadSample';
import { prepareWorkbook } from '../excel/setup/prepare';
import { readHouseholds } from '../excel/workbook/read';
import { MemoryWorkbook } from '../host/memory';
import { generateSample } from '../sample';
import { parseArgs, stringOption } from './args';
import { benchSteps, type BenchStep } from './benchSteps';

export interface BenchRow {
  readonly action: string;
  readonly households: number;
  readonly syncs: number;
  readonly maxRequest: number;
  readonly maxResponse: number;
  readonly total: number;
  readonly ms: number;
}

const TODAY = 46_300; // 2026-10-02: fixed so the figures do not move from one day to the next.

async function measure(wb: MemoryWorkbook, action: string, households: number, step: BenchStep): Promise<BenchRow> {
  wb.resetStats();
  const t0 = performance.now();
  await wb.run((context) => step(context));
  const ms = performance.now() - t0;
  const s = wb.stats;
  return { action, households, syncs: s.syncs, maxRequest: s.maxRequestBytes, maxResponse: s.maxResponseBytes, total: s.totalBytes, ms };
}

const mb = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(2)} Mo`;

export function markdown(rows: readonly BenchRow[]): string {
  const head = '| Action | Ménages | Syncs | Plus grosse requête | Plus grosse réponse | Total échangé | Temps (ms) |\n|---|---:|---:|---:|---:|---:|---:|';
  const body = rows.map((r) => `| ${r.action} | ${r.households.toLocaleString('fr-FR')} | ${r.syncs} | ${mb(r.maxRequest)} | ${mb(r.maxResponse)} | ${mb(r.total)} | ${Math.round(r.ms).toLocaleString('fr-FR')} |`);
  return [head, ...body].join('\n');
}

async function benchSize(n: number): Promise<BenchRow[]> {
  const data = generateSample({ households: n, operations: Math.max(4, Math.round(n / 400)), seed: 7, today: TODAY });
  const wb = new MemoryWorkbook();
  await wb.run((context) => loadSample(context, data, { today: TODAY, legacyOnly: true }));
  const rows: BenchRow[] = [];
  rows.push(await measure(wb, 'Préparer le classeur (ancien classeur rempli)', n, (c) => prepareWorkbook(c, { today: TODAY })));
  rows.push(await measure(wb, 'Préparer le classeur (2e fois : rien à changer)', n, (c) => prepareWorkbook(c, { today: TODAY })));
  rows.push(await measure(wb, 'Lecture complète du tableau', n, (c) => readHouseholds(c)));
  for (const [action, step] of benchSteps(TODAY)) rows.push(await measure(wb, action, n, step));
  return rows;
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const sizes = (stringOption(args, 'sizes') ?? '1500,20000,100000').split(',').map(Number);
  const all: BenchRow[] = [];
  for (const n of sizes) {
    process.stderr.write(`… ${n} ménages\n`);
    all.push(...(await benchSize(n)));
  }
  const table = markdown(all);
  process.stdout.write(`${table}\n`);
  const doc = [
    '# Banc de mesure (`npm run bench`)',
    '',
    "Mesuré sur l'hôte Excel en mémoire (le code du complément inchangé). Les syncs et les tailles de",
    'requête/réponse sont ceux que ferait Excel ; le temps est celui de cette machine (2 cœurs), pas celui d\'Excel.',
    'Excel sur le web refuse toute requête de plus de 5 Mo : lectures et écritures sont découpées sous 4 Mo.',
    '',
    `Mesuré le ${new Date().toISOString().slice(0, 10)}, Node ${process.version}.`,
    '',
    table,
    '',
  ].join('\n');
  await fs.writeFile(path.resolve(__dirname, '../../docs/bench.md'), doc);
}

if (require.main === module) {
  main().catch((e) => {
    process.stderr.write(`Erreur : ${e instanceof Error ? e.stack : String(e)}\n`);
    process.exitCode = 1;
  });
}
