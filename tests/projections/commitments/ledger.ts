/**
 * A small ledger for projection tests: funding commands decided by the real rules, wrapped as
 * stored events with the recordedAt and occurredAt the test gives, then folded into an in-memory
 * read-model file by the projection runner.
 */
import type Database from 'better-sqlite3';
import type { FundingCommand } from '../../../src/domain/funding/commands.js';
import { fundDecider } from '../../../src/domain/funding/index.js';
import { evolveFund, initialFundState, type FundState } from '../../../src/domain/funding/state.js';
import { isRejection } from '../../../src/domain/shared/decider.js';
import type { ProjectedEvent } from '../../../src/projections/projection.js';
import { commitmentsProjection } from '../../../src/projections/commitments/index.js';
import { openReadModelDb } from '../../../src/projections/read-model-db.js';
import { ProjectionRunner } from '../../../src/projections/runner.js';
import { InMemoryEventStore } from '../../../src/store/in-memory/index.js';
import { seedRelated } from '../../domain/funding/fixtures.js';
import { decideOn } from '../../domain/shared/given.js';

const HASH = '0'.repeat(64);

export class TestLedger {
  readonly events: ProjectedEvent[] = [];
  private readonly funds = new Map<string, FundState>();

  /** Decides and records a command; returns the rejection code when a rule says no. */
  record(
    command: FundingCommand,
    recordedAt: string,
    occurredAt: string = recordedAt.slice(0, 10),
    source?: { document: string; section?: string; kind: 'minutes' | 'finance-system' | 'illustrative' },
  ): string | undefined {
    const stream = `fund-${command.data.fundId}`;
    const state = this.funds.get(stream) ?? initialFundState;
    const decision = decideOn(fundDecider, state, command, seedRelated);
    if (isRejection(decision)) return decision.code;
    let next = state;
    for (const event of decision) {
      next = evolveFund(next, event);
      const position = this.events.length;
      this.events.push({
        ...event,
        eventId: `EVENT${String(position).padStart(21, '0')}`,
        streamId: stream,
        revision: BigInt(this.events.filter((e) => e.streamId === stream).length),
        position: BigInt(position),
        metadata: {
          commandId: `command-${position}`,
          commandType: command.type,
          correlationId: `command-${position}`,
          causationId: `command-${position}`,
          actor: { id: 'finance-officer', role: 'finance' },
          recordedAt,
          occurredAt,
          ...(source ? { source } : {}),
          schemaVersion: 1,
          prevHash: HASH,
          hash: HASH,
        },
      });
    }
    this.funds.set(stream, next);
    return undefined;
  }

  stateOf(fundId: string): FundState {
    return this.funds.get(`fund-${fundId}`) ?? initialFundState;
  }
}

/** Folds events into a fresh in-memory read model with the projection runner. */
export function project(events: readonly ProjectedEvent[]): Database.Database {
  const db = openReadModelDb(':memory:');
  const runner = new ProjectionRunner(new InMemoryEventStore(), db, [commitmentsProjection]);
  if (!runner.applyEvents(events)) throw new Error('Fixture bug: events do not start at position 0');
  return db;
}
