/**
 * The funding command union, derived from the command table (index.ts, where each command's
 * schema is declared in its entry), and the fields the commands share. Amounts are pounds text
 * ("£10,000", see `PoundsAmount`); `decide` turns them into pence. Every command names its fund.
 */
import type { CommandsOf } from '../shared/feature.js';
import type { fundingCommands } from './index.js';
import { humanText } from '../shared/human-text.js';
import { Slug } from '../shared/identifiers.js';
import { DecisionReference } from '../shared/references.js';

/** Funds, pledges and allocations cite the decision that authorised them as `{ proposalId, resolution }`. */
export const AuthorisingDecision = DecisionReference.describe(
  'The decision that authorised this, e.g. minute 5 a) of 27 October 2016',
);

export const fundId = Slug.describe('The fund, e.g. devolution-capacity');
export const organisation = Slug.describe('The partner organisation, e.g. stroud-district-council');

export const fundBasics = {
  fundId,
  name: humanText(200).describe('The name the board uses, e.g. "Devolution capacity"'),
  holder: Slug.describe('The organisation that holds the money, e.g. gloucestershire-county-council'),
  purpose: humanText(500)
    .optional()
    .describe(
      'What the fund is for, in the words of the minutes, e.g. "A dedicated resource to take devolution forward"',
    ),
  decision: AuthorisingDecision.optional(),
};

/** Every funding command, as `{ type, data }`, from the feature's command table (index.ts). */
export type FundingCommand = CommandsOf<typeof fundingCommands>;
