/** GET /reports/attendance and /reports/attendance/missed: request, then response. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AttendanceReport, MissedMeetingsReport } from '../../../src/projections/attendance/index.js';
import type { TestApi } from '../test-ledger.js';
import { get, seededApi } from './seeded.js';

let api: TestApi;
beforeAll(async () => {
  api = await seededApi();
});
afterAll(() => api.close());

describe('GET /reports/attendance', () => {
  it('answers per meeting and per organisation, with how current it is', async () => {
    const response = await get(
      api,
      '/reports/attendance?bodyId=leadership-gloucestershire&organisationId=gloucester-city-council',
    );
    expect(response.statusCode).toBe(200);
    const report = AttendanceReport.parse(response.json());
    expect(report.meetings.map((m) => m.date)).toEqual([
      '2016-09-08',
      '2016-10-27',
      '2016-12-15',
      '2018-02-22',
      '2018-06-14',
      '2018-07-26',
      '2018-10-11',
      '2018-12-06',
    ]);
    // Two substitutes a meeting: in October 2016 Cllr Dave Norman stood in for Cllr Paul James and Anne
    // Brinkhoff for Jon McGinty (fixtures/02-lg-2016-10-27.yaml); September and December repeat October.
    expect(report.organisations).toEqual([
      expect.objectContaining({ organisationId: 'gloucester-city-council', attended: 4, substitutes: 6 }),
    ]);
    expect(response.json().projectedPosition).toBe(String(await api.ledger.store.headPosition()));
  });

  it('answers as at a date', async () => {
    const response = await get(api, '/reports/attendance?asAt=2016-10-31');
    expect(response.json().meetings.map((m: { meetingId: string }) => m.meetingId)).toEqual([
      'lg-2016-09-08',
      'lg-2016-10-27',
    ]);
  });

  it('answers 400 for a date range written wrongly', async () => {
    const response = await get(api, '/reports/attendance?from=27/10/2016');
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({
      code: 'INVALID_INPUT',
      errors: [expect.objectContaining({ path: 'from' })],
    });
  });
});

describe('GET /reports/attendance/missed', () => {
  it('names the member no one attended for at three meetings running', async () => {
    // Apologies to the three 2016 meetings, and no one at June 2018's (seeded.ts makes the department a member).
    const response = await get(api, '/reports/attendance/missed');
    expect(response.statusCode).toBe(200);
    expect(MissedMeetingsReport.parse(response.json()).runs).toEqual([
      expect.objectContaining({
        organisationId: 'department-for-business-innovation-and-skills',
        missed: 4,
        limit: 3,
        ongoing: true,
      }),
    ]);
  });

  it('shows the run of three as at the end of 2016', async () => {
    const response = await get(api, '/reports/attendance/missed?asAt=2016-12-31&bodyId=leadership-gloucestershire');
    expect(response.json().runs).toEqual([expect.objectContaining({ missed: 3, ongoing: true })]);
  });

  it('answers 400 for an as-at that is not a time', async () => {
    const response = await get(api, '/reports/attendance/missed?asAt=yesterday');
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({
      code: 'INVALID_INPUT',
      errors: [expect.objectContaining({ path: 'asAt' })],
    });
  });
});
