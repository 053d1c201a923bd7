#!/usr/bin/env node
// Screenshots of every page type, at desktop and mobile widths, on the demo data (the seed
// meetings), written to docs/screenshots/. Run with `npm run screenshots` (builds first); needs
// Debian's Chromium at /usr/bin/chromium, as the browser tests do.
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { browserMissing, demoServer, launchChromium } = await import(join(root, 'dist/tests/web/browser/demo-server.js'));

const pages = [
  ['home', '/'],
  ['meeting', '/meetings/lg-2016-10-27'],
  ['decisions', '/decisions?q=option+3'],
  ['decisions-error', '/decisions?from-day=40&from-month=1&from-year=2016'],
  ['decision', '/decisions/lg-2016-10-27-item-3/a'],
  ['funds', '/funds'],
  ['fund', '/funds/devolution-capacity'],
  ['actions', '/actions?status=open'],
  ['action', '/actions/lg-2018-06-14-4-1'],
  ['organisation', '/organisations/stroud-district-council'],
  ['body', '/bodies/leadership-gloucestershire'],
  ['audit', '/audit'],
  ['audit-trail', '/audit/fund-devolution-capacity'],
  ['accessibility', '/accessibility'],
  ['not-found', '/meetings/lg-2099-01-01'],
];
const widths = [
  ['desktop', { width: 1280, height: 900 }],
  ['mobile', { width: 375, height: 812 }],
];

const missing = browserMissing();
if (missing) {
  console.error(`Cannot take screenshots: ${missing}`);
  process.exit(1);
}
const out = join(root, 'docs', 'screenshots');
mkdirSync(out, { recursive: true });
const server = await demoServer();
const browser = await launchChromium();
try {
  for (const [width, viewport] of widths) {
    const context = await browser.newContext({ viewport, deviceScaleFactor: 1 });
    const page = await context.newPage();
    for (const [name, path] of pages) {
      await page.goto(`${server.url}${path}`);
      const file = join(out, `${name}-${width}.png`);
      // The top of long pages is what a reader of the README needs; the whole page is one click away.
      const height = Math.min(2400, await page.evaluate('document.documentElement.scrollHeight'));
      await page.screenshot({ path: file, fullPage: true, clip: { x: 0, y: 0, width: viewport.width, height } });
      console.log(`wrote ${file.slice(root.length + 1)}`);
    }
    await context.close();
  }
} finally {
  await browser.close();
  await server.close();
}
