/**
 * A journey per user on the demo data, in Debian's Chromium, through clicks rather than typed
 * addresses; axe on every page type (WCAG 2.2 AA tags); the register's filters and pagination by
 * keyboard alone. Skipped, with the reason printed, where Chromium is missing.
 */
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, afterEach, describe, expect, it } from 'vitest';
import { browserMissing, busyBoardServer, demoServer, launchChromium, type DemoServer } from './browser/demo-server.js';
import { wcagViolations } from './wcag.js';

const missing = browserMissing();
if (missing) console.warn(`Skipping the browser tests: ${missing}`);

// axe takes several seconds a page on a busy machine; a journey clicks through four or five pages.
describe.skipIf(missing !== undefined)('in a real browser', { timeout: 120_000 }, () => {
  let server: DemoServer;
  let browser: Browser;
  let page: Page;
  beforeAll(async () => {
    server = await demoServer();
    browser = await launchChromium();
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  beforeEach(async () => {
    // axe needs a page in a context of its own.
    page = await (await browser.newContext()).newPage();
  });
  afterEach(async () => {
    await page.context().close();
  });

  const main = () => page.locator('main');
  /** Clicks a link or button and waits for the page it leads to. */
  const follow = async (target: Locator) => {
    await Promise.all([page.waitForEvent('load'), target.click()]);
  };
  const textOf = (target: Locator) => target.first().innerText();
  const activeId = () => page.evaluate<string | undefined>('document.activeElement && document.activeElement.id');

  it(
    'the scrutiny officer searches "option 3", opens 3 a), and sees Stroud\'s concern and who ' + 'was absent',
    async () => {
      await page.goto(server.url);
      await follow(page.getByRole('link', { name: 'Decisions', exact: true }));
      await page.getByLabel('Search words').fill('option 3');
      await follow(page.getByRole('button', { name: 'Apply filters' }));
      expect(await textOf(page.locator('#results-count'))).toContain('matching “option 3”');
      await follow(page.getByRole('link', { name: '3 a) Community Safety Review' }));
      expect((await textOf(page.locator('h1'))).trim()).toBe('Minute 3 a) Community Safety Review');
      const positions = main().locator('table', { hasText: 'Stroud District Council' });
      expect(await textOf(positions)).toContain(
        'Concerns around the evidence base used in developing the new arrangements',
      );
      expect(await textOf(main())).toContain('Sent apologies');
      expect(await textOf(main())).toContain('Cllr Paul James (Gloucester City Council)');
    },
  );

  it(
    "the finance officer opens the devolution pot, reads what the PCC's conditional £10,000 " +
      'waits on and who still owes',
    async () => {
      await page.goto(server.url);
      await follow(page.getByRole('link', { name: 'Devolution capacity' }).first());
      expect((await textOf(page.locator('h1'))).trim()).toBe('Devolution capacity');
      const pcc = page.locator('#pledges tr', { hasText: 'Office of the Police and Crime Commissioner' });
      expect(await textOf(pcc)).toContain('£10,000');
      expect(await textOf(pcc)).toContain(
        'The remit of the Office of the Police and Crime Commissioner is included through public service reform',
      );
      expect(await textOf(pcc)).toContain('Waiting on its condition');
      expect(await main().locator('h3', { hasText: 'Who still owes' }).isVisible()).toBe(true);
      expect(await main().locator('svg.ledger-chart title').textContent()).toBe(
        'Pledged against received, per partner',
      );
    },
  );

  it("the auditor opens a fund's history with its hash chain, then views the register as at a past date", async () => {
    await page.goto(server.url);
    await follow(page.getByRole('link', { name: 'Funds', exact: true }));
    await follow(page.getByRole('link', { name: 'Devolution capacity' }));
    await follow(page.getByRole('link', { name: "The fund's history, every event with its hashes" }));
    expect((await textOf(page.locator('h1'))).trim()).toBe('History of Devolution capacity');
    expect(await textOf(main())).toContain('Intact');
    expect(await textOf(main())).toContain('0'.repeat(64));
    await follow(page.getByRole('link', { name: 'Decisions', exact: true }));
    await page.locator('summary', { hasText: 'Change the date' }).click();
    const asAt = page.getByRole('region', { name: 'Date of the ledger shown' });
    await asAt.getByLabel('Day').fill('31');
    await asAt.getByLabel('Month').fill('3');
    await asAt.getByLabel('Year').fill('2017');
    await follow(page.getByRole('button', { name: 'Show', exact: true }));
    expect((await textOf(page.locator('#as-at-statement'))).trim()).toBe(
      'As the ledger stood at the end of 31 March 2017',
    );
    expect(page.url()).toContain('asAt=2017-03-31');
    const json = (await (await page.request.get(`${server.url}/reports/decisions?asAt=2017-03-31`)).json()) as {
      decisions: unknown[];
    };
    expect((await textOf(page.locator('#results-count'))).trim()).toBe(
      `${json.decisions.length} decision${json.decisions.length === 1 ? '' : 's'}`,
    );
    await follow(page.getByRole('link', { name: 'Funds', exact: true }));
    expect(page.url()).toContain('asAt=2017-03-31');
  });

  it('a member of the public finds the next meeting of Leadership Gloucestershire', async () => {
    // The seed meetings are all past, so none is "next" today: a clerk first puts one in the calendar.
    const nextYear = new Date().getUTCFullYear() + 1;
    const meetingId = `lg-${nextYear}-01-14`;
    const outcome = await server.ledger.commands.run(
      {
        type: 'ScheduleMeeting',
        data: {
          meetingId,
          bodyId: 'leadership-gloucestershire',
          date: `${nextYear}-01-14`,
          venue: 'Shire Hall, Gloucester',
        },
      },
      { commandId: `schedule-${meetingId}`, actor: { id: 'clerk', role: 'clerk' } },
    );
    expect(outcome.status).toBe('accepted');
    await server.ledger.projections.catchUp();
    await page.goto(server.url);
    expect(
      await textOf(main().locator('h3', { hasText: 'Coming up' }).locator('xpath=following-sibling::ul[1]')),
    ).toContain(`14 January ${nextYear}`);
    await follow(page.getByRole('link', { name: 'Leadership Gloucestershire', exact: true }).first());
    expect((await textOf(page.locator('h1'))).trim()).toBe('Leadership Gloucestershire');
    await follow(page.locator('.govuk-inset-text', { hasText: 'Next meeting' }).getByRole('link'));
    expect((await textOf(page.locator('h1'))).trim()).toBe(`Leadership Gloucestershire, 14 January ${nextYear}`);
    expect(await textOf(main())).toContain('Shire Hall, Gloucester');
    expect(await textOf(main())).toContain('Scheduled');
  });

  it("works the register's filters and pagination with Tab and Enter alone", async () => {
    await page.goto(`${server.url}/decisions`);
    const focusOn = async (id: string) => {
      for (let presses = 0; presses < 150; presses++) {
        await page.keyboard.press('Tab');
        if ((await activeId()) === id) return;
      }
      throw new Error(`Tab never reached #${id}`);
    };
    await focusOn('status');
    await page.keyboard.press('ArrowDown');
    await focusOn('from-day');
    await page.keyboard.type('1');
    await page.keyboard.press('Tab');
    await page.keyboard.type('1');
    await page.keyboard.press('Tab');
    await page.keyboard.type('2018');
    await Promise.all([page.waitForEvent('load'), page.keyboard.press('Enter')]);
    expect(page.url()).toMatch(/\/decisions\?status=in-force&from=2018-01-01$/);
    const json = (await (
      await page.request.get(`${server.url}/reports/decisions?status=in-force&from=2018-01-01`)
    ).json()) as { decisions: unknown[] };
    expect(json.decisions.length).toBeGreaterThan(0);
    expect((await textOf(page.locator('#results-count'))).trim()).toBe(
      `${json.decisions.length} decision${json.decisions.length === 1 ? '' : 's'}`,
    );
    const busy = await busyBoardServer(8);
    try {
      await page.goto(`${busy.url}/decisions`);
      await focusOn('next-page');
      await Promise.all([page.waitForEvent('load'), page.keyboard.press('Enter')]);
      expect(page.url()).toMatch(/page=2/);
      expect((await textOf(page.locator('.govuk-pagination__item--current'))).trim()).toBe('2');
    } finally {
      await busy.close();
    }
  }, 240_000);

  it('prints a decision for committee papers without the navigation, forms and footer', async () => {
    await page.goto(`${server.url}/decisions/lg-2016-10-27-item-3/a`);
    await page.emulateMedia({ media: 'print' });
    for (const hidden of ['.govuk-service-navigation', '.govuk-footer', '.ledger-as-at form'])
      expect(await page.locator(hidden).first().isVisible(), hidden).toBe(false);
    expect(await page.locator('h1').isVisible()).toBe(true);
    expect(await page.locator('#as-at-statement').isVisible()).toBe(true);
  });

  const pageTypes = [
    '/',
    '/meetings/lg-2016-10-27',
    '/decisions',
    '/decisions?q=option+3&asAt=2030-01-01',
    '/decisions?from-day=40&from-month=1&from-year=2016',
    '/decisions/lg-2016-10-27-item-3/a',
    '/funds',
    '/funds/devolution-capacity',
    '/actions',
    '/actions/lg-2018-06-14-4-1',
    '/organisations/stroud-district-council',
    '/people?q=hancock',
    '/people/chris-hancock',
    '/bodies/leadership-gloucestershire',
    '/audit',
    '/audit/fund-devolution-capacity',
    '/accessibility',
    '/meetings/no-such-meeting',
  ];

  it.each(pageTypes)('%s has no WCAG 2.2 AA violations that axe finds', async (path) => {
    await page.goto(`${server.url}${path}`);
    expect(await wcagViolations(page, path)).toEqual([]);
  });
});
