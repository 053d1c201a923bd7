/**
 * What each document names and what it brings into being, in the order its commands will run, so
 * that every id can be checked against the ledger and the earlier documents before anything is written.
 */
import type { MinutesDocument } from './schemas/document.js';
import type { Item } from './schemas/item.js';
import type { MeetingDocument } from './schemas/meeting.js';
import { actionIdFor } from './plan/item.js';
import type { FieldPath } from './yaml-file.js';

export type ReferenceKind = 'organisation' | 'body' | 'fund' | 'meeting' | 'action';

export interface Reference {
  readonly op: 'use' | 'define';
  /** More than one kind when the id may name either (an allocation's recipient). */
  readonly kinds: readonly ReferenceKind[];
  readonly id: string;
  readonly fieldPath: FieldPath;
}

class References {
  readonly list: Reference[] = [];
  use(kind: ReferenceKind | readonly ReferenceKind[], id: string | undefined, fieldPath: FieldPath): void {
    if (id !== undefined) this.list.push({ op: 'use', kinds: typeof kind === 'string' ? [kind] : kind, id, fieldPath });
  }
  define(kind: ReferenceKind, id: string, fieldPath: FieldPath): void {
    this.list.push({ op: 'define', kinds: [kind], id, fieldPath });
  }
}

export function referencesOf(document: MinutesDocument): Reference[] {
  const refs = new References();
  switch (document.kind) {
    case 'Organisation':
      refs.use('organisation', document.fields.dissolved?.successor, ['dissolved', 'successor']);
      refs.define('organisation', document.fields.id, ['id']);
      break;
    case 'Body': {
      const body = document.fields;
      refs.use('body', body.parent, ['parent']);
      refs.use('organisation', body.secretariat, ['secretariat']);
      refs.use('organisation', body.council, ['council']);
      refs.define('body', body.id, ['id']);
      body.members?.forEach((member, index) =>
        refs.use('organisation', typeof member === 'string' ? member : member.organisation, ['members', index]),
      );
      body.representatives?.forEach((r, index) =>
        refs.use('organisation', r.organisation, ['representatives', index, 'organisation']),
      );
      break;
    }
    case 'Fund':
      fundReferences(refs, document.fields, []);
      break;
    case 'Meeting':
      meetingReferences(refs, document.fields);
      break;
  }
  return refs.list;
}

function fundReferences(refs: References, fund: NonNullable<Item['decisions']>[number]['fund'], at: FieldPath): void {
  if (!fund) return;
  refs.use('organisation', fund.holder, [...at, 'holder']);
  if (fund.type === 'pooled-pot')
    fund.asked?.forEach((id, index) => refs.use('organisation', id, [...at, 'asked', index]));
  if (fund.type === 'external-award') refs.use('organisation', fund.funder, [...at, 'funder']);
  refs.define('fund', fund.id, [...at, 'id']);
}

function meetingReferences(refs: References, meeting: MeetingDocument): void {
  refs.use('body', meeting.body, ['body']);
  refs.define('meeting', meeting.id, ['id']);
  meeting.attendance?.forEach((a, index) =>
    refs.use('organisation', a.organisation, ['attendance', index, 'organisation']),
  );
  meeting.apologies?.forEach((a, index) =>
    refs.use('organisation', a.organisation, ['apologies', index, 'organisation']),
  );
  refs.use('meeting', meeting.confirms, ['confirms']);
  meeting.items?.forEach((item, index) => itemReferences(refs, meeting.id, item, ['items', index]));
}

function itemReferences(refs: References, meetingId: string, item: Item, at: FieldPath): void {
  item.links?.forEach((link, index) => refs.use('body', link.to.body, [...at, 'links', index, 'to', 'body']));
  item.recommendations?.forEach((r, index) => {
    refs.use('body', r.to.body, [...at, 'recommendations', index, 'to', 'body']);
    refs.use('organisation', r.to.organisation, [...at, 'recommendations', index, 'to', 'organisation']);
  });
  item.positions?.forEach((p, index) =>
    refs.use('organisation', p.organisation, [...at, 'positions', index, 'organisation']),
  );
  item.decisions?.forEach((decision, index) => {
    const where = [...at, 'decisions', index];
    fundReferences(refs, decision.fund, [...where, 'fund']);
    decision.pledges?.forEach((pledge, pledgeIndex) => {
      refs.use('organisation', pledge.organisation, [...where, 'pledges', pledgeIndex, 'organisation']);
      refs.use('fund', pledge.fund, [...where, 'pledges', pledgeIndex, 'fund']);
    });
    const allocation = decision.allocate;
    if (!allocation) return;
    refs.use('fund', allocation.fund, [...where, 'allocate', 'fund']);
    const { id, body, organisation } = allocation.recipient;
    refs.use(body ? 'body' : organisation ? 'organisation' : ['organisation', 'body'], id ?? body ?? organisation, [
      ...where,
      'allocate',
      'recipient',
    ]);
  });
  item.referrals?.forEach((referral, index) => refs.use('body', referral.body, [...at, 'referrals', index, 'body']));
  item.actions?.forEach((action, index) => {
    action.owners.forEach((owner, ownerIndex) => {
      const ownerAt = [...at, 'actions', index, 'owners', ownerIndex];
      refs.use('organisation', owner.organisation, [...ownerAt, 'organisation']);
      refs.use('body', owner.body, [...ownerAt, 'body']);
    });
    refs.define('action', actionIdFor(meetingId, item.number, action.ref ?? String(index + 1)), [
      ...at,
      'actions',
      index,
    ]);
  });
  item.reviews?.forEach((review, index) => refs.use('action', review.action, [...at, 'reviews', index, 'action']));
}
