/** One plain sentence per event, with names, dates and pounds, for the audit page and `ledger history`. */
import { describe, expect, it } from 'vitest';
import { knownEventTypes } from '../../../src/domain/index.js';
import { eventSentence } from '../../../src/web/shared/event-sentences.js';
import type { Names } from '../../../src/web/shared/names.js';

const directory: Record<string, string> = {
  'stroud-district-council': 'Stroud District Council',
  'office-of-the-pcc': 'Office of the Police and Crime Commissioner for Gloucestershire',
  'gloucestershire-county-council': 'Gloucestershire County Council',
  'leadership-gloucestershire': 'Leadership Gloucestershire',
  'devolution-capacity': 'Devolution capacity',
  'gloucestershire-community-safety-partnership': 'Gloucestershire Community Safety Partnership',
};
const name = (id: string | null | undefined) => (id ? (directory[id] ?? id) : '');
const names: Names = {
  idAfter: () => '',
  showsIds: false,
  organisation: name,
  body: name,
  fund: name,
  meeting: (id) =>
    ({
      'lg-2016-10-27': 'Leadership Gloucestershire, 27 October 2016',
      'lg-2018-06-14': 'Leadership Gloucestershire, 14 June 2018',
    })[id ?? ''] ??
    id ??
    '',
  meetingDate: () => null,
  allocation: (fundId, allocationId) =>
    allocationId === 'community-safety-implementation'
      ? 'the allocation to Gloucestershire Community Safety Partnership for Implementation phase'
      : `allocation ${allocationId ?? ''}`,
  minute: ({ proposalId, resolution }) => `minute ${proposalId} ${resolution ?? ''}`,
  party: (party) => name(party?.id),
  bodies: [],
  organisations: [],
};

