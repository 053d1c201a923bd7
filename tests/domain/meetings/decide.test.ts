import { describe, expect, it } from 'vitest';
import type { MeetingCommand } from '../../../src/domain/meetings/commands.js';
import type { MeetingsEvent } from '../../../src/domain/meetings/events.js';
import { meetingDecider } from '../../../src/domain/meetings/index.js';
import { decideAfter, type Outcome } from '../shared/given.js';
import { GCC, LG, STROUD } from '../directory/fixtures.js';
import {
  DEC_2016,
  OCT_2016,
  SEP_2016,
  attended,
  cancelled,
  directoryWorld,
  meetingWorld,
  member,
  scheduled,
} from './fixtures.js';

type Row = [string, MeetingsEvent[], MeetingCommand, Record<string, unknown>, Outcome<MeetingsEvent>];

const octoberData = { meetingId: OCT_2016, bodyId: LG, date: '2016-10-27', venue: 'Shire Hall, Gloucester' };
const october: MeetingsEvent = { type: 'MeetingScheduled', data: octoberData };
const september = scheduled(SEP_2016, '2016-09-08');
const octoberHeld = [october, attended(OCT_2016, [member('Cllr Mark Hawthorne', GCC, { chair: true })])];

const schedule: MeetingCommand = { type: 'ScheduleMeeting', data: octoberData };
const tableItem = (number: string, title: string, presenters?: string[]): MeetingCommand => ({
  type: 'TableItem',
  data: { meetingId: OCT_2016, number, title, ...(presenters ? { presenters } : {}) },
});
const communitySafety = tableItem('3', 'Community Safety Review', ['Richard Bradley', 'John Bensted']);
const itemTabled = (number: string, title: string, presenters: string[] = []): MeetingsEvent => ({
  type: 'ItemTabled',
  data: { meetingId: OCT_2016, number, title, presenters },
});
const confirm = (meetingId: string, confirmedAtMeetingId: string): MeetingCommand => ({
  type: 'ConfirmMinutes',
  data: { meetingId, confirmedAtMeetingId },
});
const confirmSeptember = confirm(SEP_2016, OCT_2016);
const septemberConfirmed: MeetingsEvent = {
  type: 'MinutesConfirmed',
  data: { meetingId: SEP_2016, confirmedAtMeetingId: OCT_2016, confirmedOn: '2016-10-27' },
};
const cancel = (meetingId: string): MeetingCommand => ({
  type: 'CancelMeeting',
  data: { meetingId, reason: 'Not quorate' },
});

const december = scheduled(DEC_2016, '2016-12-15', LG, 'Shire Hall, Gloucester');
const reschedule = (data: Record<string, unknown>): MeetingCommand => ({
  type: 'RescheduleMeeting',
  data: { meetingId: DEC_2016, date: '2016-12-15', ...data },
});
const changeVenue = (venue: string): MeetingCommand => ({
  type: 'ChangeVenue',
  data: { meetingId: DEC_2016, venue, reason: 'Illustrative: room booked twice' },
});
const rescheduled = (data: Record<string, unknown>): MeetingsEvent =>
  ({ type: 'MeetingRescheduled', data: { meetingId: DEC_2016, previousDate: '2016-12-15', ...data } }) as MeetingsEvent;
const kpmgDecided: MeetingCommand = {
  type: 'TableItem',
  data: {
    meetingId: OCT_2016,
    number: '5',
    title: 'KPMG Review',
    kind: 'decision',
    outcome: 'agreed',
    declarations: [{ person: 'Cllr A Example', interest: 'Illustrative' }],
  },
};

