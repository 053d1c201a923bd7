/**
 * Whether a meeting's papers went out in time: the terms of reference set a notice ("Agendas and
 * papers will be published 7 days in advance of the meeting", 2011), and papers published fewer
 * days before the meeting than that are late.
 */
const DAY_MS = 24 * 60 * 60 * 1000;

export interface PapersNotice {
  readonly papersPublishedOn: string | null;
  readonly noticeDays: number | null;
  readonly papersLate: boolean;
}

/** Whole days from publication to the meeting; both are calendar dates, so the difference is exact. */
function daysBefore(publishedOn: string, date: string): number {
  return Math.round((Date.parse(`${date}T00:00:00Z`) - Date.parse(`${publishedOn}T00:00:00Z`)) / DAY_MS);
}

export function papersNotice(date: string, publishedOn: string | null, noticeDays: number | undefined): PapersNotice {
  return {
    papersPublishedOn: publishedOn,
    noticeDays: noticeDays ?? null,
    papersLate: publishedOn !== null && noticeDays !== undefined && daysBefore(publishedOn, date) < noticeDays,
  };
}