describe('what happened, in one sentence', () => {
  it.each([
    [
      // "Nine of the 10 partners around the table broadly supported option 3" (27 October 2016, item 3)
      {
        type: 'PositionRecorded',
        data: {
          proposalId: 'lg-2016-10-27-item-3',
          organisationId: 'stroud-district-council',
          stance: 'concerns',
          option: '3',
        },
      },
      'Stroud District Council had concerns about, without supporting, option 3',
    ],
    [
      {
        type: 'PledgeRecorded',
        data: {
          fundId: 'devolution-capacity',
          organisation: 'office-of-the-pcc',
          amountPence: 1_000_000,
          condition: 'public service reform',
          decision: { proposalId: 'lg-2016-10-27-item-5', resolution: 'a' },
        },
      },
      'Office of the Police and Crime Commissioner for Gloucestershire pledged £10,000 to Devolution capacity, ' +
        'on a condition, under resolution 5 a) of Leadership Gloucestershire, 27 October 2016',
    ],
    [
      // "To provide financial support of £35,000 from historic Local Area Agreement Reward Grant" (item 3 b)
      {
        type: 'FundingAllocated',
        data: {
          fundId: 'devolution-capacity',
          amountPence: 3_500_000,
          recipient: { kind: 'body', id: 'gloucestershire-community-safety-partnership' },
          purpose: 'Implementation phase',
          decision: { proposalId: 'lg-2016-10-27-item-3', resolution: 'b' },
        },
      },
      '£35,000 of Devolution capacity was allocated to Gloucestershire Community Safety Partnership, ' +
        'under resolution 3 b) of Leadership Gloucestershire, 27 October 2016: Implementation phase',
    ],
    [
      {
        type: 'ActionAssigned',
        data: {
          title: 'Draft the job descriptions',
          owners: [{ kind: 'person', name: 'David Owen', organisation: 'stroud-district-council' }],
          dueOn: '2016-12-15',
        },
      },
      '"Draft the job descriptions" was assigned to David Owen (Stroud District Council), due 15 December 2016',
    ],
    [
      { type: 'DueDateExtended', data: { actionId: 'a', dueOn: '2018-12-31', reason: 'moved post' } },
      "The action's due date was set to 31 December 2018: moved post",
    ],
    [
      // "£35,000 ... to deliver the implementation phase" (27 October 2016, item 3 b); the payment is illustrative.
      {
        type: 'PaymentRecorded',
        data: {
          fundId: 'devolution-capacity',
          allocationId: 'community-safety-implementation',
          amountPence: 2_000_000,
          paidOn: '2018-09-20',
          reference: 'illustrative',
        },
      },
      '£20,000 was paid out of Devolution capacity on 20 September 2018 against the allocation to ' +
        'Gloucestershire Community Safety Partnership for Implementation phase (reference illustrative)',
    ],
    [
      { type: 'PapersPublished', data: { meetingId: 'lg-2018-06-14', publishedOn: '2018-06-07' } },
      'The papers for Leadership Gloucestershire, 14 June 2018 were published on 7 June 2018',
    ],
    [
      {
        type: 'PersonRegistered',
        data: {
          personId: 'chris-hancock',
          name: 'Cllr Chris Hancock',
          aliases: ['Cllr Christopher Hancock'],
          titles: ['Cllr'],
        },
      },
      'Cllr Chris Hancock was added to the directory of people, also written Cllr Christopher Hancock',
    ],
    [
      {
        type: 'RecommendationMade',
        data: {
          recommendationId: 'r1',
          scrutinyBodyId: 'leadership-gloucestershire',
          madeOn: '2018-10-05',
          to: { kind: 'organisation', id: 'office-of-the-pcc' },
          text: 'Report on the partnership',
          responseDueOn: '2018-12-04',
        },
      },
      'Leadership Gloucestershire recommended to Office of the Police and Crime Commissioner for Gloucestershire' +
        ' on 5 October 2018: Report on the partnership (a response is due by 4 December 2018)',
    ],
    [
      {
        type: 'RecommendationResponded',
        data: { recommendationId: 'r1', response: 'partly-accepted', reasons: 'In part', respondedOn: '2018-11-01' },
      },
      'The recipient partly accepted the recommendation on 1 November 2018: In part',
    ],
    [
      {
        type: 'ItemPlanned',
        data: {
          planItemId: 'p1',
          bodyId: 'leadership-gloucestershire',
          title: 'Social mobility',
          kind: 'discussion',
          leadOfficer: 'Illustrative officer',
          month: '2018-06',
        },
      },
      '"Social mobility" (for discussion, lead officer Illustrative officer) was put on the work programme of ' +
        'Leadership Gloucestershire for June 2018',
    ],
    [
      {
        type: 'ItemReplanned',
        data: {
          planItemId: 'p1',
          meetingId: 'lg-2018-06-14',
          month: '2018-06',
          fromMonth: '2018-03',
          reason: 'slipped',
        },
      },
      'The item moved from March 2018 to Leadership Gloucestershire, 14 June 2018: slipped',
    ],
    [
      {
        type: 'TaskGroupSetUp',
        data: {
          taskGroupId: 'g1',
          bodyId: 'leadership-gloucestershire',
          setUpBy: { proposalId: 'lg-2016-10-27-item-5', resolution: 'b' },
          name: 'Devolution officer group',
          remit: 'Take the devolution work forward',
          chair: 'David Owen',
          members: [],
          setUpOn: '2016-10-27',
          endsOn: '2017-03-31',
        },
      },
      'Leadership Gloucestershire set up Devolution officer group, chaired by David Owen, to report back by ' +
        '31 March 2017, under resolution 5 b) of Leadership Gloucestershire, 27 October 2016',
    ],
    [
      {
        type: 'WorkProgrammeReviewed',
        data: { bodyId: 'leadership-gloucestershire', meetingId: 'lg-2018-06-14', item: '6', reviewedOn: '2018-06-14' },
      },
      'Leadership Gloucestershire reviewed its work programme at Leadership Gloucestershire, 14 June 2018, item 6',
    ],
  ])('%# %j', (event, sentence) => {
    expect(eventSentence(event, names)).toBe(sentence);
  });

  it.each(knownEventTypes())('has a sentence of its own for %s, even on data it does not expect', (type) => {
    const spelledOut = type.replace(/(?<=[a-z])(?=[A-Z])/g, ' ').toLowerCase();
    for (const data of [{}, null, { amountPence: 'ten', owners: 'nobody' }]) {
      const sentence = eventSentence({ type, data }, names);
      expect(sentence.toLowerCase()).not.toBe(spelledOut);
      expect(sentence).not.toMatch(/undefined|\[object|\{/);
      expect(sentence.trim().length).toBeGreaterThan(5);
    }
  });

  it('spells out a type no version of the domain declares, and never throws on data it does not expect', () => {
    expect(eventSentence({ type: 'WorkProgrammeItemPlanned', data: null }, names)).toBe('Work programme item planned');
    expect(eventSentence({ type: 'PledgeRecorded', data: { amountPence: 'ten' } }, names)).toContain(
      'pledged an amount',
    );
  });
});
