/**
 * The Popolo schemas' rules (popolo-project/popolo-spec, schemas/*.json), written out so the test
 * does not trust the ledger's own schema: required properties, date patterns and formats, and every
 * id a record refers to present in the document. Each rule returns "path: what is wrong".
 */
type Record_ = Record<string, unknown>;

/** The pattern of membership and event dates: a date, or a date and time with a zone. */
const DATE_OR_TIME = /^[0-9]{4}((-[0-9]{2}){0,2}|(-[0-9]{2}){2}T[0-9]{2}(:[0-9]{2}){0,2}(Z|[+-][0-9]{2}(:[0-9]{2})?))$/;
/** The pattern of organization and post dates. */
const DATE = /^[0-9]{4}(-[0-9]{2}){0,2}$/;
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

const list = (document: Record_, key: string) => (Array.isArray(document[key]) ? (document[key] as Record_[]) : []);

function fieldProblems(document: Record_): string[] {
  const problems: string[] = [];
  const check = (collection: string, field: string, test: (v: unknown) => boolean, what: string) => {
    list(document, collection).forEach((item, i) => {
      if (item[field] !== undefined && item[field] !== null && !test(item[field]))
        problems.push(`${collection}[${i}].${field}: ${what}`);
    });
  };
  for (const [collection, fields] of [
    ['organizations', ['founding_date', 'dissolution_date']],
    ['posts', ['start_date', 'end_date']],
  ] as const) {
    for (const field of fields)
      check(collection, field, (v) => typeof v === 'string' && DATE.test(v), 'a date (YYYY, YYYY-MM or YYYY-MM-DD)');
  }
  for (const [collection, fields] of [
    ['memberships', ['start_date', 'end_date']],
    ['events', ['start_date', 'end_date']],
  ] as const) {
    for (const field of fields)
      check(
        collection,
        field,
        (v) => typeof v === 'string' && DATE_OR_TIME.test(v),
        'a date or a date-time with a zone',
      );
  }
  for (const collection of ['motions', 'vote_events']) {
    for (const field of collection === 'motions' ? ['date'] : ['start_date', 'end_date'])
      check(collection, field, (v) => typeof v === 'string' && DATE_TIME.test(v), 'a date-time');
  }
  list(document, 'vote_events').forEach((ve, i) => {
    (ve.counts as Record_[] | undefined)?.forEach((c, j) => {
      if (typeof c.option !== 'string') problems.push(`vote_events[${i}].counts[${j}].option: required string`);
      if (!Number.isInteger(c.value)) problems.push(`vote_events[${i}].counts[${j}].value: required integer`);
    });
  });
  for (const collection of ['organizations', 'persons']) {
    list(document, collection).forEach((item, i) => {
      (item.identifiers as Record_[] | undefined)?.forEach((id, j) => {
        if (typeof id.identifier !== 'string')
          problems.push(`${collection}[${i}].identifiers[${j}].identifier: required string`);
      });
      (item.links as Record_[] | undefined)?.forEach((link, j) => {
        if (typeof link.url !== 'string' || !URL.canParse(link.url))
          problems.push(`${collection}[${i}].links[${j}].url: required URI`);
      });
    });
  }
  for (const collection of ['organizations', 'persons', 'posts', 'memberships', 'events', 'motions', 'vote_events']) {
    const ids = list(document, collection).map((item) => item.id);
    if (ids.some((id) => typeof id !== 'string' || id === '')) problems.push(`${collection}: every record needs an id`);
    if (new Set(ids).size !== ids.length) problems.push(`${collection}: ids must be unique`);
  }
  return problems;
}

function referenceProblems(document: Record_): string[] {
  const ids = (...collections: string[]) =>
    new Set(collections.flatMap((c) => list(document, c).map((item) => item.id)));
  const organisations = ids('organizations');
  const voters = ids('organizations', 'persons');
  const references: ReadonlyArray<readonly [string, string, Set<unknown>]> = [
    ['memberships', 'organization_id', organisations],
    ['memberships', 'on_behalf_of_id', organisations],
    ['memberships', 'person_id', ids('persons')],
    ['memberships', 'post_id', ids('posts')],
    ['posts', 'organization_id', organisations],
    ['events', 'organization_id', organisations],
    ['motions', 'organization_id', organisations],
    ['motions', 'legislative_session_id', ids('events')],
    ['vote_events', 'organization_id', organisations],
    ['vote_events', 'legislative_session_id', ids('events')],
    ['vote_events', 'motion_id', ids('motions')],
  ];
  const problems: string[] = [];
  for (const [collection, field, known] of references) {
    list(document, collection).forEach((item, i) => {
      const value = item[field];
      if (value !== undefined && value !== null && !known.has(value))
        problems.push(
          `${collection}[${i}].${field}: ${typeof value === 'string' ? value : JSON.stringify(value)} ` +
            `is not in the document`,
        );
    });
  }
  list(document, 'memberships').forEach((m, i) => {
    const member = m.member as Record_ | undefined;
    if (member && !voters.has(member.id))
      problems.push(`memberships[${i}].member.id: ${String(member.id)} is not in the document`);
  });
  list(document, 'vote_events').forEach((ve, i) => {
    (ve.votes as Record_[] | undefined)?.forEach((vote, j) => {
      if (vote.vote_event_id !== ve.id)
        problems.push(`vote_events[${i}].votes[${j}].vote_event_id: not its vote event`);
      if (!voters.has(vote.voter_id))
        problems.push(`vote_events[${i}].votes[${j}].voter_id: ${String(vote.voter_id)} is not in the document`);
    });
  });
  return problems;
}

export function popoloProblems(document: Record_): string[] {
  return [...fieldProblems(document), ...referenceProblems(document)];
}
