/** The audit trail: every event of an entity, who recorded it and when, with its place in the hash chain. */
export { auditTrailProjection } from './projection.js';
export { auditTrail, streamRevision, withHashedKeys } from './query.js';
export { AuditEvent, AuditTrail, describeSource, NO_SOURCE } from './view.js';
