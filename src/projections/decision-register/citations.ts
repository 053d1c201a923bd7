/**
 * What each decision set up or authorised: the bodies, funds, pledges, allocations and actions that
 * cite it as `{ proposalId, resolution }` (a body by its `establishedBy`). A citation is kept as
 * recorded, so the register shows what the decision was used for at the time, even if a pledge
 * later lapsed.
 */
import type { ProjectedEvent } from '../projection.js';
import type { Writers } from './writers.js';

interface Citation {
  readonly decision: { readonly proposalId: string; readonly resolution: string } | undefined;
  readonly kind: 'body' | 'fund' | 'pledge' | 'pledge-amendment' | 'allocation' | 'action';
  readonly subjectId: string;
  readonly fundId: string | null;
  readonly party: { readonly kind: string; readonly id: string } | null;
  readonly amountPence: number | null;
  readonly description: string | null;
}

/** The citation an event makes, or undefined for events that cite no decision. */
function citationOf(event: ProjectedEvent): Citation | undefined {
  switch (event.type) {
    case 'BodyEstablished':
      return {
        decision: event.data.establishedBy,
        kind: 'body',
        subjectId: event.data.bodyId,
        fundId: null,
        party: null,
        amountPence: null,
        description: event.data.name,
      };
    case 'FundOpened':
      return {
        decision: event.data.decision,
        kind: 'fund',
        subjectId: event.data.fundId,
        fundId: event.data.fundId,
        party: null,
        amountPence: null,
        description: event.data.name,
      };
    case 'PledgeRecorded':
    case 'PledgeAmended': {
      const { decision, pledgeId, fundId, organisation, amountPence } = event.data;
      const kind = event.type === 'PledgeRecorded' ? 'pledge' : 'pledge-amendment';
      const description = event.type === 'PledgeRecorded' ? (event.data.condition ?? null) : event.data.reason;
      return {
        decision,
        kind,
        subjectId: pledgeId,
        fundId,
        party: { kind: 'organisation', id: organisation },
        amountPence,
        description,
      };
    }
    case 'FundingAllocated': {
      const { decision, allocationId, fundId, recipient, amountPence, purpose } = event.data;
      return {
        decision,
        kind: 'allocation',
        subjectId: allocationId,
        fundId,
        party: recipient,
        amountPence,
        description: purpose,
      };
    }
    case 'ActionAssigned':
      return {
        decision: event.data.decision,
        kind: 'action',
        subjectId: event.data.actionId,
        fundId: null,
        party: null,
        amountPence: null,
        description: event.data.title,
      };
    default:
      return undefined;
  }
}

export function foldCitation(writers: Writers, event: ProjectedEvent): void {
  const citation = citationOf(event);
  if (!citation?.decision) return;
  writers.authorised.run({
    proposalId: citation.decision.proposalId,
    resolution: citation.decision.resolution,
    position: Number(event.position),
    kind: citation.kind,
    subjectId: citation.subjectId,
    fundId: citation.fundId,
    partyKind: citation.party?.kind ?? null,
    partyId: citation.party?.id ?? null,
    amountPence: citation.amountPence,
    description: citation.description,
  });
}
