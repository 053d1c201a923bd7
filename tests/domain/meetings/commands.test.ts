import { describe, expect, it } from 'vitest';
import { meetings } from '../../../src/domain/meetings/index.js';
import { undescribedFields } from '../shared/given.js';

const definitions = Object.entries(meetings.commands);

describe('meetings command definitions', () => {
  it('define every command the decider handles, and no other', () => {
    const handled = meetings.deciders.flatMap((decider) => decider.commandTypes);
    expect(Object.keys(meetings.commands).sort()).toEqual([...handled].sort());
  });

  it.each(definitions)('%s: the example is valid', (_type, definition) => {
    expect(definition.schema.safeParse(definition.example).error).toBeUndefined();
  });

  it('describe every field, for the OpenAPI document', () => {
    expect(undescribedFields(meetings)).toEqual([]);
  });

  it.each([
    [
      'ScheduleMeeting',
      { meetingId: 'lg-2016-10-27', bodyId: 'leadership-gloucestershire', date: '2016-10-32' },
      'date',
    ],
    [
      'ScheduleMeeting',
      { meetingId: 'LG 27 Oct', bodyId: 'leadership-gloucestershire', date: '2016-10-27' },
      'meetingId',
    ],
    ['TableItem', { meetingId: 'lg-2016-10-27', number: 'three', title: 'Community Safety Review' }, 'number'],
    ['TableItem', { meetingId: 'lg-2016-10-27', number: '3', title: '' }, 'title'],
    [
      'RecordAttendance',
      { meetingId: 'lg-2016-10-27', present: [{ person: 'John Bensted', capacity: 'observer' }], apologies: [] },
      'present.0.capacity',
    ],
    [
      'RecordAttendance',
      { meetingId: 'lg-2016-10-27', present: [{ person: ' ', capacity: 'guest' }], apologies: [] },
      'present.0.person',
    ],
    ['ConfirmMinutes', { meetingId: 'lg-2016-09-08' }, 'confirmedAtMeetingId'],
    ['CancelMeeting', { meetingId: 'lg-2016-12-15' }, 'reason'],
  ])('%s refuses malformed input at %s', (type, data, field) => {
    const result = meetings.commands[type]!.schema.safeParse(data);
    expect(result.error?.issues.map((issue) => issue.path.join('.'))).toEqual([field]);
  });

  it.each(['3', '3a', '2.1', '10'])('accepts item number %s as the minutes write it', (number) => {
    expect(
      meetings.commands.TableItem!.schema.safeParse({ meetingId: 'lg-2016-10-27', number, title: 'Last meeting' })
        .success,
    ).toBe(true);
  });
});
