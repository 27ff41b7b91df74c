/**
 * Browser tests of the demo (issue 5): Préparer le classeur (and its row in the history), rien à changer, operations validated, a refused
 * delete with its message, Paramètres (bailleur, points d'étape trimestriels); no page or console error;
 * screenshots in test-output/screenshots.
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
  // The action logs itself: one row in « Historique des modifications » (no name given yet in « Suivi »).
  await page.getByRole('tab', { name: 'Historique des modifications', exact: true }).click();
  const grid = page.getByTestId('preview-grid');
  await grid.getByText('Préparer le classeur', { exact: true }).waitFor();
  const row = grid.locator('tr', { hasText: 'Préparer le classeur' });
  expect(await row.count()).toBe(1);
  expect(await row.innerText()).toContain('(non renseigné)');
  expect(await row.innerText()).toContain(
    'Classeur préparé : plage de la feuille « Tableau_de_saisie » convertie en tableau Excel Tableau_menages ; ' +
      '4 feuilles créées (Paramètres, Tableau des variables, Explication, Listes) ; 18 colonnes du catalogue ajoutées ; ' +
      '300 ménages, 4 opérations.',
  );
  await screenshot(page, '02b-historique-preparer');
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

test('« Points d\'étape » in Paramètres: Trimestriel 2028, Appliquer, the four dates on the Paramètres sheet', async () => {
  const { page } = demo;
  const current = page.getByTestId('milestone-dates');
  // Préparer wrote the circular's eight month ends of the current year.
  await current.getByText(/^Dates actuelles \(8\) : 31\/01\/\d{4}, 30\/04\/\d{4}, .*, 31\/12\/\d{4}\.$/).waitFor({ timeout: 30000 });
  const year = page.getByRole('textbox', { name: "Année des points d'étape" });
  expect(await year.inputValue()).toBe(String(new Date().getFullYear()));
  await page.getByRole('radio', { name: 'Trimestriel (4)' }).check();
  await year.fill('2028');
  await page.getByText('Les dates peuvent aussi être modifiées directement dans la feuille Paramètres', { exact: false }).waitFor();
  // « Suivi » open at the same time: its default date follows the new dates after the action.
  await page.getByRole('button', { name: 'Suivi', exact: true }).click();
  const close = page.getByLabel("Point d'étape à clore");
  await page.waitForFunction(() => (document.querySelector('input[type="date"]') as HTMLInputElement | null)?.value !== '');
  await page.getByRole('button', { name: 'Appliquer', exact: true }).click();
  await outcome().getByText("Points d'étape enregistrés").waitFor({ timeout: 30000 });
  expect(await outcome().innerText()).toContain(
    'Calendrier trimestriel 2028 : 4 dates, du 31/03/2028 au 31/12/2028, écrites dans la feuille « Paramètres » (E11:F14).',
  );
  await current.getByText('Dates actuelles (4) : 31/03/2028, 30/06/2028, 30/09/2028, 31/12/2028.').waitFor({ timeout: 30000 });
  // The next quarter end of this year (the dates of Paramètres repeat each year).
  const now = new Date();
  const end = new Date(now.getFullYear(), Math.ceil((now.getMonth() + 1) / 3) * 3, 0);
  const iso = `${end.getFullYear()}-${String(end.getMonth() + 1).padStart(2, '0')}-${String(end.getDate()).padStart(2, '0')}`;
  await page.waitForFunction((v) => (document.querySelector('input[type="date"]') as HTMLInputElement | null)?.value === v, iso);
  expect(await close.inputValue()).toBe(iso);
  await page.getByRole('tab', { name: 'Paramètres', exact: true }).click();
  const grid = page.getByTestId('preview-grid');
  for (const date of ['31/03/2028', '30/06/2028', '30/09/2028', '31/12/2028']) {
    await grid.getByText(date, { exact: true }).waitFor();
  }
  // The old dates of the list are gone from the sheet.
  expect(await grid.getByText(/^31\/01\/\d{4}$/).count()).toBe(0);
  await screenshot(page, '08-points-etape-trimestriels');
});
