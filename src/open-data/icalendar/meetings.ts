/** A body's meetings as an iCalendar feed: date, venue, status and a link to each meeting's page. */
import { ICalEventStatus } from 'ical-generator';
import { attendanceReport } from '../../projections/attendance/index.js';
import { directory } from '../../projections/partner-profile/index.js';
import type { OpenDataSnapshot } from '../read-models.js';
import { pages, type OpenDataSettings } from '../settings.js';
import { calendar, day, uid, versionOf } from './calendar.js';

const statusOf = {
  scheduled: ICalEventStatus.CONFIRMED,
  held: ICalEventStatus.CONFIRMED,
  'minutes-confirmed': ICalEventStatus.CONFIRMED,
  cancelled: ICalEventStatus.CANCELLED,
} as const;

/** Undefined when the directory has no such body. Meetings have no recorded start time, so each is an all-day event. */
export function meetingsCalendar(
  snapshot: OpenDataSnapshot,
  settings: OpenDataSettings,
  bodyId: string,
): string | undefined {
  const body = directory(snapshot.db).bodies.find((b) => b.bodyId === bodyId);
  if (!body) return undefined;
  const feed = calendar(`${body.name}: meetings`, `The meetings of ${body.name}`, snapshot);
  for (const meeting of attendanceReport(snapshot.db, { bodyId }).meetings) {
    const { sequence, stamp } = versionOf(snapshot.db, `meeting-${meeting.meetingId}`);
    feed.createEvent({
      id: uid(settings, `meeting-${meeting.meetingId}`),
      start: day(meeting.date),
      allDay: true,
      summary: meeting.status === 'cancelled' ? `Cancelled: ${body.name}` : body.name,
      location: meeting.venue,
      url: pages.meeting(settings, meeting.meetingId),
      description: `${body.name}, ${meeting.status}. ${pages.meeting(settings, meeting.meetingId)}`,
      status: statusOf[meeting.status],
      sequence,
      stamp,
      lastModified: stamp,
    });
  }
  return feed.toString();
}
