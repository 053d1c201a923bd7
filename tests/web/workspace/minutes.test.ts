/**
 * Uploading minutes through the browser form over the demo ledger (the fixtures, as `npm start`
 * loads them): a refusal with its file and line, the preview of what will be recorded, nothing
 * written until the confirmation, and a re-submitted confirmation that writes nothing twice.
 */
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { importFixtures } from '../../../src/cli/fixtures.js';
import { testApi, type TestApi } from '../../api/test-ledger.js';
import { formFields, signedIn } from './visitor.js';

let api: TestApi;
beforeEach(async () => {
  api = await testApi();
  await importFixtures(api.ledger);
});
afterEach(() => api.close());

const THIRD = readFileSync(new URL('./files/lg-2018-07-26.yaml', import.meta.url), 'utf8');
const BROKEN = THIRD.replace(
  '  - number: "2"\n    title: Vision 2050 steering group (illustrative)\n',
  '  - number: "2"\n',
);
const text = (html: string) =>
  html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');
const URL_ = '/workspace/minutes';

describe('uploading minutes', () => {
  it('refuses a file with a mistake, naming the file, the line and the rule, and writes nothing', async () => {
    const clerk = await signedIn(api, 'clerk');
    const form = formFields((await clerk.get(URL_)).body);
    const before = await api.eventCount();
    const response = await clerk.upload(URL_, { _csrf: form._csrf! }, [{ name: 'lg-2018-07-26.yaml', text: BROKEN }]);
    expect(response.statusCode).toBe(400);
    expect(response.body).toContain('govuk-error-summary');
    expect(response.body).toContain('href="#files"');
    expect(text(response.body)).toMatch(
      /lg-2018-07-26\.yaml: document 1 \(Meeting lg-2018-07-26\), line 1[12], items\.1\.title: /,
    );
    expect(await api.eventCount()).toBe(before);
  });

  it(
    'previews what will be recorded and what is already recorded; records only on confirmation, ' + 'and only once',
    async () => {
      const clerk = await signedIn(api, 'clerk');
      const form = formFields((await clerk.get(URL_)).body);
      const before = await api.eventCount();
      const preview = await clerk.upload(URL_, { _csrf: form._csrf! }, [{ name: 'lg-2018-07-26.yaml', text: THIRD }]);
      expect(preview.statusCode).toBe(200);
      const words = text(preview.body);
      expect(words).toContain('Already recorded'); // the meeting was scheduled by the June minutes
      expect(words).toContain('Vision 2050 steering group (illustrative)');
      expect(words).toContain("Illustrative: the board noted the steering group's first report.");
      expect(words).toMatch(/(\d+) changes will be recorded\. Nothing has been recorded yet\./);
      expect(await api.eventCount()).toBe(before);
      const confirmation = formFields(preview.body);
      const confirmed = await clerk.post(`${URL_}/confirmation`, confirmation);
      expect(confirmed.statusCode).toBe(303);
      expect(confirmed.headers.location).toBe('/meetings/lg-2018-07-26');
      const written = await api.eventCount();
      expect(written).toBeGreaterThan(before);
      const meeting = text((await clerk.get('/meetings/lg-2018-07-26')).body);
      expect(meeting).toContain('The upload is recorded');
      expect(meeting).toContain('Vision 2050 steering group (illustrative)');
      const again = await clerk.post(`${URL_}/confirmation`, confirmation);
      expect(again.statusCode).toBe(303);
      expect(await api.eventCount()).toBe(written);
      expect(text((await clerk.get('/meetings/lg-2018-07-26')).body)).toContain('nothing was recorded twice');
    },
  );

  it('is refused to a finance officer, a reader and anyone not signed in, whatever they send', async () => {
    for (const role of ['finance', 'reader', undefined] as const) {
      const visitor = await signedIn(api, role);
      expect((await visitor.get(URL_)).statusCode).toBe(role ? 403 : 303);
      const csrf = formFields((await visitor.get('/sign-in')).body)._csrf!;
      const before = await api.eventCount();
      expect(
        (await visitor.upload(URL_, { _csrf: csrf }, [{ name: 'lg-2018-07-26.yaml', text: THIRD }])).statusCode,
      ).toBe(role ? 403 : 401);
      expect(
        (
          await visitor.post(`${URL_}/confirmation`, {
            _csrf: csrf,
            sources: Buffer.from(JSON.stringify([{ name: 'x.yaml', text: THIRD }])).toString('base64'),
          })
        ).statusCode,
      ).toBe(role ? 403 : 401);
      expect(await api.eventCount()).toBe(before);
    }
  });

  it('refuses a forged upload without the CSRF token, and an upload over the size limit', async () => {
    const clerk = await signedIn(api, 'clerk');
    expect((await clerk.upload(URL_, {}, [{ name: 'lg-2018-07-26.yaml', text: THIRD }])).statusCode).toBe(403);
    const form = formFields((await clerk.get(URL_)).body);
    const huge = await clerk.upload(URL_, { _csrf: form._csrf! }, [
      { name: 'big.yaml', text: `# ${'x'.repeat(300 * 1024)}\n` },
    ]);
    expect(huge.statusCode).toBe(413);
    expect(text(huge.body)).toContain('Upload at most 256 KB');
  });
});
