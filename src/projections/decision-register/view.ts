/** What the decision register answers, and the filters it takes: one zod schema each. */
import { z } from 'zod';
import { IsoDate } from '../../domain/shared/dates.js';
import { AuditEvent } from '../audit-trail/view.js';

export const DecisionStatus = z
  .enum(['in-force', 'amended', 'rescinded'])
  .describe(
    'in-force: stands as first minuted; amended: in force with wording changed by a later ' +
      'meeting; rescinded: withdrawn by a later meeting',
  );
export type DecisionStatus = z.infer<typeof DecisionStatus>;

const Option = z.object({
  key: z.string().describe('The option number as the papers write it, e.g. "3"'),
  text: z.string().describe('What the option proposed'),
});

export const PositionStance = z
  .enum(['support', 'support-with-concerns', 'concerns', 'oppose', 'abstain'])
  .describe(
    'Where the partner stood: support; support-with-concerns (supported, with concerns); ' +
      'concerns (had concerns and did not support); oppose; abstain',
  );

const Position = z.object({
  organisationId: z.string().describe('The partner, e.g. stroud-district-council'),
  organisationName: z.string().nullable().describe("The partner's name, e.g. Stroud District Council"),
  stance: PositionStance,
  option: z.string().nullable().describe('The option the position was about, e.g. "3"'),
  note: z.string().nullable().describe('The concerns or reasons minuted'),
  spokenBy: z.string().nullable().describe('Who spoke for the partner, e.g. Cllr Steve Lydon'),
  basis: z
    .enum(['minuted', 'inferred'])
    .describe(
      "minuted: the minutes record this partner's position; inferred: the ledger infers it from " +
        'the collective statement quoted in inferredFrom',
    ),
  inferredFrom: z
    .string()
    .nullable()
    .describe(
      "For an inferred position, the minutes' own words, e.g. Nine of the 10 partners around the " +
        'table broadly supported option 3',
    ),
});
export type DecisionPosition = z.infer<typeof Position>;

const StatusChange = z.object({
  change: z.enum(['amended', 'rescinded']).describe('What the later meeting did to the decision'),
  meetingId: z.string().describe('The later meeting, e.g. lg-2016-12-15'),
  meetingDate: z.string().nullable().describe('The date of that meeting, if it is in the register'),
  reason: z.string().describe('Why, as minuted'),
  text: z.string().nullable().describe('For an amendment: the resolution as it read afterwards'),
  occurredOn: z
    .string()
    .nullable()
    .describe(
      "The business date of the change (the later meeting's date); null for one recorded before dates were kept",
    ),
  source: AuditEvent.shape.source,
});
export type StatusChangeSource = z.infer<typeof StatusChange>['source'];

const Party = z.object({
  kind: z.enum(['organisation', 'body']).describe('Whether the party is an organisation or a body'),
  id: z.string().describe('The organisation or body, e.g. stroud-district-council'),
});

const Authorised = z.object({
  kind: z
    .enum(['body', 'fund', 'pledge', 'pledge-amendment', 'allocation', 'action'])
    .describe('What the decision set up (a body, a fund, an allocation) or authorised (a pledge, an action)'),
  id: z.string().describe('The body, fund, pledge, allocation or action, e.g. devolution-capacity'),
  fundId: z.string().nullable().describe('The fund it belongs to, for pledges and allocations'),
  party: Party.nullable().describe("The pledging organisation, the allocation's recipient, or null"),
  amountPence: z
    .number()
    .int()
    .nullable()
    .describe('The sum in pence at the time it was recorded, e.g. 1000000 for £10,000'),
  description: z
    .string()
    .nullable()
    .describe("The body's or fund's name, the pledge's condition, the allocation's purpose or the action's title"),
});

const Referral = z.object({
  meetingId: z.string().describe('The meeting that referred the matter'),
  bodyId: z.string().describe('The body the matter went to, e.g. district-chief-executives-group'),
  purpose: z.string().nullable().describe('What the body was asked to do'),
});

export const DecisionView = z
  .object({
    proposalId: z.string().describe('The matter, e.g. lg-2016-10-27-item-3'),
    resolution: z.string().describe('The resolution letter, e.g. "a" for minute 3 a)'),
    bodyId: z.string().nullable().describe('The body whose meeting decided, e.g. leadership-gloucestershire'),
    meetingId: z.string().describe('The meeting that decided, e.g. lg-2016-10-27'),
    meetingDate: z.string().nullable().describe('The date of that meeting'),
    item: z.string().describe('The agenda item number, e.g. "3"'),
    itemTitle: z.string().nullable().describe("The agenda item's heading, e.g. Community Safety Review"),
    question: z.string().nullable().describe('What the meeting was asked to decide, when options were tabled'),
    text: z.string().describe('The resolution as it reads now (after any amendment)'),
    originalText: z.string().describe('The resolution as first minuted'),
    optionAgreed: Option.nullable().describe('The option this resolution agreed, if any'),
    options: z.array(Option).describe('Every option tabled on the matter, by number'),
    positions: z
      .array(Position)
      .describe(
        "Partners' positions, each shown once for its matter: with the resolution that agreed the " +
          "option it was taken on, otherwise with the matter's main resolution (the one agreeing an " +
          'option, or the first)',
      ),
    noPositionRecorded: z
      .array(z.string())
      .describe(
        "Partners present with no position recorded on the matter (shown with the matter's main " +
          'resolution, where options were tabled or positions recorded)',
      ),
    organisationNames: z
      .record(z.string(), z.string())
      .describe('The name of each organisation this decision mentions, by id'),
    organisationsPresent: z
      .array(z.string())
      .describe('Organisations with someone at the meeting (party to the consensus); guests do not count'),
    organisationsWithApologies: z
      .array(z.string())
      .describe('Organisations that sent apologies and had no one present'),
    status: DecisionStatus,
    statusChanges: z.array(StatusChange).describe('Amendments and rescission by later meetings, oldest first'),
    authorised: z
      .array(Authorised)
      .describe(
        'What this decision set up or authorised: bodies (by their establishedBy), funds, pledges, ' +
          'allocations and actions that cite it, in the order recorded',
      ),
    referrals: z.array(Referral).describe('Bodies the matter was referred to'),
  })
  .describe('One decision: a lettered resolution of a matter put to a meeting');
export type DecisionView = z.infer<typeof DecisionView>;

export const DecisionFilters = z.object({
  bodyId: z
    .string()
    .min(1)
    .optional()
    .describe("Only decisions of this body's meetings, e.g. leadership-gloucestershire"),
  organisationId: z
    .string()
    .min(1)
    .optional()
    .describe('Only decisions where this organisation took a position or was present'),
  from: IsoDate.optional().describe('Only meetings on or after this date (YYYY-MM-DD)'),
  to: IsoDate.optional().describe('Only meetings on or before this date (YYYY-MM-DD)'),
  status: DecisionStatus.optional(),
  q: z
    .string()
    .trim()
    .min(1)
    .max(200)
    .optional()
    .describe(
      "Words to find in item titles, questions, resolutions and partners' notes, e.g. option 3 or " +
        'homelessness; end a word with * for a prefix',
    ),
});
export type DecisionFilters = z.infer<typeof DecisionFilters>;

export const DecisionList = z
  .object({ decisions: z.array(DecisionView).describe('The decisions that match, by meeting date, item and letter') })
  .describe('The decision register');
export type DecisionList = z.infer<typeof DecisionList>;
