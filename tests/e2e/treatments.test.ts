/**
 * Browser tests of « Traitements » in the demo: one automatic treatment (Ménages relogés en ZUS) and one
 * manual sort built in the criteria builder each add a result sheet tab and a block to
 * Tableaux_comparaisons; « Efface dernier tri » removes the last block. No page or console error.
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
});

afterAll(async () => {
  await browser?.close();
});

afterEach(() => {
  expect(demo.errors).toEqual([]);
});

const outcome = () => demo.page.getByTestId('outcome');
const pane = () => demo.page.getByRole('main', { name: 'RIME – Suivi des relogements' });

/** The text of row `row` (1-based) of the previewed sheet. */
async function previewRow(sheet: string, row: number): Promise<string[]> {
  const { page } = demo;
  await page.getByRole('tab', { name: sheet, exact: true }).click();
  const cells = page.getByTestId('preview-grid').locator('tr').nth(row - 1).locator('td');
  return (await cells.allInnerTexts()).slice(1).map((t) => t.trim());
}

test('the « Traitements » section lists the 22 populations, fits 320 px and has labelled controls', async () => {
  const { page } = demo;
  await page.getByRole('button', { name: 'Traitements' }).click();
  await pane().getByRole('button', { name: 'Tout lancer (22 populations)' }).waitFor();
  for (const label of ['Ensemble des ménages à reloger / relogés', 'Ménages relogés en ZUS', 'Autres ménages relogés (au-dessus des plafonds PLUS)']) {
    await pane().getByRole('button', { name: label, exact: true }).waitFor();
  }
  expect(await pane().getByRole('combobox', { name: 'Périmètre (opérations)' }).innerText()).toContain('Tout');
  await pane().getByRole('combobox', { name: 'Colonne' }).waitFor();
  await pane().getByRole('combobox', { name: 'Opérateur' }).waitFor();
  const width = await pane().evaluate((el) => el.scrollWidth);
  expect(width).toBeLessThanOrEqual(320);
  // axe-core on the pane with the section open: every control labelled, no serious or critical violation.
  await page.addScriptTag({ path: require.resolve('axe-core/axe.min.js') });
  const violations = await pane().evaluate(async (el) => {
    type Axe = { run: (ctx: Element, opts: object) => Promise<{ violations: { id: string; impact: string | null }[] }> };
    const result = await (window as unknown as { axe: Axe }).axe.run(el, { resultTypes: ['violations'] });
    return result.violations.map((v) => `${v.id} (${v.impact})`);
  });
  expect(violations.filter((v) => /serious|critical/.test(v))).toEqual([]);
  await screenshot(page, '2x-traitements-section');
});

test('« Ménages relogés en ZUS »: the result sheet tab and its block in Tableaux_comparaisons appear', async () => {
  const { page } = demo;
  await pane().getByRole('button', { name: 'Ménages relogés en ZUS', exact: true }).click();
  await outcome().getByText('Feuille « Résultats relogés en ZUS » créée').waitFor({ timeout: 60000 });
  const text = await outcome().innerText();
  expect(text).toContain('Ménages relogés en ZUS — Toutes les opérations (Tout)');
  expect(text).toMatch(/N = \d+ ménages, dont \d+ relogés\./);
  expect(text).toContain('Tri à plat ajouté à « Tableaux_comparaisons » (tableau n° 1)');
  await page.getByRole('tab', { name: 'Résultats relogés en ZUS', exact: true }).waitFor();
  expect((await previewRow('Résultats relogés en ZUS', 1))[0]).toBe('Résultats : Ménages relogés en ZUS');
  // Row 2 of Tableaux_comparaisons: each block's population, from column C.
  expect((await previewRow('Tableaux_comparaisons', 2)).slice(2).filter((t) => t !== '')).toEqual(['Ménages relogés en ZUS']);
  await screenshot(page, '2x-traitement-zus');
});

