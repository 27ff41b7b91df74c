/**
 * Browser tests of the Contrôle section in the demo (an old RIME file with 12 injected errors, seed 2026):
 * Valider la saisie (findings by household, summary by rule, severity filter, Aller à), red marks in the
 * preview, Supprimer les repérages, a new list field in the table; the pane still fits 320 px and has no
 * serious axe violation; no page or console error.
 */
import { promises as fs } from 'node:fs';
import type { Browser } from 'playwright-core';
import { MemoryWorkbook } from '../../src/host/memory';
import { launchBrowser, openDemo, screenshot, type WatchedPage } from './setup/browser';

let browser: Browser;
let demo: WatchedPage;

const RED = 'rgb(255, 199, 206)';

beforeAll(async () => {
  browser = await launchBrowser();
  demo = await openDemo(browser);
  const { page } = demo;
  await page.getByRole('button', { name: 'Préparer le classeur' }).click({ timeout: 30000 });
  await page.getByTestId('outcome').getByText('Classeur préparé').waitFor({ timeout: 60000 });
  await page.getByRole('button', { name: 'Contrôle' }).click();
  await page.getByRole('button', { name: 'Valider la saisie' }).waitFor();
});

afterAll(async () => {
  await browser?.close();
});

afterEach(() => {
  expect(demo.errors).toEqual([]);
});

const outcome = () => demo.page.getByTestId('outcome');

/** Waits until the preview (refreshed after each action) shows red cells, or none. */
async function waitForRed(present: boolean): Promise<void> {
  const { page } = demo;
  await page.getByRole('tab', { name: 'Tableau_de_saisie', exact: true }).click();
  await page.waitForFunction(
    ([red, want]) => [...document.querySelectorAll('[data-testid="preview-grid"] td')].some((td) => (td as HTMLElement).style.backgroundColor === red) === want,
    [RED, present] as const,
    { timeout: 30000 },
  );
}

/** Background colours of the preview's Tableau_de_saisie cells, by 1-based sheet row and 0-based column. */
async function previewFills(): Promise<Map<string, string>> {
  const { page } = demo;
  return new Map(
    await page.getByTestId('preview-grid').evaluate((table) =>
      [...table.querySelectorAll('tr')].flatMap((tr, r) =>
        [...tr.querySelectorAll('td')].slice(1).map((td, c) => [`${r + 1}:${c}`, (td as HTMLElement).style.backgroundColor] as [string, string]),
      ),
    ),
  );
}

test('« Valider la saisie »: outcome with counts, findings grouped by household, summary by rule', async () => {
  const { page } = demo;
  await page.getByRole('button', { name: 'Valider la saisie' }).click();
  await outcome().getByText('Saisie contrôlée : 13 erreurs, 0 avertissement').waitFor({ timeout: 60000 });
  expect(await outcome().innerText()).toContain('300 lignes contrôlées : 13 erreurs, 0 avertissement sur 13 lignes.');
  const summary = page.getByTestId('rule-summary');
  expect(await summary.getByRole('listitem').count()).toBe(12);
  expect(await summary.innerText()).toContain("N° d'identification et N° de demande en double (erreur) : 2");
  expect(await page.getByTestId('findings-count').innerText()).toBe('13 constats sur 13 ménages');
  const groups = page.getByTestId('finding-group');
  expect(await groups.count()).toBe(13);
  // Sorted by row; the first household (row 6) has a negative RNI.
  expect(await groups.first().getByRole('heading').innerText()).toMatch(/^Ligne 6 – N° \d+$/);
  expect(await groups.first().innerText()).toContain('Montant négatif');
  await screenshot(page, '1x-controle-constats');
});

test('the red marks show in the preview (row 6 RNI, row 13 N° d’identification)', async () => {
  await waitForRed(true);
  const fills = await previewFills();
  expect(fills.get('6:22')).toBe(RED);
  expect(fills.get('13:0')).toBe(RED);
  expect(fills.get('7:22')).not.toBe(RED);
  await screenshot(demo.page, '1x-controle-reperages');
});

