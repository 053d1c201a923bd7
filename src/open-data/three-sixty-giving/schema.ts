/**
 * The 360Giving grant as this ledger publishes it: one zod schema for the type, the HTTP response and the OpenAPI
 * document.
 */
import { z } from 'zod';

export const OrganisationReference = z.object({
  id: z
    .string()
    .describe(
      'An org-id.guide identifier, e.g. GB-LAE-GLS, or one in the local scheme (the 360Giving ' +
        'prefix, org- or body-, and the ledger id)',
    ),
  name: z.string().describe("The organisation's name"),
});

const Disbursement = z.object({
  id: z.string().describe('The payment, e.g. 360G-leadershipglos-community-safety-implementation-payment-1'),
  transactionDate: z.string().describe('The date it was paid (YYYY-MM-DD)'),
  currency: z.literal('GBP'),
  value: z.number().describe('The sum paid, in pounds'),
});

export const Grant = z.object({
  id: z
    .string()
    .describe('The 360Giving prefix and the allocation id, e.g. 360G-leadershipglos-community-safety-implementation'),
  title: z.string().describe('The fund and the recipient'),
  description: z.string().describe('What the money is for, as recorded with the allocation'),
  currency: z.literal('GBP').describe('Always GBP'),
  amountAwarded: z.number().describe('The sum allocated, in pounds, e.g. 35000'),
  amountDisbursed: z.number().optional().describe('What has been paid, in pounds, when payments are recorded'),
  awardDate: z.string().describe('The date of the meeting whose decision made the allocation (YYYY-MM-DD)'),
  url: z.string().describe("The decision's page"),
  recipientOrganization: z.array(OrganisationReference).describe('Who receives the money'),
  fundingOrganization: z.array(OrganisationReference).describe('The organisation holding the fund'),
  grantProgramme: z
    .array(z.object({ code: z.string().describe('The fund id'), title: z.string().describe("The fund's name") }))
    .describe('The fund the allocation comes from'),
  disbursementTransaction: z
    .array(Disbursement)
    .optional()
    .describe('Each payment made against the allocation, when any is recorded'),
  dataSource: z.string().describe("The decision's page, where the grant is recorded"),
});
export type Grant = z.infer<typeof Grant>;

export const GrantPackage = z
  .object({
    grants: z.array(Grant).describe('Every allocation from every fund, by fund and allocation'),
    projectedPosition: z
      .string()
      .describe("The position in the ledger's global order this answer includes events up to (-1 before the first)"),
    asAt: z
      .string()
      .nullable()
      .describe('The knowledge time asked for, as an ISO instant, or null for everything recorded'),
  })
  .describe('A 360Giving Data Standard package: the grants, and how current they are');
export type GrantPackage = z.infer<typeof GrantPackage>;
