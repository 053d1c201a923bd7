/**
 * `ledger history ENTITY`: every event of one entity, oldest first, from the audit-trail read
 * model (the same query as `GET /history/{entity}`). ENTITY is a stream id such as
 * fund-devolution-capacity, or a kind and an id: `fund devolution-capacity`.
 */
import type { Command } from 'commander';
import { aggregates, parseStreamId, streamId, type Aggregate } from '../../domain/shared/identifiers.js';
import { auditTrail, describeSource, type AuditEvent, type AuditTrail } from '../../projections/audit-trail/index.js';
import { parseFormat, printJson, UsageError } from '../output.js';
import { withStoreOptions, type FormatFlags } from '../store-options.js';
import { withReadModel } from '../../projections/read.js';
import { withExistingLedger } from './open-existing.js';
import { eventSentence } from '../../web/shared/event-sentences.js';
import { formatDate } from '../../web/shared/format.js';
import { entityName } from '../../web/shared/entity-name.js';
import { loadNames, type Names } from '../../web/shared/names.js';
import { IDS_HELP } from './report/ids-option.js';

type HistoryFlags = FormatFlags & { hashes?: boolean; ids?: boolean };

const EXAMPLE = 'e.g. ledger history fund-devolution-capacity, or ledger history fund devolution-capacity';

function entityStream(entity: string, id: string | undefined): string {
  if (id !== undefined) {
    if (!(aggregates as readonly string[]).includes(entity))
      throw new UsageError(`"${entity}" is not a kind of entity: use one of ${aggregates.join(', ')} (${EXAMPLE})`);
    return streamId(entity as Aggregate, id);
  }
  if (!parseStreamId(entity))
    throw new UsageError(
      `"${entity}" is not an entity: give a stream id that begins ` +
        `${aggregates.map((a) => `${a}-`).join(', ')} (${EXAMPLE})`,
    );
  return entity;
}

function sourceOf(event: AuditEvent): string {
  return describeSource(event.source);
}

/** One readable line: revision, the business date, what happened with names, and its source. */
function eventLine(event: AuditEvent, names: Names): string {
  const when = formatDate(event.occurredAt).padEnd(17);
  return `r${event.revision.padEnd(4)} ${when} ${eventSentence(event, names)} (${sourceOf(event)})`;
}

/** The auditor's second line: the stored type, who recorded it and when, its position and hash. */
function hashLine(event: AuditEvent): string {
  return (
    `      ${event.type}; recorded ${event.recordedAt} by ${event.actor.id} ` +
    `(${event.actor.role}); position ${event.position}; hash ${event.hash}`
  );
}

/** What its first event calls an entity the directory does not name: an action's title, a person's name. */
function historyLines(trail: AuditTrail, names: Names, hashes: boolean): string[] {
  const lines = trail.events.flatMap((event) =>
    hashes ? [eventLine(event, names), hashLine(event)] : [eventLine(event, names)],
  );
  const count = trail.events.length === 1 ? '1 event' : `${trail.events.length} events`;
  return [`${entityName(trail, names)}: ${count}, oldest first`, ...lines];
}

export function registerHistory(program: Command): void {
  withStoreOptions(program.command('history'))
    .description(
      'every event of one entity, oldest first: one line each saying what happened, when and on ' +
        'what source (--hashes adds who recorded it, its position and hash)',
    )
    .argument(
      '<entity>',
      'a stream id such as fund-devolution-capacity, or a kind (organisation, body, meeting, proposal, fund, action)',
    )
    .argument('[id]', 'the id, when the first argument is a kind: ledger history fund devolution-capacity')
    .option('--format <format>', 'table or json', 'table')
    .option('--hashes', 'add a line per event with its type, who recorded it and when, its position and its hash')
    .option('--ids', IDS_HELP)
    .action(async (entity: string, id: string | undefined, options: HistoryFlags) => {
      const format = parseFormat(options.format, ['table', 'json']);
      const stream = entityStream(entity, id);
      await withExistingLedger(options, async (ledger) => {
        const found = await withReadModel(
          ledger,
          undefined,
          ({ db }) => ({ trail: auditTrail(db, stream), names: loadNames(db, { ids: options.ids === true }) }),
          { catchUp: true },
        );
        if (!found.trail) throw new UsageError(`No events are recorded for ${stream}. Check the id (${EXAMPLE}).`);
        if (format === 'json') {
          printJson(found.trail);
          return;
        }
        process.stdout.write(`${historyLines(found.trail, found.names, options.hashes === true).join('\n')}\n`);
      });
    });
}
