/** How the reports cite a decision: by its minute and meeting, named. */
import type { Names } from '../../../web/shared/names.js';

/** "minute 5 a) of Leadership Gloucestershire, 27 October 2016" for a proposal (lg-2016-10-27-item-5) and letter. */
export function minuteOf(decision: { proposalId: string; resolution: string | null }, names: Names): string {
  const matter = /^(?<meeting>.+)-item-(?<item>[^-]+)$/.exec(decision.proposalId)?.groups;
  const letter = decision.resolution === null ? '' : ` ${decision.resolution})`;
  return matter
    ? `minute ${matter.item}${letter} of ${names.meeting(matter.meeting)}`
    : `${decision.proposalId}${letter}`;
}
