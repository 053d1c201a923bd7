/**
 * Where a signed-in user finds the forms: the public pages link to those the role may use, and to
 * nothing for the public or a reader; the workspace start page lists them too.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seededApi } from '../../api/reports/seeded.js';
import type { TestApi } from '../../api/test-ledger.js';
import { formFields, signedIn } from './visitor.js';

let api: TestApi;
beforeAll(async () => {
  api = await seededApi();
});
afterAll(() => api.close());

const pages = {
  '/actions/lg-2018-06-14-3a-1': [
    '/workspace/actions/lg-2018-06-14-3a-1/progress',
    '/workspace/actions/lg-2018-06-14-3a-1/due-date',
    '/workspace/actions/lg-2018-06-14-3a-1/reassignment',
  ],
  '/decisions/lg-2016-10-27-item-3/c': [
    '/workspace/decisions/lg-2016-10-27-item-3/c/amendment',
    '/workspace/decisions/lg-2016-10-27-item-3/c/rescission',
  ],
  '/bodies/leadership-gloucestershire': ['/workspace/meetings/new?bodyId=leadership-gloucestershire'],
  '/funds/laa-reward-grant': [
    '/workspace/funds/laa-reward-grant/contribution',
    '/workspace/funds/laa-reward-grant/allocations/community-safety-implementation/payment',
  ],
  '/funds/devolution-capacity': [
    '/workspace/funds/devolution-capacity/pledges/office-of-the-pcc/condition',
    '/workspace/funds/devolution-capacity/pledges/office-of-the-pcc/withdrawal',
  ],
} as const;

const clerkPages = [
  '/actions/lg-2018-06-14-3a-1',
  '/decisions/lg-2016-10-27-item-3/c',
  '/bodies/leadership-gloucestershire',
];

describe('links to the forms from the public pages', () => {
  for (const role of [undefined, 'reader', 'clerk', 'finance', 'admin'] as const) {
    it(`shows ${role ?? 'the public'} only the forms its role may use`, async () => {
      const visitor = await signedIn(api, role);
      for (const [page, links] of Object.entries(pages)) {
        const html = (await visitor.get(page)).body;
        const shown =
          role === 'admin' ||
          (role === 'clerk' && clerkPages.includes(page)) ||
          (role === 'finance' && !clerkPages.includes(page));
        for (const link of links)
          expect(
            html.includes(`href="${link.replace(/&/g, '&amp;')}"`),
            `${page} → ${link} for ${role ?? 'the public'}`,
          ).toBe(shown);
        if (!shown) expect(html).not.toContain('href="/workspace/');
      }
    });
  }

  it('offers no changes to an action that is done', async () => {
    const clerk = await signedIn(api, 'clerk');
    expect((await clerk.get('/actions/lg-2016-10-27-5-1')).body).not.toContain('/workspace/actions/');
  });

  it('fills in the body when the schedule form is opened from its page', async () => {
    const clerk = await signedIn(api, 'clerk');
    const form = await clerk.get('/workspace/meetings/new?bodyId=leadership-gloucestershire');
    expect(formFields(form.body).bodyId).toBe('leadership-gloucestershire');
  });

  it("lists the new forms on the workspace start page for each role's user", async () => {
    const clerk = (await (await signedIn(api, 'clerk')).get('/workspace')).body;
    expect(clerk).toContain('href="/workspace/meetings/new"');
    expect(clerk).toContain('href="/workspace/actions/lg-2018-06-14-3a-1/reassignment"');
    const finance = (await (await signedIn(api, 'finance')).get('/workspace')).body;
    expect(finance).toContain(
      'href="/workspace/funds/laa-reward-grant/allocations/community-safety-implementation/payment"',
    );
    expect(finance).toContain('href="/workspace/funds/devolution-capacity/pledges/office-of-the-pcc/condition"');
  });
});
