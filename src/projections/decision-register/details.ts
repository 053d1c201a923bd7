/** Reads the parts of one decision that live in their own tables: positions, attendance, changes, citations. */
import { sortOptionKeys } from '../../domain/decisions/option-keys.js';
import type Database from 'better-sqlite3';
import { nameOf, positionsOf, prepareMatterReaders } from './positions.js';
import type { DecisionView, StatusChangeSource } from './view.js';

export interface DecisionRow {
  id: number;
  proposal_id: string;
  resolution: string;
  option: string | null;
  original_text: string;
  text: string;
  status: DecisionView['status'];
  meeting_id: string;
  item: string;
  question: string | null;
  options_json: string;
  body_id: string | null;
  date: string | null;
  title: string | null;
}

/** The columns `toDecisionView` needs, for every query that lists decisions. */
export const DECISION_COLUMNS = `
  d.id, d.proposal_id, d.resolution, d.option, d.original_text, d.text, d.status,
  p.meeting_id, p.item, p.question, p.options_json, m.body_id, m.date, i.title
  FROM decision_register_decisions d
  JOIN decision_register_proposals p ON p.proposal_id = d.proposal_id
  LEFT JOIN decision_register_meetings m ON m.meeting_id = p.meeting_id
  LEFT JOIN decision_register_items i ON i.meeting_id = p.meeting_id AND i.number = p.item`;

const readers = new WeakMap<Database.Database, ReturnType<typeof prepareReaders>>();

function prepareReaders(db: Database.Database) {
  return {
    matter: prepareMatterReaders(db),
    attendance: db.prepare<[string], { organisation_id: string; present: number }>(
      'SELECT organisation_id, present FROM decision_register_attendance WHERE meeting_id = ? ORDER BY organisation_id',
    ),
    changes: db.prepare<
      [string, string],
      {
        change: 'amended' | 'rescinded';
        meeting_id: string;
        date: string | null;
        reason: string;
        text: string | null;
        occurred_on: string | null;
        source_json: string | null;
      }
    >(
      `SELECT c.change, c.meeting_id, m.date, c.reason, c.text, c.occurred_on, c.source_json
         FROM decision_register_changes c
         LEFT JOIN decision_register_meetings m ON m.meeting_id = c.meeting_id
        WHERE c.proposal_id = ? AND c.resolution = ? ORDER BY c.position`,
    ),
    authorised: db.prepare<[string, string], AuthorisedRow>(
      `SELECT kind, subject_id, fund_id, party_kind, party_id, amount_pence, description FROM
        decision_register_authorised
        WHERE proposal_id = ? AND resolution = ? ORDER BY position, subject_id`,
    ),
    referrals: db.prepare<[string], { meeting_id: string; body_id: string; purpose: string | null }>(
      'SELECT meeting_id, body_id, purpose FROM decision_register_referrals WHERE proposal_id = ? ORDER BY position',
    ),
  };
}

interface AuthorisedRow {
  kind: DecisionView['authorised'][number]['kind'];
  subject_id: string;
  fund_id: string | null;
  party_kind: 'organisation' | 'body' | null;
  party_id: string | null;
  amount_pence: number | null;
  description: string | null;
}

type Statements = ReturnType<typeof prepareReaders>;
type Readers = Omit<Statements, 'attendance'> & {
  attendance: { all(meetingId: string): ReturnType<Statements['attendance']['all']> };
};

function readersFor(db: Database.Database): Readers {
  let prepared = readers.get(db);
  if (!prepared) readers.set(db, (prepared = prepareReaders(db)));
  return prepared;
}

/** A statement's answers kept by key for one page: the rows are read once, however many decisions need them. */
function remembered<R>(statement: { all(key: string): R[] }): { all(key: string): R[] } {
  const kept = new Map<string, R[]>();
  return {
    all: (key) => {
      let rows = kept.get(key);
      if (!rows) kept.set(key, (rows = statement.all(key)));
      return rows;
    },
  };
}

