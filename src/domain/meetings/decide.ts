/**
 * The rules for one meeting's stream: scheduled once for an established body, nothing recorded once
 * it is cancelled, an item number tabled once, and its minutes confirmed once, at a later meeting
 * of the same body. Confirmation lives on the confirmed meeting's stream so "once" is one stream's rule.
 */
import { isRejection, unreachable, type Decider, type Rejection } from '../shared/decider.js';
import { establishedBody, meetingForRecording } from '../shared/citations.js';
import { streamId } from '../shared/identifiers.js';
import { relatedState, type Related } from '../related.js';
import type { BodyState } from '../directory/state-body.js';
import {
  type ConfirmMinutes,
  type MeetingCommand,
  type PublishPapers,
  type ScheduleMeeting,
  type TableItem,
} from './commands.js';
import { organisationsOf, recordAttendance } from './decide-attendance.js';
import { changeVenue, reschedule } from './decide-changes.js';
import type { MeetingsEvent } from './events.js';
import { meetingsRejection as no, type MeetingsRejectionCode } from './rejections.js';
import { evolveMeeting, initialMeetingState, type MeetingState } from './state.js';

type Outcome = readonly MeetingsEvent[] | Rejection<MeetingsRejectionCode>;

function decide(command: MeetingCommand, state: MeetingState, related: Related): Outcome {
  if (command.type === 'ScheduleMeeting') return schedule(command, state, related);
  const { meetingId } = command.data;
  const open = meetingForRecording(state, meetingId);
  if (isRejection(open)) return open;
  switch (command.type) {
    case 'RescheduleMeeting':
      return reschedule(command, state, related);
    case 'ChangeVenue':
      return changeVenue(command, state);
    case 'RecordAttendance':
      return recordAttendance(command, state, related);
    case 'TableItem':
      return tableItem(command, state);
    case 'ConfirmMinutes':
      return confirmMinutes(command, state, related);
    case 'PublishPapers':
      return publishPapers(command, state);
    case 'CancelMeeting':
      if (state.status === 'held') return no('MEETING_ALREADY_HELD', meetingId, 'cancelled');
      return [{ type: 'MeetingCancelled', data: { meetingId, reason: command.data.reason } }];
    default:
      return unreachable(command);
  }
}

function tableItem(command: TableItem, state: MeetingState): Outcome {
  const { meetingId, number, title, presenters, kind, outcome, declarations } = command.data;
  const tabled = state.items[number];
  if (tabled) return no('ITEM_ALREADY_TABLED', number, tabled.title);
  const data = {
    meetingId,
    number,
    title,
    presenters: presenters ?? [],
    ...(kind ? { kind } : {}),
    ...(outcome ? { outcome } : {}),
    ...(declarations && declarations.length > 0 ? { declarations } : {}),
  };
  return [{ type: 'ItemTabled', data }];
}

function publishPapers(command: PublishPapers, state: MeetingState): Outcome {
  const { meetingId, publishedOn } = command.data;
  if (state.papersPublishedOn) return no('PAPERS_ALREADY_PUBLISHED', meetingId, state.papersPublishedOn);
  if (publishedOn > state.date) return no('PAPERS_AFTER_MEETING', meetingId, publishedOn, state.date);
  return [{ type: 'PapersPublished', data: { meetingId, publishedOn } }];
}

function schedule(command: ScheduleMeeting, state: MeetingState, related: Related): Outcome {
  const { meetingId, bodyId, date } = command.data;
  if (state.status !== 'unscheduled') return no('MEETING_ALREADY_SCHEDULED', meetingId);
  const body = establishedBody(relatedState<BodyState>(related, 'body', bodyId), bodyId);
  if (isRejection(body)) return body;
  if (date < body.establishedOn) return no('MEETING_BEFORE_BODY_ESTABLISHED', date, bodyId, body.establishedOn);
  const { venue, startTime, special } = command.data;
  const data = {
    meetingId,
    bodyId,
    date,
    ...(venue ? { venue } : {}),
    ...(startTime ? { startTime } : {}),
    ...(special ? { special } : {}),
  };
  return [{ type: 'MeetingScheduled', data }];
}

function confirmMinutes(command: ConfirmMinutes, state: MeetingState, related: Related): Outcome {
  const { meetingId, confirmedAtMeetingId } = command.data;
  if (state.minutesConfirmed) return no('MINUTES_ALREADY_CONFIRMED', meetingId, state.minutesConfirmed.atMeetingId);
  const later = meetingForRecording(
    relatedState<MeetingState>(related, 'meeting', confirmedAtMeetingId),
    confirmedAtMeetingId,
  );
  if (isRejection(later)) return later;
  if (later.bodyId !== state.bodyId) return no('CONFIRMING_MEETING_OTHER_BODY', confirmedAtMeetingId, state.bodyId);
  if (later.date <= state.date) return no('CONFIRMING_MEETING_NOT_LATER', confirmedAtMeetingId, state.date);
  return [{ type: 'MinutesConfirmed', data: { meetingId, confirmedAtMeetingId, confirmedOn: later.date } }];
}

function relatedStreams(command: MeetingCommand, state: MeetingState): readonly string[] {
  switch (command.type) {
    case 'ScheduleMeeting':
      return [streamId('body', command.data.bodyId)];
    case 'RecordAttendance': {
      // Until the meeting is scheduled its body is unknown, and decide rejects the command anyway.
      if (state.status === 'unscheduled') return [];
      const organisations = organisationsOf([...command.data.present, ...command.data.apologies]);
      return [streamId('body', state.bodyId), ...organisations.map((id) => streamId('organisation', id))];
    }
    case 'ConfirmMinutes':
      return [streamId('meeting', command.data.confirmedAtMeetingId)];
    case 'RescheduleMeeting':
      return state.status === 'unscheduled' ? [] : [streamId('body', state.bodyId)];
    case 'ChangeVenue':
    case 'TableItem':
    case 'PublishPapers':
    case 'CancelMeeting':
      return [];
    default:
      return unreachable(command);
  }
}

/** The meeting aggregate: stream `meeting-<id>`. */
export const meetingDecider: Decider<MeetingCommand, MeetingsEvent, MeetingState, MeetingsRejectionCode> = {
  aggregate: 'meeting',
  initialState: initialMeetingState,
  evolve: evolveMeeting,
  decide,
  streamIdOf: (command) => streamId('meeting', command.data.meetingId),
  related: relatedStreams,
};
