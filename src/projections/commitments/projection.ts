/**
 * The commitments read model's SQLite writer. Entries are only ever appended, each with its event's
 * position; funds and allocations keep their versions (see ../versions.ts), so an as-at view is a
 * query. Recorded times are stored normalised (`toISOString`), so they compare correctly as text.
 */
import type Database from 'better-sqlite3';
import type { FundingEvent } from '../../domain/funding/events.js';
import { fundingEventSchemas } from '../../domain/funding/events.js';
import type { Projection, ProjectedEvent } from '../projection.js';
import { AUTHORISATIONS_TABLE, INSERT_AUTHORISATION } from './authorisations.js';
import { businessDateOf, entriesFor, entryFigures } from './entries.js';

const TABLES = `
CREATE TABLE IF NOT EXISTS commitments_funds (
  fund_id              TEXT PRIMARY KEY,
  name                 TEXT NOT NULL,
  kind                 TEXT NOT NULL,
  holder               TEXT NOT NULL,
  funder               TEXT,
  purpose              TEXT,
  decision_proposal    TEXT,
  decision_resolution  TEXT,
  event_id             TEXT NOT NULL,
  recorded_at          TEXT NOT NULL,
  closed_event_id      TEXT,
  closed_recorded_at   TEXT
);
CREATE TABLE IF NOT EXISTS commitments_allocations (
  fund_id         TEXT NOT NULL,
  allocation_id   TEXT NOT NULL,
  recipient_kind  TEXT NOT NULL,
  recipient_id    TEXT NOT NULL,
  purpose         TEXT NOT NULL,
  decision_proposal    TEXT,
  decision_resolution  TEXT,
  event_id        TEXT NOT NULL,
  recorded_at     TEXT NOT NULL,
  PRIMARY KEY (fund_id, allocation_id)
);
CREATE TABLE IF NOT EXISTS commitments_entries (
  entry_id        INTEGER PRIMARY KEY,
  fund_id         TEXT NOT NULL,
  organisation    TEXT,
  allocation_id   TEXT,
  figure          TEXT NOT NULL CHECK (figure IN (${entryFigures.map((figure) => `'${figure}'`).join(', ')})),
  amount_pence    INTEGER NOT NULL,
  event_id        TEXT NOT NULL,
  event_type      TEXT NOT NULL,
  position        INTEGER NOT NULL,
  recorded_at     TEXT NOT NULL,
  occurred_on     TEXT NOT NULL,
  illustrative    INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX IF NOT EXISTS commitments_entries_by_fund ON commitments_entries (fund_id, figure, recorded_at);
${AUTHORISATIONS_TABLE}`;

const fundingTypes: ReadonlySet<string> = new Set(Object.keys(fundingEventSchemas));

function isFundingEvent(event: ProjectedEvent): event is ProjectedEvent & FundingEvent {
  return fundingTypes.has(event.type);
}

function statements(db: Database.Database) {
  return {
    openFund: db.prepare(
      `INSERT INTO commitments_funds
         (fund_id, name, kind, holder, funder, purpose, decision_proposal, decision_resolution, event_id, recorded_at)
       VALUES (@fundId, @name, @kind, @holder, @funder, @purpose, @proposalId, @resolution, @eventId, @recordedAt)`,
    ),
    closeFund: db.prepare(
      'UPDATE commitments_funds SET closed_event_id = @eventId, closed_recorded_at = @recordedAt ' +
        'WHERE fund_id = @fundId',
    ),
    allocate: db.prepare(
      `INSERT INTO commitments_allocations
         (fund_id, allocation_id, recipient_kind, recipient_id, purpose, decision_proposal, decision_resolution,
           event_id, recorded_at)
       VALUES (@fundId, @allocationId, @recipientKind, @recipientId, @purpose, @proposalId, @resolution, @eventId,
         @recordedAt)`,
    ),
    entry: db.prepare(
      `INSERT INTO commitments_entries
         (fund_id, organisation, allocation_id, figure, amount_pence, event_id, event_type, position, recorded_at,
           occurred_on, illustrative)
       VALUES
         (@fundId, @organisation, @allocationId, @figure, @amountPence, @eventId, @eventType, @position, @recordedAt,
           @occurredOn, @illustrative)`,
    ),
    authorisation: db.prepare(INSERT_AUTHORISATION),
  };
}

/** The decision a fund or allocation cites, as two columns (both null when it cites none). */
function citedColumns(decision: { proposalId: string; resolution: string } | undefined) {
  return { proposalId: decision?.proposalId ?? null, resolution: decision?.resolution ?? null };
}

function prepare(db: Database.Database): (event: ProjectedEvent) => void {
  const write = statements(db);
  return (event) => {
    if (!isFundingEvent(event)) return;
    const recordedAt = new Date(event.metadata.recordedAt).toISOString();
    const { eventId } = event;
    if (event.type === 'FundOpened') {
      const { fundId, name, kind, holder, purpose, decision } = event.data;
      const funder = event.data.kind === 'external-award' ? event.data.funder : null;
      const cited = { purpose: purpose ?? null, ...citedColumns(decision) };
      write.openFund.run({ fundId, name, kind, holder, funder, ...cited, eventId, recordedAt });
    }
    if (event.type === 'FundClosed') write.closeFund.run({ fundId: event.data.fundId, eventId, recordedAt });
    if (event.type === 'FundingAllocated') {
      const { fundId, allocationId, recipient, purpose, decision } = event.data;
      write.allocate.run({
        fundId,
        allocationId,
        recipientKind: recipient.kind,
        recipientId: recipient.id,
        purpose,
        ...citedColumns(decision),
        eventId,
        recordedAt,
      });
    }
    if (event.type === 'PartnerAuthorisationRecorded') {
      const { fundId, organisation, pledgeId, amountPence, decidedBy, decidedOn, reference, url } = event.data;
      const row = { fundId, organisation, pledgeId, amountPence, decidedBy, decidedOn, reference, url: url ?? null };
      write.authorisation.run({ ...row, eventId, position: Number(event.position), recordedAt });
    }
    const occurredOn = businessDateOf(event, event.metadata.occurredAt);
    // A figure made up for the demo (source kind illustrative) stays marked in every sum it enters.
    const illustrative = event.metadata.source?.kind === 'illustrative' ? 1 : 0;
    for (const entry of entriesFor(event)) {
      const position = Number(event.position);
      write.entry.run({ ...entry, eventId, eventType: event.type, position, recordedAt, occurredOn, illustrative });
    }
  };
}

/** Finance's question: of each fund, who was asked, who pledged, who paid, who owes, what is left. */
export const commitmentsProjection: Projection = {
  name: 'commitments',
  version: 5,
  tables: TABLES,
  tableNames: [
    'commitments_entries',
    'commitments_allocations',
    'commitments_funds',
    'commitments_partner_authorisations',
  ],
  appendOnly: { commitments_entries: 'position', commitments_partner_authorisations: 'position' },
  prepare,
};
