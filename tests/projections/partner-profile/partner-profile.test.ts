/** Given the seed meetings, then one partner across memberships, attendance, positions, money and actions. */
import { beforeAll, describe, expect, it } from 'vitest';
import type Database from 'better-sqlite3';
import type { LedgerEvent } from '../../../src/domain/index.js';
import { pence } from '../../../src/domain/shared/money.js';
import {
  partnerProfile,
  partnerProfileProjection,
  PartnerProfile,
} from '../../../src/projections/partner-profile/index.js';
import { dumpTables, project, storeWith } from '../given.js';
import { ESTABLISH_CSP, october2016Actions, OFFICER_GROUP } from '../seed/actions.js';
import { december2016, september2016 } from '../seed/between.js';
import { BIS, directoryEvents, GCC, LG, PCC, STROUD } from '../seed/directory.js';
import { june2018 } from '../seed/june-2018.js';
import { COMMUNITY_SAFETY, KPMG, october2016 } from '../seed/october-2016.js';

/** Fixtures beyond the minutes: Stroud pays its £10,000, and the pot funds a post at the County Council. */
const after: LedgerEvent[] = [
  {
    type: 'ContributionRecorded',
    data: {
      fundId: 'devolution-capacity',
      organisation: STROUD,
      pledgeId: STROUD,
      amountPence: pence(1_000_000),
      receivedOn: '2017-01-16',
      remittanceReference: 'SDC-0117',
      overpayment: false,
      unpledged: false,
    },
  },
  {
    type: 'FundingAllocated',
    data: {
      fundId: 'devolution-capacity',
      allocationId: 'devolution-lead-post',
      recipient: { kind: 'organisation', id: GCC },
      purpose: 'Devolution programme lead post',
      amountPence: pence(800_000),
      decision: { proposalId: KPMG, resolution: 'a' },
    },
  },
  {
    type: 'PaymentRecorded',
    data: {
      fundId: 'devolution-capacity',
      allocationId: 'devolution-lead-post',
      amountPence: pence(200_000),
      paidOn: '2017-02-01',
      reference: 'GCC-J-0201',
    },
  },
];

let db: Database.Database;

beforeAll(async () => {
  const store = await storeWith(
    [{ occurredAt: '2011-07-01' }, directoryEvents],
    [{ occurredAt: '2016-09-08' }, september2016],
    [{ occurredAt: '2016-10-27' }, [...october2016, ...october2016Actions]],
    [{ occurredAt: '2016-12-15' }, december2016],
    [{ occurredAt: '2017-01-16' }, after],
    [{ occurredAt: '2018-06-14' }, june2018],
  );
  db = await project(store, [partnerProfileProjection]);
});

const profile = (organisationId: string) => PartnerProfile.parse(partnerProfile(db, organisationId));

