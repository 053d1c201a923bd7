/**
 * The clerk's forms that move a meeting not yet held (issue 20): its date or start time, and its
 * venue. Each: every role and anonymous, the current values filled in, accepted with a banner and
 * the change on the meeting's page, once for a double submission, each field's error, the ledger's
 * own refusal, and CSRF missing; the links to them on the meeting's page.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TOKEN_ROLES } from '../../../src/api/auth/token-store.js';
import { seededApi } from '../../api/reports/seeded.js';
import type { TestApi } from '../../api/test-ledger.js';
import { expectCsrfRefused, expectFieldErrors, lastEvent, text } from './form-checks.js';
import { formFields, signedIn } from './visitor.js';

let api: TestApi;
beforeEach(async () => {
  api = await seededApi();
  const scheduled = await api.app.inject({
    method: 'POST',
    url: '/meetings',
    headers: { ...api.bearer('clerk'), 'content-type': 'application/json' },
    payload: {
      meetingId: 'lg-2019-03-14',
      bodyId: 'leadership-gloucestershire',
      date: '2019-03-14',
      startTime: '10:00',
      venue: 'Shire Hall, Gloucester',
    },
  });
  expect(scheduled.statusCode).toBe(201);
  await api.ledger.projections.catchUp();
});
afterEach(() => api.close());

const page = '/meetings/lg-2019-03-14';

const cases = [
  {
    name: 'date or time',
    url: '/workspace/meetings/lg-2019-03-14/rescheduling',
    current: { 'date-day': '14', 'date-month': '3', 'date-year': '2019', startTime: '10:00' },
    fields: {
      'date-day': '21',
      'date-month': '3',
      'date-year': '2019',
      startTime: '14.30',
      reason: 'The chair is away on the 14th',
    },
    event: 'MeetingRescheduled',
    data: { date: '2019-03-21', startTime: '14:30', previousDate: '2019-03-14', previousStartTime: '10:00' },
    banner: 'The meeting lg-2019-03-14 is moved.',
    shows: [
      '21 March 2019 at 14:30',
      'Moved from 14 March 2019 at 10:00 to 21 March 2019 at 14:30 (The chair is away on the 14th)',
    ],
    mistakes: [
      {
        fields: { 'date-day': '', 'date-month': '', 'date-year': '', sourceDocument: '' },
        errors: ['date-day', 'sourceDocument'],
        says: 'Enter the new date of the meeting',
      },
      {
        fields: { 'date-day': '30', 'date-month': '2', 'date-year': '2019' },
        errors: ['date-day'],
        says: 'must be a real date',
      },
      {
        fields: { startTime: 'half past two' },
        errors: ['startTime'],
        says: 'Enter the start time on the 24-hour clock',
      },
      { fields: { startTime: '25:00' }, errors: ['startTime'], says: 'write the time on the 24-hour clock' },
      {
        fields: { 'changedOn-day': 'x' },
        errors: ['changedOn-day'],
        says: 'must include a day, month and year as numbers',
      },
    ],
    refused: {
      fields: { 'date-day': '14', startTime: '10:00' },
      field: 'date-day',
      says: 'The meeting lg-2019-03-14 is already set for 2019-03-14 at 10:00',
    },
  },
  {
    name: 'venue',
    url: '/workspace/meetings/lg-2019-03-14/venue',
    current: { venue: 'Shire Hall, Gloucester' },
    fields: { venue: 'Ebley Mill, Stroud', reason: 'Shire Hall is closed for works' },
    event: 'MeetingVenueChanged',
    data: {
      venue: 'Ebley Mill, Stroud',
      previousVenue: 'Shire Hall, Gloucester',
      reason: 'Shire Hall is closed for works',
    },
    banner: 'The new venue of the meeting lg-2019-03-14 is recorded.',
    shows: ['Venue changed from Shire Hall, Gloucester to Ebley Mill, Stroud (Shire Hall is closed for works)'],
    mistakes: [
      {
        fields: { venue: '', sourceDocument: '' },
        errors: ['venue', 'sourceDocument'],
        says: 'Enter where the meeting will now be held',
      },
      {
        fields: { 'changedOn-day': '', 'changedOn-month': '', 'changedOn-year': '' },
        errors: ['changedOn-day'],
        says: 'Enter the date the change was agreed',
      },
    ],
    refused: {
      fields: { venue: 'Shire Hall, Gloucester' },
      field: 'venue',
      says: 'The meeting lg-2019-03-14 is already to be held at Shire Hall, Gloucester; give the new venue.',
    },
  },
] as const;

for (const form of cases) {
  describe(`the form that changes a meeting's ${form.name}`, () => {
    for (const role of [...TOKEN_ROLES, undefined] as const) {
      const allowed = role === 'clerk' || role === 'admin';
      it(
        `${allowed ? 'records for' : 'refuses'} ${role ?? 'anyone not signed in'}, whatever the ` + `page showed`,
        async () => {
          const visitor = await signedIn(api, role);
          const before = await api.eventCount();
          const shown = await visitor.get(form.url);
          expect(shown.statusCode).toBe(role === undefined ? 303 : allowed ? 200 : 403);
          if (role !== undefined && !allowed)
            expect(text(shown.body)).toContain(`with the role ${role}; this needs the role clerk or admin`);
          const tokens = formFields((await visitor.get('/sign-in')).body);
          const forged = { _csrf: tokens._csrf!, idempotencyKey: 'web:01JAAAAAAAAAAAAAAAAAAAAAAA', revision: '0' };
          const sent = allowed ? formFields(shown.body) : forged;
          const response = await visitor.post(form.url, { ...sent, ...form.fields });
          expect(response.statusCode).toBe(role === undefined ? 401 : allowed ? 303 : 403);
          expect(await api.eventCount()).toBe(allowed ? before + 1 : before);
        },
      );
    }

    it('opens with the meeting as it is now', async () => {
      const visitor = await signedIn(api, 'clerk');
      const fields = formFields((await visitor.get(form.url)).body);
      expect(fields).toMatchObject(form.current);
      expect(fields.revision).toMatch(/^\d+$/);
    });

    it('records once for a double submission and lands on the meeting, which shows the change', async () => {
      const visitor = await signedIn(api, 'clerk');
      const fields = { ...formFields((await visitor.get(form.url)).body), ...form.fields };
      const before = await api.eventCount();
      const first = await visitor.post(form.url, fields);
      expect(first.statusCode).toBe(303);
      expect(first.headers.location).toBe(page);
      const landed = await visitor.get(page);
      expect(landed.body).toContain('govuk-notification-banner--success');
      expect(text(landed.body)).toContain(form.banner);
      expect(landed.body).toContain('href="/audit/meeting-lg-2019-03-14#event-');
      for (const change of form.shows) expect(text(landed.body)).toContain(change);
      const recorded = await lastEvent(api, 'meeting-lg-2019-03-14');
      expect(recorded.type).toBe(form.event);
      expect(recorded.data).toMatchObject(form.data);
      expect(recorded.metadata.actor.id).toBe('clerk-token');
      expect(await api.eventCount()).toBe(before + 1);
      expect((await visitor.post(form.url, fields)).statusCode).toBe(303);
      expect(await api.eventCount()).toBe(before + 1);
      expect(text((await visitor.get(page)).body)).toContain('nothing was recorded twice');
      expect(text((await signedIn(api, undefined).then((v) => v.get(page))).body)).toContain(form.shows[0]);
    });

    for (const mistake of form.mistakes) {
      it(
        `shows ${mistake.errors.join(', ')} in the error summary (${mistake.says}), linked to the ` +
          `field, and records nothing`,
        async () => {
          const visitor = await signedIn(api, 'clerk');
          const before = await api.eventCount();
          const response = await visitor.submit(form.url, { ...form.fields, ...mistake.fields });
          expectFieldErrors(response, mistake.errors, mistake.says);
          expect(await api.eventCount()).toBe(before);
        },
      );
    }

    it("shows the ledger's own refusal of an unchanged meeting on the form and records nothing", async () => {
      const visitor = await signedIn(api, 'clerk');
      const before = await api.eventCount();
      const response = await visitor.submit(form.url, form.refused.fields);
      expect(response.statusCode).toBe(400);
      expect(response.body).toContain(`href="#${form.refused.field}"`);
      expect(text(response.body)).toContain(form.refused.says);
      expect(await api.eventCount()).toBe(before);
    });

    it('refuses a POST without its CSRF token', async () => {
      await expectCsrfRefused(api, await signedIn(api, 'clerk'), form.url, form.fields);
    });
  });
}

describe("links to the forms from the meeting's page", () => {
  const links = ['/workspace/meetings/lg-2019-03-14/rescheduling', '/workspace/meetings/lg-2019-03-14/venue'];
  for (const role of [undefined, ...TOKEN_ROLES] as const) {
    it(`${role === 'clerk' || role === 'admin' ? 'shows' : 'hides'} them for ${role ?? 'the public'}`, async () => {
      const html = (await (await signedIn(api, role)).get(page)).body;
      for (const link of links) expect(html.includes(`href="${link}"`)).toBe(role === 'clerk' || role === 'admin');
    });
  }

  it('offers no changes to a meeting already held, and the ledger refuses one sent anyway', async () => {
    const clerk = await signedIn(api, 'clerk');
    expect((await clerk.get('/meetings/lg-2016-10-27')).body).not.toContain('/workspace/meetings/');
    const response = await clerk.submit('/workspace/meetings/lg-2016-10-27/venue', { venue: 'Ebley Mill, Stroud' });
    expect(response.statusCode).toBe(400);
    expect(text(response.body)).toContain('lg-2016-10-27');
  });

  it('tells the clerk on the workspace start page where the forms are', async () => {
    const start = text((await (await signedIn(api, 'clerk')).get('/workspace')).body);
    expect(start).toContain('To change the date, time or venue of a meeting still to be held');
  });

  it('answers a meeting that is not recorded with a page saying so', async () => {
    const response = await (await signedIn(api, 'clerk')).get('/workspace/meetings/lg-2030-01-01/venue');
    expect(response.statusCode).toBe(404);
    expect(text(response.body)).toContain('Nothing is recorded at /workspace/meetings/lg-2030-01-01/venue');
  });
});
