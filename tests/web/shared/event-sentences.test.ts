/** One plain sentence per event, with names, dates and pounds, for the audit page and `ledger history`. */
import { describe, expect, it } from 'vitest';
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
  organisation: name,
  body: name,
  fund: name,
  meeting: (id) => (id === 'lg-2016-10-27' ? 'Leadership Gloucestershire, 27 October 2016' : (id ?? '')),
  meetingDate: () => null,
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
      'Office of the Police and Crime Commissioner for Gloucestershire pledged £10,000 to Devolution capacity, on a condition, under resolution 5 a) of Leadership Gloucestershire, 27 October 2016',
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
      '£35,000 of Devolution capacity was allocated to Gloucestershire Community Safety Partnership, under resolution 3 b) of Leadership Gloucestershire, 27 October 2016: Implementation phase',
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
  ])('%# %j', (event, sentence) => {
    expect(eventSentence(event, names)).toBe(sentence);
  });

  it('spells out an event type it has no sentence for, and never throws on data it does not expect', () => {
    expect(eventSentence({ type: 'WorkProgrammeItemPlanned', data: null }, names)).toBe('Work programme item planned');
    expect(eventSentence({ type: 'PledgeRecorded', data: { amountPence: 'ten' } }, names)).toContain(
      'pledged an amount',
    );
  });
});
