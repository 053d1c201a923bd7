/**
 * What a clerk records about a body's work programme (forward plan): an item planned for a future
 * meeting or month, with its kind and lead officer; moved to a later meeting, with the reason;
 * taken at a meeting; or dropped. The 2011/12 annual report: "a new work programme will be
 * considered at the June 2012 meeting". Each command's schema is in its table entry (index.ts);
 * this file holds the union and the fields planning and replanning share.
 */
import type { CommandsOf } from '../shared/feature.js';
import { Slug } from '../shared/identifiers.js';
import type { workProgrammeCommands } from './index.js';
import { Month } from './events.js';

/** When an item is planned for: a scheduled meeting of the body, or a month. */
export const plannedFor = {
  meetingId: Slug.optional().describe('The meeting it is planned for, if scheduled (give this or month)'),
  month: Month.optional().describe('The month it is planned for, YYYY-MM (give this or meetingId)'),
};

/** Every work programme command, from the table in index.ts. */
export type WorkProgrammeCommand = CommandsOf<typeof workProgrammeCommands>;
