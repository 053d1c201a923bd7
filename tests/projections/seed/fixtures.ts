/**
 * The seed meetings' events as fixtures/*.yaml record them, decided command by command from the
 * fixtures by seed-scenario.ts: the projection and API tests take the meetings from here and never
 * write them out again, so a test cannot say something the minutes (as transcribed) do not.
 */
import type { LedgerEvent } from '../../../src/domain/index.js';
import { seedEvents } from '../../seed-scenario.js';

export const DIRECTORY_FIXTURE = '01-directory.yaml';
export const OCTOBER_2016_FIXTURE = '02-lg-2016-10-27.yaml';
export const JUNE_2018_FIXTURE = '03-lg-2018-06-14.yaml';

const seed = await seedEvents();

/** The events one fixture records, in order; with `keep`, only those it picks. */
export function fromFixture(file: string, keep: (event: LedgerEvent) => boolean = () => true): LedgerEvent[] {
  return seed
    .filter((event) => event.file === file)
    .map((event) => ({ type: event.type, data: event.data }) as LedgerEvent)
    .filter(keep);
}

/** The field of an event's data, for picking events by the entity they are about. */
export function field(event: LedgerEvent, name: string): unknown {
  return (event.data as Record<string, unknown>)[name];
}

/** Whether the event schedules the meeting. */
export const schedules = (meetingId: string) => (event: LedgerEvent) =>
  event.type === 'MeetingScheduled' && field(event, 'meetingId') === meetingId;
