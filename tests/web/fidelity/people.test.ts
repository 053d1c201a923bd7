/**
 * People and meetings as the minutes write them (issue 14): one person under every form of their
 * name, the principal advisers the terms of reference name, a substitute who is the nominated
 * deputy, and papers published later than the notice the terms set. Each fact from the seeds is
 * checked against the published text it is quoted from.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importFixtures } from '../../../src/cli/fixtures.js';
import { attendanceReportKind } from '../../../src/cli/commands/report/attendance.js';
import { withReadModel } from '../../../src/projections/read.js';
import { loadNames } from '../../../src/web/shared/names.js';
import type { AttendanceReport } from '../../../src/projections/attendance/index.js';
import { testApi, type TestApi } from '../../api/test-ledger.js';

const minutes = (name: string) => readFileSync(new URL(`../../../fixtures/minutes/${name}`, import.meta.url), 'utf8');

let api: TestApi;
beforeAll(async () => {
  api = await testApi();
  await importFixtures(api.ledger, { illustrative: true });
});
afterAll(() => api.close());

async function json<T>(url: string, headers: Record<string, string> = {}): Promise<T> {
  const response = await api.app.inject({ method: 'GET', url, headers });
  expect(response.statusCode, url).toBe(200);
  return response.json<T>();
}

async function html(url: string): Promise<string> {
  const response = await api.app.inject({ method: 'GET', url });
  expect(response.statusCode, url).toBe(200);
  return response.body
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#39;/g, "'")
    .replace(/\s+/g, ' ');
}

const attendance = () => json<AttendanceReport>('/reports/attendance?bodyId=leadership-gloucestershire');
const meeting = (report: AttendanceReport, id: string) => report.meetings.find((m) => m.meetingId === id)!;

async function owned(owner: string): Promise<string[]> {
  const list = await json<{ actions: Array<{ actionId: string }> }>(
    `/reports/actions?owner=${encodeURIComponent(owner)}`,
  );
  return list.actions.map((action) => action.actionId);
}

/** The CLI's attendance table, from the same read model as the API. */
async function attendanceTable(): Promise<string> {
  const lines = await withReadModel(api.ledger, undefined, ({ db }) => {
    const report = attendanceReportKind.query(db, { bodyId: 'leadership-gloucestershire' }, undefined);
    return attendanceReportKind.table(report, loadNames(db));
  });
  return lines.join('\n');
}

describe('people are a directory with aliases', () => {
  it('counts Cllr Christopher Hancock (2016) and Cllr Chris Hancock (2018) as one person', async () => {
    expect(minutes('lg-2016-10-27.txt')).toContain('Cllr Christopher Hancock Christine Gore\tCotswold DC');
    expect(minutes('lg-2016-10-27.txt')).toContain('Cllr Chris Hancock recognised that the picture was complex');
    expect(minutes('lg-2018-06-14.txt')).toContain('Cllr Chris Hancock Christine Gore\tCotswold District Council');
    const rows = (await attendance()).people.filter((p) => /Hancock/.test(p.person));
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ person: 'Cllr Chris Hancock', personId: 'chris-hancock' });
    // 27 October 2016, 14 June 2018 and the illustrative meeting of 20 September 2018.
    expect(rows[0]!.attended).toBe(3);
  });

  it('finds an owner by an alias the minutes use, in any case, with or without titles', async () => {
    expect(minutes('lg-2018-06-14.txt')).toContain('Action – ACC Julian Moss and Tanya Richards');
    const hers = await owned('Dr Tanya Richardson');
    expect(hers).toContain('lg-2018-06-14-4-a');
    expect(await owned('Tanya Richards')).toEqual(hers);
    expect(await owned('TANYA RICHARDS')).toEqual(hers);
    expect(await owned('Assistant Chief Constable Julian Moss')).toEqual(await owned('Julian Moss'));
    expect(await owned('Chief Constable Julian Moss')).toEqual(await owned('Julian Moss'));
    expect(await owned('Tanya Moss')).toEqual([]);
  });
});

