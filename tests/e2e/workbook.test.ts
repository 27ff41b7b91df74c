/**
 * Browser tests of the demo (issue 5): Préparer le classeur, rien à changer, operations validated, a refused
 * delete with its message; no page or console error; screenshots in test-output/screenshots.
 */
import type { Browser } from 'playwright-core';
import { launchBrowser, openDemo, screenshot, type WatchedPage } from './setup/browser';

let browser: Browser;
let demo: WatchedPage;

beforeAll(async () => {
  browser = await launchBrowser();
  demo = await openDemo(browser);
  await demo.page.getByRole('button', { name: 'Préparer le classeur' }).waitFor({ timeout: 30000 });
});

afterAll(async () => {
  await browser?.close();
});

afterEach(() => {
  expect(demo.errors).toEqual([]);
});

const outcome = () => demo.page.getByTestId('outcome');

test('the demo opens on the old RIME file: the pane and the preview are shown', async () => {
  const { page } = demo;
  await expect(page.getByRole('heading', { name: 'RIME – Suivi des relogements' })).toBeTruthy();
  await page.getByRole('tab', { name: 'Tableau_de_saisie' }).waitFor();
  await page.getByRole('tab', { name: 'liste_opération' }).waitFor();
  expect(await page.getByRole('tab').allInnerTexts()).toEqual(['liste_opération', 'Tableau_de_saisie']);
  expect(await page.getByTestId('preview-grid').innerText()).toContain('Résidence');
  await screenshot(page, '01-ouverture');
});

test('« Préparer le classeur » upgrades the workbook: new sheets in the preview and a success message', async () => {
  const { page } = demo;
  await page.getByRole('button', { name: 'Préparer le classeur' }).click();
  await outcome().getByText('Classeur préparé').waitFor({ timeout: 60000 });
  for (const sheet of ['Tableau_de_saisie', 'liste_opération', 'Paramètres', 'Tableau des variables', 'Explication', 'Listes']) {
    await page.getByRole('tab', { name: sheet, exact: true }).waitFor();
  }
  expect(await outcome().innerText()).toContain('convertie en tableau Excel');
  await screenshot(page, '02-classeur-prepare');
});

test('a second « Préparer le classeur » says there is nothing to change', async () => {
  const { page } = demo;
  await page.getByRole('button', { name: 'Préparer le classeur' }).click();
  await outcome().getByText('rien à changer').waitFor({ timeout: 60000 });
  await screenshot(page, '03-rien-a-changer');
});

test('« Valider la liste des opérations » sorts the operations and refreshes Tout', async () => {
  const { page } = demo;
  await page.getByRole('button', { name: 'Valider la liste des opérations' }).click();
  await outcome().getByText(/Liste des opérations/).waitFor({ timeout: 30000 });
  await page.getByRole('tab', { name: 'liste_opération', exact: true }).click();
  const grid = page.getByTestId('preview-grid');
  await grid.getByText('Tout', { exact: true }).waitFor();
  await screenshot(page, '04-operations-validees');
});

test('deleting an operation that still has households is refused, naming them', async () => {
  const { page } = demo;
  await page.getByRole('combobox', { name: 'Opération à supprimer' }).click();
  await page.getByRole('option').first().click();
  await page.getByRole('button', { name: 'Supprimer une opération' }).click();
  const bar = outcome();
  await bar.getByText('échec').waitFor({ timeout: 30000 });
  expect(await bar.innerText()).toMatch(/ménage/);
  await screenshot(page, '05-suppression-refusee');
});

test('« Paramètres »: the bailleur and the SMIC table are saved to the Paramètres sheet', async () => {
  const { page } = demo;
  await page.getByRole('button', { name: 'Paramètres' }).click();
  const bailleur = page.getByRole('textbox', { name: /Bailleur/ });
  await bailleur.fill('Habitat Essai');
  await page.getByRole('button', { name: 'Enregistrer les paramètres' }).click();
  await outcome().getByText('Paramètres enregistrés').waitFor({ timeout: 30000 });
  await page.getByRole('tab', { name: 'Paramètres', exact: true }).click();
  await page.getByTestId('preview-grid').getByText('Habitat Essai', { exact: true }).first().waitFor();
  await screenshot(page, '07-parametres');
});
