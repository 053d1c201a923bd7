import { describe, expect, it } from 'vitest';
import type { BodyEvent } from '../../../src/domain/directory/events.js';
import { bodyDecider } from '../../../src/domain/directory/index.js';
import { isCurrentMember, wasMemberOn } from '../../../src/domain/directory/state.js';
import { stateOf } from '../shared/given.js';
import { CCG, GCC, LG, LG_ESTABLISHED_ON, STROUD, TEWKESBURY, admitted, lgEstablished } from './fixtures.js';

const history: BodyEvent[] = [
  lgEstablished,
  admitted(GCC),
  admitted(STROUD),
  admitted(CCG),
  {
    type: 'RepresentativeAppointed',
    data: { bodyId: LG, organisationId: GCC, person: 'Cllr Mark Hawthorne', role: 'chair', from: '2011-07-01' },
  },
  {
    type: 'RepresentativeAppointed',
    data: { bodyId: LG, organisationId: CCG, person: 'Dr Andy Seymour', role: 'member', from: '2013-04-01' },
  },
  {
    type: 'TermsOfReferenceAdopted',
    data: { bodyId: LG, version: 'Updated July 2011', adoptedOn: '2011-07-01', noticeDays: 7 },
  },
  { type: 'MemberWithdrawn', data: { bodyId: LG, organisationId: CCG, withdrawnOn: '2022-06-30' } },
];
const state = stateOf(bodyDecider, history);

describe('body state', () => {
  it('records the body as established, with its secretariat', () => {
    expect(state).toMatchObject({
      status: 'established',
      id: LG,
      name: 'Leadership Gloucestershire',
      type: 'strategic-partnership',
      establishedOn: LG_ESTABLISHED_ON,
      secretariatId: GCC,
    });
  });

  it('lists current members and keeps every membership', () => {
    expect(state.members).toEqual([GCC, STROUD]);
    expect(state.memberships).toEqual([
      { organisationId: GCC, admittedOn: LG_ESTABLISHED_ON },
      { organisationId: STROUD, admittedOn: LG_ESTABLISHED_ON },
      { organisationId: CCG, admittedOn: LG_ESTABLISHED_ON, withdrawnOn: '2022-06-30' },
    ]);
  });

  it('ends the appointments of a member that withdraws, and keeps the others open', () => {
    expect(state.representatives).toEqual([
      { organisationId: GCC, person: 'Cllr Mark Hawthorne', role: 'chair', from: '2011-07-01' },
      { organisationId: CCG, person: 'Dr Andy Seymour', role: 'member', from: '2013-04-01', to: '2022-06-30' },
    ]);
  });

  it('keeps the terms in force and every version adopted', () => {
    expect(state.termsOfReference).toEqual({ version: 'Updated July 2011', adoptedOn: '2011-07-01', noticeDays: 7 });
    expect(state.termsVersions).toEqual(['Updated July 2011']);
  });

  it.each([
    [STROUD, '2016-10-27', true, true],
    [CCG, '2016-10-27', true, false],
    [CCG, '2022-06-30', false, false],
    [GCC, '2010-11-30', false, true],
    [TEWKESBURY, '2016-10-27', false, false],
  ])('%s: member on %s %s, member now %s', (organisationId, date, then, now) => {
    expect(wasMemberOn(state, organisationId, date)).toBe(then);
    expect(isCurrentMember(state, organisationId)).toBe(now);
  });
});
