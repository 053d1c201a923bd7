/** Calendar dates (business time) travel as ISO `YYYY-MM-DD` strings; instants as ISO date-times. */
import { z } from 'zod';

export const IsoDate = z.iso.date({ message: 'use a calendar date written YYYY-MM-DD, e.g. 2016-10-27' });
export type IsoDate = z.infer<typeof IsoDate>;

export const IsoDateTime = z.iso.datetime({ offset: true, message: 'use an ISO 8601 date-time, e.g. 2016-10-27T14:00:00Z' });
export type IsoDateTime = z.infer<typeof IsoDateTime>;
