/** 360Giving Data Standard: grants as JSON (`{"grants": [...]}`) and the flat CSV. */
import type { OpenDataSnapshot } from '../read-models.js';
import type { OpenDataSettings } from '../settings.js';
import { grants } from './grants.js';
import type { GrantPackage } from './schema.js';

export { grantsCsv } from './csv.js';
export { grants } from './grants.js';
export { Grant, GrantPackage } from './schema.js';

/** The JSON package: the grants and how current they are. */
export function grantPackage(snapshot: OpenDataSnapshot, settings: OpenDataSettings): GrantPackage {
  return { grants: grants(snapshot.db, settings), projectedPosition: snapshot.projectedPosition, asAt: snapshot.asAt };
}
