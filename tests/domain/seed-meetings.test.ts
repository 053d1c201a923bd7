/**
 * The meetings of 27 October 2016 and 14 June 2018 replayed from their minutes through the
 * deciders of every feature (directory, meetings, decisions, funding, actions), then read back
 * field by field: what the scrutiny committee, the finance officer and the action owners would ask.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { ActionState } from '../../src/domain/actions/state.js';
import { decisionInForce, findResolution, type OpenedProposal } from '../../src/domain/decisions/state.js';
import type { BodyState } from '../../src/domain/directory/state.js';
import { committablePence, type FundState } from '../../src/domain/funding/state.js';
import { chairOf, type MeetingState } from '../../src/domain/meetings/state.js';
import * as id from './directory/fixtures.js';
import { ScenarioLedger } from './decisions/ledger.js';
import * as oct from './decisions/seed-2016-10-27.js';
import * as jun from './decisions/seed-2018-06-14.js';

const ledger = new ScenarioLedger();
const meeting = (meetingId: string) => ledger.stateOf<MeetingState>(`meeting-${meetingId}`);
const proposal = (proposalId: string) => ledger.stateOf<OpenedProposal>(`proposal-${proposalId}`);
const action = (actionId: string) => ledger.stateOf<ActionState>(`action-${actionId}`);

beforeAll(() => {
  oct.recordDirectory(ledger);
  oct.recordOctober2016(ledger);
  jun.recordJune2018(ledger);
});

describe('27 October 2016: who was there', () => {
  it('was held on the day, chaired by Cllr Mark Hawthorne, and agreed the notes of 8 September 2016', () => {
    expect(meeting(oct.OCT_2016)).toMatchObject({ status: 'held', bodyId: id.LG, date: '2016-10-27' });
    expect(chairOf(meeting(oct.OCT_2016))?.person).toBe('Cllr Mark Hawthorne');
    expect(meeting(oct.SEP_2016).minutesConfirmed).toEqual({ atMeetingId: oct.OCT_2016, on: '2016-10-27' });
  });

  it('lists the 24 present and the 7 apologies as the minutes do', () => {
    expect(meeting(oct.OCT_2016).present).toEqual(oct.present2016);
    expect(meeting(oct.OCT_2016).apologies).toEqual(oct.apologies2016);
  });
});

describe('27 October 2016, item 3: the community safety review', () => {
  const item3 = () => proposal(oct.ITEM_3);

  it('tabled the three options of the consultation at item 3', () => {
    expect(item3()).toMatchObject({ opened: true, proposalId: oct.ITEM_3, meetingId: oct.OCT_2016, item: '3' });
    expect(item3().options).toEqual(oct.communitySafetyOptions);
  });

  it('had nine of the ten partners broadly supporting option 3 (inferred from the minutes) and Stroud with concerns, not supporting', () => {
    const supporters = item3()
      .positions.filter((p) => p.stance === 'support' && p.option === '3')
      .map((p) => p.organisationId);
    expect(supporters).toEqual(id.partners.map((p) => p.organisationId).filter((org) => org !== id.STROUD));
    expect(
      item3()
        .positions.filter((p) => p.stance === 'support')
        .every((p) => p.inferredFrom === oct.NINE_OF_TEN),
    ).toBe(true);
    expect(item3().positions.find((p) => p.organisationId === id.STROUD)).toEqual({
      organisationId: id.STROUD,
      stance: 'concerns',
      option: '3',
      note: oct.stroudConcerns,
      spokenBy: 'Cllr Steve Lydon',
    });
  });

  it('agreed option 3 as 3 a), then 3 b) and 3 c), all in force', () => {
    expect(item3().agreedOption).toBe('3');
    expect(item3().resolutions).toEqual([
      {
        letter: 'a',
        text: oct.resolutions['3a'],
        originalText: oct.resolutions['3a'],
        option: '3',
        status: 'in-force',
        amendments: [],
      },
      {
        letter: 'b',
        text: oct.resolutions['3b'],
        originalText: oct.resolutions['3b'],
        status: 'in-force',
        amendments: [],
      },
      {
        letter: 'c',
        text: oct.resolutions['3c'],
        originalText: oct.resolutions['3c'],
        status: 'in-force',
        amendments: [],
      },
    ]);
    expect(item3().referrals).toEqual([]);
  });

  it('gave Richard Bradley the action of carrying out 3 a)', () => {
    expect(action('lg-2016-10-27-3-1')).toEqual({
      assigned: true,
      actionId: 'lg-2016-10-27-3-1',
      title: 'Take forward the establishment of the Gloucestershire Community Safety Partnership',
      owners: [{ kind: 'person', name: 'Richard Bradley', organisation: id.PCC }],
      meetingId: oct.OCT_2016,
      item: '3',
      decision: { proposalId: oct.ITEM_3, resolution: 'a' },
      status: 'open',
      progress: [],
      reviews: [],
    });
  });

  it('refuses what the minutes rule out: a second Stroud position, a second option, a position from the Constabulary', () => {
    const position = { proposalId: oct.ITEM_3, organisationId: id.STROUD, stance: 'support', option: '3' };
    expect(() => ledger.record('RecordPosition', position)).toThrow('POSITION_ALREADY_RECORDED');
    expect(() => ledger.record('RecordPosition', { ...position, organisationId: id.CONSTABULARY })).toThrow(
      'ORGANISATION_NOT_PRESENT',
    );
    expect(() =>
      ledger.record('AgreeOption', { proposalId: oct.ITEM_3, option: '2', resolution: 'd', text: 'Option 2' }),
    ).toThrow('ANOTHER_OPTION_AGREED');
  });
});

describe('27 October 2016, item 5: the KPMG review', () => {
  it('resolved 5 a) and 5 b) without options or positions', () => {
    const item5 = proposal(oct.ITEM_5);
    expect(item5).toMatchObject({ opened: true, meetingId: oct.OCT_2016, item: '5', options: {}, positions: [] });
    expect(item5.agreedOption).toBeUndefined();
    expect(item5.resolutions.map((r) => [r.letter, r.text, r.status])).toEqual([
      ['a', oct.resolutions['5a'], 'in-force'],
      ['b', oct.resolutions['5b'], 'in-force'],
    ]);
  });

  it('set up the officer group of 5 b) with the four officers named and a place for the OPCC', () => {
    const group = ledger.stateOf<BodyState>(`body-${oct.OFFICER_GROUP}`);
    expect(group).toMatchObject({
      status: 'established',
      type: 'officer-group',
      establishedOn: '2016-10-27',
      parentBodyId: id.LG,
    });
    expect(group.establishedBy).toEqual({ proposalId: oct.ITEM_5, resolution: 'b' });
    expect(group.members).toEqual([id.LEP, id.TEWKESBURY, id.STROUD, id.GCC, id.PCC]);
    expect(group.representatives.map((r) => [r.person, r.organisationId])).toEqual([
      ['David Owen', id.LEP],
      ['Mike Dawson', id.TEWKESBURY],
      ['David Hagg', id.STROUD],
      ['Pete Bungard', id.GCC],
    ]);
  });

  it("opened the devolution pot on 5 a): ten pledges of £10,000, the PCC's on a condition, so £90,000 committed", () => {
    const pot = ledger.stateOf<FundState>(`fund-${oct.DEVOLUTION_POT}`);
    expect(Object.keys(pot.pledges)).toEqual(id.partners.map((p) => p.organisationId));
    expect(pot.pledges[id.PCC]).toMatchObject({ amountPence: 1_000_000, condition: 'pending', status: 'live' });
    expect(pot.pledges[id.STROUD]).toMatchObject({ amountPence: 1_000_000, condition: 'none', status: 'live' });
    expect(committablePence(pot)).toBe(9_000_000);
  });

  it('gave Pete Bungard the action of carrying out 5 b)', () => {
    expect(action('lg-2016-10-27-5-1')).toMatchObject({
      owners: [{ kind: 'person', name: 'Pete Bungard', organisation: id.GCC }],
      item: '5',
      decision: { proposalId: oct.ITEM_5, resolution: 'b' },
      status: 'open',
    });
  });
});

describe('14 June 2018', () => {
  it('was held at Shire Hall with all ten partners at the table, and agreed the notes of 22 February 2018', () => {
    const june = meeting(jun.JUN_2018);
    expect(june).toMatchObject({ status: 'held', date: '2018-06-14', venue: 'Shire Hall, Gloucester' });
    expect(june.present).toEqual(jun.present2018);
    expect(june.apologies).toEqual(jun.apologies2018);
    const partnersPresent = new Set(june.present.filter((a) => a.capacity === 'member').map((a) => a.organisationId));
    expect([...partnersPresent].sort()).toEqual(id.partners.map((p) => p.organisationId).sort());
    expect(meeting(jun.FEB_2018).minutesConfirmed).toEqual({ atMeetingId: jun.JUN_2018, on: '2018-06-14' });
    expect(meeting('lg-2018-10-11')).toMatchObject({ status: 'scheduled', venue: 'Shire Hall, Gloucester' });
  });

  it('gave the Vision 2050 action to Jane Burns, Mike Dawson and Stephen Marston', () => {
    expect(action('lg-2018-06-14-3a-1')).toMatchObject({
      meetingId: jun.JUN_2018,
      item: '3a',
      owners: jun.visionOwners,
      status: 'open',
    });
  });

  it('supported an ACE informed approach as a resolution of a matter without options', () => {
    const item4 = proposal(jun.ITEM_4);
    expect(item4).toMatchObject({ meetingId: jun.JUN_2018, item: '4', options: {}, positions: [], referrals: [] });
    expect(findResolution(item4, 'a')?.text).toBe(
      'Leadership Gloucestershire supported an ACE informed approach in Gloucestershire.',
    );
    expect(decisionInForce(item4, 'a')).toBe(true);
  });

  it('identified ACE actions a) to d) under one main action owned by ACC Julian Moss and Dr Tanya Richardson', () => {
    expect(action(jun.ACE_ACTION)).toMatchObject({
      owners: jun.aceOwners,
      decision: { proposalId: jun.ITEM_4, resolution: 'a' },
    });
    for (const [letter, title] of Object.entries(jun.aceActions)) {
      expect(action(`${jun.ACE_ACTION}-${letter}`)).toMatchObject({
        title,
        owners: jun.aceOwners,
        parentActionId: jun.ACE_ACTION,
        item: '4',
        status: 'open',
      });
    }
  });

  it('referred social mobility to the District Chief Executives group, with the action on Jon McGinty', () => {
    const item7 = proposal(jun.ITEM_7);
    expect(item7).toMatchObject({ meetingId: jun.JUN_2018, item: '7', resolutions: [] });
    expect(item7.referrals).toEqual([
      {
        bodyId: jun.DISTRICT_CHIEF_EXECUTIVES,
        purpose: 'In the first instance, to explore the issues of social mobility in more detail',
      },
    ]);
    expect(action('lg-2018-06-14-7-1')).toMatchObject({
      owners: [{ kind: 'person', name: 'Jon McGinty', organisation: id.GLOUCESTER }],
      item: '7',
    });
    expect(action('lg-2018-06-14-8-1')).toMatchObject({
      owners: [{ kind: 'person', name: 'Sarah Scott', organisation: id.GCC }],
      item: '8',
    });
  });
});
