/**
 * The meetings of 27 October 2016 and 14 June 2018 replayed through the deciders of every feature
 * (directory, meetings, decisions, funding, actions) from their one transcription, fixtures/*.yaml,
 * planned into commands by the importer's planner; then read back field by field and checked
 * against the minutes' own sentences: what the scrutiny committee, the finance officer and the
 * action owners would ask.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { ActionState } from '../../src/domain/actions/state.js';
import { decisionInForce, findResolution, type OpenedProposal } from '../../src/domain/decisions/state.js';
import type { BodyState } from '../../src/domain/directory/state.js';
import { committablePence, type FundState } from '../../src/domain/funding/state.js';
import { chairOf, type MeetingState } from '../../src/domain/meetings/state.js';
import { minutesText, quoted } from '../import/minutes-facts.js';
import { seedCommands } from '../seed-scenario.js';
import * as id from './directory/fixtures.js';
import { ScenarioLedger } from './decisions/ledger.js';
import * as oct from './decisions/seed-2016-10-27.js';
import * as jun from './decisions/seed-2018-06-14.js';

const ledger = new ScenarioLedger();
const meeting = (meetingId: string) => ledger.stateOf<MeetingState>(`meeting-${meetingId}`);
const proposal = (proposalId: string) => ledger.stateOf<OpenedProposal>(`proposal-${proposalId}`);
const action = (actionId: string) => ledger.stateOf<ActionState>(`action-${actionId}`);
const partnerIds = id.partners.map((p) => p.organisationId);
const sorted = (values: ReadonlyArray<string | undefined>) => [...values].sort();

/** Expects the minutes of the meeting to print `sentence` (whitespace aside), and returns it. */
function minutes(meetingId: string, sentence: string): string {
  expect(minutesText(meetingId), `the minutes of ${meetingId} say so`).toContain(quoted(sentence));
  return sentence;
}

beforeAll(async () => {
  for (const command of await seedCommands()) ledger.record(command.type, command.data);
});

describe('27 October 2016: who was there', () => {
  it('was held on the day, chaired by Cllr Mark Hawthorne, and agreed the notes of 8 September 2016', () => {
    minutes(oct.OCT_2016, 'Cllr Mark Hawthorne (Chair)');
    minutes(oct.OCT_2016, 'The notes of the meeting held on 8 September 2016 were agreed.');
    expect(meeting(oct.OCT_2016)).toMatchObject({ status: 'held', bodyId: id.LG, date: '2016-10-27' });
    expect(chairOf(meeting(oct.OCT_2016))?.person).toBe('Cllr Mark Hawthorne');
    expect(meeting(oct.SEP_2016).minutesConfirmed).toEqual({ atMeetingId: oct.OCT_2016, on: '2016-10-27' });
  });

  it('lists the 24 present and the 7 apologies as the minutes do, each named in section 1', () => {
    const { present, apologies } = meeting(oct.OCT_2016);
    expect(present).toHaveLength(24);
    expect(apologies).toHaveLength(7);
    for (const { person } of [...present, ...apologies]) minutes(oct.OCT_2016, person);
    expect(apologies.map((a) => a.person)).toEqual(oct.apologies2016.map((a) => a.person));
    expect(present.find((a) => a.person === 'Cllr Dave Norman')).toMatchObject({
      organisationId: id.GLOUCESTER,
      substituteFor: 'Cllr Paul James',
    });
  });

  it('records Neil Corbett as an officer of the County Council, as item 6 introduces him', () => {
    minutes(oct.OCT_2016, 'Neil Corbett, Head of Asset Management and Property at the County Council');
    expect(meeting(oct.OCT_2016).present.find((a) => a.person === 'Neil Corbett')).toMatchObject({
      organisationId: id.GCC,
      capacity: 'officer',
    });
  });
});

