/**
 * A meeting: date, venue, status, attendance, and each agenda item with its options, positions,
 * resolutions, money and actions; links to the body's previous and next meetings.
 */
import { z } from 'zod';
import { actionTrackerProjection, listActions } from '../../projections/action-tracker/index.js';
import { attendanceProjection, attendanceReport } from '../../projections/attendance/index.js';
import { auditTrail, auditTrailProjection } from '../../projections/audit-trail/index.js';
import { decisionRegisterProjection, listDecisions, type DecisionView } from '../../projections/decision-register/index.js';
import { formatDate } from '../shared/format.js';
import type { PageDefinition } from '../shared/page.js';
import { withReadModels } from '../shared/read-models.js';

interface Item {
  readonly number: string;
  readonly title: string;
  readonly presenters: readonly string[];
  readonly decisions: DecisionView[];
}

/** The agenda as tabled (from the meeting's own events), with the register's decisions under each item. */
function agenda(events: ReadonlyArray<{ type: string; data: Record<string, unknown> }>, decisions: readonly DecisionView[]): Item[] {
  const tabled = events.filter((e) => e.type === 'ItemTabled').map((e) => ({ number: String(e.data.number), title: String(e.data.title), presenters: (e.data.presenters as string[] | undefined) ?? [] }));
  const numbers = new Set(tabled.map((item) => item.number));
  const untabled = decisions.filter((d) => !numbers.has(d.item)).map((d) => ({ number: d.item, title: d.itemTitle ?? `Item ${d.item}`, presenters: [] }));
  return [...tabled, ...untabled.filter((item, index) => untabled.findIndex((other) => other.number === item.number) === index)].map((item) => ({
    ...item,
    decisions: decisions.filter((d) => d.item === item.number),
  }));
}

export const meetingPage: PageDefinition<z.ZodObject> = {
  url: '/meetings/:meetingId',
  template: 'meetings/page.njk',
  query: z.object({}),
  async load({ ledger, asAt, params, link }) {
    const meetingId = params.meetingId!;
    const projections = [attendanceProjection, decisionRegisterProjection, actionTrackerProjection, auditTrailProjection];
    const found = await withReadModels(ledger, projections, asAt, ({ db, names }) => {
      const meetings = attendanceReport(db, {}).meetings;
      const meeting = meetings.find((m) => m.meetingId === meetingId);
      if (!meeting) return undefined;
      const ofBody = meetings.filter((m) => m.bodyId === meeting.bodyId);
      const index = ofBody.indexOf(meeting);
      const decisions = listDecisions(db, { bodyId: meeting.bodyId, from: meeting.date, to: meeting.date }).decisions.filter((d) => d.meetingId === meetingId);
      const events = auditTrail(db, `meeting-${meetingId}`)?.events ?? [];
      const confirmed = events.find((e) => e.type === 'MinutesConfirmed')?.data as { confirmedAtMeetingId: string; confirmedOn: string } | undefined;
      return {
        names,
        meeting,
        previous: ofBody[index - 1] ?? null,
        next: ofBody[index + 1] ?? null,
        confirmed: confirmed ?? null,
        items: agenda(events, decisions),
        actions: listActions(db, { bodyId: meeting.bodyId }).actions.filter((a) => a.origin.meetingId === meetingId),
      };
    });
    if (!found) return { notFound: `No meeting ${meetingId} is recorded${asAt ? ` as at ${asAt}` : ''}.`, lookIn: { text: 'the meetings listed on the home page', href: link('/') } };
    return {
      title: `${found.names.body(found.meeting.bodyId)}, ${formatDate(found.meeting.date)}`,
      ...found,
      alternates: [
        { text: 'Attendance (JSON)', href: link('/reports/attendance', { bodyId: found.meeting.bodyId, from: found.meeting.date, to: found.meeting.date }) },
        { text: 'Decisions (JSON)', href: link('/reports/decisions', { bodyId: found.meeting.bodyId, from: found.meeting.date, to: found.meeting.date }) },
        { text: 'History of the meeting (JSON)', href: link(`/history/meeting-${meetingId}`) },
      ],
    };
  },
};
