/**
 * One agenda item as commands: options tabled, positions, then each lettered decision followed by
 * the fund, pledges and allocation it authorised (a decision must exist before anything cites it),
 * then referrals, actions and reviews. Positions on an item without options follow its decisions,
 * the first of which opens the matter they are recorded on.
 */
import type { Attendee } from '../schemas/meeting.js';
import type { Item, ItemAction, ItemDecision, ItemLink } from '../schemas/item.js';
import { planFollowUps } from './follow-ups.js';
import { planScrutiny } from './scrutiny.js';
import { planTaskGroup, planWorkProgramme } from './work-programme.js';
import { ownerOf } from './owners.js';
import { openFundData } from './directory.js';
import { itemSlug, type CommandList } from './planned.js';

export type RecipientKind = (id: string) => 'organisation' | 'body';

export interface ItemContext {
  readonly list: CommandList;
  readonly meetingId: string;
  /** The body whose meeting it is (a scrutiny committee's makes recommendations). */
  readonly bodyId: string;
  /** The meeting's date: the business date of what its items record. */
  readonly date: string;
  readonly attendance: readonly Attendee[];
  readonly recipientKind: RecipientKind;
  /** Where the item sits in the document, e.g. ['items', 2]. */
  readonly at: ReadonlyArray<string | number>;
}

function proposalIdOf(meetingId: string, number: string): string {
  return `${meetingId}-item-${itemSlug(number)}`;
}

export function actionIdFor(meetingId: string, number: string, ref: string): string {
  return `${meetingId}-${itemSlug(number)}-${ref}`;
}

export function planItem(item: Item, context: ItemContext): void {
  const { list, meetingId, at } = context;
  const proposalId = proposalIdOf(meetingId, item.number);
  const path = `items.${item.number}`;
  const section = `item ${item.number}`;
  const { kind, outcome, declarations, keyDates } = item;
  const tabled = {
    meetingId,
    number: item.number,
    title: item.title,
    presenters: item.presenters,
    kind,
    outcome,
    declarations,
    keyDates,
  };
  list.add('TableItem', tabled, { path: `${path}.table`, fieldPath: at, section });
  if (item.options) {
    const data = {
      proposalId,
      meetingId,
      item: item.number,
      question: item.question ?? item.title,
      options: item.options,
    };
    list.add('TableOptions', data, { path: `${path}.options`, fieldPath: [...at, 'options'], section });
  }
  // Positions on tabled options follow the tabling; without options, the first resolution opens the matter.
  if (item.options) planPositions(item, proposalId, at, context);
  item.decisions?.forEach((decision, index) =>
    planDecision(decision, proposalId, item.number, [...at, 'decisions', index], context),
  );
  if (!item.options) planPositions(item, proposalId, at, context);
  item.referrals?.forEach((referral, index) => {
    list.add(
      'ReferMatter',
      { proposalId, meetingId, item: item.number, bodyId: referral.body, purpose: referral.purpose },
      {
        path: `${path}.referrals.${referral.body}`,
        fieldPath: [...at, 'referrals', index],
        section,
      },
    );
  });
  item.links?.forEach((link, index) => planLink(link, proposalId, item.number, [...at, 'links', index], context));
  item.actions?.forEach((action, index) => planAction(action, index, item, [...at, 'actions', index], context));
  planFollowUps(item, { ...context, path, section });
  planScrutiny(item, { ...context, path, section });
  planWorkProgramme(item, { ...context, path, section, number: item.number });
}

