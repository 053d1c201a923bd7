/**
 * What the search text of a matter's decisions is made from (its decisions, item title, question,
 * partners' positions and referrals, and the text each decision is indexed by now), remembered
 * while one page of events is folded. The fold rewrites a matter's search text after every event
 * that touches it, and a meeting's matter takes a dozen events in a row (options, ten positions,
 * the option agreed): reading the register's tables back four times each was most of the
 * register's rebuild (issue 18). A matter is read from the tables the first time a page touches it;
 * after that every write the fold makes to it is applied here too, so what is remembered is what
 * the tables hold. The runner has it forget everything when a page starts: another process may
 * have folded into the file since, and a page that failed rolled back what it wrote.
 */
import type Database from 'better-sqlite3';

export interface DecisionInput {
  readonly id: number;
  readonly resolution: string;
  readonly option: string | null;
  readonly original_text: string;
  text: string;
}

export interface PositionInput {
  readonly option: string | null;
  readonly note: string | null;
  readonly inferred_from: string | null;
}

export interface HeldText {
  readonly id: number;
  readonly title: string;
  readonly resolution: string;
  readonly notes: string;
}

interface MatterInputs {
  /** The proposal's meeting, item and question; undefined while the register has no row for it. */
  proposal: { readonly meetingId: string; readonly item: string; question: string | null } | undefined;
  /** In id order. */
  readonly decisions: DecisionInput[];
  /** In organisation_id order (SQLite's, by bytes). */
  readonly positions: { readonly organisationId: string; position: PositionInput }[];
  /** Referrals by position, in position order, purpose null where none was given. */
  readonly referrals: { readonly position: number; purpose: string | null }[];
  /** The search text each decision holds now, by decision id (null: none yet). */
  readonly held: Map<number, HeldText | null>;
}

/** What a reindex reads: the matter's decisions with their title, its positions' notes, its referrals' purposes. */
export interface SearchSource {
  readonly decisions: readonly (DecisionInput & { readonly title: string | null; readonly question: string | null })[];
  readonly positions: readonly PositionInput[];
  readonly purposes: readonly string[];
}

/** SQLite orders TEXT by its bytes; JavaScript's `<` by UTF-16 code units, which differs above U+D7FF. */
function byBytes(a: string, b: string): number {
  if (/[\uD800-\uFFFF]/.test(a) || /[\uD800-\uFFFF]/.test(b))
    return Buffer.compare(Buffer.from(a, 'utf8'), Buffer.from(b, 'utf8'));
  return a < b ? -1 : a > b ? 1 : 0;
}

export class SearchInputs {
  private readonly matters = new Map<string, MatterInputs>();
  private readonly titles = new Map<string, string | null>();
  private readonly statements;

  constructor(db: Database.Database) {
    this.statements = {
      proposal: db.prepare<[string], { meeting_id: string; item: string; question: string | null }>(
        'SELECT meeting_id, item, question FROM decision_register_proposals WHERE proposal_id = ?',
      ),
      decisions: db.prepare<[string], DecisionInput>(
        'SELECT id, resolution, option, text, original_text FROM decision_register_decisions WHERE proposal_id = ? ' +
          'ORDER BY id',
      ),
      positions: db.prepare<[string], PositionInput & { organisation_id: string }>(
        'SELECT organisation_id, option, note, inferred_from FROM decision_register_positions WHERE proposal_id = ? ' +
          'ORDER BY organisation_id',
      ),
      referrals: db.prepare<[string], { position: number; purpose: string | null }>(
        'SELECT position, purpose FROM decision_register_referrals WHERE proposal_id = ? ORDER BY position',
      ),
      title: db.prepare<[string, string], { title: string }>(
        'SELECT title FROM decision_register_items WHERE meeting_id = ? AND number = ?',
      ),
      held: db.prepare<[number], HeldText>(
        'SELECT id, title, resolution, notes FROM decision_register_search_text WHERE decision_id = ? AND ' +
          'valid_to IS NULL',
      ),
    };
  }

