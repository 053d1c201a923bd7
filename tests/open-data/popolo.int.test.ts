/** GET /open-data/popolo.json on the demo ledger, checked against the Popolo schemas' rules. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApi } from '../api/test-ledger.js';
import { demoApi, get } from './demo.js';
import { popoloProblems } from './popolo-rules.js';

let api: TestApi;
beforeAll(async () => {
  api = await demoApi();
});
afterAll(() => api.close());

type VoteEvent = {
  id: string;
  motion_id: string;
  counts: Array<{ option: string; value: number }>;
  votes: Array<{ voter_id: string; option: string }>;
};

describe('Popolo JSON', () => {
  it(
    "passes the schemas' rules, and every membership, event and vote event refers to ids in the " + 'document',
    async () => {
      const response = await get(api, '/open-data/popolo.json');
      expect(response.statusCode).toBe(200);
      const document = response.json();
      expect(popoloProblems(document)).toEqual([]);
      for (const key of ['organizations', 'persons', 'posts', 'memberships', 'events', 'motions', 'vote_events'])
        expect(document[key].length).toBeGreaterThan(0);
    },
  );

  it("carries the partners with their org-id identifiers, and the chair's post", async () => {
    const document = (await get(api, '/open-data/popolo.json')).json();
    expect(document.organizations).toContainEqual(
      expect.objectContaining({
        id: 'stroud-district-council',
        identifiers: [{ identifier: 'GB-LAE-STO', scheme: 'org-id' }],
      }),
    );
    expect(document.memberships).toContainEqual(
      expect.objectContaining({
        person_id: 'person-cllr-mark-hawthorne',
        role: 'chair',
        organization_id: 'leadership-gloucestershire',
        on_behalf_of_id: 'gloucestershire-county-council',
      }),
    );
    expect(document.memberships).toContainEqual(
      expect.objectContaining({
        member: { '@type': 'Organization', id: 'office-of-the-pcc' },
        start_date: '2012-11-22',
      }),
    );
  });

  it('counts the positions on option 3 of the community safety review, Stroud apart', async () => {
    const document = (await get(api, '/open-data/popolo.json')).json();
    const option3 = document.vote_events.find(
      (ve: VoteEvent) => ve.motion_id === 'lg-2016-10-27-item-3/option-3',
    ) as VoteEvent;
    expect(option3.counts.reduce((sum, c) => sum + c.value, 0)).toBe(10);
    expect(option3.counts.find((c) => c.option === 'support')?.value).toBe(9);
    expect(option3.votes.find((v) => v.voter_id === 'stroud-district-council')?.option).not.toBe('support');
    expect(document.motions).toContainEqual(
      expect.objectContaining({ id: 'lg-2016-10-27-item-3/option-3', classification: 'option', result: 'agreed' }),
    );
    expect(document.motions).toContainEqual(
      expect.objectContaining({
        id: 'lg-2016-10-27-item-3/resolution-b',
        classification: 'resolution',
        identifier: 'minute 3 b)',
      }),
    );
  });

  it('the rules catch a reference that does not resolve', () => {
    const broken = {
      organizations: [{ id: 'a', name: 'A' }],
      events: [],
      motions: [{ id: 'm', legislative_session_id: 'lg-1999-01-01' }],
      memberships: [{ id: 'x', organization_id: 'nowhere', start_date: '27 October 2016' }],
    };
    expect(popoloProblems(broken)).toEqual([
      'memberships[0].start_date: a date or a date-time with a zone',
      'memberships[0].organization_id: nowhere is not in the document',
      'motions[0].legislative_session_id: lg-1999-01-01 is not in the document',
    ]);
  });

  it('answers as at a date, saying so', async () => {
    const response = await get(api, '/open-data/popolo.json?asAt=2000-01-01');
    expect(response.json()).toMatchObject({
      organizations: [],
      events: [],
      asAt: '2000-01-01T23:59:59.999Z',
      projectedPosition: '-1',
    });
  });
});
