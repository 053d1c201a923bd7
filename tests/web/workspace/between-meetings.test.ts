/**
 * The forms added for what happens between meetings (issue 20): a payment against an allocation, a
 * pledge's condition settled, an action reassigned, a meeting scheduled, a decision amended or
 * rescinded. Each: every role and anonymous, accepted, each field's error, the ledger's own
 * refusal, a double submission recorded once, CSRF missing, and the page it lands on.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TOKEN_ROLES, type TokenRole } from '../../../src/api/auth/token-store.js';
import { seededApi } from '../../api/reports/seeded.js';
import type { TestApi } from '../../api/test-ledger.js';
import { expectCsrfRefused, expectFieldErrors, lastEvent, text } from './form-checks.js';
import { formFields, signedIn } from './visitor.js';

let api: TestApi;
beforeEach(async () => {
  api = await seededApi();
});
afterEach(() => api.close());

interface FormCase {
  readonly name: string;
  readonly url: string;
  readonly fields: Record<string, string>;
  readonly allowed: readonly TokenRole[];
  readonly role: TokenRole;
  readonly stream: string;
  readonly event: string;
  readonly landing: string;
  readonly banner: string;
  /** Blank or wrong fields, and the field each error must link to. */
  readonly mistakes: ReadonlyArray<{
    readonly fields: Record<string, string>;
    readonly errors: readonly string[];
    readonly says: string;
  }>;
  /** A submission the form accepts but the ledger's rules refuse, and what the refusal says. */
  readonly refused: {
    readonly url?: string;
    readonly fields: Record<string, string>;
    readonly field: string;
    readonly says: string;
    readonly before?: () => Promise<void>;
  };
}

const finance = ['admin', 'finance'] as const;
const clerk = ['admin', 'clerk'] as const;

