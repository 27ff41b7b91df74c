/**
 * Browser tests of « Suivi » in the demo: the name for the history, closing a milestone (then the
 * French question and « Confirmer »), the block on « Points d'étape » (the indicator matrix, paged in the
 * preview) and the chart on « Progression », the export downloaded, the completeness list and « aller à
 * la colonne »; no page or console error; screenshots in test-output/screenshots.
 */
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { Browser } from 'playwright-core';
import { MemoryWorkbook } from '../../src/host/memory';
import { launchBrowser, openDemo, screenshot, type WatchedPage } from './setup/browser';

let browser: Browser;
let demo: WatchedPage;

beforeAll(async () => {
  browser = await launchBrowser();
  demo = await openDemo(browser);
  const { page } = demo;
  await page.getByRole('button', { name: 'Préparer le classeur' }).waitFor({ timeout: 30000 });
  await page.getByRole('button', { name: 'Préparer le classeur' }).click();
  await outcome().getByText('Classeur préparé').waitFor({ timeout: 60000 });
  await page.getByRole('button', { name: 'Suivi', exact: true }).click();
});

afterAll(async () => {
  await browser?.close();
});

afterEach(() => {
  expect(demo.errors).toEqual([]);
});

const outcome = () => demo.page.getByTestId('outcome');
const grid = () => demo.page.getByTestId('preview-grid');

/**
 * Pages the preview (40 rows at a time) until `text` is in the grid (looking from the next page when
 * `skip`); returns the first row shown, 1-based.
 */
async function pageUntil(text: string | RegExp, skip = false): Promise<number> {
  const { page } = demo;
  for (let i = 0; i < 12; i++) {
    if ((i > 0 || !skip) && (await grid().getByText(text, { exact: true }).count()) > 0) break;
    const caption = await page.getByText(/aperçu des lignes \d+ à \d+/).innerText();
    const from = Number(/lignes (\d+) à/.exec(caption)?.[1]);
    await page.getByRole('button', { name: 'Lignes suivantes' }).click();
    await page.getByText(new RegExp(`aperçu des lignes ${from + 40} à`)).waitFor();
  }
  await grid().getByText(text, { exact: true }).first().waitFor();
  return Number(/lignes (\d+) à/.exec(await page.getByText(/aperçu des lignes \d+ à \d+/).innerText())?.[1]);
}

/** Back to the sheet's first rows. */
async function firstPage(): Promise<void> {
  const previous = demo.page.getByRole('button', { name: 'Lignes précédentes' });
  while ((await previous.count()) > 0 && (await previous.isEnabled())) {
    await previous.click();
  }
  await demo.page.getByText(/aperçu des lignes 1 à/).waitFor();
}

test('the name for the history: « (non renseigné) » until given, then kept on this device', async () => {
  const { page } = demo;
  const name = page.getByRole('textbox', { name: "Votre nom (pour l'historique)" });
  await name.waitFor();
  await page.getByText("Non renseigné : l'historique indiquera « (non renseigné) ».").waitFor();
  await name.fill('Marie Dupont');
  await name.press('Enter');
  await page.getByText("Enregistré sur cet appareil : l'historique indiquera « Marie Dupont ».").waitFor();
  expect(await page.evaluate(() => localStorage.getItem('rime.user'))).toBe('Marie Dupont');
  await screenshot(page, '41-suivi-nom');
});

