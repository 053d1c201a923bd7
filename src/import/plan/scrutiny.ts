/**
 * An item's scrutiny fields as commands: each recommendation made at this (scrutiny committee's)
 * meeting, then each response recorded at this meeting and the actions tracked against it. The
 * business date is the meeting's.
 */
import type { ScrutinyFields } from '../schemas/scrutiny.js';
import type { FollowUpContext } from './follow-ups.js';

export function planScrutiny(item: ScrutinyFields, context: FollowUpContext & { readonly bodyId: string }): void {
  const { list, meetingId, date, path, at, section, bodyId } = context;
  item.recommendations?.forEach((recommendation, index) => {
    const { id, to, text, responseDueDays } = recommendation;
    // The item schema requires a recommendation to name a body or an organisation.
    const recipient =
      to.body !== undefined
        ? { kind: 'body' as const, id: to.body }
        : to.organisation !== undefined
          ? { kind: 'organisation' as const, id: to.organisation }
          : undefined;
    if (recipient === undefined) throw new Error(`Bug: recommendation ${id} names no body or organisation`);
    const data = {
      recommendationId: id,
      scrutinyBodyId: bodyId,
      meetingId,
      madeOn: date,
      to: recipient,
      text,
      responseDueDays,
    };
    list.add('MakeRecommendation', data, {
      path: `${path}.recommendations.${id}`,
      fieldPath: [...at, 'recommendations', index],
      section,
    });
  });
  item.responses?.forEach((answer, index) => {
    const { recommendation, response, reasons, respondedBy, actions } = answer;
    const where = { path: `${path}.responses.${recommendation}`, fieldPath: [...at, 'responses', index], section };
    list.add(
      'RespondToRecommendation',
      { recommendationId: recommendation, response, reasons, respondedOn: date, respondedBy },
      where,
    );
    actions?.forEach((actionId) => {
      list.add(
        'TrackRecommendationAction',
        { recommendationId: recommendation, actionId },
        { ...where, path: `${where.path}.actions.${actionId}` },
      );
    });
  });
}
