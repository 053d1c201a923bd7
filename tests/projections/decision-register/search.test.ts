/** Full-text search of the decision register: titles, resolutions and partners' notes, with FTS5. */
import { beforeAll, describe, expect, it } from 'vitest';
import type Database from 'better-sqlite3';
import {
  decisionRegisterProjection,
  isSearchQueryError,
  listDecisions,
} from '../../../src/projections/decision-register/index.js';
import { toMatchExpression } from '../../../src/projections/decision-register/search.js';
import { project, storeWith } from '../given.js';
import { december2016, december2016Changes } from '../seed/between.js';
import { june2018, SOCIAL_MOBILITY } from '../seed/june-2018.js';
import { COMMUNITY_SAFETY, KPMG, october2016 } from '../seed/october-2016.js';

let db: Database.Database;

beforeAll(async () => {
  const store = await storeWith(
    [{ occurredAt: '2016-10-27' }, october2016],
    [{ occurredAt: '2016-12-15' }, [...december2016, ...december2016Changes]],
    [{ occurredAt: '2018-06-14' }, june2018],
  );
  db = await project(store, [decisionRegisterProjection]);
});

const found = (q: string) => listDecisions(db, { q }).decisions.map((d) => `${d.proposalId} ${d.resolution}`);

describe('searching the register', () => {
  it('finds the resolution that agreed option 3', () => {
    expect(found('option 3')).toEqual([`${COMMUNITY_SAFETY} a`]);
  });

  it(
    "finds a partner's minuted concerns with the resolution that shows them (3 a), which agreed " +
      'option 3), not with 3 b) and 3 c)',
    () => {
      expect(found('homelessness')).toEqual([`${COMMUNITY_SAFETY} a`]);
    },
  );

  it('finds the collective statement a position is inferred from', () => {
    expect(found('broadly supported')).toEqual([`${COMMUNITY_SAFETY} a`]);
  });

  it('finds by the item title, by a word prefix, and ignores case', () => {
    expect(found('social MOBILITY')).toEqual([`${SOCIAL_MOBILITY} referral`]);
    expect(found('homeless*')).toHaveLength(1);
  });

  it('finds an amended decision by its first wording as well as its new one', () => {
    expect(found('wider resources')).toEqual([`${KPMG} b`]);
    expect(found('district finance officer')).toEqual([`${KPMG} b`]);
  });

  it('treats FTS5 operators and stray punctuation in what the user typed as plain words', () => {
    expect(found('option 3)')).toEqual([`${COMMUNITY_SAFETY} a`]);
    expect(found('"option" AND (3')).toEqual([`${COMMUNITY_SAFETY} a`]);
    expect(found('NEAR(option')).toEqual([]);
  });

  it('refuses a search with no words in it, with a message saying what to type', () => {
    let caught: unknown;
    try {
      listDecisions(db, { q: '"*" ()' });
    } catch (error) {
      caught = error;
    }
    expect(isSearchQueryError(caught)).toBe(true);
    expect((caught as Error).message).toMatch(/no words to search for/);
  });
});

describe('toMatchExpression', () => {
  it.each([
    ['option 3', '"option" "3"'],
    ['  homeless*  ', '"homeless"*'],
    ['a"b', '"ab"'],
    ['x AND y', '"x" "AND" "y"'],
  ])('turns %j into %j', (typed, expression) => {
    expect(toMatchExpression(typed)).toBe(expression);
  });
});
