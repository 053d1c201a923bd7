/**
 * The rules for a lineage link, decided on the proposal stream of the matter that makes it (a
 * link may be the first thing recorded on a matter, which it then opens at its meeting and item).
 * The other end may not be recorded yet (it is pending); what is recorded of it must agree with
 * the link. Decisions only act on decisions made before them, so a link that runs against the
 * meetings' dates is refused; between matters of the same date, a link back the other way is
 * refused as a cycle.
 */
import type { BodyState } from '../directory/state-body.js';
import type { MeetingState } from '../meetings/state.js';
import type { Related } from '../related.js';
import { relatedState } from '../related.js';
import { isRejection, rejectionsFrom, type Rejection } from '../shared/decider.js';
import { establishedBody, meetingOfBody } from '../shared/citations.js';
import { citationRejection } from '../shared/rejections.js';
import type { DecisionsRejectionCode } from '../decisions/rejections.js';
import { streamId } from '../shared/identifiers.js';
import { checkOpening } from '../decisions/decide-resolutions.js';
import { findResolution, type ProposalState } from '../decisions/state.js';
import type { LinkEnd } from './commands.js';
import type { DecisionLinked, DecisionLinkedData } from './events.js';
import type { LineageRejectionCode } from './rejections.js';
import { flowOf, runsFromTo, type LinkState } from './state.js';

/** The codes of the link rules. */
export const linkMessages = {
  LINK_TO_ITSELF: (proposalId: string) =>
    `A decision of ${proposalId} cannot be linked to its own matter; name another body's matter.`,
  LINKED_MATTER_ELSEWHERE: (proposalId: string, meetingId: string, item: string) =>
    `Matter ${proposalId} is recorded at item ${item} of meeting ${meetingId}: name that meeting and item for it.`,
  LINK_ALREADY_RECORDED: (proposalId: string, kind: string, otherProposalId: string) =>
    `${proposalId} already records that it ${kind} ${otherProposalId}; a link is recorded once.`,
  LINK_AGAINST_TIME: (upstreamId: string, upstreamDate: string, downstreamId: string, downstreamDate: string) =>
    `${downstreamId} (${downstreamDate}) cannot follow from ${upstreamId} (${upstreamDate}), ` +
    `which was decided later: a decision can only act on one made before it; check the kind of ` +
    `link or its direction.`,
  LINK_MAKES_CYCLE: (proposalId: string, otherProposalId: string) =>
    `${otherProposalId} already follows from ${proposalId}, so this link would make a cycle ` +
    `(each would follow from the other); record the link in one direction only.`,
} as const;

const lineageRejection = rejectionsFrom(linkMessages);

/**
 * The command as its rules read it (its schema is in the table entry, index.ts): its event's
 * fields, with this matter's meeting and item in place of the end the rules work out.
 */
export type LinkDecisionData = Omit<DecisionLinkedData, 'from'> & { meetingId: string; item: string };

/** A link is refused by its own rules or by the opening rules of the matter that makes it. */
type LinkCode = LineageRejectionCode | DecisionsRejectionCode;

/** Streams the link rules read: this matter's meeting, and the other end's body, meeting and matter. */
export function linkRelated(data: LinkDecisionData): string[] {
  const { bodyId, meetingId, proposalId } = data.to;
  return [
    streamId('meeting', data.meetingId),
    streamId('body', bodyId),
    streamId('meeting', meetingId),
    streamId('proposal', proposalId),
  ];
}

export function decideLink(
  data: LinkDecisionData,
  state: ProposalState,
  related: Related,
): readonly DecisionLinked[] | Rejection<LinkCode> {
  const opening = checkOpening(data, state, related);
  if (opening) return opening;
  const ownMeeting = relatedState<MeetingState>(related, 'meeting', data.meetingId)!;
  // A link may record where a decision since rescinded came from: the resolution need only exist.
  if (data.resolution !== undefined && !findResolution(state, data.resolution)) {
    return citationRejection('DECISION_NOT_FOUND', data.proposalId, data.resolution);
  }
  const links = state.opened ? state.links : [];
  const refused =
    checkOtherEnd(data, related) ?? checkDuplicate(data, links) ?? checkOrder(data, links, ownMeeting, related);
  if (refused) return refused;
  const { proposalId, meetingId, item, resolution, kind, to, note } = data;
  const from: LinkEnd = {
    bodyId: ownMeeting.bodyId,
    meetingId,
    item,
    proposalId,
    ...(resolution === undefined ? {} : { resolution }),
  };
  const linked: DecisionLinked = {
    type: 'DecisionLinked',
    data: {
      proposalId,
      kind,
      from,
      to: { ...to },
      ...(resolution === undefined ? {} : { resolution }),
      ...(note === undefined ? {} : { note }),
    },
  };
  return [linked];
}

/** The other end: not this matter, its body in the directory, and whatever of it is recorded agreeing with the link. */
function checkOtherEnd(data: LinkDecisionData, related: Related): Rejection<LinkCode> | undefined {
  const { to } = data;
  if (to.proposalId === data.proposalId) return lineageRejection('LINK_TO_ITSELF', data.proposalId);
  const body = establishedBody(relatedState<BodyState>(related, 'body', to.bodyId), to.bodyId);
  if (isRejection(body)) return body;
  const meeting = recorded(relatedState<MeetingState>(related, 'meeting', to.meetingId));
  const own = meeting && meetingOfBody(meeting, to.bodyId);
  if (own && isRejection(own)) return own;
  const other = relatedState<ProposalState>(related, 'proposal', to.proposalId);
  if (other?.opened && (other.meetingId !== to.meetingId || other.item !== to.item)) {
    return lineageRejection('LINKED_MATTER_ELSEWHERE', to.proposalId, other.meetingId, other.item);
  }
  return undefined;
}

function checkDuplicate(data: LinkDecisionData, links: readonly LinkState[]): Rejection<LinkCode> | undefined {
  const { kind, to } = data;
  const same = links.some(
    (l) =>
      l.kind === kind &&
      l.resolution === data.resolution &&
      l.to.proposalId === to.proposalId &&
      l.to.resolution === to.resolution,
  );
  return same ? lineageRejection('LINK_ALREADY_RECORDED', data.proposalId, kind, to.proposalId) : undefined;
}

/** The decision that comes first must not be dated after the one that follows; on one date, no link back. */
function checkOrder(
  data: LinkDecisionData,
  links: readonly LinkState[],
  ownMeeting: MeetingState,
  related: Related,
): Rejection<LinkCode> | undefined {
  const { upstream, downstream } = flowOf(data.kind, data.proposalId, data.to.proposalId);
  const otherMeeting = recorded(relatedState<MeetingState>(related, 'meeting', data.to.meetingId));
  if (otherMeeting) {
    const dateOf = (id: string) => (id === data.proposalId ? ownMeeting.date : otherMeeting.date);
    if (dateOf(upstream) > dateOf(downstream))
      return lineageRejection('LINK_AGAINST_TIME', upstream, dateOf(upstream), downstream, dateOf(downstream));
  }
  const other = relatedState<ProposalState>(related, 'proposal', data.to.proposalId);
  const otherLinks = other?.opened ? other.links : [];
  if (runsFromTo([...links, ...otherLinks], downstream, upstream))
    return lineageRejection('LINK_MAKES_CYCLE', downstream, upstream);
  return undefined;
}

function recorded(meeting: MeetingState | undefined): MeetingState | undefined {
  return meeting && meeting.status !== 'unscheduled' ? meeting : undefined;
}
