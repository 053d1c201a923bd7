/** The iCalendar feeds on the demo ledger, read back with a real parser (node-ical). */
import ical, { type VEvent } from 'node-ical';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApi } from '../api/test-ledger.js';
import { demoApi, get } from './demo.js';

let api: TestApi;
beforeAll(async () => {
  api = await demoApi();
});
afterAll(() => api.close());

function events(text: string): Map<string, VEvent> {
  const parsed = ical.sync.parseICS(text);
  return new Map(
    Object.values(parsed)
      .filter((c): c is VEvent => c?.type === 'VEVENT')
      .map((e) => [e.uid, e]),
  );
}

const dateOf = (value: Date) => value.toISOString().slice(0, 10);
/** node-ical gives URL;VALUE=URI as its value with the parameters. */
const urlOf = (event: VEvent) => (typeof event.url === 'string' ? event.url : (event.url as { val: string }).val);

async function post(url: string, payload: object) {
  const response = await api.app.inject({ method: 'POST', url, headers: api.bearer('clerk'), payload });
  expect(response.statusCode, response.body).toBe(201);
}

describe('GET /bodies/{bodyId}/meetings.ics', () => {
  const url = '/bodies/leadership-gloucestershire/meetings.ics';

  it("lists the body's meetings with date, venue and a link to the meeting page", async () => {
    const response = await get(api, url);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('text/calendar; charset=utf-8');
    const meetings = events(response.body);
    const october = meetings.get('meeting-lg-2018-10-11@localhost:3000')!;
    expect(dateOf(october.start)).toBe('2018-10-11');
    expect(october.datetype).toBe('date');
    expect(october.location).toBe('Shire Hall, Gloucester');
    expect(urlOf(october)).toBe('http://localhost:3000/meetings/lg-2018-10-11');
    expect(october.status).toBe('CONFIRMED');
    expect(meetings.has('meeting-lg-2016-10-27@localhost:3000')).toBe(true);
  });

  it(
    'gives the same feed twice, and after a change keeps the UID, raises the sequence and sends ' +
      'a cancellation as cancelled',
    async () => {
      const before = (await get(api, url)).body;
      expect((await get(api, url)).body).toBe(before);
      const uid = 'meeting-lg-2018-12-06@localhost:3000';
      const was = events(before).get(uid)!;
      await post('/meetings/lg-2018-12-06/cancellation', {
        reason: 'Not enough business; items deferred to the February meeting',
      });
      const after = events((await get(api, url)).body);
      const now = after.get(uid)!;
      expect(Number(now.sequence)).toBeGreaterThan(Number(was.sequence));
      expect(now.status).toBe('CANCELLED');
      expect(dateOf(now.start)).toBe(dateOf(was.start));
      expect(after.size).toBe(events(before).size);
      expect(after.get('meeting-lg-2018-10-11@localhost:3000')!.sequence).toBe(
        events(before).get('meeting-lg-2018-10-11@localhost:3000')!.sequence,
      );
    },
  );

  it(
    'after a change of venue and then of date keeps the UID, raises the sequence each time and ' +
      'shows the new venue and date',
    async () => {
      const uid = 'meeting-lg-2018-10-11@localhost:3000';
      const was = events((await get(api, url)).body).get(uid)!;
      await post('/meetings/lg-2018-10-11/venue', {
        venue: 'Council Offices, Tewkesbury',
        reason: 'Shire Hall is being refurbished',
      });
      const moved = events((await get(api, url)).body).get(uid)!;
      expect(moved.location).toBe('Council Offices, Tewkesbury');
      expect(Number(moved.sequence)).toBeGreaterThan(Number(was.sequence));
      expect(dateOf(moved.start)).toBe('2018-10-11');
      await post('/meetings/lg-2018-10-11/rescheduling', {
        date: '2018-10-18',
        reason: 'To follow the county council budget meeting',
      });
      const rescheduled = events((await get(api, url)).body).get(uid)!;
      expect(dateOf(rescheduled.start)).toBe('2018-10-18');
      expect(rescheduled.location).toBe('Council Offices, Tewkesbury');
      expect(Number(rescheduled.sequence)).toBeGreaterThan(Number(moved.sequence));
    },
  );

  it('answers 404 for a body not in the directory', async () => {
    const response = await get(api, '/bodies/no-such-board/meetings.ics');
    expect(response.statusCode).toBe(404);
    expect(response.json().detail).toContain('no-such-board');
  });
});

describe('GET /actions.ics', () => {
  it("puts an owner's actions on their due dates, and raises the sequence when the date moves", async () => {
    const empty = events((await get(api, '/actions.ics?owner=Richard%20Bradley')).body);
    expect(empty.size).toBe(0);
    await post('/actions/lg-2016-10-27-3-1/due-date', {
      dueOn: '2016-12-15',
      reason: 'To report to the December meeting',
    });
    const first = events(
      (await get(api, '/actions.ics?owner=Richard%20Bradley&body=leadership-gloucestershire')).body,
    ).get('action-lg-2016-10-27-3-1@localhost:3000')!;
    expect(dateOf(first.start)).toBe('2016-12-15');
    expect(urlOf(first)).toBe('http://localhost:3000/actions/lg-2016-10-27-3-1');
    await post('/actions/lg-2016-10-27-3-1/due-date', { dueOn: '2017-02-23', reason: 'Deferred to February' });
    const moved = events((await get(api, '/actions.ics?owner=Richard%20Bradley')).body).get(
      'action-lg-2016-10-27-3-1@localhost:3000',
    )!;
    expect(dateOf(moved.start)).toBe('2017-02-23');
    expect(Number(moved.sequence)).toBeGreaterThan(Number(first.sequence));
    expect(
      events((await get(api, '/actions.ics?owner=Pete%20Bungard')).body).has('action-lg-2016-10-27-3-1@localhost:3000'),
    ).toBe(false);
  });

  it('answers as at a date, and says so', async () => {
    const response = await get(api, '/actions.ics?asAt=2000-01-01');
    expect(events(response.body).size).toBe(0);
    expect(response.body.replace(/\r\n[ \t]/g, '')).toContain('as the ledger stood at 2000-01-01T23:59:59.999Z');
    expect(response.headers['x-as-at']).toBe('2000-01-01T23:59:59.999Z');
  });

  it('refuses a filter it does not know', async () => {
    const response = await get(api, '/actions.ics?ownr=Richard%20Bradley');
    expect(response.statusCode).toBe(400);
  });
});