const cases: readonly FormCase[] = [
  {
    name: 'payment against an allocation',
    url: '/workspace/funds/laa-reward-grant/allocations/community-safety-implementation/payment',
    fields: {
      amount: '17,500',
      'paidOn-day': '15',
      'paidOn-month': '12',
      'paidOn-year': '2016',
      reference: 'GCC-PAY-CSP-001',
    },
    allowed: finance,
    role: 'finance',
    stream: 'fund-laa-reward-grant',
    event: 'PaymentRecorded',
    landing: '/funds/laa-reward-grant',
    banner: '“Implementation phase of the Gloucestershire Community Safety Partnership” is recorded',
    mistakes: [
      {
        fields: { amount: '', reference: '', sourceDocument: '' },
        errors: ['amount', 'reference', 'sourceDocument'],
        says: 'Enter the amount paid',
      },
      {
        fields: { amount: '10', reference: 'X', 'paidOn-day': '30', 'paidOn-month': '2', 'paidOn-year': '2017' },
        errors: ['paidOn-day'],
        says: 'must be a real date',
      },
      { fields: { amount: 'ten pounds', reference: 'X' }, errors: ['amount'], says: '(amount)' },
    ],
    refused: { fields: { amount: '35,000.01', reference: 'X' }, field: 'amount', says: 'left' },
  },
  {
    name: 'condition on a pledge',
    url: '/workspace/funds/devolution-capacity/pledges/office-of-the-pcc/condition',
    fields: {
      settled: 'met',
      note: "The PCC's remit is covered by public service reform",
      decision: 'Police and Crime Panel, 2 December 2016',
    },
    allowed: finance,
    role: 'finance',
    stream: 'fund-devolution-capacity',
    event: 'PledgeConditionSatisfied',
    landing: '/funds/devolution-capacity',
    banner: 'the pledge now counts as committed',
    mistakes: [
      {
        fields: { settled: '', note: '', sourceDocument: '' },
        errors: ['settled', 'note', 'sourceDocument'],
        says: 'Select whether the condition was met or waived',
      },
    ],
    refused: {
      url: '/workspace/funds/devolution-capacity/pledges/stroud-district-council/condition',
      fields: { settled: 'waived', note: 'No condition here' },
      field: 'settled',
      says: 'stroud-district-council',
    },
  },
  {
    name: 'reassignment of an action',
    url: '/workspace/actions/lg-2018-06-14-3a-1/reassignment',
    fields: {
      ownerKind: 'person',
      personName: 'Jane Smith',
      personOrganisation: 'gloucestershire-county-council',
      reason: 'Change of post holder',
    },
    allowed: clerk,
    role: 'clerk',
    stream: 'action-lg-2018-06-14-3a-1',
    event: 'ActionReassigned',
    landing: '/actions/lg-2018-06-14-3a-1',
    banner: 'The new owner of',
    mistakes: [
      {
        fields: { ownerKind: '', sourceDocument: '' },
        errors: ['ownerKind', 'sourceDocument'],
        says: 'Select whether a person, an organisation or a body',
      },
      {
        fields: { ownerKind: 'person', personName: '' },
        errors: ['personName'],
        says: 'Enter the name of the new owner',
      },
      {
        fields: { ownerKind: 'organisation', organisationId: 'no-such-council' },
        errors: ['organisationId'],
        says: 'Select the organisation',
      },
      { fields: { ownerKind: 'body', bodyId: '' }, errors: ['bodyId'], says: 'Select the body' },
    ],
    refused: {
      url: '/workspace/actions/lg-2016-10-27-5-1/reassignment',
      fields: {},
      field: 'ownerKind',
      says: 'completed',
    },
  },
  {
    name: 'meeting scheduled',
    url: '/workspace/meetings/new',
    fields: {
      bodyId: 'leadership-gloucestershire',
      'date-day': '14',
      'date-month': '3',
      'date-year': '2019',
      venue: 'Shire Hall, Gloucester',
    },
    allowed: clerk,
    role: 'clerk',
    stream: 'meeting-lg-2019-03-14',
    event: 'MeetingScheduled',
    landing: '/meetings/lg-2019-03-14',
    banner: 'The meeting is in the calendar as lg-2019-03-14',
    mistakes: [
      {
        fields: { bodyId: '', 'date-day': '', 'date-month': '', 'date-year': '' },
        errors: ['bodyId', 'date-day'],
        says: 'Select the body that meets',
      },
    ],
    refused: {
      fields: { bodyId: 'leadership-gloucestershire', 'date-day': '27', 'date-month': '10', 'date-year': '2016' },
      field: 'bodyId',
      says: 'lg-2016-10-27',
    },
  },
  {
    name: 'amendment of a decision',
    url: '/workspace/decisions/lg-2016-10-27-item-3/c/amendment',
    fields: {
      meetingId: 'lg-2016-12-15',
      reason: 'The offer was extended to the district councils',
      text: 'To support the offer, extended to the district councils.',
    },
    allowed: clerk,
    role: 'clerk',
    stream: 'proposal-lg-2016-10-27-item-3',
    event: 'DecisionAmended',
    landing: '/decisions/lg-2016-10-27-item-3/c',
    banner: 'The amendment of',
    mistakes: [
      {
        fields: { meetingId: 'lg-2016-09-08', reason: '', text: '', sourceDocument: '' },
        errors: ['meetingId', 'reason', 'text', 'sourceDocument'],
        says: 'Select the later meeting',
      },
    ],
    refused: {
      url: '/workspace/decisions/lg-2016-10-27-item-5/b/amendment',
      fields: {
        meetingId: 'lg-2018-06-14',
        reason: 'No change',
        text: 'To set up an officer group, including a district finance officer, to draft the job descriptions.',
      },
      field: 'meetingId',
      says: 'is the same as the text in force',
    },
  },
  {
    name: 'rescission of a decision',
    url: '/workspace/decisions/lg-2016-10-27-item-3/c/rescission',
    fields: { meetingId: 'lg-2016-12-15', reason: 'The offer was withdrawn' },
    allowed: clerk,
    role: 'clerk',
    stream: 'proposal-lg-2016-10-27-item-3',
    event: 'DecisionRescinded',
    landing: '/decisions/lg-2016-10-27-item-3/c',
    banner: 'nothing may cite it now',
    mistakes: [
      {
        fields: { meetingId: '', reason: '' },
        errors: ['meetingId', 'reason'],
        says: 'Enter why the meeting made the change',
      },
    ],
    refused: {
      fields: { meetingId: 'lg-2018-06-14', reason: 'Again' },
      field: 'meetingId',
      says: 'has been rescinded, so it can no longer be changed',
      before: async () => {
        const response = await api.app.inject({
          method: 'POST',
          url: '/proposals/lg-2016-10-27-item-3/rescissions',
          headers: { ...api.bearer('clerk'), 'content-type': 'application/json' },
          payload: { resolution: 'c', meetingId: 'lg-2016-12-15', reason: 'Rescinded first through the API' },
        });
        expect(response.statusCode).toBe(201);
      },
    },
  },
];

