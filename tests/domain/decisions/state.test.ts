/** ProposalState as other features read it: is `{ proposalId, resolution }` a decision in force? */
import { describe, expect, it } from 'vitest';
import type { DecisionsEvent } from '../../../src/domain/decisions/events.js';
import {
  decisionInForce,
  evolveProposal,
  findResolution,
  initialProposalState,
  positionOf,
} from '../../../src/domain/decisions/state.js';
import { fold } from '../shared/given.js';
import { DEC_2016, OCT_2016, STROUD } from './fixtures.js';

const ITEM_3 = 'lg-2016-10-27-item-3';
const history: DecisionsEvent[] = [
  {
    type: 'OptionsTabled',
    data: {
      proposalId: ITEM_3,
      meetingId: OCT_2016,
      item: '3',
      question: 'Community safety',
      options: { '3': 'Merge' },
    },
  },
  {
    type: 'PositionRecorded',
    data: { proposalId: ITEM_3, organisationId: STROUD, stance: 'support-with-concerns', option: '3' },
  },
  {
    type: 'OptionAgreed',
    data: { proposalId: ITEM_3, option: '3', resolution: 'a', text: 'To support the principles included in option 3' },
  },
  {
    type: 'ResolutionRecorded',
    data: { proposalId: ITEM_3, meetingId: OCT_2016, item: '3', resolution: 'b', text: 'To provide £35,000' },
  },
  {
    type: 'ResolutionRecorded',
    data: { proposalId: ITEM_3, meetingId: OCT_2016, item: '3', resolution: 'c', text: 'To support the OPCC offer' },
  },
  {
    type: 'DecisionAmended',
    data: { proposalId: ITEM_3, resolution: 'b', meetingId: DEC_2016, reason: 'Fixture', text: 'To provide £30,000' },
  },
  { type: 'DecisionRescinded', data: { proposalId: ITEM_3, resolution: 'c', meetingId: DEC_2016, reason: 'Fixture' } },
];
const state = fold(evolveProposal, initialProposalState, history);

describe('ProposalState', () => {
  it.each([
    ['a', true],
    ['b', true],
    ['c', false],
    ['d', false],
  ])('resolution %s in force: %s', (letter, inForce) => {
    expect(decisionInForce(state, letter)).toBe(inForce);
  });

  it('knows nothing of a proposal never opened', () => {
    expect(findResolution(undefined, 'a')).toBeUndefined();
    expect(findResolution(initialProposalState, 'a')).toBeUndefined();
  });

  it('keeps the original wording of an amended decision and its amendment', () => {
    expect(findResolution(state, 'b')).toEqual({
      letter: 'b',
      text: 'To provide £30,000',
      originalText: 'To provide £35,000',
      status: 'in-force',
      amendments: [{ meetingId: DEC_2016, reason: 'Fixture', text: 'To provide £30,000' }],
    });
  });

  it('records the rescission and the agreed option', () => {
    expect(findResolution(state, 'c')).toMatchObject({
      status: 'rescinded',
      rescission: { meetingId: DEC_2016, reason: 'Fixture' },
    });
    expect(findResolution(state, 'a')).toMatchObject({ option: '3', status: 'in-force' });
    expect(state).toMatchObject({ opened: true, meetingId: OCT_2016, item: '3', agreedOption: '3' });
    expect(positionOf(state, STROUD)).toEqual({ organisationId: STROUD, stance: 'support-with-concerns', option: '3' });
  });

  it('refuses to fold a position onto a proposal never opened', () => {
    expect(() => evolveProposal(initialProposalState, history[1]!)).toThrow(/never opened/);
  });
});
