/**
 * Browser tests of « Exports » in the demo: FAT sheets for one operation and for Tout, the ANRU export in
 * a new sheet (the demo has no Excel.createWorkbook), hiding and showing the identifying columns; no page
 * or console error; screenshots in test-output/screenshots.
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
  await page.getByTestId('outcome').getByText('Classeur préparé').waitFor({ timeout: 60000 });
  await page.getByRole('button', { name: 'Exports' }).click();
  await page.getByRole('button', { name: 'Fiche FAT démolition' }).waitFor();
});

afterAll(async () => {
  await browser?.close();
});

afterEach(() => {
  expect(demo.errors).toEqual([]);
});

const outcome = () => demo.page.getByTestId('outcome');
const tabs = () => demo.page.getByRole('tablist', { name: 'Feuilles du classeur' }).getByRole('tab');

/** The sheet named in the outcome's title (« … feuille « NAME » »). */
async function sheetInTitle(): Promise<string> {
  const text = await outcome().innerText();
  const m = /feuille « (.+?) »/.exec(text);
  if (!m) throw new Error(`no sheet in « ${text} »`);
  return m[1];
}

test('the section lists Tout then the four operations of liste_opération', async () => {
  const { page } = demo;
  const combo = page.getByRole('combobox', { name: 'Opération', exact: true });
  expect(await combo.innerText()).toContain('Tout');
  await combo.click();
  const options = await page.getByRole('option').allInnerTexts();
  expect(options[0]).toBe('Tout');
  expect(options).toHaveLength(5);
  await page.keyboard.press('Escape');
  await screenshot(page, '30-exports-section');
});

test('« Fiche FAT démolition » for one operation, then for Tout: two FAT tabs and their messages', async () => {
  const { page } = demo;
  await page.getByRole('combobox', { name: 'Opération', exact: true }).click();
  const option = page.getByRole('option').nth(1);
  const name = await option.innerText();
  await option.click();
  await page.getByRole('button', { name: 'Fiche FAT démolition' }).click();
  await outcome().getByText('Fiche FAT créée').waitFor({ timeout: 60000 });
  const one = await sheetInTitle();
  expect(one.startsWith('FAT ')).toBe(true);
  expect(`FAT ${name}`.startsWith(one.replace(/ \(\d+\)$/, ''))).toBe(true);
  expect(await outcome().innerText()).toMatch(/\d+ ménages dans le périmètre, dont \d+ relogés/);
  await demo.page.getByRole('tab', { name: one, exact: true }).waitFor();
  await screenshot(page, '31-fat-operation');

  await page.getByRole('combobox', { name: 'Opération', exact: true }).click();
  await page.getByRole('option', { name: 'Tout' }).click();
  await page.getByRole('button', { name: 'Fiche FAT démolition' }).click();
  await outcome().getByText('Fiche FAT créée : feuille « FAT Tout »').waitFor({ timeout: 60000 });
  // The demo holds 300 households.
  expect(await outcome().innerText()).toContain('300 ménages dans le périmètre');
  await demo.page.getByRole('tab', { name: 'FAT Tout', exact: true }).click();
  expect(await page.getByTestId('preview-grid').innerText()).toContain('TOTAL des ménages relogés');
  const names = await tabs().allInnerTexts();
  expect(names).toEqual(expect.arrayContaining([one, 'FAT Tout']));
  await screenshot(page, '32-fat-tout');
});

test('« Exportation données ANRU » writes a new sheet and says how many households left', async () => {
  const { page } = demo;
  const before = await tabs().allInnerTexts();
  await page.getByRole('button', { name: 'Exportation données ANRU' }).click();
  await outcome().getByText('Exportation données ANRU : feuille').waitFor({ timeout: 60000 });
  const sheet = await sheetInTitle();
  expect(sheet).toBe('Export ANRU Tout');
  expect(before).not.toContain(sheet);
  expect(await outcome().innerText()).toContain('300 ménages exportés');
  await demo.page.getByRole('tab', { name: sheet, exact: true }).click();
  const grid = await page.getByTestId('preview-grid').innerText();
  expect(grid).toContain('Exportation données ANRU');
  expect(grid).not.toContain('Nom du chef de ménage');
  await screenshot(page, '33-export-anru');
});

test('the switch hides then shows the identifying columns, with a success message each time', async () => {
  const { page } = demo;
  const toggle = page.getByRole('switch', { name: 'Masquer / afficher les colonnes identifiantes' });
  expect(await toggle.isChecked()).toBe(false);
  await toggle.click();
  await outcome().getByText('Colonnes identifiantes masquées').waitFor({ timeout: 30000 });
  expect(await outcome().innerText()).toContain('Nom du chef de ménage');
  await page.waitForFunction(() => {
    const el = document.querySelector('input[role="switch"]') as HTMLInputElement | null;
    return el?.checked === true && !el.disabled;
  });
  await screenshot(page, '34-colonnes-masquees');
  await toggle.click();
  await outcome().getByText('Colonnes identifiantes affichées').waitFor({ timeout: 30000 });
  await page.waitForFunction(() => {
    const el = document.querySelector('input[role="switch"]') as HTMLInputElement | null;
    return el?.checked === false && !el.disabled;
  });
  await screenshot(page, '35-colonnes-affichees');
});