for (const form of cases) {
  describe(`the ${form.name} form`, () => {
    for (const role of [...TOKEN_ROLES, undefined] as const) {
      const allowed = role !== undefined && form.allowed.includes(role);
      it(
        `${allowed ? 'records for' : 'refuses'} ${role ?? 'anyone not signed in'}, whatever the ` + `page showed`,
        async () => {
          const visitor = await signedIn(api, role);
          const before = await api.eventCount();
          const page = await visitor.get(form.url);
          expect(page.statusCode).toBe(role === undefined ? 303 : allowed ? 200 : 403);
          if (role !== undefined && !allowed)
            expect(text(page.body)).toContain(`with the role ${role}; this needs the role`);
          const tokens = formFields((await visitor.get('/sign-in')).body);
          const forged = { _csrf: tokens._csrf!, idempotencyKey: 'web:01JAAAAAAAAAAAAAAAAAAAAAAA', revision: '-1' };
          const response = await visitor.post(form.url, {
            ...(allowed ? formFields(page.body) : forged),
            ...form.fields,
          });
          expect(response.statusCode).toBe(role === undefined ? 401 : allowed ? 303 : 403);
          expect(await api.eventCount()).toBe(allowed ? before + 1 : before);
        },
      );
    }

    it('records through the command runner, once for a double submission, and lands with a banner', async () => {
      const visitor = await signedIn(api, form.role);
      const fields = { ...formFields((await visitor.get(form.url)).body), ...form.fields };
      expect(fields.idempotencyKey).toMatch(/^web:[0-9A-Z]{26}$/);
      const before = await api.eventCount();
      const first = await visitor.post(form.url, fields);
      expect(first.statusCode).toBe(303);
      expect(first.headers.location).toBe(form.landing);
      const landed = await visitor.get(form.landing);
      expect(landed.statusCode).toBe(200);
      expect(landed.body).toContain('govuk-notification-banner--success');
      expect(text(landed.body)).toContain(form.banner);
      expect(landed.body).toContain(`href="/audit/${form.stream}#event-`);
      const recorded = await lastEvent(api, form.stream);
      expect(recorded.type).toBe(form.event);
      expect(recorded.metadata.actor.id).toBe(`${form.role}-token`);
      expect(await api.eventCount()).toBe(before + 1);
      const again = await visitor.post(form.url, fields);
      expect(again.statusCode).toBe(303);
      expect(await api.eventCount()).toBe(before + 1);
      expect(text((await visitor.get(form.landing)).body)).toContain('nothing was recorded twice');
    });

    for (const mistake of form.mistakes) {
      it(
        `shows ${mistake.errors.join(', ')} in the error summary, linked to the field, and records ` + `nothing`,
        async () => {
          const visitor = await signedIn(api, form.role);
          const before = await api.eventCount();
          const response = await visitor.submit(form.url, { ...form.fields, ...mistake.fields });
          expectFieldErrors(response, mistake.errors, mistake.says);
          expect(await api.eventCount()).toBe(before);
        },
      );
    }

    it("shows the ledger's own refusal on the form and records nothing", async () => {
      const visitor = await signedIn(api, form.role);
      await form.refused.before?.();
      const before = await api.eventCount();
      const response = await visitor.submit(form.refused.url ?? form.url, { ...form.fields, ...form.refused.fields });
      expect(response.statusCode).toBe(400);
      expect(response.body).toContain(`href="#${form.refused.field}"`);
      expect(text(response.body)).toContain(form.refused.says);
      expect(await api.eventCount()).toBe(before);
    });

    it('refuses a POST without its CSRF token', async () => {
      await expectCsrfRefused(api, await signedIn(api, form.role), form.url, form.fields);
    });
  });
}

describe('a stale form', () => {
  it('comes back when the allocation was paid meanwhile, with who and when, and records on resubmission', async () => {
    const url = '/workspace/funds/laa-reward-grant/allocations/community-safety-implementation/payment';
    const visitor = await signedIn(api, 'finance');
    const fields = { ...formFields((await visitor.get(url)).body), ...cases[0]!.fields };
    const meanwhile = await api.app.inject({
      method: 'POST',
      url: '/funds/laa-reward-grant/allocations/community-safety-implementation/payments',
      headers: { ...api.bearer('admin'), 'content-type': 'application/json' },
      payload: { amount: '£1,000', paidOn: '2016-12-01', reference: 'GCC-PAY-EARLY' },
    });
    expect(meanwhile.statusCode).toBe(201);
    const before = await api.eventCount();
    const stale = await visitor.post(url, fields);
    expect(stale.statusCode).toBe(409);
    expect(text(stale.body)).toMatch(
      /This was changed by admin-token at \d\d:\d\d UTC on \d+ \w+ \d{4}; check and submit again\./,
    );
    expect(await api.eventCount()).toBe(before);
    expect((await visitor.post(url, formFields(stale.body))).statusCode).toBe(303);
    expect(await api.eventCount()).toBe(before + 1);
  });

  it('a form that creates its meeting carries no revision and is refused when the meeting exists', async () => {
    const visitor = await signedIn(api, 'clerk');
    const page = formFields((await visitor.get('/workspace/meetings/new')).body);
    expect(page.revision).toBe('new');
    const fields = { ...page, ...cases[3]!.fields };
    expect((await visitor.post('/workspace/meetings/new', fields)).statusCode).toBe(303);
    const second = await visitor.submit('/workspace/meetings/new', cases[3]!.fields);
    expect(second.statusCode).toBe(400);
    expect(second.body).toContain('href="#bodyId"');
  });
});
