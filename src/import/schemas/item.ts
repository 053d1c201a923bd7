/**
 * One agenda item of a Meeting document: its options, the partners' positions, the lettered
 * decisions (with any fund, pledges and allocation they made), referrals, actions, and what it did
 * to earlier business (follow-ups.ts).
 */
import { z } from 'zod';
import { PersonName } from '../../domain/directory/events.js';
import { InferredFrom, Stance } from '../../domain/decisions/commands.js';
import { LinkKind } from '../../domain/lineage/commands.js';
import { Declaration, ItemKind, ItemOutcome } from '../../domain/meetings/events.js';
import { FundFields } from './directory.js';
import { Amount, DateText, Id, ItemNumberText, OptionKeyText, PartnerDecision, ResolutionRef, Text } from './common.js';
import { followUpFields } from './follow-ups.js';
import { scrutinyFields } from './scrutiny.js';
import { TaskGroupFields, workProgrammeFields } from './work-programme.js';
import { Owner } from './owner.js';

/**
 * `concerns` is a partner that had concerns and did not support (Stroud on option 3, 27 October
 * 2016); `support-with-concerns` one that supported all the same. `inferredFrom` quotes the
 * minutes' collective sentence when they do not record the partner's position on its own.
 */
const Position = z.strictObject({
  organisation: Id,
  stance: Stance,
  option: OptionKeyText.optional(),
  note: Text.optional(),
  spokenBy: PersonName.optional(),
  inferredFrom: InferredFrom.optional(),
});

const Pledge = z.strictObject({
  organisation: Id,
  amount: Amount,
  condition: Text.optional(),
  fund: Id.optional(),
  partnerAuthorisation: PartnerDecision.optional(),
});

/** A recipient written as a bare id is looked up in the directory; `{body: id}` or `{organisation: id}` says which. */
const Recipient = z.preprocess(
  (value) => (typeof value === 'string' ? { id: value } : value),
  z
    .strictObject({ id: Id.optional(), body: Id.optional(), organisation: Id.optional() })
    .refine(
      (recipient) => [recipient.id, recipient.body, recipient.organisation].filter(Boolean).length === 1,
      'name the recipient once: an id, or {body: id}, or {organisation: id}',
    ),
);

const Allocation = z.strictObject({ fund: Id, amount: Amount, recipient: Recipient, purpose: Text, id: Id.optional() });

/** A pledge names its fund, unless it follows the fund this decision opens: without either it says nothing. */
const Decision = z
  .strictObject({
    ref: ResolutionRef,
    text: Text,
    agrees: OptionKeyText.optional(),
    fund: FundFields.optional(),
    pledges: z.array(Pledge).optional(),
    allocate: Allocation.optional(),
    taskGroup: TaskGroupFields.optional(),
  })
  .superRefine((decision, context) => {
    decision.pledges?.forEach((pledge, index) => {
      if (pledge.fund !== undefined || decision.fund !== undefined) return;
      const message = 'say which fund the pledge is to, or open the fund in this decision';
      context.addIssue({ code: 'custom', path: ['pledges', index, 'fund'], message });
    });
  });

const Action = z.strictObject({
  ref: ResolutionRef.optional(),
  title: Text,
  owners: z.array(Owner).min(1, 'name at least one action owner'),
  due: DateText.optional(),
  decision: ResolutionRef.optional(),
  parent: ResolutionRef.optional(),
});

/**
 * A link from this item (or one of its decisions) to another body's decision: `to` names its
 * body, meeting, item and resolution; its meeting need not be in the ledger yet (pending).
 */
const Link = z.strictObject({
  kind: LinkKind,
  decision: ResolutionRef.optional(),
  to: z.strictObject({ body: Id, meeting: Id, item: ItemNumberText, resolution: ResolutionRef.optional() }),
  note: Text.optional(),
});

export const Item = z.strictObject({
  number: ItemNumberText,
  title: Text,
  presenters: z.array(PersonName).optional(),
  kind: ItemKind.optional(),
  outcome: ItemOutcome.optional(),
  declarations: z.array(Declaration.strict()).optional(),
  keyDates: z.array(z.strictObject({ date: DateText, what: Text })).optional(),
  question: Text.optional(),
  options: z.record(OptionKeyText, Text).optional(),
  positions: z.array(Position).optional(),
  decisions: z.array(Decision).optional(),
  referrals: z.array(z.strictObject({ body: Id, purpose: Text.optional() })).optional(),
  links: z.array(Link).optional(),
  actions: z.array(Action).optional(),
  ...followUpFields,
  ...scrutinyFields,
  ...workProgrammeFields,
});
export type Item = z.infer<typeof Item>;
export type ItemDecision = z.infer<typeof Decision>;
export type ItemAction = z.infer<typeof Action>;
export type { ItemOwner } from './owner.js';
export type ItemLink = z.infer<typeof Link>;