describe('27 October 2016, item 3: the community safety review', () => {
  const item3 = () => proposal(oct.ITEM_3);

  it('tabled the three options of the consultation at item 3', () => {
    expect(item3()).toMatchObject({ opened: true, proposalId: oct.ITEM_3, meetingId: oct.OCT_2016, item: '3' });
    expect(Object.keys(item3().options)).toEqual(['1', '2', '3']);
    minutes(oct.OCT_2016, 'Option 3 represented transformational change');
    expect(item3().options['3']).toMatch(/^Transformational change/);
  });

  it(
    'had nine of the ten partners broadly supporting option 3 (inferred from the minutes) and ' +
      'Stroud with concerns, not supporting',
    () => {
      const supporters = item3()
        .positions.filter((p) => p.stance === 'support' && p.option === '3')
        .map((p) => p.organisationId);
      expect(sorted(supporters)).toEqual(sorted(partnerIds.filter((org) => org !== id.STROUD)));
      const nineOfTen = minutes(oct.OCT_2016, oct.NINE_OF_TEN);
      expect(
        item3()
          .positions.filter((p) => p.stance === 'support')
          .every((p) => p.inferredFrom === nineOfTen),
      ).toBe(true);
      minutes(oct.OCT_2016, oct.stroudConcernsInMinutes);
      expect(item3().positions.find((p) => p.organisationId === id.STROUD)).toMatchObject({
        organisationId: id.STROUD,
        stance: 'concerns',
        option: '3',
        spokenBy: 'Cllr Steve Lydon',
      });
      expect(item3().positions.find((p) => p.organisationId === id.STROUD)?.note).toContain(
        'youth justice, homelessness and care leavers',
      );
    },
  );

  it('agreed option 3 as 3 a), then 3 b) and 3 c), all in force', () => {
    expect(item3().agreedOption).toBe('3');
    const resolution = (letter: 'a' | 'b' | 'c') => {
      const text = minutes(oct.OCT_2016, oct.resolutions[`3${letter}`]);
      return { letter, text, originalText: text, status: 'in-force', amendments: [] };
    };
    expect(item3().resolutions).toEqual([{ ...resolution('a'), option: '3' }, resolution('b'), resolution('c')]);
    expect(item3().referrals).toEqual([]);
  });

  it('gave Richard Bradley the action of carrying out 3 a)', () => {
    minutes(oct.OCT_2016, 'Action – Richard Bradley');
    expect(action('lg-2016-10-27-3-1')).toMatchObject({
      assigned: true,
      actionId: 'lg-2016-10-27-3-1',
      owners: [{ kind: 'person', name: 'Richard Bradley', organisation: id.PCC }],
      meetingId: oct.OCT_2016,
      item: '3',
      decision: { proposalId: oct.ITEM_3, resolution: 'a' },
      status: 'open',
      progress: [],
      reviews: [],
    });
  });

  it(
    'refuses what the minutes rule out: a second Stroud position, a second option, a position ' +
      'from the Constabulary',
    () => {
      const position = { proposalId: oct.ITEM_3, organisationId: id.STROUD, stance: 'support', option: '3' };
      expect(() => ledger.record('RecordPosition', position)).toThrow('POSITION_ALREADY_RECORDED');
      expect(() => ledger.record('RecordPosition', { ...position, organisationId: id.CONSTABULARY })).toThrow(
        'ORGANISATION_NOT_PRESENT',
      );
      expect(() =>
        ledger.record('AgreeOption', { proposalId: oct.ITEM_3, option: '2', resolution: 'd', text: 'Option 2' }),
      ).toThrow('ANOTHER_OPTION_AGREED');
    },
  );
});

