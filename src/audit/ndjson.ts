/**
 * The NDJSON history format, readable with no ledger code: one event per line, in global order,
 * each line the canonical JSON (keys sorted, no spaces) of
 * `{data, eventId, metadata, position, revision, streamId, type}` where `metadata` holds the
 * envelope with `prevHash` and `hash`. `revision` and `position` are JSON numbers (exact up to
 * 2^53 - 1, far beyond any ledger). To check a hash: remove `metadata.hash`, write the event
 * without `position` as canonical JSON, and take SHA-256 of `prevHash` followed by that text.
 */
import { z } from 'zod';
import { boundedLines, LineTooLong } from './bounded-lines.js';
import { canonicalJson, EventMetadata, type RecordedEvent } from '../store/envelope.js';

const Count = z.number().int().min(0).max(Number.MAX_SAFE_INTEGER);

const ExportedEvent = z.object({
  position: Count.describe("The event's place in the ledger's global order"),
  streamId: z.string().min(1).describe('The entity, e.g. fund-devolution-capacity'),
  revision: Count.describe("The event's 0-based place in its stream"),
  eventId: z.string().min(1).describe("The event's ULID"),
  type: z.string().min(1).describe('What happened, e.g. PledgeRecorded'),
  data: z
    .unknown()
    .refine((value) => value !== undefined, 'every event has data')
    .describe('The event as recorded'),
  metadata: EventMetadata.describe('The envelope: command, actor, recordedAt, occurredAt, source, prevHash and hash'),
});

function safeNumber(value: bigint, what: string): number {
  if (value < 0n || value > BigInt(Number.MAX_SAFE_INTEGER))
    throw new Error(`Bug: ${what} ${value} cannot be written exactly as a JSON number`);
  return Number(value);
}

/** One export line, without its newline. */
export function exportLine(event: RecordedEvent): string {
  const { eventId, type, streamId, data, metadata } = event;
  return canonicalJson({
    eventId,
    type,
    streamId,
    revision: safeNumber(event.revision, 'revision'),
    position: safeNumber(event.position, 'position'),
    data,
    metadata,
  });
}

/** A line of a history file that is not an exported event. */
export class HistoryFileError extends Error {
  override readonly name = 'HistoryFileError';
}

function parseLine(file: string, number: number, line: string): RecordedEvent {
  let json: unknown;
  try {
    json = JSON.parse(line);
  } catch {
    throw new HistoryFileError(
      `${file}, line ${number}: not JSON. Each line must be one event as \`ledger export --format ndjson\` writes it.`,
    );
  }
  const parsed = ExportedEvent.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new HistoryFileError(
      `${file}, line ${number}: ${issue.path.join('.') || 'the line'}: ${issue.message}. Each ` +
        `line must be one event as \`ledger export --format ndjson\` writes it.`,
    );
  }
  // The line as written, not as zod returns it: zod drops keys it does not know, and the hash covers them all.
  const { position, revision, eventId, type, streamId, data, metadata } = json as z.infer<typeof ExportedEvent>;
  return { eventId, type, streamId, data, metadata, revision: BigInt(revision), position: BigInt(position) };
}

/**
 * The longest line a history file may have: far beyond any event the ledger writes (a request body is at most 1 MiB).
 */
export const MAX_HISTORY_LINE_BYTES = 64 * 1024 * 1024;

/** Each line of the file, or a HistoryFileError at a line longer than the limit. */
async function* historyLines(file: string, maxLineBytes: number): AsyncGenerator<string> {
  try {
    yield* boundedLines(file, maxLineBytes);
  } catch (error) {
    if (!(error instanceof LineTooLong)) throw error;
    throw new HistoryFileError(
      `${file}, ${error.message}; no event the ledger exports is that long, so this is not an export of a ledger.`,
    );
  }
}

/**
 * Reads a history file's events in order, checking each line's shape and length, increasing positions and unique event
 * ids.
 */
export async function* readHistoryFile(
  file: string,
  options: { maxLineBytes?: number } = {},
): AsyncGenerator<RecordedEvent> {
  const lines = historyLines(file, options.maxLineBytes ?? MAX_HISTORY_LINE_BYTES);
  const eventIds = new Set<string>();
  let number = 0;
  let previous = -1n;
  for await (const line of lines) {
    number++;
    if (line.trim() === '') continue;
    const event = parseLine(file, number, line);
    if (event.position <= previous)
      throw new HistoryFileError(
        `${file}, line ${number}: position ${event.position} does not follow ${previous}; events ` +
          `must be in global order`,
      );
    if (eventIds.has(event.eventId))
      throw new HistoryFileError(`${file}, line ${number}: event id ${event.eventId} appears twice`);
    eventIds.add(event.eventId);
    previous = event.position;
    yield event;
  }
}