test('« Clore le point d\'étape »: the block (indicator matrix) on « Points d\'étape », the chart on « Progression »', async () => {
  const { page } = demo;
  const date = page.getByLabel("Point d'étape à clore");
  // Defaults to the next milestone of Paramètres (a date is there once the section has read it).
  await page.waitForFunction(() => (document.querySelector('input[type="date"]') as HTMLInputElement | null)?.value !== '');
  expect(await date.inputValue()).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  await date.fill('2026-10-31');
  await page.getByRole('button', { name: "Clore le point d'étape" }).click();
  await outcome().getByText("Point d'étape du 31/10/2026 clos").waitFor({ timeout: 60000 });
  const text = await outcome().innerText();
  expect(text).toMatch(/Tout : \d+ relogés, \d+ à reloger, \d+ départs spontanés sur 300 ménages/);
  expect(text).toMatch(/Résultats figés sur la feuille « Points d'étape » \(lignes 1 à \d+\) : fiche 1, FAT et taux de remplissage/);
  expect(text).toContain("Courbe de progression mise à jour sur la feuille « Progression » (1 point(s) d'étape).");
  await page.getByRole('tab', { name: "Points d'étape", exact: true }).click();
  await grid().getByText(/^Point d'étape du 31\/10\/2026 — clos le .* par Marie Dupont$/).waitFor();
  // Header line: Indicateur, Tout, then the demo's four operations.
  const header = grid().locator('tr').nth(1).locator('td');
  expect((await header.allInnerTexts()).slice(1, 3)).toEqual(['Indicateur', 'Tout']);
  const operations = (await header.allInnerTexts()).slice(3);
  expect(operations).toHaveLength(4);
  expect(operations.every((t) => / – bât\. [A-Z]$/.test(t))).toBe(true);
  await grid().getByText('Fiche 1 — Avancement des relogements', { exact: true }).waitFor();
  await grid().getByText('Nombre de ménages relogés', { exact: true }).waitFor();
  await screenshot(page, '42-point-etape-clos');
  expect(await pageUntil('FAT — STRATÉGIE DE RELOGEMENT (RÉCAPITULATIF)')).toBeGreaterThan(1);
  await grid().getByText('Logements à démolir', { exact: true }).waitFor();
  await screenshot(page, '46-point-etape-fat');
  await pageUntil('Taux de remplissage');
  await grid().getByText('Relogement ★', { exact: true }).waitFor();
  await screenshot(page, '47-point-etape-taux-de-remplissage');
  await firstPage();

  await page.getByRole('tab', { name: 'Progression', exact: true }).click();
  await grid().getByText('Progression du relogement (Tout)', { exact: true }).waitFor();
  const chart = page.getByTestId('preview-chart');
  await chart.waitFor();
  expect(await chart.innerText()).toContain('Progression du relogement (Tout) (graphique en courbes, 1 point)');
  expect(await chart.locator('circle').count()).toBe(3); // relogés, à reloger, départs at one point
  await page.getByRole('tab', { name: 'Historique des modifications', exact: true }).waitFor();
  await screenshot(page, '48-progression-graphique');
});

test('a second closing of the same milestone asks the French question; « Confirmer » records it below the first', async () => {
  const { page } = demo;
  await page.getByRole('button', { name: "Clore le point d'étape" }).click();
  const question = page.getByTestId('milestone-question');
  await question.waitFor({ timeout: 60000 });
  expect(await question.innerText()).toMatch(
    /Le point d'étape du 31\/10\/2026 est déjà clos le \d{2}\/\d{2}\/\d{4} à \d{2}:\d{2} par Marie Dupont\. Confirmer pour en enregistrer un second \?/,
  );
  expect(await outcome().innerText()).toContain("Point d'étape déjà clos");
  await screenshot(page, '43-point-etape-question');
  await question.getByRole('button', { name: 'Confirmer' }).click();
  await outcome().getByText("Point d'étape du 31/10/2026 clos (clôture supplémentaire)").waitFor({ timeout: 60000 });
  expect(await question.count()).toBe(0);
  const lines = /lignes (\d+) à (\d+)/.exec(await outcome().innerText());
  const first = Number(lines?.[1]);
  expect(first).toBeGreaterThan(100);
  await page.getByRole('tab', { name: "Points d'étape", exact: true }).click();
  await firstPage();
  expect(await grid().getByText(/^Point d'étape du 31\/10\/2026 — clos le/).count()).toBe(1);
  const from = await pageUntil(/^Point d'étape du 31\/10\/2026 — clos le/, true);
  expect(from).toBeGreaterThan(1);
  expect(first).toBeGreaterThanOrEqual(from);
  expect(first).toBeLessThan(from + 40);
  await screenshot(page, '44-point-etape-confirme');
  await firstPage();
  await page.getByRole('tab', { name: 'Progression', exact: true }).click();
  expect(await page.getByTestId('preview-chart').innerText()).toContain('(graphique en courbes, 2 points)');
  expect(await grid().innerText()).toContain('31/10/2026 (2)');
});

test('« Exporter le point d\'étape » downloads the file of aggregated figures, without the name', async () => {
  const { page } = demo;
  const download = page.waitForEvent('download', { timeout: 60000 });
  await page.getByRole('button', { name: "Exporter le point d'étape" }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('RIME_point_etape_2026-10-31.xlsx');
  await outcome().getByText("Point d'étape du 31/10/2026 exporté").waitFor({ timeout: 60000 });
  expect(await outcome().innerText()).toContain('Fichier « RIME_point_etape_2026-10-31.xlsx » téléchargé.');
  const saved = path.join(await fs.mkdtemp(path.join(os.tmpdir(), 'rime-e2e-export-')), file.suggestedFilename());
  await file.saveAs(saved);
  const wb = await MemoryWorkbook.fromXlsx(await fs.readFile(saved));
  expect(wb.sheetNames()).toEqual(["Point d'étape", 'Progression']);
  const values = wb.sheet("Point d'étape")!.values('A1:F400');
  expect(values[0][0]).toMatch(/^Point d'étape du 31\/10\/2026 — clos le \d{2}\/\d{2}\/\d{4} à \d{2}:\d{2}$/);
  expect(values[1][0]).toBe('Chiffres agrégés, sans donnée personnelle');
  expect(values[3].slice(0, 2)).toEqual(['Indicateur', 'Tout']);
  expect(values.map((r) => r[0])).toEqual(expect.arrayContaining(['FAT — DESCRIPTION DES RELOGEMENTS', 'Taux de remplissage']));
  expect(values.flat().some((v) => typeof v === 'string' && v.includes('Marie Dupont'))).toBe(false);
  expect(wb.sheet('Progression')!.values('A5:A6')).toEqual([['31/10/2026'], ['31/10/2026 (2)']]);
  await fs.rm(path.dirname(saved), { recursive: true, force: true });
  await screenshot(page, '49-point-etape-exporte');
});

test('the completeness list: worst first with rates, a row selects its column', async () => {
  const { page } = demo;
  const list = page.getByTestId('completeness-list');
  await list.waitFor({ timeout: 30000 });
  await page.getByTestId('completeness-overall').getByText(/^Tout : \d+\s% des cases remplies \(300 ménages\)$/).waitFor();
  const rows = list.getByRole('button');
  expect(await rows.count()).toBe(10);
  const rates = (await rows.allInnerTexts()).map((t) => Number(/(\d+)\s%/.exec(t)?.[1]));
  expect(rates.every((r) => r >= 0 && r <= 100)).toBe(true);
  expect(rates).toEqual([...rates].sort((a, b) => a - b));
  const first = (await rows.first().innerText()).split('\n')[0].replace('★ ', '').trim();
  await rows.first().click();
  await outcome().getByText(`Colonne « ${first} » sélectionnée`).waitFor({ timeout: 30000 });
  await page.getByRole('combobox', { name: 'Opération', exact: true }).click();
  const option = page.getByRole('option').nth(1);
  const name = (await option.innerText()).trim();
  await option.click();
  await page.getByTestId('completeness-overall').getByText(`${name} :`, { exact: false }).waitFor({ timeout: 30000 });
  expect(await page.getByTestId('completeness-overall').innerText()).toMatch(/ : \d+\s% des cases remplies \(\d+ ménages\)$/);
  await page.getByText('Historique', { exact: true }).waitFor();
  await screenshot(page, '45-taux-de-remplissage');
});

test('the open « Suivi » section has no serious or critical axe violation', async () => {
  const { page } = demo;
  await page.addScriptTag({ path: require.resolve('axe-core/axe.min.js') });
  const violations = await page.evaluate(async () => {
    type Result = { violations: { id: string; impact: string | null; nodes: { target: string[] }[] }[] };
    const axe = (window as unknown as { axe: { run: (ctx: Element, opts: object) => Promise<Result> } }).axe;
    const pane = document.querySelector('main[aria-label="RIME – Suivi des relogements"]')!;
    const result = await axe.run(pane, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.map((n) => n.target.join(' ')) }));
  });
  expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
});
