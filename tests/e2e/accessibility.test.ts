/** Accessibility of the task pane (axe-core): no serious or critical violation, and it fits a 320 px pane. */
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

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

test('the pane has no serious or critical axe violation', async () => {
  const { page } = demo;
  await page.addScriptTag({ path: require.resolve('axe-core/axe.min.js') });
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: Element, opts: object) => Promise<{ violations: AxeViolation[] }> } }).axe;
    const pane = document.querySelector('main[aria-label="RIME – Suivi des relogements"]')!;
    const result = await axe.run(pane, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => n.target.join(' ')) }));
  });
  expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
  expect(demo.errors).toEqual([]);
});

test('the pane fits 320 px without horizontal scrolling and is reachable with the keyboard', async () => {
  const { page } = demo;
  const width = await page.evaluate(() => {
    const pane = document.querySelector('main[aria-label="RIME – Suivi des relogements"]') as HTMLElement;
    return pane.scrollWidth;
  });
  expect(width).toBeLessThanOrEqual(320);
  await page.getByRole('button', { name: 'Préparer le classeur' }).focus();
  await page.keyboard.press('Tab');
  const focused = await page.evaluate(() => document.activeElement?.textContent ?? '');
  expect(focused).toContain('Valider la liste des opérations');
  await screenshot(page, '06-volet-320px');
  expect(demo.errors).toEqual([]);
});
