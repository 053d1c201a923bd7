/** One decision: its text, options, positions, who was there, status history and what it authorised. */
import { z } from 'zod';
import { attendanceReport } from '../../projections/attendance/index.js';
import { findDecision } from '../../projections/decision-register/index.js';
import { decisionLineage } from '../../projections/lineage/index.js';
import type { PageDefinition } from '../shared/page.js';
import { minute } from '../shared/format.js';
import { personIds } from '../people/people.js';
import { withReadModels } from '../shared/read-models.js';
import { withReadableText } from '../shared/decision-text.js';

export const decisionPage: PageDefinition<z.ZodObject> = {
  url: '/decisions/:proposalId/:resolution',
  template: 'decisions/decision.njk',
  query: z.object({}),
  async load({ ledger, asAt, params, link }) {
    const { proposalId, resolution } = params as { proposalId: string; resolution: string };
    const found = await withReadModels(ledger, asAt, ({ db, names }) => {
      const stored = findDecision(db, proposalId, resolution);
      if (!stored) return undefined;
      const decision = withReadableText(stored, names);
      const meeting =
        attendanceReport(db, { bodyId: decision.bodyId ?? undefined }).meetings.find(
          (m) => m.meetingId === decision.meetingId,
        ) ?? null;
      const lineage = decisionLineage(db, proposalId, resolution) ?? null;
      return { decision, meeting, names, lineage, personId: personIds(db) };
    });
    if (!found) {
      return {
        notFound: `No decision ${resolution}) of ${proposalId} is recorded${asAt ? ` as at ${asAt}` : ''}.`,
        lookIn: { text: 'the decision register', href: link('/decisions') },
      };
    }
    const { decision, names } = found;
    return {
      title: `${minute(decision)} ${decision.itemTitle ?? ''}`.trim(),
      ...found,
      caption: names.meeting(decision.meetingId),
      alternates: [
        { text: 'JSON', href: link(`/reports/decisions/${proposalId}/${resolution}`) },
        { text: 'History (JSON)', href: link(`/history/proposal-${proposalId}`) },
      ],
    };
  },
};
