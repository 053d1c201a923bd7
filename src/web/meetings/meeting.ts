/**
 * A meeting: date, venue, status, attendance, and each agenda item with its options, positions,
 * resolutions, money and actions; links to the body's previous and next meetings.
 */
import { z } from 'zod';
import { listActions } from '../../projections/action-tracker/index.js';
import { attendanceReport } from '../../projections/attendance/index.js';
import { auditTrail } from '../../projections/audit-trail/index.js';
import { listDecisions, type DecisionView } from '../../projections/decision-register/index.js';
import { formatDate } from '../shared/format.js';
import type { PageDefinition } from '../shared/page.js';
import { personIds } from '../people/people.js';
import { withReadModels } from '../shared/read-models.js';
import { withReadableText } from '../shared/decision-text.js';

interface Item {
  readonly number: string;
  readonly title: string;
  readonly presenters: readonly string[];
  readonly kind?: string;
  readonly outcome?: string;
  readonly declarations?: ReadonlyArray<{ person: string; interest: string }>;
  readonly keyDates?: ReadonlyArray<{ date: string; what: string }>;
  readonly decisions: DecisionView[];
}

type MeetingEvent = { type: string; data: Record<string, unknown>; occurredAt?: string | null | undefined };

/** Each time the meeting was moved before it was held, in the words the page shows. */
function changesOf(events: readonly MeetingEvent[]): string[] {
  return events.flatMap((event) => {
    const { data } = event;
    const reason = typeof data.reason === 'string' ? ` (${data.reason})` : '';
    if (event.type === 'MeetingRescheduled') {
      const at = (date: unknown, time: unknown) =>
        `${formatDate(String(date))}${typeof time === 'string' ? ` at ${time}` : ''}`;
      return [
        `Moved from ${at(data.previousDate, data.previousStartTime)} to ${at(data.date, data.startTime)}${reason}`,
      ];
    }
    if (event.type === 'MeetingVenueChanged') {
      const from = typeof data.previousVenue === 'string' ? `from ${data.previousVenue} ` : '';
      return [`Venue changed ${from}to ${String(data.venue)}${reason}`];
    }
    return [];
  });
}

/** The agenda as tabled (from the meeting's own events), with the register's decisions under each item. */
function agenda(
  events: ReadonlyArray<{ type: string; data: Record<string, unknown> }>,
  decisions: readonly DecisionView[],
): Item[] {
  const tabled = events
    .filter((e) => e.type === 'ItemTabled')
    .map((e) => ({
      number: String(e.data.number),
      title: String(e.data.title),
      presenters: (e.data.presenters as string[] | undefined) ?? [],
      ...(typeof e.data.kind === 'string' ? { kind: e.data.kind } : {}),
      ...(typeof e.data.outcome === 'string' ? { outcome: e.data.outcome } : {}),
      declarations: (e.data.declarations as Item['declarations']) ?? [],
      keyDates: (e.data.keyDates as Item['keyDates']) ?? [],
    }));
  const numbers = new Set(tabled.map((item) => item.number));
  const untabled = decisions
    .filter((d) => !numbers.has(d.item))
    .map((d) => ({ number: d.item, title: d.itemTitle ?? `Item ${d.item}`, presenters: [] }));
  return [
    ...tabled,
    ...untabled.filter((item, index) => untabled.findIndex((other) => other.number === item.number) === index),
  ].map((item) => ({
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
    const found = await withReadModels(ledger, asAt, ({ db, names }) => {
      const meetings = attendanceReport(db, {}).meetings;
      const meeting = meetings.find((m) => m.meetingId === meetingId);
      if (!meeting) return undefined;
      const ofBody = meetings.filter((m) => m.bodyId === meeting.bodyId);
      const index = ofBody.indexOf(meeting);
      const decisions = listDecisions(db, {
        bodyId: meeting.bodyId,
        from: meeting.date,
        to: meeting.date,
      })
        .decisions.filter((d) => d.meetingId === meetingId)
        .map((d) => withReadableText(d, names));
      const events = auditTrail(db, `meeting-${meetingId}`)?.events ?? [];
      const scheduled = events.find((e) => e.type === 'MeetingScheduled')?.data;
      const startTime = [...events]
        .reverse()
        .find((e) => e.type === 'MeetingRescheduled' || e.type === 'MeetingScheduled')?.data.startTime;
      const confirmed = events.find((e) => e.type === 'MinutesConfirmed')?.data as
        { confirmedAtMeetingId: string; confirmedOn: string } | undefined;
      return {
        names,
        personId: personIds(db),
        meeting,
        previous: ofBody[index - 1] ?? null,
        next: ofBody[index + 1] ?? null,
        confirmed: confirmed ?? null,
        startTime: typeof startTime === 'string' ? startTime : null,
        special: scheduled?.special === true,
        changes: changesOf(events),
        items: agenda(events, decisions),
        actions: listActions(db, { bodyId: meeting.bodyId }).actions.filter((a) => a.origin.meetingId === meetingId),
      };
    });
    if (!found)
      return {
        notFound: `No meeting ${meetingId} is recorded${asAt ? ` as at ${asAt}` : ''}.`,
        lookIn: { text: 'the meetings listed on the home page', href: link('/') },
      };
    return {
      title: `${found.names.body(found.meeting.bodyId)}, ${formatDate(found.meeting.date)}`,
      ...found,
      alternates: [
        {
          text: 'Attendance (JSON)',
          href: link('/reports/attendance', {
            bodyId: found.meeting.bodyId,
            from: found.meeting.date,
            to: found.meeting.date,
          }),
        },
        {
          text: 'Decisions (JSON)',
          href: link('/reports/decisions', {
            bodyId: found.meeting.bodyId,
            from: found.meeting.date,
            to: found.meeting.date,
          }),
        },
        { text: 'History of the meeting (JSON)', href: link(`/history/meeting-${meetingId}`) },
      ],
    };
  },
};