  /** Forgets everything remembered: at the start of every page. */
  forget(): void {
    this.matters.clear();
    this.titles.clear();
  }

  private matter(proposalId: string): MatterInputs {
    let matter = this.matters.get(proposalId);
    if (matter) return matter;
    const proposal = this.statements.proposal.get(proposalId);
    matter = {
      proposal: proposal && { meetingId: proposal.meeting_id, item: proposal.item, question: proposal.question },
      decisions: this.statements.decisions.all(proposalId),
      positions: this.statements.positions.all(proposalId).map(({ organisation_id, option, note, inferred_from }) => ({
        organisationId: organisation_id,
        position: { option, note, inferred_from },
      })),
      referrals: this.statements.referrals.all(proposalId),
      held: new Map(),
    };
    this.matters.set(proposalId, matter);
    return matter;
  }

  private title(meetingId: string, item: string): string | null {
    const key = `${meetingId}\u0000${item}`;
    if (!this.titles.has(key)) this.titles.set(key, this.statements.title.get(meetingId, item)?.title ?? null);
    return this.titles.get(key)!;
  }

  /** What the reindex of the matter reads, as the tables hold it now. */
  source(proposalId: string): SearchSource {
    const matter = this.matter(proposalId);
    const proposal = matter.proposal;
    const title = proposal ? this.title(proposal.meetingId, proposal.item) : null;
    return {
      // Decisions join their proposal: without one the register lists none of them yet.
      decisions: proposal ? matter.decisions.map((d) => ({ ...d, title, question: proposal.question })) : [],
      positions: matter.positions.map((p) => p.position),
      purposes: matter.referrals.flatMap((r) => (r.purpose === null ? [] : [r.purpose])),
    };
  }

  held(proposalId: string, decisionId: number): HeldText | undefined {
    const held = this.matter(proposalId).held;
    if (!held.has(decisionId)) held.set(decisionId, this.statements.held.get(decisionId) ?? null);
    return held.get(decisionId) ?? undefined;
  }

  // What the fold wrote, applied to the matters remembered (one not remembered is read afresh when needed).

  textIndexed(proposalId: string, decisionId: number, text: HeldText): void {
    this.matters.get(proposalId)?.held.set(decisionId, text);
  }

  itemTitled(meetingId: string, item: string, title: string): void {
    this.titles.set(`${meetingId}\u0000${item}`, title);
  }

  proposalOpened(proposalId: string, meetingId: string, item: string, changes: number): void {
    const matter = this.matters.get(proposalId);
    if (matter && changes > 0) matter.proposal = { meetingId, item, question: null };
  }

  questionSet(proposalId: string, question: string): void {
    const proposal = this.matters.get(proposalId)?.proposal;
    if (proposal) proposal.question = question;
  }

  positionRecorded(proposalId: string, organisationId: string, position: PositionInput): void {
    const positions = this.matters.get(proposalId)?.positions;
    if (!positions) return;
    const at = positions.findIndex((p) => byBytes(p.organisationId, organisationId) >= 0);
    if (at >= 0 && positions[at]!.organisationId === organisationId) positions[at]!.position = position;
    else positions.splice(at < 0 ? positions.length : at, 0, { organisationId, position });
  }

  decisionAdded(proposalId: string, decision: DecisionInput, changes: number): void {
    const decisions = this.matters.get(proposalId)?.decisions;
    if (!decisions || changes === 0) return;
    decisions.push(decision);
    decisions.sort((a, b) => a.id - b.id);
  }

  decisionAmended(proposalId: string, resolution: string, text: string): void {
    const decision = this.matters.get(proposalId)?.decisions.find((d) => d.resolution === resolution);
    if (decision) decision.text = text;
  }

  referred(proposalId: string, position: number, purpose: string | null): void {
    const referrals = this.matters.get(proposalId)?.referrals;
    if (!referrals) return;
    const at = referrals.findIndex((r) => r.position >= position);
    if (at >= 0 && referrals[at]!.position === position) referrals[at]!.purpose = purpose;
    else referrals.splice(at < 0 ? referrals.length : at, 0, { position, purpose });
  }
}
