/**
 * The rules for a partner's own decision behind its pledge: it is cited for a live pledge, and
 * covers whatever of the pledge's sum no earlier decision of the partner covered (a pledge amended
 * upwards needs the partner's decision for the difference). A condition can be met by citing one.
 */
import { formatPence, subtractPence, ZERO_PENCE, type Pence } from '../shared/money.js';
import { pledgeRejection } from './decide-pledges.js';
import { rejectionsFrom, type Rejection } from '../shared/decider.js';
import type { FundingEvent, FundingEventData } from './events.js';
import type { PartnerAuthorisation } from './partner-authorisation.js';
import type { FundingRejectionCode } from './rejections.js';
import { livePledgeOf, type FundState, type PledgeState } from './state.js';

/** The partner-authorisation rule's rejection code. */
export const authorisationMessages = {
  PLEDGE_ALREADY_AUTHORISED: (organisation: string, amount: Pence) =>
    `The whole ${formatPence(amount)} pledged by ${organisation} is already backed by the ` +
    `partner's own decision; cite a new decision only after the pledge is amended upwards.`,
} as const;

const no = rejectionsFrom(authorisationMessages);

/** RecordPartnerAuthorisation as its rule reads it (its schema is in the command table). */
type RecordPartnerAuthorisationData = PartnerAuthorisation &
  Pick<FundingEventData<'PartnerAuthorisationRecorded'>, 'fundId' | 'organisation'>;

type Decision = readonly FundingEvent[] | Rejection<FundingRejectionCode>;

/** The citation as the event keeps it, without an absent address. */
export function citationOf(input: PartnerAuthorisation): PartnerAuthorisation {
  const { decidedBy, decidedOn, reference, url } = input;
  return { decidedBy, decidedOn, reference, ...(url === undefined ? {} : { url }) };
}

/** The event citing the partner's decision for the part of `pledge` not yet covered, or none when all of it is. */
export function authorisationEvents(
  fundId: string,
  organisation: string,
  pledge: Pick<PledgeState, 'pledgeId' | 'amountPence' | 'authorisedPence'>,
  citation: PartnerAuthorisation,
): FundingEvent[] {
  const amountPence = subtractPence(pledge.amountPence, pledge.authorisedPence);
  if (amountPence <= ZERO_PENCE) return [];
  return [
    {
      type: 'PartnerAuthorisationRecorded',
      data: { fundId, pledgeId: pledge.pledgeId, organisation, amountPence, ...citationOf(citation) },
    },
  ];
}

export function decidePartnerAuthorisation(data: RecordPartnerAuthorisationData, state: FundState): Decision {
  const { fundId, organisation } = data;
  const pledge = livePledgeOf(state, organisation);
  if (!pledge) return pledgeRejection('NO_LIVE_PLEDGE', organisation);
  const events = authorisationEvents(fundId, organisation, pledge, data);
  return events.length > 0 ? events : no('PLEDGE_ALREADY_AUTHORISED', organisation, pledge.amountPence);
}