test('a manual sort built in the criteria builder: French sentence, result sheet, second block', async () => {
  const { page } = demo;
  const choose = async (combobox: string, option: string) => {
    await pane().getByRole('combobox', { name: combobox }).click();
    await page.getByRole('option', { name: option, exact: true }).click();
  };
  await choose('Colonne', 'Relogement');
  expect(await pane().getByRole('combobox', { name: 'Opérateur' }).innerText()).toBe('est');
  await choose('Valeur', 'OUI – Ménage relogé');
  await pane().getByRole('button', { name: 'Ajouter le critère' }).click();
  await choose('Colonne', "Taux d'effort après (en %)");
  await choose('Opérateur', '> (supérieur à)');
  // A word instead of a number is refused in French; the criterion is not added.
  await pane().getByRole('textbox', { name: 'Valeur (en %)' }).fill('trente');
  await pane().getByRole('button', { name: 'Ajouter le critère' }).click();
  await pane().getByText("« trente » n'est pas un nombre").waitFor();
  await pane().getByRole('textbox', { name: 'Valeur (en %)' }).fill('30');
  await pane().getByRole('button', { name: 'Ajouter le critère' }).click();
  const sentence = "Ménages relogés et dont le taux d'effort après > 30 %";
  expect(await page.getByTestId('criteria-sentence').innerText()).toContain(sentence);
  expect(await pane().getByRole('list', { name: 'Critères du tri' }).getByRole('listitem').count()).toBe(2);
  await screenshot(page, '2x-criteres');

  await pane().getByRole('button', { name: 'Lancer le tri' }).click();
  await outcome().getByText(/^Feuille « Résultats .* » créée$/).waitFor({ timeout: 60000 });
  const text = await outcome().innerText();
  expect(text).toContain(`${sentence} — Toutes les opérations (Tout)`);
  expect(text).toContain('(tableau n° 2)');
  const sheet = /Feuille « (Résultats [^»]*) » créée/.exec(text)![1];
  await page.getByRole('tab', { name: sheet, exact: true }).waitFor();
  expect((await previewRow(sheet, 1))[0]).toBe(`Résultats : ${sentence}`);
  expect((await previewRow('Tableaux_comparaisons', 2)).slice(2).filter((t) => t !== '')).toEqual(['Ménages relogés en ZUS', sentence]);
  await screenshot(page, '2x-tri-manuel');
});

test('the criteria saved under a name are listed and run again as a third block', async () => {
  const { page } = demo;
  await pane().getByRole('textbox', { name: 'Nom pour enregistrer ces critères' }).fill('Effort après > 30');
  await pane().getByRole('button', { name: 'Enregistrer les critères' }).click();
  await outcome().getByText('Critères « Effort après > 30 » enregistrés').waitFor({ timeout: 30000 });
  const saved = pane().getByRole('list', { name: 'Critères enregistrés' });
  await saved.getByText("Ménages relogés et dont le taux d'effort après > 30 %").waitFor();
  await saved.getByRole('button', { name: 'Lancer « Effort après > 30 »' }).click();
  await outcome().getByText('Feuille « Résultats effort après > 30 » créée').waitFor({ timeout: 60000 });
  expect(await outcome().innerText()).toContain('(tableau n° 3)');
  expect((await previewRow('Tableaux_comparaisons', 2)).slice(2).filter((t) => t !== '')).toEqual([
    'Ménages relogés en ZUS', "Ménages relogés et dont le taux d'effort après > 30 %", 'Effort après > 30',
  ]);
  await screenshot(page, '2x-criteres-enregistres');
});

test('« Efface dernier tri » removes the last block only; the result sheets stay', async () => {
  const { page } = demo;
  await pane().getByRole('button', { name: 'Efface dernier tri' }).click();
  await outcome().getByText('Dernier tri effacé').waitFor({ timeout: 30000 });
  expect(await outcome().innerText()).toContain('Tableau « Effort après > 30 » retiré');
  expect(await outcome().innerText()).toContain('2 tableaux restent');
  expect((await previewRow('Tableaux_comparaisons', 2)).slice(2).filter((t) => t !== '')).toEqual([
    'Ménages relogés en ZUS', "Ménages relogés et dont le taux d'effort après > 30 %",
  ]);
  await page.getByRole('tab', { name: 'Résultats effort après > 30', exact: true }).waitFor();
  await page.getByRole('tab', { name: 'Résultats relogés en ZUS', exact: true }).waitFor();
  await screenshot(page, '2x-efface-dernier-tri');
});

test('« Tout lancer » on one chosen operation: 22 result sheets for that operation', async () => {
  const { page } = demo;
  await pane().getByRole('combobox', { name: 'Périmètre (opérations)' }).click();
  // A multi-select list: its options are menu item checkboxes.
  const options = page.getByRole('menuitemcheckbox');
  expect(await options.first().innerText()).toBe('Tout (toutes les opérations)');
  const operation = (await options.nth(1).innerText()).trim();
  await options.nth(1).click();
  await page.keyboard.press('Escape');
  expect(await pane().getByRole('combobox', { name: 'Périmètre (opérations)' }).innerText()).toBe(operation);
  await pane().getByRole('button', { name: 'Tout lancer (22 populations)' }).click();
  await outcome().getByText('22 feuilles de résultats créées').waitFor({ timeout: 120000 });
  const text = await outcome().innerText();
  expect(text).toContain(`Opération : ${operation}`);
  expect(text).toContain('22 tris à plat ajoutés à « Tableaux_comparaisons ».');
  // The names already taken by the first treatments get a « (2) ».
  await page.getByRole('tab', { name: 'Résultats relogés en ZUS (2)', exact: true }).waitFor();
  await page.getByRole('tab', { name: 'Résultats ANRU autres', exact: true }).waitFor();
  expect((await previewRow('Résultats ANRU autres', 2)).slice(0, 2)).toEqual(['Périmètre', `Opération : ${operation}`]);
  await screenshot(page, '2x-tout-lancer-operation');
});
