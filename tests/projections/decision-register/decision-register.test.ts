/** Given the seed meetings' events, then the decision register's view of them. */
import { beforeAll, describe, expect, it } from 'vitest';
import type Database from 'better-sqlite3';
import {
  decisionRegisterProjection,
  DecisionList,
  DecisionView,
  findDecision,
  listDecisions,
} from '../../../src/projections/decision-register/index.js';
import { project, storeWith } from '../given.js';
import { december2016, december2016Changes, DEC_2016, september2016 } from '../seed/between.js';
import {
  directoryEvents,
  BIS,
  COMMUNITY_SAFETY_PARTNERSHIP,
  CONSTABULARY,
  DISTRICT_CHIEF_EXECUTIVES,
  GLOUCESTER,
  LG,
  PARTNERS,
  PCC,
  STROUD,
} from '../seed/directory.js';
import { ESTABLISH_CSP, october2016Actions } from '../seed/actions.js';
import { june2018, SOCIAL_MOBILITY } from '../seed/june-2018.js';
import { COMMUNITY_SAFETY, KPMG, NINE_OF_TEN, october2016, OCT_2016 } from '../seed/october-2016.js';

let db: Database.Database;

beforeAll(async () => {
  const store = await storeWith(
    [{ occurredAt: '2016-01-01' }, directoryEvents],
    [{ occurredAt: '2016-09-08' }, september2016],
    [{ occurredAt: '2016-10-27' }, [...october2016, ...october2016Actions]],
    [{ occurredAt: '2016-12-15' }, [...december2016, ...december2016Changes]],
    [{ occurredAt: '2018-06-14' }, june2018],
  );
  db = await project(store, [decisionRegisterProjection]);
});

