/**
 * The 360Giving Data Standard's rules, taken from its published JSON schemas
 * (ThreeSixtyGiving/standard: schema/360-giving-package-schema.json and schema/360-giving-schema.json),
 * written out here so the test does not trust the ledger's own schema. Each rule returns the
 * problems it finds, as "path: what is wrong".
 */
const DATE = /^[0-9]{4}-(0[1-9]|1[012])-(0[1-9]|[12][0-9]|3[01])$/;
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;
/** org-id.guide: a registration agency's code (country, agency) then the identifier; or a 360G- local identifier. */
const ORG_ID = /^([A-Z]{2}|XI|XM)-[A-Z0-9]{2,6}-\S+$|^360G-\S+$/;
const REQUIRED_GRANT = [
  'id',
  'title',
  'description',
  'currency',
  'amountAwarded',
  'awardDate',
  'recipientOrganization',
  'fundingOrganization',
];
const isUri = (value: unknown) => typeof value === 'string' && URL.canParse(value) && /^https?:/.test(value);
const isDate = (value: unknown) => typeof value === 'string' && (DATE.test(value) || DATE_TIME.test(value));

function organisationProblems(path: string, value: unknown): string[] {
  if (!Array.isArray(value) || value.length < 1) return [`${path}: an array of at least one organisation`];
  return value.flatMap((org: Record<string, unknown>, i) => [
    ...(['id', 'name'] as const)
      .filter((key) => typeof org[key] !== 'string' || org[key] === '')
      .map((key) => `${path}[${i}].${key}: required string`),
    ...(typeof org.id === 'string' && !ORG_ID.test(org.id)
      ? [`${path}[${i}].id: ${org.id} is not an org-id identifier`]
      : []),
  ]);
}

export function grantProblems(grant: Record<string, unknown>, index: number): string[] {
  const at = `grants[${index}]`;
  const problems = REQUIRED_GRANT.filter((key) => !(key in grant)).map((key) => `${at}.${key}: required`);
  for (const key of ['id', 'title', 'description'] as const)
    if (typeof grant[key] !== 'string') problems.push(`${at}.${key}: string`);
  if (typeof grant.id === 'string' && !/^360G-/.test(grant.id))
    problems.push(`${at}.id: starts with the publisher's 360G- prefix`);
  if (typeof grant.title === 'string' && grant.title.length >= 140) problems.push(`${at}.title: under 140 characters`);
  if (!/^[A-Z]{3}$/.test(String(grant.currency))) problems.push(`${at}.currency: an ISO 4217 code`);
  for (const key of ['amountAwarded', 'amountDisbursed', 'amountAppliedFor'] as const) {
    if (key in grant && typeof grant[key] !== 'number') problems.push(`${at}.${key}: a number (no commas or £)`);
  }
  if (!isDate(grant.awardDate)) problems.push(`${at}.awardDate: YYYY-MM-DD or a date-time`);
  problems.push(...organisationProblems(`${at}.recipientOrganization`, grant.recipientOrganization));
  problems.push(...organisationProblems(`${at}.fundingOrganization`, grant.fundingOrganization));
  for (const key of ['url', 'dataSource'] as const)
    if (key in grant && !isUri(grant[key])) problems.push(`${at}.${key}: a URI`);
  const programmes = grant.grantProgramme as Array<Record<string, unknown>> | undefined;
  for (const [i, p] of (programmes ?? []).entries())
    if (typeof p.code !== 'string') problems.push(`${at}.grantProgramme[${i}].code: string`);
  const payments = grant.disbursementTransaction as Array<Record<string, unknown>> | undefined;
  for (const [i, t] of (payments ?? []).entries()) {
    if (!isDate(t.transactionDate)) problems.push(`${at}.disbursementTransaction[${i}].transactionDate: YYYY-MM-DD`);
    if (typeof t.value !== 'number') problems.push(`${at}.disbursementTransaction[${i}].value: a number`);
  }
  return problems;
}

/**
 * The package schema: `grants` required, at least one, no two alike (and grant ids unique, as the identifier guidance
 * asks).
 */
export function packageProblems(document: Record<string, unknown>): string[] {
  const grants = document.grants;
  if (!Array.isArray(grants)) return ['grants: required array'];
  const problems = grants.length < 1 ? ['grants: at least one grant'] : [];
  const ids = grants.map((g: Record<string, unknown>) => g.id);
  if (new Set(ids).size !== ids.length) problems.push('grants: identifiers must be unique');
  return [...problems, ...grants.flatMap((grant, i) => grantProblems(grant, i))];
}