describe('the partner profile', () => {
  it(
    'shows Stroud District Council: its membership and representative, full attendance and its ' +
      'concerns on community safety',
    () => {
      const stroud = profile(STROUD);
      expect(stroud).toMatchObject({ name: 'Stroud District Council', type: 'district-council', dissolvedOn: null });
      // A member of Leadership Gloucestershire since the 2011 terms of reference, and of the officer group
      // of 27 October 2016: "The group to include David Owen, Mike Dawson, David Hagg, Pete Bungard ...".
      expect(stroud.memberships.map((membership) => [membership.bodyId, membership.admittedOn])).toEqual([
        ['district-chief-executives-group', '2011-07-01'],
        [LG, '2011-07-01'],
        ['devolution-officer-group', '2016-10-27'],
      ]);
      expect(stroud.memberships.find((membership) => membership.bodyId === LG)).toMatchObject({
        bodyName: 'Leadership Gloucestershire',
        withdrawnOn: null,
      });
      expect(stroud.memberships.at(-1)!.representatives).toEqual([
        { person: 'David Hagg', role: 'member', from: '2016-10-27', to: null },
      ]);
      expect(stroud.attendance.total).toEqual({
        bodyId: null,
        meetings: 4,
        attended: 4,
        apologies: 0,
        absent: 0,
        attendanceRate: 1,
      });
      expect(stroud.positions).toEqual([
        expect.objectContaining({
          proposalId: COMMUNITY_SAFETY,
          meetingDate: '2016-10-27',
          itemTitle: 'Community Safety Review',
          stance: 'concerns',
          inferredFrom: null,
          spokenBy: 'Cllr Steve Lydon',
        }),
        // David Hagg's report of the district chief executives' questions on how the funding would be used.
        expect.objectContaining({
          proposalId: 'lg-2016-10-27-item-5',
          itemTitle: 'KPMG Review',
          stance: 'support-with-concerns',
          inferredFrom: 'There was support amongst partners for providing funding',
          spokenBy: 'David Hagg',
        }),
      ]);
    },
  );

  it("shows Stroud's pledge to the devolution pot, paid in full", () => {
    const stroud = profile(STROUD);
    expect(stroud.pledges).toEqual([
      {
        fundId: 'devolution-capacity',
        fundName: 'Devolution capacity',
        pledgeId: STROUD,
        amountPence: 1_000_000,
        receivedPence: 1_000_000,
        condition: null,
        conditionPending: false,
        status: 'live',
      },
    ]);
    expect(stroud.contributions).toEqual([
      {
        fundId: 'devolution-capacity',
        pledgeId: STROUD,
        amountPence: 1_000_000,
        receivedOn: '2017-01-16',
        remittanceReference: 'SDC-0117',
      },
    ]);
    expect(stroud.totals).toEqual({
      pledgedPence: 1_000_000,
      receivedPence: 1_000_000,
      allocatedPence: 0,
      paidPence: 0,
    });
  });

  it("shows the PCC's conditional pledge as not yet committed, and the action its officer owns", () => {
    const pcc = profile(PCC);
    expect(pcc.pledges[0]).toMatchObject({
      conditionPending: true,
      receivedPence: 0,
      condition:
        'The remit of the Office of the Police and Crime Commissioner is included through public service reform',
    });
    expect(pcc.actionsOwned).toEqual([
      {
        actionId: ESTABLISH_CSP,
        title: expect.stringContaining('establish the Gloucestershire Community Safety Partnership'),
        meetingId: 'lg-2016-10-27',
        item: '3',
        dueOn: null,
        status: 'open',
        people: ['Richard Bradley'],
      },
    ]);
  });

  it(
    "shows the County Council's allocation received, what has been paid, and the action its " + 'chief executive owns',
    () => {
      const county = profile(GCC);
      expect(county.allocationsReceived).toEqual([
        {
          fundId: 'devolution-capacity',
          allocationId: 'devolution-lead-post',
          purpose: 'Devolution programme lead post',
          amountPence: 800_000,
          paidPence: 200_000,
          decision: { proposalId: KPMG, resolution: 'a' },
        },
      ]);
      expect(county.totals).toMatchObject({ allocatedPence: 800_000, paidPence: 200_000 });
      expect(county.actionsOwned.map((action) => action.actionId)).toEqual([OFFICER_GROUP]);
    },
  );

  it('counts apologies as not attending, by body and in total', () => {
    expect(profile(BIS).attendance.byBody).toEqual([
      // The department is not a member; its representative sent apologies to the three 2016 meetings.
      { bodyId: LG, meetings: 3, attended: 0, apologies: 3, absent: 0, attendanceRate: 0 },
    ]);
  });

  it('is undefined for an organisation the ledger has never heard of', () => {
    expect(partnerProfile(db, 'gloucestershire-fire-and-rescue')).toBeUndefined();
  });

  it('rebuilds to byte-identical tables', async () => {
    const store = await storeWith([
      { occurredAt: '2016-10-27' },
      [...directoryEvents, ...october2016, ...october2016Actions, ...after],
    ]);
    expect(dumpTables(await project(store, [partnerProfileProjection]), partnerProfileProjection)).toBe(
      dumpTables(await project(store, [partnerProfileProjection]), partnerProfileProjection),
    );
  });
});
