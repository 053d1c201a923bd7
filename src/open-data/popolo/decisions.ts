/**
 * Popolo events (meetings), motions (the options tabled and the resolutions) and vote events (the
 * partners' positions on a matter, counted by stance) from the attendance report and the decision register.
 */
import type { AttendanceReport } from '../../projections/attendance/index.js';
import type { DecisionView } from '../../projections/decision-register/index.js';
import type { Directory } from '../../projections/partner-profile/index.js';
import { pages, type OpenDataSettings } from '../settings.js';
import type { PopoloEvent, PopoloMotion, PopoloVoteEvent } from './schema.js';

export function events(report: AttendanceReport, directory: Directory, settings: OpenDataSettings): PopoloEvent[] {
  return report.meetings.map((m) => ({
    id: m.meetingId,
    name: `${directory.bodies.find((b) => b.bodyId === m.bodyId)?.name ?? m.bodyId}, ${m.date}`,
    classification: 'meeting',
    organization_id: m.bodyId,
    start_date: m.date,
    location: m.venue,
    status: m.status,
    sources: [{ url: pages.meeting(settings, m.meetingId), note: 'Meeting page' }],
  }));
}

/** The decisions of each matter, in register order; a matter's options and positions are the same on each. */
function byMatter(decisions: readonly DecisionView[]): Map<string, DecisionView[]> {
  const matters = new Map<string, DecisionView[]>();
  for (const d of decisions) matters.set(d.proposalId, [...(matters.get(d.proposalId) ?? []), d]);
  return matters;
}

const optionMotionId = (proposalId: string, key: string) => `${proposalId}/option-${key}`;
const resolutionMotionId = (proposalId: string, letter: string) => `${proposalId}/resolution-${letter}`;

export function motions(decisions: readonly DecisionView[], settings: OpenDataSettings): PopoloMotion[] {
  const result: PopoloMotion[] = [];
  for (const [proposalId, matter] of byMatter(decisions)) {
    const first = matter[0]!;
    const agreed = new Set(matter.map((d) => d.optionAgreed?.key).filter((key) => key !== undefined));
    for (const option of first.options) {
      result.push({
        id: optionMotionId(proposalId, option.key),
        organization_id: first.bodyId,
        legislative_session_id: first.meetingId,
        identifier: `item ${first.item} option ${option.key}`,
        classification: 'option',
        text: option.text,
        result: agreed.has(option.key) ? 'agreed' : 'not agreed',
        sources: [{ url: pages.meeting(settings, first.meetingId), note: 'Meeting page' }],
      });
    }
    for (const d of matter) {
      result.push({
        id: resolutionMotionId(proposalId, d.resolution),
        organization_id: d.bodyId,
        legislative_session_id: d.meetingId,
        identifier: `minute ${d.item} ${d.resolution})`,
        classification: 'resolution',
        text: d.text,
        result: d.status,
        sources: [{ url: pages.decision(settings, d.proposalId, d.resolution), note: 'Decision page' }],
      });
    }
  }
  return result;
}

/** One vote event per matter and option the partners took positions on (or per matter, where no option was named). */
export function voteEvents(decisions: readonly DecisionView[]): PopoloVoteEvent[] {
  const result: PopoloVoteEvent[] = [];
  for (const [proposalId, matter] of byMatter(decisions)) {
    const first = matter[0]!;
    const options = [...new Set(first.positions.map((p) => p.option))];
    for (const option of options) {
      const positions = first.positions.filter((p) => p.option === option);
      const id = option === null ? `${proposalId}/positions` : `${proposalId}/option-${option}/positions`;
      const stances = [...new Set(positions.map((p) => p.stance))];
      const agreedBy = matter.find((d) => option !== null && d.optionAgreed?.key === option);
      result.push({
        id,
        motion_id:
          option === null ? resolutionMotionId(proposalId, first.resolution) : optionMotionId(proposalId, option),
        organization_id: first.bodyId,
        legislative_session_id: first.meetingId,
        result: agreedBy
          ? `agreed (minute ${agreedBy.item} ${agreedBy.resolution}))`
          : option === null
            ? first.status
            : 'not agreed',
        counts: stances.map((stance) => ({
          option: stance,
          value: positions.filter((p) => p.stance === stance).length,
        })),
        votes: positions.map((p) => ({
          vote_event_id: id,
          voter_id: p.organisationId,
          option: p.stance,
          ...(p.note ? { note: p.note } : {}),
        })),
      });
    }
  }
  return result;
}
