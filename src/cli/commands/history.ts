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
import { withExistingLedger } from './open-existing.js';
import { withReadModel } from './report/read-model.js';

const EXAMPLE = 'e.g. ledger history fund-devolution-capacity, or ledger history fund devolution-capacity';

function entityStream(entity: string, id: string | undefined): string {
  if (id !== undefined) {
    if (!(aggregates as readonly string[]).includes(entity)) throw new UsageError(`"${entity}" is not a kind of entity: use one of ${aggregates.join(', ')} (${EXAMPLE})`);
    return streamId(entity as Aggregate, id);
  }
  if (!parseStreamId(entity)) throw new UsageError(`"${entity}" is not an entity: give a stream id that begins ${aggregates.map((a) => `${a}-`).join(', ')} (${EXAMPLE})`);
  return entity;
}

function eventLines(event: AuditEvent): string[] {
  const source = describeSource(event.source);
  return [
    `r${event.revision.padEnd(4)} ${event.type.padEnd(26)} recorded ${event.recordedAt} by ${event.actor.id} (${event.actor.role}); happened ${event.occurredAt}`,
    `      source: ${source}; position ${event.position}; hash ${event.hash}`,
  ];
}

function historyLines(trail: AuditTrail): string[] {
  return [`${trail.streamId}: ${trail.events.length} events, oldest first`, ...trail.events.flatMap(eventLines)];
}

export function registerHistory(program: Command): void {
  withStoreOptions(program.command('history'))
    .description('every event of one entity, oldest first: type, who recorded it and when, when it happened, source, revision and hash')
    .argument('<entity>', 'a stream id such as fund-devolution-capacity, or a kind (organisation, body, meeting, proposal, fund, action)')
    .argument('[id]', 'the id, when the first argument is a kind: ledger history fund devolution-capacity')
    .option('--format <format>', 'table or json', 'table')
    .action(async (entity: string, id: string | undefined, options: FormatFlags) => {
      const format = parseFormat(options.format, ['table', 'json']);
      const stream = entityStream(entity, id);
      await withExistingLedger(options, async (ledger) => {
        const trail = await withReadModel(ledger, undefined, (db) => auditTrail(db, stream));
        if (!trail) throw new UsageError(`No events are recorded for ${stream}. Check the id (${EXAMPLE}).`);
        if (format === 'json') { printJson(trail); return; }
        process.stdout.write(`${historyLines(trail).join('\n')}\n`);
      });
    });
}
