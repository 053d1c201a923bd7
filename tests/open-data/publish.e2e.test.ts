/**
 * `ledger publish DIR` with the built CLI on the demo's files: every internal link and asset of
 * every HTML and CSS file resolves to a file in DIR, every page type is there, the same ledger gives
 * the same bytes, and --as-at publishes the ledger as it stood then.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LedgerFolder } from '../cli/run.js';

const folder = new LedgerFolder();
beforeAll(() => folder.importFixtures(), 120_000);
afterAll(() => folder.remove());

function filesUnder(directory: string): string[] {
  return readdirSync(directory).flatMap((name) => {
    const path = join(directory, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

/** Every link of a file that is not to another site or within the same page. */
function localLinks(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const found = file.endsWith('.css')
    ? [...text.matchAll(/url\((['"]?)([^)'"]+)\1\)/g)].map((m) => m[2]!)
    : [...text.matchAll(/(?:href|src|action)="([^"]*)"/g)].map((m) => m[1]!.replace(/&amp;/g, '&'));
  return found.filter((link) => !/^([a-z]+:|#|\/\/)/.test(link) && !link.startsWith('data:'));
}

function brokenLinks(site: string): string[] {
  const broken: string[] = [];
  for (const file of filesUnder(site).filter((f) => /\.(html|css)$/.test(f))) {
    for (const link of localLinks(file)) {
      if (link.startsWith('/')) broken.push(`${relative(site, file)}: ${link} is absolute`);
      else if (!existsSync(join(dirname(file), decodeURIComponent(link.split('#')[0]!.split('?')[0]!))))
        broken.push(`${relative(site, file)}: ${link}`);
    }
  }
  return broken;
}

async function publish(name: string, ...flags: string[]) {
  const site = join(folder.dir, name);
  const result = await folder.ledger('publish', site, '--local-org-ids', ...flags);
  expect(result.code, result.stderr).toBe(0);
  return site;
}

describe('ledger publish', () => {
  let site: string;
  beforeAll(async () => {
    site = await publish('site');
  }, 120_000);

  it('writes a site whose every internal link and asset resolves to a file in the folder', () => {
    const pages = filesUnder(site).filter((f) => f.endsWith('.html'));
    expect(pages.length).toBeGreaterThan(30);
    expect(brokenLinks(site)).toEqual([]);
  });

  it('holds every page type, the open data, the feeds and the alternates', () => {
    const names = filesUnder(site).map((f) => relative(site, f));
    for (const expected of [
      /^index\.html$/,
      /^contents\.html$/,
      /^decisions\.html$/,
      /^decisions\/[^/]+\/[a-z]+\.html$/,
      /^meetings\/[^/]+\.html$/,
      /^funds\.html$/,
      /^funds\/[^/]+\.html$/,
      /^actions\.html$/,
      /^actions\/[^/]+\.html$/,
      /^organisations\/[^/]+\.html$/,
      /^bodies\/[^/]+\.html$/,
      /^audit\.html$/,
      /^audit\/[^/]+\.html$/,
      /^accessibility\.html$/,
      /^open-data\/360giving\.json$/,
      /^open-data\/360giving\.csv$/,
      /^open-data\/popolo\.json$/,
      /^decisions\.atom$/,
      /^actions\.ics$/,
      /^bodies\/leadership-gloucestershire\/meetings\.ics$/,
      /^decisions\.csv$/,
      /^reports\/decisions\.json$/,
      /^govuk\/govuk-frontend\.min\.css$/,
    ]) {
      expect(
        names.some((name) => expected.test(name)),
        String(expected),
      ).toBe(true);
    }
    const grants = JSON.parse(readFileSync(join(site, 'open-data/360giving.json'), 'utf8')) as {
      grants: Array<{ amountAwarded: number }>;
    };
    expect(grants.grants.map((g) => g.amountAwarded)).toContain(35000);
    expect(readFileSync(join(site, 'index.html'), 'utf8')).toContain('The ledger as it stands now');
  });

  it('writes the same bytes for the same ledger', async () => {
    const again = await publish('again');
    const files = filesUnder(site)
      .map((f) => relative(site, f))
      .sort();
    expect(
      filesUnder(again)
        .map((f) => relative(again, f))
        .sort(),
    ).toEqual(files);
    for (const file of files)
      expect(readFileSync(join(again, file)).equals(readFileSync(join(site, file))), file).toBe(true);
  }, 120_000);

  it('publishes the ledger as it stood at an earlier date with --as-at', async () => {
    const past = await publish('past', '--as-at', '2000-01-01');
    expect(brokenLinks(past)).toEqual([]);
    const home = readFileSync(join(past, 'index.html'), 'utf8');
    expect(home).toContain('As the ledger stood at the end of 1 January 2000');
    expect(readFileSync(join(past, 'decisions.html'), 'utf8')).toMatch(/>\s*0 decisions/);
    expect(readFileSync(join(site, 'decisions.html'), 'utf8')).not.toMatch(/>\s*0 decisions/);
    expect(existsSync(join(past, 'meetings'))).toBe(false);
  }, 120_000);

  it('refuses a folder that holds other files, and writes nothing there', async () => {
    const result = await folder.ledger('publish', folder.dir);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('already holds files that are not a published site');
  });

  it('refuses to publish grants whose recipient has no identifier unless told to use the local scheme', async () => {
    const result = await folder.ledger('publish', join(folder.dir, 'refused'));
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('Gloucestershire Community Safety Partnership');
    expect(existsSync(join(folder.dir, 'refused'))).toBe(false);
  });
});
