/** The decision register's prepared statements, and the search index kept in step with them. */
import type Database from 'better-sqlite3';
import { FOLD_POSITION } from '../versions.js';
import { positionsShownWith } from './positions.js';
import { SearchInputs } from './search-inputs.js';

export type Writers = ReturnType<typeof prepareWriters>;

export function prepareWriters(db: Database.Database) {
  const inputs = new SearchInputs(db);
  const statements = prepareStatements(db);
  // The writes the search text is made from also go to what the fold remembers of each matter.
  return {
    ...statements,
    item: {
      run(meetingId: string, number: string, title: string): void {
        statements.item.run(meetingId, number, title);
        inputs.itemTitled(meetingId, number, title);
      },
    },
    openProposal: {
      run(proposalId: string, meetingId: string, item: string): void {
        inputs.proposalOpened(
          proposalId,
          meetingId,
          item,
          statements.openProposal.run(proposalId, meetingId, item).changes,
        );
      },
    },
    options: {
      run(question: string, optionsJson: string, proposalId: string): void {
        statements.options.run(question, optionsJson, proposalId);
        inputs.questionSet(proposalId, question);
      },
    },
    position: {
      run(
        proposalId: string,
        organisationId: string,
        stance: string,
        option: string | null,
        note: string | null,
        spokenBy: string | null,
        inferredFrom: string | null,
      ): void {
        statements.position.run(proposalId, organisationId, stance, option, note, spokenBy, inferredFrom);
        inputs.positionRecorded(proposalId, organisationId, { option, note, inferred_from: inferredFrom });
      },
    },
    decision: {
      run(proposalId: string, resolution: string, option: string | null, originalText: string, text: string): void {
        const { changes, lastInsertRowid } = statements.decision.run(
          proposalId,
          resolution,
          option,
          originalText,
          text,
        );
        const id = Number(lastInsertRowid);
        inputs.decisionAdded(proposalId, { id, resolution, option, original_text: originalText, text }, changes);
      },
    },
    amend: {
      run(text: string, proposalId: string, resolution: string): void {
        statements.amend.run(text, proposalId, resolution);
        inputs.decisionAmended(proposalId, resolution, text);
      },
    },
    referral: {
      run(proposalId: string, position: number, meetingId: string, bodyId: string, purpose: string | null): void {
        statements.referral.run(proposalId, position, meetingId, bodyId, purpose);
        inputs.referred(proposalId, position, purpose);
      },
    },
    reindex: prepareReindex(db, inputs),
    /** Forgets what was remembered of the matters: at the start of every page (see search-inputs.ts). */
    forget: () => inputs.forget(),
  };
}

