/**
 * Given links between bodies' decisions, then the chain of one decision: pending while the other
 * end is not recorded, recorded once it is; a bare referral until a `refers` link names the
 * matter it became; and a walk that ends even over links that loop.
 */
import { describe, expect, it } from 'vitest';
import type { LedgerEvent } from '../../../src/domain/index.js';
import { decisionLineage, lineageProjection, LineageView } from '../../../src/projections/lineage/index.js';
import { project, storeWith } from '../given.js';

const ABG = 'accountable-bodies-group';
const CSEB = 'community-strategy-executive-board';
const GSP = 'gloucestershire-strategic-partnership';
const end = (bodyId: string, meetingId: string, resolution?: string) => ({
  bodyId,
  meetingId,
  item: '1',
  proposalId: `${meetingId}-item-1`,
  ...(resolution ? { resolution } : {}),
});

const scheduled = (meetingId: string, bodyId: string, date: string): LedgerEvent[] => [
  { type: 'MeetingScheduled', data: { meetingId, bodyId, date } },
  { type: 'ItemTabled', data: { meetingId, number: '1', title: 'Community cohesion', presenters: [] } },
];
const resolved = (meetingId: string, text: string): LedgerEvent => ({
  type: 'ResolutionRecorded',
  data: { proposalId: `${meetingId}-item-1`, meetingId, item: '1', resolution: 'a', text },
});
const linked = (
  kind: 'refers' | 'authorises' | 'recommends',
  from: ReturnType<typeof end>,
  to: ReturnType<typeof end>,
): LedgerEvent => ({
  type: 'DecisionLinked',
  data: { proposalId: from.proposalId, resolution: 'a', kind, from, to },
});

// "Community cohesion is identified as an important issue by the Community Strategy Executive
// Board, which refers the topic to the GSP for deliberation." (2008 prospectus, Appendix 1; dates illustrative)
const cseb = [
  {
    type: 'BodyEstablished',
    data: {
      bodyId: CSEB,
      name: 'Community Strategy Executive Board (CSEB)',
      type: 'officer-group',
      establishedOn: '2007-02-01',
    },
  },
  ...scheduled('cseb-2009-02-02', CSEB, '2009-02-02'),
  resolved('cseb-2009-02-02', 'To refer community cohesion to the GSP for deliberation'),
  {
    type: 'MatterReferred',
    data: { proposalId: 'cseb-2009-02-02-item-1', meetingId: 'cseb-2009-02-02', item: '1', bodyId: GSP },
  },
] satisfies LedgerEvent[];

const view = (db: Parameters<typeof decisionLineage>[0], proposalId: string) =>
  LineageView.parse(decisionLineage(db, proposalId, 'a'));

describe('the chain of a decision', () => {
  it('shows a referral to the body until a refers link names the matter, which is pending until recorded', async () => {
    let db = await project(await storeWith([{ occurredAt: '2009-02-02' }, cseb]), [lineageProjection]);
    expect(view(db, 'cseb-2009-02-02-item-1').links).toEqual([
      expect.objectContaining({
        kind: 'refers',
        to: { proposalId: null, resolution: null, bodyId: GSP, meetingId: null, item: null },
        pending: true,
      }),
    ]);
    const refers = linked('refers', end(CSEB, 'cseb-2009-02-02', 'a'), end(GSP, 'gsp-2009-03-05'));
    db = await project(await storeWith([{ occurredAt: '2009-02-02' }, [...cseb, refers]]), [lineageProjection]);
    const pending = view(db, 'cseb-2009-02-02-item-1');
    expect(pending.links).toEqual([
      expect.objectContaining({
        kind: 'refers',
        pending: true,
        to: expect.objectContaining({ proposalId: 'gsp-2009-03-05-item-1' }),
      }),
    ]);
    expect(pending.matters.map((m) => [m.proposalId, m.place, m.pending])).toEqual([
      ['cseb-2009-02-02-item-1', 'this', false],
      ['gsp-2009-03-05-item-1', 'downstream', true],
    ]);
    const gsp = [
      ...scheduled('gsp-2009-03-05', GSP, '2009-03-05'),
      resolved('gsp-2009-03-05', 'A programme for approval by the Accountable Bodies Group'),
    ];
    db = await project(
      await storeWith([{ occurredAt: '2009-02-02' }, [...cseb, refers]], [{ occurredAt: '2009-03-05' }, gsp]),
      [lineageProjection],
    );
    const recorded = view(db, 'cseb-2009-02-02-item-1');
    expect(recorded.links.map((l) => l.pending)).toEqual([false]);
    expect(recorded.matters[1]).toMatchObject({
      proposalId: 'gsp-2009-03-05-item-1',
      date: '2009-03-05',
      pending: false,
      resolutions: [{ resolution: 'a', status: 'in-force' }],
    });
  });

  it('walks upstream and downstream and ends even where stored links loop', async () => {
    const a = end(CSEB, 'cseb-2009-02-02', 'a');
    const b = end(GSP, 'gsp-2009-03-05', 'a');
    const c = end(ABG, 'abg-2009-04-02', 'a');
    const events: LedgerEvent[] = [
      ...cseb.slice(0, 3),
      ...scheduled('gsp-2009-03-05', GSP, '2009-03-05'),
      resolved('gsp-2009-03-05', 'A programme'),
      ...scheduled('abg-2009-04-02', ABG, '2009-04-02'),
      resolved('abg-2009-04-02', 'To approve the programme'),
      linked('refers', a, b),
      linked('authorises', c, b),
      // A loop the rules would refuse, written straight to the store: the walk must still end.
      linked('recommends', c, a),
    ];
    const db = await project(await storeWith([{ occurredAt: '2009-04-02' }, events]), [lineageProjection]);
    const chain = view(db, 'gsp-2009-03-05-item-1');
    // Through the loop the ABG is reached going upstream (it "recommended" to the CSEB) before going downstream; each
    // matter appears once.
    expect(chain.matters.map((m) => [m.proposalId, m.place])).toEqual([
      ['cseb-2009-02-02-item-1', 'upstream'],
      ['gsp-2009-03-05-item-1', 'this'],
      ['abg-2009-04-02-item-1', 'upstream'],
    ]);
    expect(chain.links.map((l) => l.kind)).toEqual(['refers', 'authorises', 'recommends']);
  });

  it('has no lineage for a decision not recorded', async () => {
    const db = await project(await storeWith([{ occurredAt: '2009-02-02' }, cseb]), [lineageProjection]);
    expect(decisionLineage(db, 'cseb-2009-02-02-item-1', 'b')).toBeUndefined();
  });
});
