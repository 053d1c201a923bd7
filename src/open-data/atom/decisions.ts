/**
 * Atom (RFC 4287) feeds of decisions, across the ledger or for one body, with the `feed` package.
 * One entry per lettered resolution, linking its page; `published` is when the ledger recorded the
 * decision and `updated` when it last recorded anything about that resolution (an amendment or a
 * rescission), both from the audit trail, so the same ledger always gives the same feed.
 */
import type Database from 'better-sqlite3';
import { Feed } from 'feed';
import { auditTrail } from '../../projections/audit-trail/index.js';
import { listDecisions, REFERRAL_RESOLUTION, type DecisionView } from '../../projections/decision-register/index.js';
import { directory } from '../../projections/partner-profile/index.js';
import type { OpenDataSnapshot } from '../read-models.js';
import { pages, type OpenDataSettings } from '../settings.js';

export const ATOM_CONTENT_TYPE = 'application/atom+xml; charset=utf-8';

/** When the ledger first and last recorded something about this resolution. */
function recordedTimes(db: Database.Database, decision: DecisionView): { published: Date; updated: Date } {
  // A matter only referred has no lettered resolution: its entry is the referral itself.
  const referral = decision.resolution === REFERRAL_RESOLUTION;
  const events = (auditTrail(db, `proposal-${decision.proposalId}`)?.events ?? []).filter((e) =>
    referral ? e.type === 'MatterReferred' : e.data.resolution === decision.resolution,
  );
  const first = events[0];
  const last = events.at(-1);
  if (!first || !last)
    throw new Error(
      `Bug: resolution ${decision.resolution}) of ${decision.proposalId} is in the register but not in the audit trail`,
    );
  return { published: new Date(first.recordedAt), updated: new Date(last.recordedAt) };
}

function titleOf(decision: DecisionView, bodyName: string): string {
  const status = decision.status === 'in-force' ? '' : ` (${decision.status})`;
  return (
    `Minute ${decision.item} ${decision.resolution}) of ${bodyName}, ` +
    `${decision.meetingDate ?? decision.meetingId}: ` +
    `${decision.itemTitle ?? decision.proposalId}${status}`
  );
}

function contentOf(decision: DecisionView): string {
  const changes = decision.statusChanges.map(
    (c) => `${c.change === 'amended' ? 'Amended' : 'Rescinded'} at ${c.meetingDate ?? c.meetingId}: ${c.reason}`,
  );
  const original = decision.text === decision.originalText ? [] : [`As first minuted: ${decision.originalText}`];
  return [decision.text, ...original, ...changes].join('\n\n');
}

/** Undefined when a body was asked for and the directory has none by that id. */
export function decisionsFeed(
  snapshot: OpenDataSnapshot,
  settings: OpenDataSettings,
  bodyId?: string,
): string | undefined {
  const bodies = directory(snapshot.db).bodies;
  const body = bodyId === undefined ? undefined : bodies.find((b) => b.bodyId === bodyId);
  if (bodyId !== undefined && !body) return undefined;
  const decisions = listDecisions(snapshot.db, bodyId === undefined ? {} : { bodyId }).decisions;
  const entries = decisions
    .map((decision) => ({ decision, ...recordedTimes(snapshot.db, decision) }))
    .sort(
      (a, b) =>
        b.updated.getTime() - a.updated.getTime() ||
        a.decision.proposalId.localeCompare(b.decision.proposalId) ||
        a.decision.resolution.localeCompare(b.decision.resolution),
    );
  const self =
    bodyId === undefined ? `${settings.publicUrl}/decisions.atom` : `${pages.body(settings, bodyId)}/decisions.atom`;
  const fallback = snapshot.asAt ?? '1970-01-01T00:00:00.000Z';
  const feed = new Feed({
    id: self,
    title: body ? `Decisions of ${body.name}` : 'Decisions',
    description:
      snapshot.asAt === null ? `Up to event ${snapshot.projectedPosition}` : `As the ledger stood at ${snapshot.asAt}`,
    link: body ? pages.body(settings, body.bodyId) : `${settings.publicUrl}/decisions`,
    feedLinks: { atom: self },
    updated: entries[0]?.updated ?? new Date(fallback),
    generator: 'Partnership Ledger',
    copyright: 'Public-body records',
  });
  for (const { decision, published, updated } of entries) {
    const page = pages.decision(settings, decision.proposalId, decision.resolution);
    const bodyName = bodies.find((b) => b.bodyId === decision.bodyId)?.name ?? decision.bodyId ?? 'the board';
    feed.addItem({
      id: page,
      link: page,
      title: titleOf(decision, bodyName),
      content: contentOf(decision),
      date: updated,
      published,
    });
  }
  return feed.atom1();
}
