/**
 * A Meeting document as commands: scheduled, attendance and apologies recorded, the earlier
 * minutes confirmed, each item in the order of the minutes, then the day its papers were published.
 */
import type { MeetingDocument } from '../schemas/meeting.js';
import { planItem, type RecipientKind } from './item.js';
import { CommandList, type PlannedCommand } from './planned.js';

export function planMeeting(doc: MeetingDocument, docKey: string, recipientKind: RecipientKind): PlannedCommand[] {
  // What the meeting records happened on the day it was held, after any change of date.
  const heldOn = [...(doc.changes ?? [])].reverse().find((change) => change.date !== undefined)?.date ?? doc.date;
  const list = new CommandList(docKey, heldOn, doc.illustrative ? 'illustrative' : 'minutes');
  const meetingId = doc.id;
  const { venue, startTime, special } = doc;
  list.add(
    'ScheduleMeeting',
    { meetingId, bodyId: doc.body, date: doc.date, venue, startTime, special },
    { path: 'schedule', fieldPath: [], section: 'meeting' },
  );
  planChanges(doc, list);
  if (doc.attendance || doc.apologies) {
    const present = (doc.attendance ?? []).map(
      ({ person, organisation, description, capacity, role, substituteFor }) => ({
        person,
        ...(organisation ? { organisationId: organisation } : {}),
        ...(description ? { description } : {}),
        capacity,
        ...(role === 'chair' ? { chair: true } : {}),
        ...(substituteFor ? { substituteFor } : {}),
      }),
    );
    const apologies = (doc.apologies ?? []).map(({ person, organisation, description }) => ({
      person,
      ...(organisation ? { organisationId: organisation } : {}),
      ...(description ? { description } : {}),
    }));
    const fieldPath = doc.attendance ? ['attendance'] : ['apologies'];
    list.add(
      'RecordAttendance',
      { meetingId, present, apologies },
      { path: 'attendance', fieldPath, section: 'attendance and apologies' },
    );
  }
  if (doc.confirms) {
    const data = { meetingId: doc.confirms, confirmedAtMeetingId: meetingId };
    list.add('ConfirmMinutes', data, {
      path: 'confirms',
      fieldPath: ['confirms'],
      section: 'minutes of the last meeting',
    });
  }
  doc.items?.forEach((item, index) => {
    planItem(item, {
      list,
      meetingId,
      bodyId: doc.body,
      date: heldOn,
      attendance: doc.attendance ?? [],
      recipientKind,
      at: ['items', index],
    });
  });
  // Last, so a publication date added to a meeting already imported follows what was recorded.
  if (doc.papersPublished) {
    list.add(
      'PublishPapers',
      { meetingId, publishedOn: doc.papersPublished },
      { path: 'papers', fieldPath: ['papersPublished'], section: 'agenda and papers', occurredAt: doc.papersPublished },
    );
  }
  return list.commands;
}

/** Each change in order: a new day or time reschedules (keeping the time unless it changed), a new venue moves it. */
function planChanges(doc: MeetingDocument, list: CommandList): void {
  let { date, startTime } = doc;
  doc.changes?.forEach((change, index) => {
    const where = { fieldPath: ['changes', index], section: 'changes to the meeting' };
    if (change.date !== undefined || change.startTime !== undefined) {
      date = change.date ?? date;
      startTime = change.startTime ?? startTime;
      const data = { meetingId: doc.id, date, startTime, reason: change.reason };
      list.add('RescheduleMeeting', data, { ...where, path: `changes.${index}.time` });
    }
    if (change.venue !== undefined) {
      list.add(
        'ChangeVenue',
        { meetingId: doc.id, venue: change.venue, reason: change.reason },
        { ...where, path: `changes.${index}.venue` },
      );
    }
  });
}
