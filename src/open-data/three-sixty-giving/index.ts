/** 360Giving Data Standard: grants as JSON (`{"grants": [...]}`) and the flat CSV. */
export { grantsCsv } from './csv.js';
export { grants } from './grants.js';
export { Grant, GrantPackage } from './schema.js';