function planDecision(
  decision: ItemDecision,
  proposalId: string,
  number: string,
  at: Array<string | number>,
  context: ItemContext,
): void {
  const { list, meetingId } = context;
  const path = `items.${number}.decisions.${decision.ref}`;
  const section = `item ${number} ${decision.ref})`;
  const cited = { proposalId, resolution: decision.ref };
  if (decision.agrees !== undefined) {
    list.add(
      'AgreeOption',
      { proposalId, option: decision.agrees, resolution: decision.ref, text: decision.text },
      { path, fieldPath: at, section },
    );
  } else {
    list.add(
      'RecordResolution',
      { proposalId, meetingId, item: number, resolution: decision.ref, text: decision.text },
      { path, fieldPath: at, section },
    );
  }
  if (decision.fund) {
    const pledgers = (decision.pledges ?? []).map((pledge) => pledge.organisation);
    list.add('OpenFund', openFundData(decision.fund, cited, pledgers), {
      path: `${path}.fund`,
      fieldPath: [...at, 'fund'],
      section,
    });
  }
  decision.pledges?.forEach((pledge, index) => {
    const fundId = pledge.fund ?? decision.fund?.id;
    // The item schema requires a pledge to name its fund or follow a fund opened in its decision.
    if (fundId === undefined) throw new Error(`Bug: a pledge by ${pledge.organisation} names no fund`);
    const data = {
      fundId,
      organisation: pledge.organisation,
      amount: pledge.amount,
      condition: pledge.condition,
      decision: cited,
      partnerAuthorisation: pledge.partnerAuthorisation,
    };
    list.add('PledgeFunding', data, {
      path: `${path}.pledges.${pledge.organisation}`,
      fieldPath: [...at, 'pledges', index],
      section,
    });
  });
  if (decision.allocate) {
    const { fund, amount, recipient, purpose, id } = decision.allocate;
    const recipientId = recipient.id ?? recipient.body ?? recipient.organisation ?? '';
    const kind = recipient.body ? 'body' : recipient.organisation ? 'organisation' : context.recipientKind(recipientId);
    const data = {
      fundId: fund,
      allocationId: id ?? `${proposalId}-${decision.ref}`,
      recipient: { kind, id: recipientId },
      purpose,
      amount,
      decision: cited,
    };
    list.add('AllocateFunding', data, { path: `${path}.allocate`, fieldPath: [...at, 'allocate'], section });
  }
  if (decision.taskGroup)
    planTaskGroup(decision.taskGroup, cited, context, {
      path: `${path}.taskGroup`,
      fieldPath: [...at, 'taskGroup'],
      section,
    });
}

/** The other end's matter is named as the importer names every matter: from its meeting and item. */
function planLink(
  link: ItemLink,
  proposalId: string,
  number: string,
  at: Array<string | number>,
  context: ItemContext,
): void {
  const { meeting, item, body, resolution } = link.to;
  const to = { bodyId: body, meetingId: meeting, item, proposalId: proposalIdOf(meeting, item), resolution };
  const data = {
    proposalId,
    meetingId: context.meetingId,
    item: number,
    resolution: link.decision,
    kind: link.kind,
    to,
    note: link.note,
  };
  const path = `items.${number}.links.${link.kind}.${to.proposalId}${resolution === undefined ? '' : `.${resolution}`}`;
  context.list.add('LinkDecision', data, {
    path,
    fieldPath: at,
    section: `item ${number}${link.decision === undefined ? '' : ` ${link.decision})`}`,
  });
}

function planAction(
  action: ItemAction,
  index: number,
  item: Item,
  at: Array<string | number>,
  context: ItemContext,
): void {
  const { list, meetingId } = context;
  const ref = action.ref ?? String(index + 1);
  const actionIdOf = (reference: string) => actionIdFor(meetingId, item.number, reference);
  const data = {
    actionId: actionIdOf(ref),
    title: action.title,
    owners: action.owners.map((owner) => ownerOf(owner, context.attendance)),
    meetingId,
    item: item.number,
    decision:
      action.decision !== undefined
        ? { proposalId: proposalIdOf(meetingId, item.number), resolution: action.decision }
        : undefined,
    dueOn: action.due,
    parentActionId: action.parent !== undefined ? actionIdOf(action.parent) : undefined,
  };
  list.add('AssignAction', data, {
    path: `items.${item.number}.actions.${ref}`,
    fieldPath: at,
    section: `item ${item.number}`,
  });
}

function planPositions(item: Item, proposalId: string, at: ReadonlyArray<string | number>, context: ItemContext): void {
  const { list } = context;
  const path = `items.${item.number}`;
  const section = `item ${item.number}`;
  item.positions?.forEach((position, index) => {
    const { organisation, stance, option, note, spokenBy, inferredFrom } = position;
    list.add(
      'RecordPosition',
      { proposalId, organisationId: organisation, stance, option, note, spokenBy, inferredFrom },
      {
        path: `${path}.positions.${organisation}`,
        fieldPath: [...at, 'positions', index],
        section,
      },
    );
  });
}