describe('the principal advisers', () => {
  it('records the posts the terms of reference name, and shows them on the body page', async () => {
    expect(minutes('annual-report-2011-12.txt')).toContain(
      "The County Council Chief Executive and a District Council Chief Executive will be LG's " +
        "principal advisers and will play a full role in meetings. Tewkesbury Borough Council's " +
        'Chief Executive will take up the nomination in the first instance.',
    );
    const page = await html('/bodies/leadership-gloucestershire');
    const advisers = page.slice(page.indexOf('Principal advisers'), page.indexOf('Terms of reference'));
    expect(advisers).toContain('County Council Chief Executive, Gloucestershire County Council');
    expect(advisers).toContain("Tewkesbury Borough Council's Chief Executive, Tewkesbury Borough Council");
  });
});

describe("papers' publication date", () => {
  it(
    'flags the papers of a meeting published later than the notice as late, in the report, the ' + 'CLI and the page',
    async () => {
      expect(minutes('annual-report-2011-12.txt')).toContain(
        'Agendas and papers will be published 7 days in advance of the meeting.',
      );
      const report = await attendance();
      // The illustrative meeting of 20 September 2018 had its papers out on the 17th: three days, not seven.
      expect(meeting(report, 'lg-2018-09-20')).toMatchObject({
        papersPublishedOn: '2018-09-17',
        noticeDays: 7,
        papersLate: true,
      });
      // The minutes give no publication date for the seed meetings, so none is recorded and none is late.
      expect(meeting(report, 'lg-2016-10-27')).toMatchObject({ papersPublishedOn: null, papersLate: false });
      expect(await attendanceTable()).toContain("published 2018-09-17, papers late (7 days' notice)");
      expect(await html('/meetings/lg-2018-09-20')).toContain('Papers late');
      expect(await html('/meetings/lg-2016-10-27')).toContain('Publication date not recorded');
    },
  );

  it('refuses papers dated after the meeting, saying why', async () => {
    const response = await api.app.inject({
      method: 'POST',
      url: '/meetings/lg-2016-10-27/papers',
      payload: { publishedOn: '2016-10-28' },
      headers: api.bearer('clerk'),
    });
    expect(response.statusCode).toBe(409);
    expect(response.body).toContain('PAPERS_AFTER_MEETING');
    expect(response.body).toContain('after the meeting on 2016-10-27; check the date');
  });
});

describe('nominated deputies', () => {
  it('marks a substitute who is the nominated deputy in the report, the CLI and the page', async () => {
    const before = meeting(await attendance(), 'lg-2016-10-27');
    expect(before.present.find((p) => p.person === 'Cllr Dave Norman')?.nominatedDeputy).toBe(false);
    // Illustrative: the minutes do not say who Gloucester City's nominated deputy was; this test appoints one.
    const response = await api.app.inject({
      method: 'POST',
      url: '/bodies/leadership-gloucestershire/representatives',
      payload: {
        organisationId: 'gloucester-city-council',
        person: 'Councillor Dave Norman',
        role: 'deputy',
        from: '2016-05-01',
      },
      headers: api.bearer('clerk'),
    });
    expect(response.statusCode, response.body).toBeLessThan(300);
    const after = meeting(await attendance(), 'lg-2016-10-27');
    expect(after.present.find((p) => p.person === 'Cllr Dave Norman')?.nominatedDeputy).toBe(true);
    // Anne Brinkhoff stood in for Jon McGinty but is not a nominated deputy; nor is anyone who substituted for no one.
    expect(after.present.find((p) => p.person === 'Anne Brinkhoff')?.nominatedDeputy).toBe(false);
    expect(await attendanceTable()).toContain('Cllr Dave Norman, the nominated deputy, attended in their place');
    expect(await html('/meetings/lg-2016-10-27')).toContain('Nominated deputy, substitute for Cllr Paul James');
  });
});
