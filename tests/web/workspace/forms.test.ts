/**
 * The workspace through app.inject over the seeded ledger: signing in and out, sessions ended by
 * revoking the token, every form × every role and anonymous, CSRF, double submission, a stale
 * form, field errors, the confirmation banner and the page of what changed.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TOKEN_ROLES, type TokenRole } from '../../../src/api/auth/token-store.js';
import { seededApi } from '../../api/reports/seeded.js';
import type { TestApi } from '../../api/test-ledger.js';
import { formFields, signedIn, Visitor } from './visitor.js';

let api: TestApi;
beforeEach(async () => {
  api = await seededApi();
});
afterEach(() => api.close());

const CONTRIBUTION = '/workspace/funds/devolution-capacity/contribution';
const PROGRESS = '/workspace/actions/lg-2016-10-27-3-1/progress';
const contribution = {
  organisation: 'gloucestershire-constabulary',
  amount: '2,500',
  unpledged: 'yes',
  remittanceReference: 'CDC-0218',
};
const WITHDRAWAL = '/workspace/funds/devolution-capacity/pledges/office-of-the-pcc/withdrawal';
const withdrawal = { reason: 'The remit was not included' };
const DUE_DATE = '/workspace/actions/lg-2018-06-14-3a-1/due-date';
const dueDate = {
  'dueOn-day': '13',
  'dueOn-month': '12',
  'dueOn-year': '2018',
  reason: 'Waiting for the steering group',
};
const progress = { note: 'Partnership board met; terms of reference agreed', rag: 'green' };

const text = (html: string) =>
  html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');

describe('signing in', () => {
  it('starts a session from a ledger token: an HttpOnly, SameSite=Strict cookie, the role in the header', async () => {
    const visitor = new Visitor(api.app);
    const response = await visitor.submit('/sign-in', { token: api.tokens.clerk });
    expect(response.statusCode).toBe(303);
    expect(response.headers.location).toBe('/workspace');
    const cookie = [response.headers['set-cookie']].flat().find((line) => line!.startsWith('ledger_session='))!;
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);
    expect(cookie).not.toMatch(/Secure/);
    const home = await visitor.get('/');
    expect(text(home.body)).toContain('Signed in as clerk-token (clerk)');
    expect(home.body).toContain('href="/sign-out"');
  });

  it('refuses an unknown token with the error summary, and starts no session', async () => {
    const visitor = new Visitor(api.app);
    const response = await visitor.submit('/sign-in', { token: 'pl_not-a-token' });
    expect(response.statusCode).toBe(401);
    expect(response.body).toContain('href="#token"');
    expect(text(response.body)).toContain('This token is not known or was revoked');
    expect(visitor.cookies.has('ledger_session')).toBe(false);
  });

  it('ends the session when its token is revoked, and on signing out', async () => {
    const clerk = await signedIn(api, 'clerk');
    expect((await clerk.get('/workspace')).statusCode).toBe(200);
    api.ledger.tokens.revoke('clerk-token', new Date());
    const after = await clerk.get('/workspace');
    expect(after.statusCode).toBe(303);
    expect(after.headers.location).toBe('/sign-in?next=%2Fworkspace');
    const finance = await signedIn(api, 'finance');
    expect((await finance.submit('/sign-out', {})).statusCode).toBe(303);
    expect((await finance.get('/workspace')).statusCode).toBe(303);
    expect(text((await finance.get('/')).body)).not.toContain('Signed in as');
  });

  it('keeps the public pages public, with the security headers and no sign-in line', async () => {
    const response = await new Visitor(api.app).get('/funds/devolution-capacity');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-security-policy']).toMatch(/script-src 'self' 'sha256-[^']+'/);
    expect(response.headers['content-security-policy']).not.toContain('unsafe-inline');
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.body).not.toContain('Signed in as');
  });

  it('goes back only to a page of this site after signing in', async () => {
    const visitor = new Visitor(api.app);
    const response = await visitor.submit('/sign-in?next=//evil.example/', { token: api.tokens.finance });
    expect(response.headers.location).toBe('/workspace');
  });
});

const forms = [
  { url: CONTRIBUTION, fields: contribution, allowed: ['admin', 'finance'] },
  { url: PROGRESS, fields: progress, allowed: ['admin', 'clerk'] },
  { url: DUE_DATE, fields: dueDate, allowed: ['admin', 'clerk'] },
  { url: WITHDRAWAL, fields: withdrawal, allowed: ['admin', 'finance'] },
] as const;

describe('who may use each form (the roles of its API route)', () => {
  for (const form of forms) {
    for (const role of [...TOKEN_ROLES, undefined] as const) {
      const allowed = role !== undefined && (form.allowed as readonly TokenRole[]).includes(role);
      it(`${form.url} ${allowed ? 'records for' : 'refuses'} ${role ?? 'anyone not signed in'}`, async () => {
        const visitor = await signedIn(api, role);
        const before = await api.eventCount();
        const page = await visitor.get(form.url);
        expect(page.statusCode).toBe(role === undefined ? 303 : allowed ? 200 : 403);
        // The server refuses whatever the page showed: post with a CSRF token from another form.
        const tokens = formFields((await visitor.get('/sign-in')).body);
        const forged = { _csrf: tokens._csrf!, idempotencyKey: 'web:01JAAAAAAAAAAAAAAAAAAAAAAA', revision: '-1' };
        const response = await visitor.post(form.url, {
          ...(allowed ? formFields(page.body) : forged),
          ...form.fields,
        });
        expect(response.statusCode).toBe(role === undefined ? 401 : allowed ? 303 : 403);
        expect(await api.eventCount()).toBe(allowed ? before + 1 : before);
      });
    }
  }
});

describe('the contribution form', () => {
  it(
    'records through the command runner and lands on the fund with a banner linking to the ' + 'audit history',
    async () => {
      const finance = await signedIn(api, 'finance');
      const response = await finance.submit(CONTRIBUTION, contribution);
      expect(response.statusCode).toBe(303);
      expect(response.headers.location).toBe('/funds/devolution-capacity');
      const fund = await finance.get('/funds/devolution-capacity');
      expect(fund.body).toContain('govuk-notification-banner--success');
      expect(fund.body).toMatch(/href="\/audit\/fund-devolution-capacity#event-\d+"/);
      expect(text(fund.body)).toContain('Received £12,500');
      const events = [];
      for await (const event of api.ledger.store.readStream('fund-devolution-capacity')) events.push(event);
      const recorded = events.at(-1)!;
      expect(recorded.type).toBe('ContributionRecorded');
      expect(recorded.metadata.actor.id).toBe('finance-token');
      expect(recorded.metadata.source?.document).toBe('Remittance advice in the finance system');
      // The banner is shown once.
      expect((await finance.get('/funds/devolution-capacity')).body).not.toContain(
        'govuk-notification-banner--success',
      );
    },
  );

  it('shows each missing field in the error summary, linked to its input, and records nothing', async () => {
    const finance = await signedIn(api, 'finance');
    const before = await api.eventCount();
    const response = await finance.submit(CONTRIBUTION, {
      'receivedOn-day': '31',
      'receivedOn-month': '2',
      'receivedOn-year': '2017',
      sourceDocument: '',
    });
    expect(response.statusCode).toBe(400);
    for (const field of ['organisation', 'amount', 'receivedOn-day', 'remittanceReference', 'sourceDocument'])
      expect(response.body).toContain(`href="#${field}"`);
    expect(text(response.body)).toContain('The date the money arrived must be a real date');
    expect(response.body).toContain('<title>Error: Record a contribution received');
    expect(await api.eventCount()).toBe(before);
  });

  it("shows the ledger's own rule refusal on the form", async () => {
    const finance = await signedIn(api, 'finance');
    const response = await finance.submit(CONTRIBUTION, { ...contribution, unpledged: '' });
    expect(response.statusCode).toBe(400);
    expect(text(response.body)).toContain('has no pledge to this fund');
  });

  it('records a double submission once', async () => {
    const finance = await signedIn(api, 'finance');
    const fields = { ...formFields((await finance.get(CONTRIBUTION)).body), ...contribution };
    const before = await api.eventCount();
    expect((await finance.post(CONTRIBUTION, fields)).statusCode).toBe(303);
    expect((await finance.post(CONTRIBUTION, fields)).statusCode).toBe(303);
    expect(await api.eventCount()).toBe(before + 1);
    expect(text((await finance.get('/funds/devolution-capacity')).body)).toContain('nothing was recorded twice');
  });

  it('refuses a forged POST without the CSRF token', async () => {
    const finance = await signedIn(api, 'finance');
    const fields: Record<string, string> = { ...formFields((await finance.get(CONTRIBUTION)).body), ...contribution };
    delete fields._csrf;
    const before = await api.eventCount();
    const missing = await finance.post(CONTRIBUTION, fields);
    expect(missing.statusCode).toBe(403);
    expect(text(missing.body)).toContain(
      'The form did not come from this site or has expired, so nothing was recorded',
    );
    expect((await finance.post(CONTRIBUTION, { ...fields, _csrf: 'forged' })).statusCode).toBe(403);
    expect(await api.eventCount()).toBe(before);
  });

  it('comes back with who changed the fund and when, instead of overwriting; resubmitted, it records', async () => {
    const finance = await signedIn(api, 'finance');
    const fields = { ...formFields((await finance.get(CONTRIBUTION)).body), ...contribution };
    const meanwhile = await api.app.inject({
      method: 'POST',
      url: '/funds/devolution-capacity/contributions',
      headers: { ...api.bearer('admin'), 'content-type': 'application/json' },
      payload: {
        organisation: 'gloucestershire-constabulary',
        amount: '£100',
        receivedOn: '2017-02-01',
        remittanceReference: 'CDC-0217',
        unpledged: true,
      },
    });
    expect(meanwhile.statusCode).toBe(201);
    const before = await api.eventCount();
    const stale = await finance.post(CONTRIBUTION, fields);
    expect(stale.statusCode).toBe(409);
    expect(text(stale.body)).toMatch(
      /This was changed by admin-token at \d\d:\d\d UTC on \d+ \w+ \d{4}; check and submit again\./,
    );
    expect(await api.eventCount()).toBe(before);
    const again = await finance.post(CONTRIBUTION, formFields(stale.body));
    expect(again.statusCode).toBe(303);
    expect(await api.eventCount()).toBe(before + 1);
  });
});

describe('the progress form', () => {
  it('records progress with its RAG and, when ticked, completion, then shows them on the action', async () => {
    const clerk = await signedIn(api, 'clerk');
    const response = await clerk.submit(PROGRESS, {
      ...progress,
      completed: 'yes',
      'asOf-day': '15',
      'asOf-month': '12',
      'asOf-year': '2016',
    });
    expect(response.statusCode).toBe(303);
    expect(response.headers.location).toBe('/actions/lg-2016-10-27-3-1');
    const page = text((await clerk.get('/actions/lg-2016-10-27-3-1')).body);
    expect(page).toContain('Progress on “Take forward resolutions 3 a) to c)');
    expect(page).toContain(progress.note);
    expect(page).toContain('Completed');
  });

  it('asks for the RAG status and the note', async () => {
    const clerk = await signedIn(api, 'clerk');
    const response = await clerk.submit(PROGRESS, { note: '', rag: '' });
    expect(response.statusCode).toBe(400);
    expect(response.body).toContain('href="#note"');
    expect(response.body).toContain('href="#rag"');
  });
});

describe('the due-date form', () => {
  it('extends the due date, and shows the rule when the new date is not later', async () => {
    const clerk = await signedIn(api, 'clerk');
    expect((await clerk.submit(DUE_DATE, dueDate)).statusCode).toBe(303);
    expect(text((await clerk.get('/actions/lg-2018-06-14-3a-1')).body)).toContain('13 December 2018');
    const earlier = await clerk.submit(DUE_DATE, { ...dueDate, 'dueOn-day': '1' });
    expect(earlier.statusCode).toBe(400);
    expect(earlier.body).toContain('href="#dueOn-day"');
  });
});

describe('the withdrawal form', () => {
  it("withdraws the partner's pledge, and shows the rule's refusal when it is withdrawn again", async () => {
    const finance = await signedIn(api, 'finance');
    expect((await finance.submit(WITHDRAWAL, withdrawal)).statusCode).toBe(303);
    expect(text((await finance.get('/funds/devolution-capacity')).body)).toContain(
      "The withdrawal of Office of the Police and Crime Commissioner for Gloucestershire's pledge",
    );
    // Every partner pledged on 27 October 2016; the PCC's pledge is already withdrawn.
    const none = await finance.submit(WITHDRAWAL, withdrawal);
    expect(none.statusCode).toBe(400);
    expect(none.body).toContain('href="#reason"');
  });
});