const rows: Row[] = [
  [
    'schedules a special meeting with its start time',
    [],
    { type: 'ScheduleMeeting', data: { ...octoberData, startTime: '10:00', special: true } },
    directoryWorld,
    { events: [{ type: 'MeetingScheduled', data: { ...octoberData, startTime: '10:00', special: true } }] },
  ],
  [
    "records the day a meeting's papers were published",
    [october],
    { type: 'PublishPapers', data: { meetingId: OCT_2016, publishedOn: '2016-10-20' } },
    directoryWorld,
    { events: [{ type: 'PapersPublished', data: { meetingId: OCT_2016, publishedOn: '2016-10-20' } }] },
  ],
  [
    "a meeting's papers are recorded as published once",
    [october, { type: 'PapersPublished', data: { meetingId: OCT_2016, publishedOn: '2016-10-20' } }],
    { type: 'PublishPapers', data: { meetingId: OCT_2016, publishedOn: '2016-10-21' } },
    directoryWorld,
    { rejected: 'PAPERS_ALREADY_PUBLISHED' },
  ],
  [
    'papers are not published after the meeting',
    [october],
    { type: 'PublishPapers', data: { meetingId: OCT_2016, publishedOn: '2016-10-28' } },
    directoryWorld,
    { rejected: 'PAPERS_AFTER_MEETING' },
  ],
  [
    'reschedules a meeting to another day, keeping the day it was set for',
    [december],
    reschedule({ date: '2016-12-16', reason: 'Illustrative: clash' }),
    directoryWorld,
    { events: [rescheduled({ date: '2016-12-16', reason: 'Illustrative: clash' })] },
  ],
  [
    'reschedules a meeting to another start time on the same day',
    [december],
    reschedule({ startTime: '14:00' }),
    directoryWorld,
    { events: [rescheduled({ date: '2016-12-15', startTime: '14:00' })] },
  ],
  [
    'a reschedule names a new day or time',
    [december],
    reschedule({}),
    directoryWorld,
    { rejected: 'MEETING_TIME_UNCHANGED' },
  ],
  [
    'a meeting already held is not moved',
    octoberHeld,
    { type: 'RescheduleMeeting', data: { meetingId: OCT_2016, date: '2016-11-03' } },
    directoryWorld,
    { rejected: 'MEETING_ALREADY_HELD' },
  ],
  [
    'a cancelled meeting is not moved',
    [december, cancelled(DEC_2016)],
    reschedule({ date: '2016-12-16' }),
    directoryWorld,
    { rejected: 'MEETING_CANCELLED' },
  ],
  [
    'a meeting not scheduled is not moved',
    [],
    reschedule({ date: '2016-12-16' }),
    directoryWorld,
    { rejected: 'MEETING_NOT_SCHEDULED' },
  ],
  [
    'a meeting is not moved to before its body existed',
    [december],
    reschedule({ date: '2009-12-16' }),
    directoryWorld,
    { rejected: 'DATE_BEFORE_ESTABLISHMENT' },
  ],
  [
    'moves a meeting to another venue, keeping the venue it was set for',
    [december],
    changeVenue('Ebley Mill, Stroud'),
    {},
    {
      events: [
        {
          type: 'MeetingVenueChanged',
          data: {
            meetingId: DEC_2016,
            venue: 'Ebley Mill, Stroud',
            previousVenue: 'Shire Hall, Gloucester',
            reason: 'Illustrative: room booked twice',
          },
        },
      ],
    },
  ],
  [
    'sets the venue of a meeting scheduled without one',
    [scheduled(DEC_2016, '2016-12-15')],
    changeVenue('Ebley Mill, Stroud'),
    {},
    {
      events: [
        {
          type: 'MeetingVenueChanged',
          data: { meetingId: DEC_2016, venue: 'Ebley Mill, Stroud', reason: 'Illustrative: room booked twice' },
        },
      ],
    },
  ],
  [
    'a venue change names a new venue',
    [december],
    changeVenue('Shire Hall, Gloucester'),
    {},
    { rejected: 'MEETING_VENUE_UNCHANGED' },
  ],
  [
    'a meeting already held keeps its venue',
    [scheduled(DEC_2016, '2016-12-15'), attended(DEC_2016, [member('Cllr Mark Hawthorne', GCC, { chair: true })])],
    changeVenue('Ebley Mill, Stroud'),
    {},
    { rejected: 'MEETING_ALREADY_HELD' },
  ],
  [
    'a cancelled meeting keeps its venue',
    [december, cancelled(DEC_2016)],
    changeVenue('Ebley Mill, Stroud'),
    {},
    { rejected: 'MEETING_CANCELLED' },
  ],
  [
    'a meeting not scheduled has no venue to change',
    [],
    changeVenue('Ebley Mill, Stroud'),
    {},
    { rejected: 'MEETING_NOT_SCHEDULED' },
  ],
  [
    'tables an item with its kind, outcome and declarations',
    [october],
    kpmgDecided,
    {},
    { events: [{ type: 'ItemTabled', data: { ...kpmgDecided.data, presenters: [] } }] },
  ],

  ['schedules the 27 October 2016 meeting at Shire Hall', [], schedule, directoryWorld, { events: [october] }],
  ['a meeting is scheduled once', [october], schedule, directoryWorld, { rejected: 'MEETING_ALREADY_SCHEDULED' }],
  ['the body must be established', [], schedule, {}, { rejected: 'BODY_NOT_ESTABLISHED' }],
  [
    'the body cannot meet before it existed',
    [],
    { type: 'ScheduleMeeting', data: { meetingId: 'lg-2010-03-12', bodyId: LG, date: '2010-03-12' } },
    directoryWorld,
    { rejected: 'DATE_BEFORE_ESTABLISHMENT' },
  ],

  [
    'tables item 3 with its presenters',
    [october],
    communitySafety,
    {},
    { events: [itemTabled('3', 'Community Safety Review', ['Richard Bradley', 'John Bensted'])] },
  ],
  [
    'tables item 3a after item 3, with no presenters named',
    [october, itemTabled('3', 'Community Safety Review')],
    tableItem('3a', 'Community Safety Review: funding'),
    {},
    { events: [itemTabled('3a', 'Community Safety Review: funding')] },
  ],
  [
    'tables items on a meeting already held',
    octoberHeld,
    communitySafety,
    {},
    { events: [itemTabled('3', 'Community Safety Review', ['Richard Bradley', 'John Bensted'])] },
  ],
  [
    'an item number is tabled once per meeting',
    [october, itemTabled('3', 'Community Safety Review')],
    tableItem('3', 'KPMG Review'),
    {},
    { rejected: 'ITEM_ALREADY_TABLED' },
  ],
  ['no item on a meeting not scheduled', [], communitySafety, {}, { rejected: 'MEETING_NOT_SCHEDULED' }],
  [
    'no item on a cancelled meeting',
    [october, cancelled(OCT_2016)],
    communitySafety,
    {},
    { rejected: 'MEETING_CANCELLED' },
  ],

  [
    'confirms the September minutes at the October meeting',
    [september],
    confirmSeptember,
    meetingWorld(octoberHeld),
    { events: [septemberConfirmed] },
  ],
  [
    'minutes are confirmed once',
    [september, septemberConfirmed],
    confirm(SEP_2016, DEC_2016),
    meetingWorld([scheduled(DEC_2016, '2016-12-15')]),
    { rejected: 'MINUTES_ALREADY_CONFIRMED' },
  ],
  [
    'the meeting whose minutes are confirmed must be in the ledger',
    [],
    confirmSeptember,
    meetingWorld(octoberHeld),
    { rejected: 'MEETING_NOT_SCHEDULED' },
  ],
  [
    'the confirming meeting must be in the ledger',
    [september],
    confirmSeptember,
    {},
    { rejected: 'MEETING_NOT_SCHEDULED' },
  ],
  [
    'a cancelled meeting has no minutes to confirm',
    [september, cancelled(SEP_2016)],
    confirmSeptember,
    meetingWorld(octoberHeld),
    { rejected: 'MEETING_CANCELLED' },
  ],
  [
    'a cancelled meeting confirms no minutes',
    [september],
    confirmSeptember,
    meetingWorld([october, cancelled(OCT_2016)]),
    { rejected: 'MEETING_CANCELLED' },
  ],
  [
    'minutes are confirmed by the same body',
    [september],
    confirmSeptember,
    meetingWorld([scheduled(OCT_2016, '2016-10-27', 'devolution-officer-group')]),
    { rejected: 'MEETING_OF_ANOTHER_BODY' },
  ],
  [
    'minutes are confirmed at a later meeting',
    [october],
    confirm(OCT_2016, SEP_2016),
    meetingWorld([september]),
    { rejected: 'MEETING_NOT_LATER' },
  ],
  [
    'a meeting does not confirm its own minutes',
    octoberHeld,
    confirm(OCT_2016, OCT_2016),
    meetingWorld(octoberHeld),
    { rejected: 'MEETING_NOT_LATER' },
  ],

  [
    'cancels a scheduled meeting',
    [scheduled(DEC_2016, '2016-12-15')],
    cancel(DEC_2016),
    {},
    { events: [cancelled(DEC_2016)] },
  ],
  [
    'a meeting already held cannot be cancelled',
    octoberHeld,
    cancel(OCT_2016),
    {},
    { rejected: 'MEETING_ALREADY_HELD' },
  ],
  [
    'a meeting whose minutes were confirmed cannot be cancelled',
    [september, septemberConfirmed],
    cancel(SEP_2016),
    {},
    { rejected: 'MEETING_ALREADY_HELD' },
  ],
  [
    'a meeting is cancelled once',
    [october, cancelled(OCT_2016)],
    cancel(OCT_2016),
    {},
    { rejected: 'MEETING_CANCELLED' },
  ],
  ['a meeting not scheduled cannot be cancelled', [], cancel(OCT_2016), {}, { rejected: 'MEETING_NOT_SCHEDULED' }],
];

