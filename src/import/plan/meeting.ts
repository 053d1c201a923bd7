/**
 * A Meeting document as commands: scheduled, attendance and apologies recorded, the earlier
 * minutes confirmed, then each item in the order of the minutes.
 */
import type { MeetingDocument } from '../schemas/meeting.js';
import { planItem, type RecipientKind } from './item.js';
import { CommandList, type PlannedCommand } from './planned.js';

export function planMeeting(doc: MeetingDocument, docKey: string, recipientKind: RecipientKind): PlannedCommand[] {
  const list = new CommandList(docKey, doc.date);
  const meetingId = doc.id;
  list.add('ScheduleMeeting', { meetingId, bodyId: doc.body, date: doc.date, venue: doc.venue }, { path: 'schedule', fieldPath: [], section: 'meeting' });
  if (doc.attendance || doc.apologies) {
    const present = (doc.attendance ?? []).map(({ person, organisation, description, capacity, role, substituteFor }) => ({
      person,
      ...(organisation ? { organisationId: organisation } : {}),
      ...(description ? { description } : {}),
      capacity,
      ...(role === 'chair' ? { chair: true } : {}),
      ...(substituteFor ? { substituteFor } : {}),
    }));
    const apologies = (doc.apologies ?? []).map(({ person, organisation, description }) => ({
      person,
      ...(organisation ? { organisationId: organisation } : {}),
      ...(description ? { description } : {}),
    }));
    const fieldPath = doc.attendance ? ['attendance'] : ['apologies'];
    list.add('RecordAttendance', { meetingId, present, apologies }, { path: 'attendance', fieldPath, section: 'attendance and apologies' });
  }
  if (doc.confirms) {
    const data = { meetingId: doc.confirms, confirmedAtMeetingId: meetingId };
    list.add('ConfirmMinutes', data, { path: 'confirms', fieldPath: ['confirms'], section: 'minutes of the last meeting' });
  }
  doc.items?.forEach((item, index) => {
    planItem(item, { list, meetingId, attendance: doc.attendance ?? [], recipientKind, at: ['items', index] });
  });
  return list.commands;
}