function prepareStatements(db: Database.Database) {
  return {
    meeting: db.prepare(
      'INSERT INTO decision_register_meetings (meeting_id, body_id, date) VALUES (?, ?, ?) ON ' +
        'CONFLICT (meeting_id) DO UPDATE SET body_id = excluded.body_id, date = excluded.date',
    ),
    reschedule: db.prepare('UPDATE decision_register_meetings SET date = ? WHERE meeting_id = ?'),
    item: db.prepare(
      'INSERT INTO decision_register_items (meeting_id, number, title) VALUES (?, ?, ?) ON ' +
        'CONFLICT (meeting_id, number) DO UPDATE SET title = excluded.title',
    ),
    // Someone present outranks apologies from a colleague of the same organisation.
    attendance: db.prepare(
      'INSERT INTO decision_register_attendance (meeting_id, organisation_id, present) VALUES (?, ' +
        '?, ?) ON CONFLICT (meeting_id, organisation_id) DO UPDATE SET present = max(present, ' +
        'excluded.present)',
    ),
    openProposal: db.prepare(
      'INSERT OR IGNORE INTO decision_register_proposals (proposal_id, meeting_id, item) VALUES (?, ?, ?)',
    ),
    options: db.prepare('UPDATE decision_register_proposals SET question = ?, options_json = ? WHERE proposal_id = ?'),
    position: db.prepare(
      'INSERT OR REPLACE INTO decision_register_positions (proposal_id, organisation_id, stance, ' +
        'option, note, spoken_by, inferred_from) VALUES (?, ?, ?, ?, ?, ?, ?)',
    ),
    organisation: db.prepare(
      'INSERT INTO decision_register_organisations (organisation_id, name) VALUES (?, ?) ON ' +
        'CONFLICT (organisation_id) DO UPDATE SET name = excluded.name',
    ),
    decision: db.prepare(
      'INSERT OR IGNORE INTO decision_register_decisions (proposal_id, resolution, option, ' +
        "original_text, text, status) VALUES (?, ?, ?, ?, ?, 'in-force')",
    ),
    amend: db.prepare(
      "UPDATE decision_register_decisions SET text = ?, status = 'amended' WHERE proposal_id = ? AND resolution = ?",
    ),
    rescind: db.prepare(
      "UPDATE decision_register_decisions SET status = 'rescinded' WHERE proposal_id = ? AND resolution = ?",
    ),
    change: db.prepare(
      'INSERT OR REPLACE INTO decision_register_changes ' +
        '(proposal_id, resolution, position, change, meeting_id, reason, text, ' +
        'occurred_on, source_json) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
    ),
    authorised: db.prepare(
      'INSERT OR REPLACE INTO decision_register_authorised (proposal_id, resolution, position, ' +
        'kind, subject_id, fund_id, party_kind, party_id, amount_pence, description) VALUES ' +
        '(@proposalId, @resolution, @position, @kind, @subjectId, @fundId, @partyKind, @partyId, ' +
        '@amountPence, @description)',
    ),
    hasDecision: db.prepare<[string], { found: number }>(
      'SELECT 1 AS found FROM decision_register_decisions WHERE proposal_id = ? LIMIT 1',
    ),
    referral: db.prepare(
      'INSERT OR REPLACE INTO decision_register_referrals (proposal_id, position, meeting_id, ' +
        'body_id, purpose) VALUES (?, ?, ?, ?, ?)',
    ),
    proposalsAtItem: db.prepare<[string, string], { proposal_id: string }>(
      'SELECT proposal_id FROM decision_register_proposals WHERE meeting_id = ? AND item = ? ORDER BY proposal_id',
    ),
  };
}

/**
 * Rewrites the search text of every decision of a proposal from the register's tables (as
 * remembered for the page, see search-inputs.ts), so the index is right whatever order the
 * meeting, item, positions and resolutions arrived in. A text that changed is closed at the
 * event's position and its new version indexed, so a search as at an earlier time finds the words
 * the register held then. A partner's notes are found with the resolution that shows its position,
 * as the register shows it.
 */
function prepareReindex(db: Database.Database, inputs: SearchInputs): (proposalId: string) => void {
  const close = db.prepare(`UPDATE decision_register_search_text SET valid_to = ${FOLD_POSITION}() WHERE id = ?`);
  const open = db.prepare(
    `INSERT INTO decision_register_search_text (decision_id, title, resolution, notes, ` +
      `valid_from) VALUES (?, ?, ?, ?, ${FOLD_POSITION}())`,
  );
  const index = db.prepare(
    'INSERT INTO decision_register_search (rowid, title, resolution, notes) VALUES (?, ?, ?, ?)',
  );
  return (proposalId) => {
    const { decisions: rows, positions: taken, purposes: referred } = inputs.source(proposalId);
    for (const row of rows) {
      const shown = positionsShownWith(taken, rows, row.resolution);
      const noted = [
        ...new Set(shown.flatMap((p) => [p.note, p.inferred_from]).filter((text): text is string => text !== null)),
        ...referred,
      ].join('\n');
      const title = [row.title, row.question].filter(Boolean).join('\n');
      const wording = row.text === row.original_text ? row.text : `${row.text}\n${row.original_text}`;
      const held = inputs.held(proposalId, row.id);
      if (held && held.title === title && held.resolution === wording && held.notes === noted) continue;
      if (held) close.run(held.id);
      const id = Number(open.run(row.id, title, wording, noted).lastInsertRowid);
      index.run(id, title, wording, noted);
      inputs.textIndexed(proposalId, row.id, { id, title, resolution: wording, notes: noted });
    }
  };
}