describe('a decision in the register', () => {
  it('says who agreed option 3 for community safety, who had concerns, and when', () => {
    const decision = DecisionView.parse(findDecision(db, COMMUNITY_SAFETY, 'a'));
    expect(decision).toMatchObject({
      bodyId: LG,
      meetingId: OCT_2016,
      meetingDate: '2016-10-27',
      item: '3',
      itemTitle: 'Community Safety Review',
      optionAgreed: { key: '3', text: expect.stringContaining('merge to form an overarching county partnership') },
      status: 'in-force',
    });
    expect(decision.options.map((option) => option.key)).toEqual(['1', '2', '3']);
    // Nine inferred from "Nine of the 10 partners around the table broadly supported option 3", one of
    // them with what Martin Surl said; Stroud's concerns as minuted.
    const inferred = decision.positions.filter((position) => position.basis === 'inferred');
    expect(inferred.map((position) => position.organisationId).sort()).toEqual(
      PARTNERS.filter((id) => id !== STROUD).sort(),
    );
    expect(inferred.every((p) => p.stance === 'support' && p.option === '3' && p.inferredFrom === NINE_OF_TEN)).toBe(
      true,
    );
    expect(inferred.find((position) => position.organisationId === PCC)).toMatchObject({
      organisationName: 'Office of the Police and Crime Commissioner for Gloucestershire',
      note: expect.stringContaining('His office had offered to manage the county-wide partnership'),
      spokenBy: 'Martin Surl',
    });
    expect(decision.positions.filter((position) => position.basis === 'minuted')).toEqual([
      expect.objectContaining({
        organisationId: STROUD,
        organisationName: 'Stroud District Council',
        stance: 'concerns',
        spokenBy: 'Cllr Steve Lydon',
        inferredFrom: null,
      }),
    ]);
  });

  it('shows the positions on option 3 once, with 3 a) that agreed it, not again with 3 b) and 3 c)', () => {
    expect(findDecision(db, COMMUNITY_SAFETY, 'b')!.positions).toEqual([]);
    expect(findDecision(db, COMMUNITY_SAFETY, 'c')!.positions).toEqual([]);
    const present = findDecision(db, COMMUNITY_SAFETY, 'a')!.organisationsPresent;
    expect(findDecision(db, COMMUNITY_SAFETY, 'a')!.noPositionRecorded).toEqual(
      // "Nine of the 10 partners around the table broadly supported option 3"; Stroud had concerns.
      present.filter((id) => !(PARTNERS as readonly string[]).includes(id)),
    );
    expect(findDecision(db, COMMUNITY_SAFETY, 'b')!.noPositionRecorded).toEqual([]);
  });

  it("shows a position taken on no option once, with the matter's first resolution", () => {
    // "There was support amongst partners for providing funding but Martin Surl stated that he could only
    // contribute if ...": the ten positions on item 5 are shown with 5 a), the decision to fund.
    const positions = findDecision(db, KPMG, 'a')!.positions;
    expect(positions.map((p) => p.organisationId).sort()).toEqual([...PARTNERS].sort());
    expect(positions.filter((p) => p.stance === 'support-with-concerns').map((p) => p.organisationId)).toEqual([
      PCC,
      STROUD,
    ]);
    expect(findDecision(db, KPMG, 'b')!.positions).toEqual([]);
  });

  it('names the organisations present and those that only sent apologies', () => {
    const decision = findDecision(db, COMMUNITY_SAFETY, 'a')!;
    expect(decision.organisationsPresent).toEqual([...PARTNERS, CONSTABULARY].sort());
    expect(decision.organisationsPresent).toContain(GLOUCESTER);
    expect(decision.organisationsWithApologies).toEqual([BIS]);
  });

  it('lists the fund and the pledges the £10,000-each resolution authorised, and the allocation of £35,000', () => {
    const [fund, ...pledges] = findDecision(db, KPMG, 'a')!.authorised;
    expect(fund).toEqual({
      kind: 'fund',
      id: 'devolution-capacity',
      fundId: 'devolution-capacity',
      party: null,
      amountPence: null,
      description: 'Devolution capacity',
    });
    // "Each partner to contribute £10,000": one pledge from each of the ten partners.
    expect(pledges.map((pledge) => pledge.id).sort()).toEqual([...PARTNERS].sort());
    expect(pledges.every((pledge) => pledge.kind === 'pledge' && pledge.amountPence === 1_000_000)).toBe(true);
    expect(pledges.find((pledge) => pledge.id === STROUD)).toEqual({
      kind: 'pledge',
      id: STROUD,
      fundId: 'devolution-capacity',
      party: { kind: 'organisation', id: STROUD },
      amountPence: 1_000_000,
      description: null,
    });
    // Martin Surl: he could contribute only if "the remit of the Office of the Police and Crime
    // Commissioner was included through public service reform".
    expect(pledges.find((pledge) => pledge.id === PCC)!.description).toBe(
      'The remit of the Office of the Police and Crime Commissioner is included through public service reform',
    );
    expect(findDecision(db, COMMUNITY_SAFETY, 'b')!.authorised).toEqual([
      expect.objectContaining({
        kind: 'allocation',
        id: 'community-safety-implementation',
        party: { kind: 'body', id: COMMUNITY_SAFETY_PARTNERSHIP },
        amountPence: 3_500_000,
      }),
    ]);
  });

  it('lists the action that carries the decision out', () => {
    expect(findDecision(db, COMMUNITY_SAFETY, 'a')!.authorised).toEqual([
      expect.objectContaining({ kind: 'body', id: COMMUNITY_SAFETY_PARTNERSHIP }),
      {
        kind: 'action',
        id: ESTABLISH_CSP,
        fundId: null,
        party: null,
        amountPence: null,
        description: expect.stringContaining('establish the Gloucestershire Community Safety Partnership'),
      },
    ]);
  });

  it(
    'shows an amendment by a later meeting, with the meeting, its date and the reason, and ' +
      'keeps the first wording',
    () => {
      const decision = findDecision(db, KPMG, 'b')!;
      expect(decision.status).toBe('amended');
      expect(decision.text).toContain('including a district finance officer');
      expect(decision.originalText).toMatch(
        /^To set up an officer group to draft the job descriptions and identify the wider resources required\. /,
      );
      expect(decision.statusChanges).toEqual([
        {
          change: 'amended',
          meetingId: DEC_2016,
          meetingDate: '2016-12-15',
          reason: 'Fixture: the officer group was widened',
          text: decision.text,
          occurredOn: '2016-12-15',
          source: null,
        },
      ]);
    },
  );

  it('carries the referral of the matter to another body', () => {
    // "That the matter be referred in the first instance to the District Chief Executive/Heads of Paid
    // Service Group to explore the issues in more detail": a referral, with no resolution of its own.
    expect(findDecision(db, SOCIAL_MOBILITY, 'referral')!.referrals).toEqual([
      {
        meetingId: 'lg-2018-06-14',
        bodyId: DISTRICT_CHIEF_EXECUTIVES,
        purpose:
          'To explore the issues of social mobility in more detail, in the first instance; the Employment and ' +
          'Skills Board was suggested as the best place to develop a better understanding of the issues, and ' +
          'Safer Gloucestershire might be well placed to provide support',
      },
    ]);
  });

  it('is undefined for a resolution never recorded', () => {
    expect(findDecision(db, COMMUNITY_SAFETY, 'z')).toBeUndefined();
  });
});

describe('filtering the register', () => {
  const keys = (filters: Parameters<typeof listDecisions>[1]) =>
    DecisionList.parse(listDecisions(db, filters)).decisions.map((d) => `${d.proposalId} ${d.resolution}`);

  it('lists every decision in meeting, item and letter order', () => {
    expect(keys({})).toEqual([
      `${COMMUNITY_SAFETY} a`,
      `${COMMUNITY_SAFETY} b`,
      `${COMMUNITY_SAFETY} c`,
      `${KPMG} a`,
      `${KPMG} b`,
      'lg-2018-06-14-item-4 1',
      `${SOCIAL_MOBILITY} referral`,
    ]);
  });

  it('filters by date range, body and status', () => {
    expect(keys({ from: '2017-01-01' })).toEqual(['lg-2018-06-14-item-4 1', `${SOCIAL_MOBILITY} referral`]);
    expect(keys({ to: '2016-10-26' })).toEqual([]);
    expect(keys({ bodyId: DISTRICT_CHIEF_EXECUTIVES })).toEqual([]);
    expect(keys({ status: 'amended' })).toEqual([`${KPMG} b`]);
  });

  it('filters by an organisation that took a position or was present, not one that only sent apologies', () => {
    expect(keys({ organisationId: BIS, to: '2016-12-31' })).toEqual([]);
    expect(keys({ organisationId: CONSTABULARY, from: '2017-01-01' })).toEqual([
      'lg-2018-06-14-item-4 1',
      `${SOCIAL_MOBILITY} referral`,
    ]);
    expect(keys({ organisationId: PCC, to: '2016-12-31' })).toHaveLength(5);
  });
});