test('filters: by severity then by rule', async () => {
  const { page } = demo;
  await page.getByRole('combobox', { name: 'Gravité' }).click();
  await page.getByRole('option', { name: 'Avertissements (0)' }).click();
  expect(await page.getByTestId('findings-count').innerText()).toBe('0 constat sur 0 ménage');
  await page.getByRole('combobox', { name: 'Gravité' }).click();
  await page.getByRole('option', { name: 'Erreurs (13)' }).click();
  expect(await page.getByTestId('findings-count').innerText()).toBe('13 constats sur 13 ménages');
  await page.getByRole('combobox', { name: 'Règle' }).click();
  await page.getByRole('option', { name: "N° d'identification et N° de demande en double (2)" }).click();
  expect(await page.getByTestId('findings-count').innerText()).toBe('2 constats sur 2 ménages');
  const heads = await page.getByTestId('finding-group').getByRole('heading').allInnerTexts();
  expect(heads.map((h) => h.replace(/ – .*/, ''))).toEqual(['Ligne 13', 'Ligne 183']);
  await screenshot(page, '1x-controle-filtre-doublons');
});

test('« Aller à » selects the finding’s cell without error', async () => {
  const { page } = demo;
  await page.getByTestId('finding-group').nth(1).getByRole('button', { name: /Aller à/ }).click();
  await outcome().getByText('Cellule A183 sélectionnée').waitFor({ timeout: 30000 });
  expect(await outcome().innerText()).toContain('Feuille « Tableau_de_saisie », ligne 183.');
});

test('the pane still fits 320 px with the findings open, and has no serious axe violation', async () => {
  const { page } = demo;
  const width = await page.evaluate(() => (document.querySelector('main[aria-label="RIME – Suivi des relogements"]') as HTMLElement).scrollWidth);
  expect(width).toBeLessThanOrEqual(320);
  await page.addScriptTag({ path: require.resolve('axe-core/axe.min.js') });
  const violations = await page.evaluate(async () => {
    type Axe = { run: (ctx: Element, opts: object) => Promise<{ violations: { id: string; impact: string | null }[] }> };
    const axe = (window as unknown as { axe: Axe }).axe;
    const result = await axe.run(document.querySelector('main[aria-label="RIME – Suivi des relogements"]')!, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact }));
  });
  expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
});

test('« Supprimer les repérages »: the marks are gone from the preview', async () => {
  const { page } = demo;
  await page.getByRole('button', { name: 'Supprimer les repérages' }).click();
  await outcome().getByText('Repérages supprimés', { exact: true }).waitFor({ timeout: 30000 });
  expect(await outcome().innerText()).toContain('13 repérages supprimés');
  await waitForRed(false);
  const fills = await previewFills();
  expect(fills.get('6:22')).toBe('');
  expect(fills.get('13:0')).toBe('');
  await screenshot(page, '1x-controle-reperages-supprimes');
});

test('« Insérer un nouveau champ de saisie »: a list field in the table, before « Commentaires et observations »', async () => {
  const { page } = demo;
  const caption = () => page.getByText(/lignes × \d+ colonnes/).innerText();
  await page.getByRole('tab', { name: 'Tableau_de_saisie', exact: true }).click();
  const before = Number(/× (\d+) colonnes/.exec(await caption())![1]);
  await page.getByLabel('Nom du champ').fill('Visite à domicile');
  await page.getByRole('combobox', { name: 'Type' }).click();
  await page.getByRole('option', { name: 'Liste de codes' }).click();
  await page.getByLabel('Codes et significations').fill('F = Faite\nP = Prévue\nR = Refusée');
  await page.getByLabel('Aide à la saisie').fill('Visite du référent au domicile du ménage');
  await page.getByRole('checkbox', { name: /Données personnelles/ }).check();
  await page.getByRole('button', { name: 'Insérer le champ' }).click();
  await outcome().getByText('Champ « Visite à domicile » inséré').waitFor({ timeout: 30000 });
  expect(await outcome().innerText()).toContain('Liste de 3 codes');
  expect(await page.getByLabel('Nom du champ').inputValue()).toBe('');
  await page.getByText(`× ${before + 1} colonnes`).waitFor();
  await screenshot(page, '1x-controle-nouveau-champ');

  // The preview shows the first 24 columns: the table's headers are read from the downloaded workbook.
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Télécharger le classeur (.xlsx)' }).click()]);
  const wb = await MemoryWorkbook.fromXlsx(await fs.readFile((await download.path())!));
  const headers = wb.table('Tableau_menages')!.headers;
  const at = headers.indexOf('Visite à domicile');
  expect(at).toBeGreaterThan(0);
  expect(headers[at + 1]).toBe('Commentaires et observations');
});
