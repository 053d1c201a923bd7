/**
 * The issue-15 forms through app.inject on the demo ledger (the illustrative Police and Crime Panel
 * included): a partner's own authorisation, a scrutiny recommendation and its response, a lineage
 * link and a work-programme item. Each records its event and the page shows it; each refused
 * submission (the decider's message, or the command's own schema) comes back in the error summary
 * and records nothing; fields the form cannot read are reported on the field; only the roles of
 * the JSON API's route may use them. Every id, date and word submitted here is illustrative.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { TestApi } from '../../api/test-ledger.js';
import { demoApi } from '../shared/demo-api.js';
import { expectFieldErrors, lastEvent, text } from './form-checks.js';
import { signedIn } from './visitor.js';

let api: TestApi;
beforeEach(async () => {
  api = await demoApi();
}, 60_000);
afterEach(() => api.close());

const AUTHORISATION = '/workspace/funds/devolution-capacity/pledges/stroud-district-council/partner-authorisation';
const stroudDecision = {
  decidedBy: 'Illustrative: Stroud District Council Strategy and Resources Committee',
  'decidedOn-day': '8',
  'decidedOn-month': '12',
  'decidedOn-year': '2016',
  reference: 'Minute SRC.45 (illustrative)',
  url: 'https://www.stroud.gov.uk/council-and-democracy/meetings',
};
const RECOMMENDATION = '/workspace/recommendations/new';
const recommendation = {
  scrutinyBodyId: 'gloucestershire-police-and-crime-panel',
  meetingId: 'pcp-2018-11-30',
  'madeOn-day': '30',
  'madeOn-month': '11',
  'madeOn-year': '2018',
  to: 'body:leadership-gloucestershire',
  text: 'Illustrative: publish the work programme with each meeting’s papers',
  responseDueDays: '30',
};
const RESPONSE = '/workspace/recommendations/pcp-2018-10-05-rec-2/response';
const response = {
  response: 'accepted',
  reasons: 'Illustrative: the tracker goes with the papers from the next meeting',
  'respondedOn-day': '10',
  'respondedOn-month': '12',
  'respondedOn-year': '2018',
};
const LINK = '/workspace/decisions/lg-2018-06-14-item-4/1/link';
const link = { kind: 'recommends', toBodyId: 'ace-panel', toMeetingId: 'ace-panel-2018-07-10', toItem: '1' };
const PLAN = '/workspace/bodies/leadership-gloucestershire/work-programme/new';
const plan = {
  title: 'Illustrative: Vision 2050 progress report',
  kind: 'discussion',
  leadOfficer: 'Illustrative: the partnership manager',
  'month-month': '6',
  'month-year': '2031',
};

describe("a partner's own authorisation", () => {
  it('is recorded on the fund and shown on its page', async () => {
    const finance = await signedIn(api, 'finance');
    const sent = await finance.submit(AUTHORISATION, stroudDecision);
    expect(sent.statusCode, sent.body.slice(0, 2000)).toBe(303);
    expect(sent.headers.location).toBe('/funds/devolution-capacity');
    const event = await lastEvent(api, 'fund-devolution-capacity');
    expect(event.type).toBe('PartnerAuthorisationRecorded');
    expect(event.data).toMatchObject({
      organisation: 'stroud-district-council',
      reference: 'Minute SRC.45 (illustrative)',
    });
    expect(event.metadata.occurredAt.slice(0, 10)).toBe('2016-12-08');
    const fund = await finance.get('/funds/devolution-capacity');
    expect(text(fund.body)).toContain("Stroud District Council's own decision behind its pledge");
    expect(text(fund.body)).toContain('Illustrative: Stroud District Council Strategy and Resources Committee');
  });

  it(
    "refuses a second one for the PCC's pledge with the decider's message, and one without a " + 'web address',
    async () => {
      const finance = await signedIn(api, 'finance');
      const before = await api.eventCount();
      const again = await finance.submit(
        AUTHORISATION.replace('stroud-district-council', 'office-of-the-pcc'),
        stroudDecision,
      );
      expect(again.statusCode).toBe(400);
      expect(again.body).toContain('govuk-error-summary');
      expect(text(again.body)).toMatch(/already/);
      const ftp = await finance.submit(AUTHORISATION, { ...stroudDecision, url: 'ftp://example.org/minutes' });
      expect(ftp.statusCode).toBe(400);
      expect(ftp.body).toContain('href="#url"');
      expect(text(ftp.body)).toContain('give the web address of the published decision, starting http:// or https://');
      expect(await api.eventCount()).toBe(before);
    },
  );

  it('reports empty fields on the fields', async () => {
    const finance = await signedIn(api, 'finance');
    const sent = await finance.submit(AUTHORISATION, { decidedBy: '', reference: '' });
    expectFieldErrors(sent, ['decidedBy', 'decidedOn-day', 'reference'], 'Enter who decided for the partner');
  });
});

describe('a scrutiny recommendation and its response', () => {
  it('records the recommendation, numbered after its meeting, and the page shows it', async () => {
    const clerk = await signedIn(api, 'clerk');
    const sent = await clerk.submit(RECOMMENDATION, recommendation);
    expect(sent.statusCode, sent.body.slice(0, 2000)).toBe(303);
    expect(sent.headers.location).toBe('/recommendations');
    const event = await lastEvent(api, 'recommendation-pcp-2018-11-30-rec-1');
    expect(event.type).toBe('RecommendationMade');
    expect(event.data).toMatchObject({
      responseDueOn: '2018-12-30',
      to: { kind: 'body', id: 'leadership-gloucestershire' },
    });
    const page = await clerk.get('/recommendations');
    expect(text(page.body)).toContain('The recommendation is recorded as pcp-2018-11-30-rec-1.');
    expect(page.body).toContain('id="pcp-2018-11-30-rec-1"');
    expect(text(page.body)).toContain('Illustrative: publish the work programme with each meeting’s papers');
  });

  it("refuses a body that is not a scrutiny committee with the decider's message, and records nothing", async () => {
    const clerk = await signedIn(api, 'clerk');
    const before = await api.eventCount();
    const sent = await clerk.submit(RECOMMENDATION, {
      ...recommendation,
      scrutinyBodyId: 'leadership-gloucestershire',
    });
    expect(sent.statusCode).toBe(400);
    expect(sent.body).toContain('href="#scrutinyBodyId"');
    expect(text(sent.body)).toContain('only a body of type scrutiny-committee makes scrutiny recommendations');
    expect(await api.eventCount()).toBe(before);
    const days = await clerk.submit(RECOMMENDATION, { ...recommendation, responseDueDays: 'sixty' });
    expectFieldErrors(days, ['responseDueDays'], 'Enter the days allowed for a response as a whole number');
  });

  it('refuses a response dated before the recommendation, then records one and the page shows it', async () => {
    const clerk = await signedIn(api, 'clerk');
    const before = await api.eventCount();
    const early = await clerk.submit(RESPONSE, { ...response, 'respondedOn-month': '9' });
    expect(early.statusCode).toBe(400);
    expect(text(early.body)).toContain(
      'The response dated 2018-09-10 is before the recommendation was made on 2018-10-05',
    );
    expect(await api.eventCount()).toBe(before);
    const sent = await clerk.submit(RESPONSE, response);
    expect(sent.statusCode, sent.body.slice(0, 2000)).toBe(303);
    expect((await lastEvent(api, 'recommendation-pcp-2018-10-05-rec-2')).type).toBe('RecommendationResponded');
    const page = await clerk.get('/recommendations');
    const card = text(page.body.slice(page.body.indexOf('id="pcp-2018-10-05-rec-2"')));
    expect(card).toContain('Accepted on 10 December 2018, by Leadership Gloucestershire');
    expect(card).toContain('Illustrative: the tracker goes with the papers from the next meeting');
  });
});

describe('a lineage link', () => {
  it("records the link on the matter, pending until the other body's matter is recorded", async () => {
    const clerk = await signedIn(api, 'clerk');
    const sent = await clerk.submit(LINK, link);
    expect(sent.statusCode, sent.body.slice(0, 2000)).toBe(303);
    expect(sent.headers.location).toBe('/decisions/lg-2018-06-14-item-4/1');
    const event = await lastEvent(api, 'proposal-lg-2018-06-14-item-4');
    expect(event.type).toBe('DecisionLinked');
    expect(event.data).toMatchObject({ kind: 'recommends', to: { proposalId: 'ace-panel-2018-07-10-item-1' } });
    const page = await clerk.get('/decisions/lg-2018-06-14-item-4/1');
    expect(text(page.body)).toContain('recommends');
    expect(text(page.body)).toContain('(pending)');
  });

  it("refuses a link of a matter to itself with the decider's message, and records nothing", async () => {
    const clerk = await signedIn(api, 'clerk');
    const before = await api.eventCount();
    const sent = await clerk.submit(LINK, {
      ...link,
      toBodyId: 'leadership-gloucestershire',
      toMeetingId: 'lg-2018-06-14',
      toItem: '4',
    });
    expect(sent.statusCode).toBe(400);
    expect(sent.body).toContain('href="#kind"');
    expect(text(sent.body)).toContain('cannot be linked to its own matter');
    expect(await api.eventCount()).toBe(before);
    expectFieldErrors(await clerk.submit(LINK, {}), ['kind', 'toBodyId', 'toMeetingId', 'toItem'], 'Select how');
  });
});

describe('a work-programme item', () => {
  it("records the item for a month and the body's work programme shows it", async () => {
    const clerk = await signedIn(api, 'clerk');
    const sent = await clerk.submit(PLAN, plan);
    expect(sent.statusCode, sent.body.slice(0, 2000)).toBe(303);
    expect(sent.headers.location).toBe('/bodies/leadership-gloucestershire/work-programme');
    const id = 'leadership-gloucestershire-2031-06-illustrative-vision-2050-progress-report';
    const event = await lastEvent(api, `plan-item-${id}`);
    expect(event.type).toBe('ItemPlanned');
    expect(event.data).toMatchObject({ month: '2031-06', kind: 'discussion' });
    const page = text((await clerk.get('/bodies/leadership-gloucestershire/work-programme')).body);
    expect(page).toContain(`“Illustrative: Vision 2050 progress report” is on the work programme (reference ${id}).`);
    expect(page).toContain('Illustrative: Vision 2050 progress report June 2031 Discussion');
  });

  it("refuses an item planned for neither a meeting nor a month with the decider's message", async () => {
    const clerk = await signedIn(api, 'clerk');
    const before = await api.eventCount();
    const sent = await clerk.submit(PLAN, { ...plan, 'month-month': '', 'month-year': '' });
    expect(sent.statusCode).toBe(400);
    expect(text(sent.body)).toContain('Say when the item is planned for');
    expect(await api.eventCount()).toBe(before);
    const month = await clerk.submit(PLAN, { ...plan, 'month-month': '13' });
    expect(month.statusCode).toBe(400);
    expect(month.body).toContain('href="#month-month"');
    expect(month.body).toContain('id="month-error"');
    expect(text(month.body)).toContain('The month must be a month and a year as numbers, for example 6 2012');
  });
});

describe('who may use the forms', () => {
  const forms = [AUTHORISATION, RECOMMENDATION, RESPONSE, LINK, PLAN];

  it('sends a visitor to sign in, and refuses a reader', async () => {
    const anonymous = await signedIn(api, undefined);
    const reader = await signedIn(api, 'reader');
    for (const url of forms) {
      expect((await anonymous.get(url)).statusCode, url).toBe(303);
      expect((await reader.get(url)).statusCode, url).toBe(403);
    }
  });

  it('gives the finance officer the authorisation form and the clerk the others, as the API does', async () => {
    const finance = await signedIn(api, 'finance');
    const clerk = await signedIn(api, 'clerk');
    expect((await finance.get(AUTHORISATION)).statusCode).toBe(200);
    expect((await clerk.get(AUTHORISATION)).statusCode).toBe(403);
    for (const url of forms.slice(1)) {
      expect((await clerk.get(url)).statusCode, url).toBe(200);
      expect((await finance.get(url)).statusCode, url).toBe(403);
    }
  });

  it('answers an unknown recommendation, decision or body with a 404 page', async () => {
    const clerk = await signedIn(api, 'clerk');
    for (const url of [
      '/workspace/recommendations/no-such-rec/response',
      '/workspace/decisions/no-such-matter/a/link',
      '/workspace/bodies/no-such-body/work-programme/new',
    ])
      expect((await clerk.get(url)).statusCode, url).toBe(404);
  });
});
