/** The home page: bodies, latest decisions, meetings, open and overdue actions, funds and how current it all is. */
import { z } from 'zod';
import { listActions } from '../../projections/action-tracker/index.js';
import { attendanceReport } from '../../projections/attendance/index.js';
import { commitmentsView } from '../../projections/commitments/index.js';
import { listDecisions } from '../../projections/decision-register/index.js';
import { meetingsAwaitingMinutes, upcomingMeetings } from '../meetings/upcoming.js';
import type { PageDefinition } from '../shared/page.js';
import { withReadModels } from '../shared/read-models.js';
import { today } from '../shared/today.js';

export const homePage: PageDefinition<z.ZodObject> = {
  url: '/',
  template: 'home/page.njk',
  query: z.object({}),
  async load({ ledger, asAt, link }) {
    const overdueOn = asAt ?? today();
    const data = await withReadModels(ledger, asAt, ({ db, names }) => {
      const meetings = attendanceReport(db, {}).meetings;
      return {
        names,
        bodies: names.bodies,
        latestDecisions: listDecisions(db, {}).decisions.slice(-5).reverse(),
        recentMeetings: meetings
          .filter((m) => m.status === 'held' || m.status === 'minutes-confirmed')
          .slice(-5)
          .reverse(),
        scheduledMeetings: upcomingMeetings(meetings, overdueOn),
        awaitingMinutes: meetingsAwaitingMinutes(meetings, overdueOn).slice(-5).reverse(),
        openActions: listActions(db, { status: 'open' }).actions,
        overdueActions: listActions(db, { overdueOn }).actions,
      };
    });
    const funds = await withReadModels(ledger, asAt, ({ db }) => commitmentsView(db).funds);
    const head = await ledger.store.headPosition();
    return {
      title: 'Partnership boards: decisions, money and actions',
      ...data,
      overdueOn,
      funds,
      currency: {
        projected: ledger.projections.position.toString(),
        head: head.toString(),
        caughtUp: ledger.projections.position >= head,
      },
      alternates: [
        { text: 'Decisions (JSON)', href: link('/reports/decisions') },
        { text: 'Commitments (JSON)', href: link('/reports/commitments') },
        { text: 'Actions (JSON)', href: link('/reports/actions', { status: 'open' }) },
      ],
    };
  },
};
