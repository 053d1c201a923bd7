/** The decision register does not depend on the order streams arrive in, and rebuilds to the same bytes. */
import { describe, expect, it } from 'vitest';
import {
  decisionRegisterProjection,
  findDecision,
  listDecisions,
  pageOfDecisions,
} from '../../../src/projections/decision-register/index.js';
import { openReadModelDb } from '../../../src/projections/read-model-db.js';
import { ProjectionRunner } from '../../../src/projections/runner.js';
import { dumpTables, project, storeWith } from '../given.js';
import { communitySafetyDecisions, october2016, october2016Meeting, COMMUNITY_SAFETY } from '../seed/october-2016.js';

describe('the decision register', () => {
  it('fills in the meeting date and item title when the minutes are recorded after the resolutions', async () => {
    const store = await storeWith([{ occurredAt: '2016-10-27' }, [...communitySafetyDecisions, ...october2016Meeting]]);
    const db = await project(store, [decisionRegisterProjection]);
    expect(findDecision(db, COMMUNITY_SAFETY, 'a')).toMatchObject({
      meetingDate: '2016-10-27',
      itemTitle: 'Community Safety Review',
    });
  });

  it('lists decisions whose meeting is not recorded yet first, a page of them as in the whole list', async () => {
    const store = await storeWith([{ occurredAt: '2016-10-27' }, communitySafetyDecisions]);
    const db = await project(store, [decisionRegisterProjection]);
    const all = listDecisions(db).decisions;
    expect(all.length).toBeGreaterThan(1);
    expect(all.every((decision) => decision.meetingDate === null)).toBe(true);
    const page = pageOfDecisions(db, {}, 1, 1);
    expect(page.total).toBe(all.length);
    expect(page.decisions).toEqual([all[1]]);
  });

  it('rebuilds to byte-identical tables', async () => {
    const store = await storeWith([{ occurredAt: '2016-10-27' }, october2016]);
    const db = openReadModelDb(':memory:');
    const runner = new ProjectionRunner(store, db, [decisionRegisterProjection]);
    await runner.catchUp();
    const first = dumpTables(db, decisionRegisterProjection);
    await runner.rebuild();
    expect(dumpTables(db, decisionRegisterProjection)).toBe(first);
    expect(first).toContain('Community Safety Review');
  });
});
