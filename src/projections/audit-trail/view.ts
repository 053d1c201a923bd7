/** What the audit trail answers: one entity's events, oldest first, as recorded. */
import { z } from 'zod';
import { SourceKind } from '../../store/envelope.js';

/** What people read where an event has no source: the fact was recorded without saying where it comes from. */
export const NO_SOURCE = 'recorded without a source';

/** "02-lg-2016-10-27.yaml, item 3 b)", with "(illustrative)" for a made-up fact, or "recorded without a source". */
export function describeSource(source: AuditEvent['source']): string {
  if (!source) return NO_SOURCE;
  const where = `${source.document}${source.section ? `, ${source.section}` : ''}`;
  return source.kind === 'illustrative' ? `${where} (illustrative: not from any record)` : where;
}

export const AuditEvent = z.object({
  revision: z.string().describe("The event's 0-based revision in its stream"),
  position: z.string().describe("The event's position in the ledger's global order"),
  eventId: z.string().describe("The event's ULID"),
  type: z.string().describe('What happened, e.g. PledgeRecorded'),
  actor: z
    .object({
      id: z.string().describe('Who recorded it: a token name, importer or system'),
      role: z.string().describe('Their role, e.g. clerk'),
    })
    .describe('Who recorded the event'),
  recordedAt: z.string().describe('When the ledger recorded it (server clock)'),
  occurredAt: z.string().describe('When it happened (business time, e.g. the meeting date)'),
  source: z
    .object({
      document: z.string().describe('The document, e.g. the minutes file'),
      section: z.string().nullable().describe('Where in it, e.g. item 3'),
      kind: SourceKind.nullable().describe('The kind of record; null for an event recorded before kinds were kept'),
    })
    .nullable()
    .describe('Where the fact was recorded from; null when it was recorded without a source'),
  commandId: z
    .string()
    .describe(
      'The command that recorded it: over HTTP the SHA-256 of its idempotency key (sha256:…), ' +
        'never the key itself; `ledger history` shows the key',
    ),
  commandType: z.string().describe('The command, e.g. PledgeFunding'),
  correlationId: z.string().describe('Ties together the events of one request or import'),
  prevHash: z.string().describe("The hash of the stream's previous event (64 zeros for the first)"),
  hash: z
    .string()
    .describe('sha256(prevHash + canonical JSON of the event): recompute it to prove nothing was altered'),
  data: z.record(z.string(), z.unknown()).describe("The event's data as recorded"),
});
export type AuditEvent = z.infer<typeof AuditEvent>;

export const AuditTrail = z
  .object({
    streamId: z.string().describe('The entity, e.g. fund-devolution-capacity'),
    revision: z.string().describe("The entity's latest revision in this trail"),
    events: z.array(AuditEvent).describe('Every event of the entity, oldest first'),
  })
  .describe('The history of one entity exactly as recorded');
export type AuditTrail = z.infer<typeof AuditTrail>;
