/** Calendar dates (business time) travel as ISO `YYYY-MM-DD` strings; instants as ISO date-times. */
import { z } from 'zod';

export const IsoDate = z.iso.date({ error: 'use a calendar date written YYYY-MM-DD, e.g. 2016-10-27' });
export type IsoDate = z.infer<typeof IsoDate>;

export const IsoDateTime = z.iso.datetime({
  offset: true,
  error: 'use an ISO 8601 date-time, e.g. 2016-10-27T14:00:00Z',
});
export type IsoDateTime = z.infer<typeof IsoDateTime>;

/** What is wrong with `text` as a knowledge time (`asAt`), or undefined when it is one. */
export function asAtProblem(text: string): string | undefined {
  if (IsoDate.safeParse(text).success || IsoDateTime.safeParse(text).success) return undefined;
  const date = /^(\d{4}-\d{2}-\d{2})(T.*)?$/.exec(text);
  if (date && !IsoDate.safeParse(date[1]).success)
    return `${date[1]} is not a day of the calendar; use a real date written YYYY-MM-DD, e.g. 2016-02-29`;
  if (date?.[2] !== undefined && /^T\d{2}:\d{2}(:\d{2}(\.\d+)?)?$/.test(date[2])) {
    return `${text} has no time zone; add Z for UTC or an offset, e.g. ${text}Z or ${text}+01:00`;
  }
  return (
    'use a date (YYYY-MM-DD, meaning the end of that day, UTC) or an ISO date-time with a time ' +
    'zone, e.g. 2017-03-31 or 2017-03-31T17:00:00Z'
  );
}

/**
 * A knowledge time, as every report, the export and the CLI take it: a calendar date (the end of
 * that day, UTC) or a date-time with Z or an offset. A date-time without a time zone is refused
 * rather than read in the server's zone, and an impossible day (2016-02-30) is refused everywhere.
 */
export const AsAtText = z
  .string()
  .check((context) => {
    const problem = asAtProblem(context.value);
    if (problem) context.issues.push({ code: 'custom', message: problem, input: context.value });
  })
  .describe(
    'Answer as the ledger stood then: only events recorded by this time; a date means the end ' +
      'of that day (UTC), a date-time needs Z or an offset. E.g. 2017-03-31',
  );