describe('meeting decider', () => {
  it.each(rows)('%s', (_name, history, command, world, expected) => {
    expect(decideAfter(meetingDecider, history, command, world)).toEqual(expected);
  });

  it.each<[string, MeetingsEvent[], MeetingCommand, string[]]>([
    ['scheduling reads the body', [], schedule, ['body-leadership-gloucestershire']],
    ['confirming reads the confirming meeting', [september], confirmSeptember, ['meeting-lg-2016-10-27']],
    ['tabling reads nothing else', [october], communitySafety, []],
    [
      'rescheduling reads the body',
      [december],
      reschedule({ date: '2016-12-16' }),
      ['body-leadership-gloucestershire'],
    ],
    ['a venue change reads nothing else', [december], changeVenue('Ebley Mill, Stroud'), []],
    [
      'attendance reads the body and each organisation named',
      [october],
      {
        type: 'RecordAttendance',
        data: {
          meetingId: OCT_2016,
          present: [member('Cllr Steve Lydon', STROUD)],
          apologies: [{ person: 'Cllr Paul James', organisationId: 'gloucester-city-council' }],
        },
      },
      [
        'body-leadership-gloucestershire',
        'organisation-stroud-district-council',
        'organisation-gloucester-city-council',
      ],
    ],
    [
      'attendance at an unknown meeting reads nothing',
      [],
      {
        type: 'RecordAttendance',
        data: { meetingId: OCT_2016, present: [member('Cllr Steve Lydon', STROUD)], apologies: [] },
      },
      [],
    ],
  ])('%s', (_name, history, command, streams) => {
    const state = history.reduce(meetingDecider.evolve, meetingDecider.initialState);
    expect(meetingDecider.related?.(command, state)).toEqual(streams);
  });
});
