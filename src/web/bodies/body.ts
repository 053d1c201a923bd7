/**
 * A body: what it is, its parent, members and representatives (with deputies), terms of reference,
 * meetings, decisions and the missed-meetings warnings. The body's standing is the domain's own fold
 * (evolveBody) over its events as the audit trail holds them, so nothing restates a rule.
 */
import { z } from 'zod';
import { evolveBody, initialBodyState } from '../../domain/directory/state-body.js';
import type { BodyEvent } from '../../domain/directory/events.js';
import { listActions } from '../../projections/action-tracker/index.js';
import { attendanceReport, missedMeetings } from '../../projections/attendance/index.js';
import { auditTrail } from '../../projections/audit-trail/index.js';
import { listDecisions } from '../../projections/decision-register/index.js';
import { upcomingMeetings } from '../meetings/upcoming.js';
import type { PageDefinition } from '../shared/page.js';
import { withReadModels } from '../shared/read-models.js';
import { today } from '../shared/today.js';

export const bodyPage: PageDefinition<z.ZodObject> = {
  url: '/bodies/:bodyId',
  template: 'bodies/page.njk',
  query: z.object({}),
  async load({ ledger, asAt, params, link }) {
    const bodyId = params.bodyId!;
    const found = await withReadModels(ledger, asAt, ({ db, names }) => {
      const trail = auditTrail(db, `body-${bodyId}`);
      if (!trail) return undefined;
      const body = trail.events.reduce(
        (state, event) => evolveBody(state, { type: event.type, data: event.data } as BodyEvent),
        initialBodyState,
      );
      const terms = trail.events.filter((e) => e.type === 'TermsOfReferenceAdopted').map((e) => e.data);
      const meetings = attendanceReport(db, { bodyId }).meetings;
      return {
        names,
        body,
        terms,
        meetings: [...meetings].reverse(),
        nextMeeting: upcomingMeetings(meetings, asAt ?? today())[0] ?? null,
        nextMeetingAfter: asAt ?? today(),
        decisions: listDecisions(db, { bodyId }).decisions.reverse(),
        openActions: listActions(db, { bodyId, status: 'open' }).actions,
        missedRuns: missedMeetings(db, { bodyId }).runs,
      };
    });
    if (!found)
      return {
        notFound: `No body ${bodyId} is recorded${asAt ? ` as at ${asAt}` : ''}.`,
        lookIn: { text: 'the bodies listed on the home page', href: link('/') },
      };
    return {
      title: found.body.name,
      ...found,
      alternates: [
        { text: 'Attendance (JSON)', href: link('/reports/attendance', { bodyId }) },
        { text: 'Decisions (JSON)', href: link('/reports/decisions', { bodyId }) },
        { text: 'History (JSON)', href: link(`/history/body-${bodyId}`) },
      ],
    };
  },
};