/**
 * Readers for one page of decisions: a meeting's attendance, a matter's positions and resolutions
 * and a partner's name are read once a page, not once a decision (a hundred decisions name the same
 * dozen partners). Only for one page: the live file moves between requests.
 */
function pageReaders(db: Database.Database): Readers {
  const read = readersFor(db);
  const names = remembered({ all: (id: string) => [read.matter.name.get(id)] });
  const matter = {
    positions: remembered(read.matter.positions),
    resolutions: remembered(read.matter.resolutions),
    name: { get: (id: string) => names.all(id)[0] },
  };
  return { ...read, attendance: remembered(read.attendance), matter };
}

function optionsOf(row: DecisionRow): DecisionView['options'] {
  const options = JSON.parse(row.options_json) as Record<string, string>;
  return sortOptionKeys(Object.keys(options)).map((key) => ({ key, text: options[key]! }));
}

/** The decisions' views, reading what they share once. */
export function toDecisionViews(db: Database.Database, rows: readonly DecisionRow[]): DecisionView[] {
  const read = pageReaders(db);
  return rows.map((row) => decisionView(read, row));
}

export function toDecisionView(db: Database.Database, row: DecisionRow): DecisionView {
  return decisionView(readersFor(db), row);
}

function decisionView(read: Readers, row: DecisionRow): DecisionView {
  const options = optionsOf(row);
  const attendance = read.attendance.all(row.meeting_id);
  const organisationsPresent = attendance.filter((a) => a.present === 1).map((a) => a.organisation_id);
  const organisationsWithApologies = attendance.filter((a) => a.present === 0).map((a) => a.organisation_id);
  const matter = { proposalId: row.proposal_id, resolution: row.resolution, optionsTabled: options.length > 0 };
  const { positions, noPositionRecorded } = positionsOf(read.matter, matter, organisationsPresent);
  const authorised = read.authorised.all(row.proposal_id, row.resolution).map(toAuthorised);
  const mentioned = [
    ...organisationsPresent,
    ...organisationsWithApologies,
    ...authorised.flatMap((a) => (a.party?.kind === 'organisation' ? [a.party.id] : [])),
  ];
  return {
    proposalId: row.proposal_id,
    resolution: row.resolution,
    bodyId: row.body_id,
    meetingId: row.meeting_id,
    meetingDate: row.date,
    item: row.item,
    itemTitle: row.title,
    question: row.question,
    text: row.text,
    originalText: row.original_text,
    optionAgreed: options.find((option) => option.key === row.option) ?? null,
    options,
    positions,
    noPositionRecorded,
    organisationsPresent,
    organisationsWithApologies,
    organisationNames: namesOf(read, [...mentioned, ...positions.map((p) => p.organisationId)]),
    status: row.status,
    statusChanges: read.changes.all(row.proposal_id, row.resolution).map((c) => ({
      change: c.change,
      meetingId: c.meeting_id,
      meetingDate: c.date,
      reason: c.reason,
      text: c.text,
      occurredOn: c.occurred_on,
      source: c.source_json === null ? null : (JSON.parse(c.source_json) as StatusChangeSource),
    })),
    authorised,
    referrals: read.referrals
      .all(row.proposal_id)
      .map((r) => ({ meetingId: r.meeting_id, bodyId: r.body_id, purpose: r.purpose })),
  };
}

function namesOf(read: Readers, ids: readonly string[]): Record<string, string> {
  const names: Record<string, string> = {};
  for (const id of [...new Set(ids)].sort()) {
    const name = nameOf(read.matter, id);
    if (name !== null) names[id] = name;
  }
  return names;
}

function toAuthorised(row: AuthorisedRow): DecisionView['authorised'][number] {
  return {
    kind: row.kind,
    id: row.subject_id,
    fundId: row.fund_id,
    party: row.party_kind && row.party_id ? { kind: row.party_kind, id: row.party_id } : null,
    amountPence: row.amount_pence,
    description: row.description,
  };
}
