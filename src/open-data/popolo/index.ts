/** Popolo JSON: the partnership's organisations, people, posts and memberships, meetings, motions and positions. */
import type Database from 'better-sqlite3';
import { attendanceReport } from '../../projections/attendance/index.js';
import { listDecisions } from '../../projections/decision-register/index.js';
import { directory } from '../../projections/partner-profile/index.js';
import type { OpenDataSnapshot } from '../read-models.js';
import type { OpenDataSettings } from '../settings.js';
import { events, motions, voteEvents } from './decisions.js';
import { memberships, organizations, persons, posts } from './organisations.js';
import type { PopoloDocument } from './schema.js';

export { PopoloDocument } from './schema.js';

function popoloOf(
  db: Database.Database,
  settings: OpenDataSettings,
): Omit<PopoloDocument, 'projectedPosition' | 'asAt'> {
  const people = directory(db);
  const decisions = listDecisions(db).decisions;
  return {
    organizations: organizations(people, settings),
    persons: persons(people),
    posts: posts(people),
    memberships: memberships(people),
    events: events(attendanceReport(db), people, settings),
    motions: motions(decisions, settings),
    vote_events: voteEvents(decisions),
  };
}

export function popolo(snapshot: OpenDataSnapshot, settings: OpenDataSettings): PopoloDocument {
  return { ...popoloOf(snapshot.db, settings), projectedPosition: snapshot.projectedPosition, asAt: snapshot.asAt };
}