describe('27 October 2016, item 5: the KPMG review', () => {
  it("resolved 5 a) and 5 b) without options, with the partners' positions on the item", () => {
    const item5 = proposal(oct.ITEM_5);
    expect(item5).toMatchObject({ opened: true, meetingId: oct.OCT_2016, item: '5', options: {} });
    // "There was support amongst partners for providing funding but Martin Surl stated that he could only
    // contribute if ...": ten positions, none on an option.
    expect(item5.positions).toHaveLength(10);
    expect(item5.positions.every((p) => p.option === undefined)).toBe(true);
    expect(item5.agreedOption).toBeUndefined();
    expect(item5.resolutions.map((r) => [r.letter, r.text, r.status])).toEqual([
      ['a', minutes(oct.OCT_2016, oct.resolutions['5a']), 'in-force'],
      ['b', minutes(oct.OCT_2016, oct.resolutions['5b']), 'in-force'],
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
    expect(sorted(group.members)).toEqual(sorted([id.LEP, id.TEWKESBURY, id.STROUD, id.GCC, id.PCC]));
    expect(sorted(group.representatives.map((r) => `${r.person}, ${r.organisationId}`))).toEqual(
      sorted([
        `David Owen, ${id.LEP}`,
        `Mike Dawson, ${id.TEWKESBURY}`,
        `David Hagg, ${id.STROUD}`,
        `Pete Bungard, ${id.GCC}`,
      ]),
    );
  });

  it(
    "opened the devolution pot on 5 a): ten pledges of £10,000, the PCC's on a condition, so " + '£90,000 committed',
    () => {
      minutes(oct.OCT_2016, oct.pccConditionInMinutes);
      const pot = ledger.stateOf<FundState>(`fund-${oct.DEVOLUTION_POT}`);
      expect(sorted(Object.keys(pot.pledges))).toEqual(sorted(partnerIds));
      expect(pot.pledges[id.PCC]).toMatchObject({ amountPence: 1_000_000, condition: 'pending', status: 'live' });
      expect(pot.pledges[id.STROUD]).toMatchObject({ amountPence: 1_000_000, condition: 'none', status: 'live' });
      expect(committablePence(pot)).toBe(9_000_000);
    },
  );

  it('gave Pete Bungard the action of carrying out 5 b)', () => {
    minutes(oct.OCT_2016, 'Action – Pete Bungard');
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
    for (const { person } of [...june.present, ...june.apologies]) minutes(jun.JUN_2018, person);
    expect(june.apologies.map((a) => a.person)).toEqual(jun.apologies2018);
    const partnersPresent = new Set(june.present.filter((a) => a.capacity === 'member').map((a) => a.organisationId));
    expect(sorted([...partnersPresent])).toEqual(sorted(partnerIds));
    expect(meeting(jun.FEB_2018).minutesConfirmed).toEqual({ atMeetingId: jun.JUN_2018, on: '2018-06-14' });
    expect(meeting('lg-2018-10-11')).toMatchObject({ status: 'scheduled', venue: 'Shire Hall, Gloucester' });
  });

  it('gave the Vision 2050 action to Jane Burns, Mike Dawson and Stephen Marston', () => {
    minutes(jun.JUN_2018, 'Action – Jane Burns, Mike Dawson and Stephen Marston');
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
    expect(findResolution(item4, jun.ACE_RESOLUTION)?.text).toBe(
      minutes(jun.JUN_2018, 'Leadership Gloucestershire supported an ACE informed approach in Gloucestershire.'),
    );
    expect(decisionInForce(item4, jun.ACE_RESOLUTION)).toBe(true);
  });

  it('identified ACE actions a) to d), each owned by ACC Julian Moss and Dr Tanya Richardson', () => {
    minutes(jun.JUN_2018, 'Action – ACC Julian Moss and Tanya Richards');
    for (const [letter, title] of Object.entries(jun.aceActions)) {
      expect(action(`${jun.ACE_ACTION_PREFIX}-${letter}`)).toMatchObject({
        title: minutes(jun.JUN_2018, title),
        owners: jun.aceOwners,
        decision: { proposalId: jun.ITEM_4, resolution: jun.ACE_RESOLUTION },
        item: '4',
        status: 'open',
      });
    }
  });

  it('referred social mobility to the District Chief Executives group, with the action on Jon McGinty', () => {
    minutes(jun.JUN_2018, jun.socialMobilityReferral);
    const item7 = proposal(jun.ITEM_7);
    expect(item7).toMatchObject({ meetingId: jun.JUN_2018, item: '7', resolutions: [] });
    expect(item7.referrals).toEqual([
      {
        bodyId: jun.DISTRICT_CHIEF_EXECUTIVES,
        purpose:
          'To explore the issues of social mobility in more detail, in the first instance; the Employment and ' +
          'Skills Board was suggested as the best place to develop a better understanding of the issues, and ' +
          'Safer Gloucestershire might be well placed to provide support',
      },
    ]);
    expect(action('lg-2018-06-14-7-1')).toMatchObject({
      owners: [{ kind: 'person', name: 'Jon McGinty', organisation: id.GLOUCESTER }],
      item: '7',
    });
    minutes(jun.JUN_2018, 'Action – Sarah Scott');
    expect(action('lg-2018-06-14-8-1')).toMatchObject({
      owners: [{ kind: 'person', name: 'Sarah Scott', organisation: id.GCC }],
      item: '8',
    });
  });
});
