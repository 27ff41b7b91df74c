/**
 * Chromium for the browser tests: CHROMIUM_PATH if set (e.g. Debian's /usr/bin/chromium), else the one
 * @sparticuz/chromium unpacks after `npm install` alone. Every page error or console error fails the test.
 */
import * as path from 'node:path';
import { promises as fs } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';

const FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

export async function launchBrowser(): Promise<Browser> {
  const override = process.env.CHROMIUM_PATH;
  if (override) return chromium.launch({ executablePath: override, args: FLAGS, headless: true });
  const sparticuz = (await import('@sparticuz/chromium')).default;
  return chromium.launch({ executablePath: await sparticuz.executablePath(), args: [...sparticuz.args, ...FLAGS], headless: true });
}

export interface WatchedPage {
  readonly page: Page;
  /** Uncaught page errors and console errors seen so far. */
  readonly errors: string[];
}

export async function openDemo(browser: Browser): Promise<WatchedPage> {
  const url = process.env.RIME_DEMO_URL;
  if (!url) throw new Error('RIME_DEMO_URL is not set: the e2e global set-up did not run.');
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console: ${m.text()}`);
  });
  await page.goto(url);
  return { page, errors };
}

/** Saves a screenshot under test-output/screenshots (not committed) so a person can look. */
export async function screenshot(page: Page, name: string): Promise<void> {
  const dir = path.resolve(__dirname, '../../../test-output/screenshots');
  await fs.mkdir(dir, { recursive: true });
  await page.screenshot({ path: path.join(dir, `${name}.png`), fullPage: true });
}
