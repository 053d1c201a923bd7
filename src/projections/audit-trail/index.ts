/** The audit trail: every event of an entity, who recorded it and when, with its place in the hash chain. */
import { z } from 'zod';
import type { ReadModel } from '../read.js';
import { auditTrailProjection } from './projection.js';
import { auditTrail } from './query.js';
import { AuditTrail } from './view.js';

export { auditTrailProjection } from './projection.js';
export { auditTrail, streamRevision, withHashedKeys } from './query.js';
export { AuditEvent, AuditTrail, describeSource, NO_SOURCE } from './view.js';

export const EntityKey = z.object({
  entity: z
    .string()
    .min(1)
    .max(200)
    .describe('The stream, e.g. fund-devolution-capacity or proposal-lg-2016-10-27-item-3'),
});

/** Every event of one entity, oldest first, with the keys the commands were sent with; undefined when it has none. */
export const history: ReadModel<typeof EntityKey, typeof AuditTrail, AuditTrail | undefined> = {
  projection: auditTrailProjection,
  filters: EntityKey,
  view: AuditTrail,
  read: (db, { entity }) => auditTrail(db, entity),
};
