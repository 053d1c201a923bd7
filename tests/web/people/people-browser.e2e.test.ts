/**
 * The people pages in Debian's Chromium over real HTTP, on the demo ledger: a reader finds Cllr
 * Hancock by the form of his name the 2016 minutes' attendance list uses, opens his page from the
 * list and from the meeting page's attendance, and each page passes axe (WCAG 2.2 AA tags) at desktop
 * and mobile widths; screenshots go to docs/screenshots/. Skipped, with the reason printed, without Chromium.
 */
import { mkdirSync } from 'node:fs';
import type { FastifyInstance } from 'fastify';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { buildApp } from '../../../src/api/app.js';
import { importFixtures } from '../../../src/cli/fixtures.js';
import { openLedger, type Ledger } from '../../../src/compose.js';
import { Config } from '../../../src/config.js';
import { browserMissing, launchChromium } from '../browser/demo-server.js';
import { wcagViolations } from '../wcag.js';

const missing = browserMissing();
if (missing) console.warn(`Skipping the people browser tests: ${missing}`);

const SCREENSHOTS = new URL('../../../docs/screenshots/', import.meta.url);
const MOBILE = { width: 375, height: 812 };

describe.skipIf(missing !== undefined)('the people pages in a real browser', () => {
  let ledger: Ledger;
  let app: FastifyInstance;
  let url: string;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    ledger = await openLedger(Config.parse({ store: 'memory:' }));
    await importFixtures(ledger, { illustrative: true });
    app = await buildApp(ledger);
    url = await app.listen({ port: 0, host: '127.0.0.1' });
    browser = await launchChromium();
    mkdirSync(SCREENSHOTS, { recursive: true });
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await app?.close();
    await ledger?.close();
  });
  beforeEach(async () => {
    page = await (await browser.newContext()).newPage();
  });
  afterEach(async () => {
    await page.context().close();
  });

  const follow = async (target: Locator) => {
    await Promise.all([page.waitForEvent('load'), target.click()]);
  };
  /** axe at desktop width, a screenshot, then the same at mobile width. */
  const checkBoth = async (name: string) => {
    expect(await wcagViolations(page, `${name} at desktop width`)).toEqual([]);
    await page.screenshot({ path: new URL(`${name}-desktop.png`, SCREENSHOTS).pathname, fullPage: true });
    const viewport = page.viewportSize();
    await page.setViewportSize(MOBILE);
    expect(await wcagViolations(page, `${name} at mobile width`)).toEqual([]);
    await page.screenshot({ path: new URL(`${name}-mobile.png`, SCREENSHOTS).pathname, fullPage: true });
    if (viewport) await page.setViewportSize(viewport);
  };

  it('searches the directory by another form of a name and opens the person', { timeout: 240_000 }, async () => {
    await page.goto(`${url}/`);
    await follow(page.getByRole('link', { name: 'People', exact: true }));
    await checkBoth('people');
    await page.getByLabel('Name').fill('Cllr Christopher Hancock');
    await follow(page.getByRole('button', { name: 'Search' }));
    expect(
      await page
        .locator('h2')
        .filter({ hasText: /person/ })
        .first()
        .innerText(),
    ).toBe('1 person');
    await follow(page.getByRole('link', { name: 'Cllr Chris Hancock' }));
    expect(await page.locator('h1').innerText()).toBe('Cllr Chris Hancock');
    const body = await page.locator('main').innerText();
    expect(body).toContain('Cllr Christopher Hancock');
    expect(body).toContain('Cotswold District Council');
    await checkBoth('person');
  });

  it("opens a person from the meeting page's attendance", { timeout: 120_000 }, async () => {
    await page.goto(`${url}/meetings/lg-2016-10-27`);
    await follow(page.getByRole('link', { name: 'Cllr Christopher Hancock' }));
    expect(page.url()).toBe(`${url}/people/chris-hancock`);
    await page.goto(`${url}/meetings/lg-2016-10-27`);
    await follow(page.getByRole('link', { name: 'Cllr Paul James' }).first());
    expect(await page.locator('main').innerText()).toContain(
      'Sent apologies, Cllr Dave Norman attended in their place',
    );
  });
});
