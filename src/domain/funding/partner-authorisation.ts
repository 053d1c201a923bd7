/**
 * A partner's own decision behind its pledge. The 2008 prospectus: strategic partnerships "make
 * recommendations ... but it is the partner agencies that agree action", so each pledge rests on
 * the partner's own decision (a council's cabinet, the PCC's decision notice), published by the
 * partner. The ledger cites it; it does not hold the partner's papers.
 */
import { z } from 'zod';
import { IsoDate } from '../shared/dates.js';
import { humanText } from '../shared/human-text.js';

/** Where a partner publishes its decision: a web address, so a page can link to it safely. */
export const WebAddress = z
  .string()
  .max(500)
  .regex(/^https?:\/\/[^\s]+$/, 'give the web address of the published decision, starting http:// or https://');

const describedAs = {
  decidedBy:
    "The partner's own decision-maker: its cabinet, a committee, or an officer under " +
    'delegation, e.g. Stroud District Council Strategy and Resources Committee',
  decidedOn: 'The date the partner decided, e.g. 2016-12-08',
  reference: "The partner's reference for the decision: a minute or decision-notice number, e.g. Minute SRC.45",
  url: "Where the partner publishes the decision, e.g. its committee system's page for the meeting",
};

/** As a clerk or finance officer gives it: text is tidied, the address must be a web address. */
export const PartnerAuthorisationInput = z
  .object({
    decidedBy: humanText(200).describe(describedAs.decidedBy),
    decidedOn: IsoDate.describe(describedAs.decidedOn),
    reference: humanText(100).describe(describedAs.reference),
    url: WebAddress.optional().describe(describedAs.url),
  })
  .describe("The partner's own decision that authorises its pledge");

/** As an event records it. */
export const PartnerAuthorisation = z
  .object({
    decidedBy: z.string().describe(describedAs.decidedBy),
    decidedOn: IsoDate.describe(describedAs.decidedOn),
    reference: z.string().describe(describedAs.reference),
    url: z.string().optional().describe(describedAs.url),
  })
  .describe("The partner's own decision that authorises its pledge");
export type PartnerAuthorisation = z.infer<typeof PartnerAuthorisation>;
