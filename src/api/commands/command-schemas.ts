/** Schemas shared by every command route: the headers it reads, the body it answers with, and when and whence. */
import { z } from 'zod';
import { asAtProblem } from '../../domain/shared/dates.js';
import { SourceReference } from '../../store/envelope.js';

/**
 * Two fields every command body may carry beside the command's own: when the board or officer acted
 * (business time) and the document it is recorded from. Without them the ledger records the time of
 * the request and shows the fact as "recorded without a source".
 */
export const CommandProvenance = {
  occurredAt: z
    .string()
    .check((context) => {
      if (asAtProblem(context.value) === undefined) return;
      const message =
        'use the date the board or officer acted, YYYY-MM-DD (e.g. 2016-10-27), or an ISO date-time with a time zone';
      context.issues.push({ code: 'custom', message, input: context.value });
    })
    .optional()
    .describe(
      'When it happened (business time): the date the board or officer acted, e.g. 2016-10-27; defaults to now',
    ),
  source: SourceReference.optional().describe(
    'Where the fact comes from, e.g. {"document": "minutes of 27 October 2016", "section": ' +
      '"item 5", "kind": "minutes"}; ' +
      'without it the fact is shown as recorded without a source',
  ),
};

export const CommandHeaders = z.looseObject({
  'idempotency-key': z
    .string()
    .min(1)
    .max(200)
    .regex(/^[\x21-\x7e]+$/, 'use printable characters without spaces, e.g. a UUID or ULID')
    .optional()
    .describe(
      'Makes the request safe to retry: a repeated key returns the first response, with the ' +
        'header idempotent-replayed: true, and records nothing more',
    ),
  'if-match': z
    .string()
    .regex(
      /^(?:W\/)?(?:"(?:-1|\d+)"|-1|\d+)$/,
      'use the ETag of your last read, e.g. "3" (quotes balanced), or "-1" for an entity that does not exist yet',
    )
    .optional()
    .describe(
      'The revision you last read, e.g. "3", or "-1" for an entity not yet recorded: the command ' +
        'is refused with 412 if the entity has changed since',
    ),
});

/** `"3"`, `3` or `W/"3"` -> 3n. The header schema has already checked the form. */
export function parseIfMatch(header: string | undefined): bigint | undefined {
  if (header === undefined) return undefined;
  return BigInt(header.replace(/^W\//, '').replace(/"/g, ''));
}

const RecordedSummary = z.object({
  eventId: z.string().describe("The event's ULID"),
  type: z.string().describe('The event type, e.g. PledgeRecorded'),
  revision: z.string().describe("The event's 0-based revision in its stream"),
  position: z.string().describe("The event's position in the ledger's global order"),
});

export const CommandAccepted = z
  .object({
    streamId: z.string().describe('The entity the command changed, e.g. fund-devolution-capacity'),
    revision: z.string().describe("The entity's revision after the command: use it in If-Match next time"),
    position: z.string().describe('Global position of the last event recorded; the read models already include it'),
    events: z.array(RecordedSummary).describe('The events recorded'),
  })
  .describe('The command was accepted and recorded');
