/**
 * A meeting first imported as a date in the calendar ("15 December 2016 at 10am", from the
 * previous minutes) later gets its own minutes, which rarely repeat the start time or the venue.
 * A later document that leaves out the start time or venue recorded for the meeting keeps what
 * was recorded: leaving a field out neither changes nor removes it (a change of day, time or
 * venue is written under `changes`). Any other difference is still a change the import refuses.
 */
import { commandHash, commandIdOf } from './command-ids.js';
import type { ReadyCommand } from './ready.js';
import type { RecordedImports } from './recorded.js';

const KEPT_FIELDS = ['startTime', 'venue'] as const;

export function keepRecordedSchedule(command: ReadyCommand, recorded: RecordedImports): ReadyCommand {
  if (command.type !== 'ScheduleMeeting') return command;
  const earlier = recorded.get(command.docKey)?.get(command.path);
  if (!earlier || earlier.hash === command.hash) return command;
  const was = earlier.eventData as Record<string, unknown> | null;
  if (typeof was !== 'object' || was === null) return command;
  const data: Record<string, unknown> = { ...command.data };
  for (const field of KEPT_FIELDS) if (data[field] === undefined && was[field] !== undefined) data[field] = was[field];
  const hash = commandHash(command.type, data);
  if (hash !== earlier.hash) return command;
  return { ...command, data, hash, commandId: commandIdOf({ docKey: command.docKey, path: command.path, hash }) };
}
