/**
 * The workspace in Debian's Chromium over real HTTP, on the demo ledger: the clerk uploads the
 * illustrative third meeting with a mistake, fixes it, previews and confirms; the finance officer
 * records a receipt and sees the reconciliation change; a reader sees no forms. axe (WCAG 2.2 AA
 * tags) on every form, the preview and the error states; no Content Security Policy violation on
 * any page; screenshots into docs/screenshots/. Skipped, with the reason printed, without Chromium.
 */
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import type { FastifyInstance } from 'fastify';
import { chromium, type Browser, type Locator, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { buildApp } from '../../../src/api/app.js';
import type { TokenRole } from '../../../src/api/auth/token-store.js';
import { importFixtures } from '../../../src/cli/fixtures.js';
import { openLedger, type Ledger } from '../../../src/compose.js';
import { Config } from '../../../src/config.js';
import { wcagViolations } from '../wcag.js';

const CHROMIUM = '/usr/bin/chromium';
const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
const missing = existsSync(CHROMIUM)
  ? undefined
  : `${CHROMIUM} is missing: install Debian's chromium (apt-get install chromium) to run the browser tests`;
if (missing) console.warn(`Skipping the workspace browser tests: ${missing}`);

const SCREENSHOTS = new URL('../../../docs/screenshots/', import.meta.url);
const THIRD = readFileSync(new URL('./files/lg-2018-07-26.yaml', import.meta.url), 'utf8');
const BROKEN = THIRD.replace(
  '  - number: "2"\n    title: Vision 2050 steering group (illustrative)\n',
  '  - number: "2"\n',
);

describe.skipIf(missing !== undefined)('the workspace in a real browser', () => {
  let ledger: Ledger;
  let app: FastifyInstance;
  let url: string;
  let browser: Browser;
  let page: Page;
  let violations: string[];
  const tokens = {} as Record<TokenRole, string>;

  beforeAll(async () => {
    ledger = await openLedger(Config.parse({ store: 'memory:' }));
    await importFixtures(ledger);
    for (const role of ['clerk', 'finance', 'reader'] as const)
      tokens[role] = ledger.tokens.create(`${role}-officer`, role, new Date());
    app = await buildApp(ledger);
    url = await app.listen({ port: 0, host: '127.0.0.1' });
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS, headless: true });
    mkdirSync(SCREENSHOTS, { recursive: true });
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await app?.close();
    await ledger?.close();
  });
  beforeEach(async () => {
    page = await (await browser.newContext()).newPage();
    violations = [];
    page.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
    });
  });
  afterEach(async () => {
    expect(violations, 'Content Security Policy violations').toEqual([]);
    await page.context().close();
  });

  const follow = async (target: Locator) => {
    await Promise.all([page.waitForEvent('load'), target.click()]);
  };
  const axe = async (state: string) => {
    expect(await wcagViolations(page, state)).toEqual([]);
  };
  const shoot = (name: string) =>
    page.screenshot({ path: new URL(`workspace-${name}.png`, SCREENSHOTS).pathname, fullPage: true });
  const signIn = async (role: TokenRole) => {
    await page.goto(`${url}/sign-in`);
    await page.getByLabel('Ledger token').fill(tokens[role]);
    await follow(page.getByRole('button', { name: 'Sign in' }));
    expect(await page.locator('#signed-in').innerText()).toContain(`(${role})`);
  };

  it(
    'the clerk uploads the third meeting with a mistake, sees the line, fixes it, previews, ' +
      'confirms and finds the meeting',
    { timeout: 240_000 },
    async () => {
      await page.goto(`${url}/sign-in`);
      await axe('sign-in');
      await shoot('sign-in');
      await signIn('clerk');
      await follow(page.getByRole('link', { name: 'Upload minutes and receipts' }));
      await axe('upload form');
      await shoot('upload');
      const files = page.getByLabel('Minutes and receipts files');
      await files.setInputFiles({
        name: 'lg-2018-07-26.yaml',
        mimeType: 'application/yaml',
        buffer: Buffer.from(BROKEN),
      });
      await follow(page.getByRole('button', { name: 'Check the files' }));
      const summary = page.locator('.govuk-error-summary');
      expect(await summary.innerText()).toMatch(
        /lg-2018-07-26\.yaml: document 1 \(Meeting lg-2018-07-26\), line \d+, items\.1\.title/,
      );
      await axe('upload refused');
      await shoot('upload-refused');
      await files.setInputFiles({
        name: 'lg-2018-07-26.yaml',
        mimeType: 'application/yaml',
        buffer: Buffer.from(THIRD),
      });
      await follow(page.getByRole('button', { name: 'Check the files' }));
      expect(await page.locator('h1').innerText()).toBe('Check what will be recorded');
      expect(await page.locator('main').innerText()).toContain('Vision 2050 steering group (illustrative)');
      await axe('preview');
      await shoot('preview');
      await follow(page.getByRole('button', { name: 'Confirm and record' }));
      expect(new URL(page.url()).pathname).toBe('/meetings/lg-2018-07-26');
      expect(await page.locator('.govuk-notification-banner').innerText()).toContain('The upload is recorded');
      expect(await page.locator('main').innerText()).toContain(
        "Illustrative: the board noted the steering group's first report.",
      );
      await axe('meeting after upload');
    },
  );

  it('the clerk records progress on an action, with the errors first', { timeout: 240_000 }, async () => {
    await signIn('clerk');
    await page.goto(`${url}/workspace`);
    await follow(
      page
        .getByRole('link', { name: /Record progress on Establish a steering group of Leadership Gloucestershire/ })
        .first(),
    );
    await axe('progress form');
    await shoot('progress');
    await follow(page.getByRole('button', { name: 'Record progress' }));
    expect(await page.locator('.govuk-error-summary').innerText()).toContain('Enter what has happened');
    await axe('progress errors');
    await shoot('progress-errors');
    await page.getByLabel('What has happened').fill('Steering group met; terms of reference drafted');
    await page.getByLabel('Amber: at risk').check();
    await follow(page.getByRole('button', { name: 'Record progress' }));
    expect(await page.locator('.govuk-notification-banner').innerText()).toContain('is recorded');
    expect(await page.locator('main').innerText()).toContain('Steering group met; terms of reference drafted');
  });

  it('the finance officer records a receipt and sees the reconciliation change', { timeout: 240_000 }, async () => {
    await signIn('finance');
    await page.goto(`${url}/funds/devolution-capacity`);
    const received = () =>
      page
        .locator('main')
        .innerText()
        .then((text) => /Received\s+(£[\d,]+)/.exec(text)?.[1]);
    const before = await received();
    await page.goto(`${url}/workspace`);
    await follow(page.getByRole('link', { name: 'Record a contribution received into Devolution capacity' }));
    await axe('contribution form');
    await shoot('contribution');
    await follow(page.getByRole('button', { name: 'Record the contribution' }));
    expect(await page.locator('.govuk-error-summary').innerText()).toContain('Select the organisation that paid');
    await axe('contribution errors');
    await shoot('contribution-errors');
    await page.getByLabel('Organisation that paid').selectOption({ label: 'Cotswold District Council' });
    await page.getByLabel('Amount received').fill('2,500');
    await page
      .getByLabel('Accept it even if it is more than the pledge still has outstanding (an overpayment)')
      .check();
    await page.getByLabel('Remittance reference').fill('CDC-0718');
    await follow(page.getByRole('button', { name: 'Record the contribution' }));
    expect(new URL(page.url()).pathname, await page.locator('main').innerText()).toBe('/funds/devolution-capacity');
    expect(await page.locator('.govuk-notification-banner').innerText()).toContain(
      'See the event in the audit history',
    );
    expect(await received()).not.toBe(before);
    expect(await page.locator('#main-content').innerText()).toContain('£2,500');
    await axe('fund after a receipt');
    await shoot('contribution-recorded');
    await follow(page.getByRole('link', { name: 'See the event in the audit history' }));
    expect(await page.locator('h1').innerText()).toBe('History of Devolution capacity');
  });

  it('the other forms and the start page pass axe, with their errors', { timeout: 240_000 }, async () => {
    await signIn('clerk');
    await page.goto(`${url}/workspace`);
    await axe('clerk start page');
    await shoot('start-clerk');
    await follow(page.getByRole('link', { name: /Extend the due date of Establish a steering group/ }).first());
    await axe('due-date form');
    await shoot('due-date');
    await follow(page.getByRole('button', { name: 'Extend the due date' }));
    expect(await page.locator('.govuk-error-summary').innerText()).toContain('Enter the new due date');
    await axe('due-date errors');
    await page.goto(`${url}/sign-out`);
    await follow(page.getByRole('button', { name: 'Sign out' }));
    await signIn('finance');
    await page.goto(`${url}/workspace`);
    await follow(
      page.getByRole('link', { name: /Withdraw the pledge of Office of the Police and Crime Commissioner/ }).first(),
    );
    await axe('withdrawal form');
    await shoot('withdrawal');
    await follow(page.getByRole('button', { name: 'Record the withdrawal' }));
    expect(await page.locator('.govuk-error-summary').innerText()).toContain('Enter why the partner withdrew');
    await axe('withdrawal errors');
  });

  it(
    "the clerk reassigns an action, schedules a meeting from its body's page, and opens a " +
      "decision's amendment and rescission",
    { timeout: 240_000 },
    async () => {
      await signIn('clerk');
      await page.goto(`${url}/workspace`);
      const reassign = page.getByRole('link', { name: /^Reassign Establish a steering group/ }).first();
      const actionId = /\/workspace\/actions\/([^/]+)\/reassignment/.exec((await reassign.getAttribute('href'))!)![1]!;
      await page.goto(`${url}/actions/${actionId}`);
      await follow(page.getByRole('button', { name: 'Reassign' }));
      await axe('reassignment form');
      await shoot('reassignment');
      await follow(page.getByRole('button', { name: 'Reassign the action' }));
      expect(await page.locator('.govuk-error-summary').innerText()).toContain(
        'Select whether a person, an organisation or a body now owns the action',
      );
      await axe('reassignment errors');
      await shoot('reassignment-errors');
      await page.getByLabel('A person').check();
      await page.getByLabel('Name, as the minutes give it').fill('Jane Smith');
      await page
        .getByLabel('The organisation they act for (optional)')
        .selectOption({ label: 'Gloucestershire County Council' });
      await follow(page.getByRole('button', { name: 'Reassign the action' }));
      expect(new URL(page.url()).pathname).toBe(`/actions/${actionId}`);
      expect(await page.locator('.govuk-notification-banner').innerText()).toContain('The new owner of');
      expect(await page.locator('main').innerText()).toContain('Jane Smith');

      await page.goto(`${url}/bodies/leadership-gloucestershire`);
      await follow(page.getByRole('button', { name: 'Schedule a meeting' }));
      await page.getByLabel('Day').first().fill('');
      await follow(page.getByRole('button', { name: 'Schedule the meeting' }));
      expect(await page.locator('.govuk-error-summary').innerText()).toContain('Enter the date of the meeting');
      await axe('meeting errors');
      await shoot('meeting-errors');
      const date = page.getByRole('group', { name: 'Date of the meeting' });
      await date.getByLabel('Day').fill('14');
      await date.getByLabel('Month').fill('3');
      await date.getByLabel('Year').fill('2019');
      await page.getByLabel('Venue (optional)').fill('Shire Hall, Gloucester');
      await axe('meeting form');
      await shoot('meeting');
      await follow(page.getByRole('button', { name: 'Schedule the meeting' }));
      expect(new URL(page.url()).pathname).toBe('/meetings/lg-2019-03-14');
      expect(await page.locator('.govuk-notification-banner').innerText()).toContain(
        'The meeting is in the calendar as lg-2019-03-14',
      );

      await page.goto(`${url}/decisions/lg-2016-10-27-item-3/c`);
      await follow(page.getByRole('button', { name: 'Amend this decision' }));
      await axe('amendment form');
      await shoot('amendment');
      await page.goto(`${url}/decisions/lg-2016-10-27-item-3/c`);
      await follow(page.getByRole('button', { name: 'Rescind this decision' }));
      await follow(page.getByRole('button', { name: 'Record the rescission' }));
      expect(await page.locator('.govuk-error-summary').innerText()).toContain(
        'Select the later meeting that made the change',
      );
      await axe('rescission errors');
      await shoot('rescission-errors');
    },
  );

  it(
    "the finance officer records a payment from the fund's page and settles a pledge's condition",
    { timeout: 240_000 },
    async () => {
      await signIn('finance');
      await page.goto(`${url}/workspace`);
      const payment = page.getByRole('link', { name: /^Record a payment for/ }).first();
      const fundId = /\/workspace\/funds\/([^/]+)\//.exec((await payment.getAttribute('href'))!)![1]!;
      await page.goto(`${url}/funds/${fundId}`);
      const paidOut = () =>
        page
          .locator('main')
          .innerText()
          .then((text) => /Paid out\s+(£[\d,]+)/.exec(text)?.[1]);
      const before = await paidOut();
      await follow(page.getByRole('link', { name: /^Record a payment/ }).first());
      await axe('payment form');
      await shoot('payment');
      await follow(page.getByRole('button', { name: 'Record the payment' }));
      expect(await page.locator('.govuk-error-summary').innerText()).toContain('Enter the amount paid');
      await axe('payment errors');
      await shoot('payment-errors');
      await page.getByLabel('Amount paid').fill('1,000');
      await page.getByLabel('Payment reference').fill('GCC-PAY-0001');
      await follow(page.getByRole('button', { name: 'Record the payment' }));
      expect(new URL(page.url()).pathname, await page.locator('main').innerText()).toBe(`/funds/${fundId}`);
      expect(await page.locator('.govuk-notification-banner').innerText()).toContain(
        'See the event in the audit history',
      );
      expect(await paidOut()).not.toBe(before);

      await page.goto(`${url}/workspace`);
      await follow(page.getByRole('link', { name: /^Settle the condition on the pledge of/ }).first());
      await axe('condition form');
      await shoot('condition');
      await follow(page.getByRole('button', { name: 'Record the condition as settled' }));
      expect(await page.locator('.govuk-error-summary').innerText()).toContain(
        'Select whether the condition was met or waived',
      );
      await axe('condition errors');
      await page.getByLabel('It was met').check();
      await page
        .getByLabel('How, or why it was waived')
        .fill('The chair confirmed the remit is covered by the public service reform work');
      await follow(page.getByRole('button', { name: 'Record the condition as settled' }));
      expect(await page.locator('.govuk-notification-banner').innerText()).toContain(
        'the pledge now counts as committed',
      );
    },
  );

  it('a reader signs in and sees no forms; the server refuses the form anyway', { timeout: 240_000 }, async () => {
    await signIn('reader');
    await page.goto(`${url}/workspace`);
    expect(await page.locator('#no-forms').innerText()).toContain('no forms for you');
    expect(await page.locator('main form').count()).toBe(0);
    const refused = await page.goto(`${url}/workspace/funds/devolution-capacity/contribution`);
    expect(refused?.status()).toBe(403);
    await axe('refused');
  });
});
