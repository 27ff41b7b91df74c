/**
 * Browser tests of « Suivi » in the demo: the name for the history, closing a milestone (then the
 * French question and « Confirmer »), the « Points d'étape » sheet in the preview, the completeness
 * list and « aller à la colonne »; no page or console error; screenshots in test-output/screenshots.
 */
import type { Browser } from 'playwright-core';
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

test('« Clore le point d\'étape »: a success message and the « Points d\'étape » sheet in the preview', async () => {
  const { page } = demo;
  const date = page.getByLabel("Point d'étape à clore");
  // Defaults to the next milestone of Paramètres (a date is there once the section has read it).
  await page.waitForFunction(() => (document.querySelector('input[type="date"]') as HTMLInputElement | null)?.value !== '');
  expect(await date.inputValue()).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  await date.fill('2026-10-31');
  await page.getByRole('button', { name: "Clore le point d'étape" }).click();
  await outcome().getByText("Point d'étape du 31/10/2026 clos").waitFor({ timeout: 60000 });
  expect(await outcome().innerText()).toMatch(/Tout : \d+ relogés, \d+ à reloger, \d+ départs spontanés sur 300 ménages/);
  await page.getByRole('tab', { name: "Points d'étape", exact: true }).click();
  const grid = page.getByTestId('preview-grid');
  await grid.getByText(/^Point d'étape du 31\/10\/2026 — clos le .* par Marie Dupont$/).waitFor();
  await page.getByRole('tab', { name: 'Historique des modifications', exact: true }).waitFor();
  await screenshot(page, '42-point-etape-clos');
});

test('a second closing of the same milestone asks the French question; « Confirmer » records it', async () => {
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
  const grid = page.getByTestId('preview-grid');
  await page.getByRole('tab', { name: "Points d'étape", exact: true }).click();
  expect(await grid.getByText(/^Point d'étape du 31\/10\/2026 — clos le/).count()).toBe(2);
  await screenshot(page, '44-point-etape-confirme');
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
