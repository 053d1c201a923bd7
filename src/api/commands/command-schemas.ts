/** Schemas shared by every command route: the headers it reads and the body it answers with. */
import { z } from 'zod';

export const CommandHeaders = z.looseObject({
  'idempotency-key': z
    .string()
    .min(1)
    .max(200)
    .regex(/^[\x21-\x7e]+$/, 'use printable characters without spaces, e.g. a UUID or ULID')
    .optional()
    .describe('Makes the request safe to retry: a repeated key returns the first response, with the header idempotent-replayed: true, and records nothing more'),
  'if-match': z
    .string()
    .regex(/^(?:W\/)?(?:"(?:-1|\d+)"|-1|\d+)$/, 'use the ETag of your last read, e.g. "3" (quotes balanced), or "-1" for an entity that does not exist yet')
    .optional()
    .describe('The revision you last read, e.g. "3", or "-1" for an entity not yet recorded: the command is refused with 412 if the entity has changed since'),
});

/** `"3"`, `3` or `W/"3"` -> 3n. The header schema has already checked the form. */
export function parseIfMatch(header: string | undefined): bigint | undefined {
  if (header === undefined) return undefined;
  return BigInt(header.replace(/^W\//, '').replace(/"/g, ''));
}

const RecordedSummary = z.object({
  eventId: z.string().describe('The event\'s ULID'),
  type: z.string().describe('The event type, e.g. PledgeRecorded'),
  revision: z.string().describe('The event\'s 0-based revision in its stream'),
  position: z.string().describe('The event\'s position in the ledger\'s global order'),
});

export const CommandAccepted = z
  .object({
    streamId: z.string().describe('The entity the command changed, e.g. fund-devolution-capacity'),
    revision: z.string().describe('The entity\'s revision after the command: use it in If-Match next time'),
    position: z.string().describe('Global position of the last event recorded; the read models already include it'),
    events: z.array(RecordedSummary).describe('The events recorded'),
  })
  .describe('The command was accepted and recorded');
