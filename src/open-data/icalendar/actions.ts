/** Action due dates as an iCalendar feed, for an owner or a body: one all-day event per action with a due date. */
import { ICalEventStatus } from 'ical-generator';
import { listActions, type ActionView } from '../../projections/action-tracker/index.js';
import type { OpenDataSnapshot } from '../read-models.js';
import { pages, type OpenDataSettings } from '../settings.js';
import { calendar, day, uid, versionOf } from './calendar.js';

export interface ActionCalendarFilters {
  readonly owner?: string | undefined;
  readonly body?: string | undefined;
}

const statusOf = {
  open: ICalEventStatus.CONFIRMED,
  completed: ICalEventStatus.CONFIRMED,
  cancelled: ICalEventStatus.CANCELLED,
} as const;

function describe(filters: ActionCalendarFilters): string {
  const parts = [
    filters.owner ? `owned by ${filters.owner}` : '',
    filters.body ? `agreed at meetings of ${filters.body}` : '',
  ].filter(Boolean);
  return parts.length > 0 ? `Due dates of actions ${parts.join(' and ')}` : 'Due dates of every action';
}

export function actionsCalendar(
  snapshot: OpenDataSnapshot,
  settings: OpenDataSettings,
  filters: ActionCalendarFilters,
): string {
  const feed = calendar('Actions due', describe(filters), snapshot);
  const listed = listActions(snapshot.db, {
    ...(filters.owner ? { owner: filters.owner } : {}),
    ...(filters.body ? { bodyId: filters.body } : {}),
  }).actions;
  const actions: Array<Omit<ActionView, 'subActions'>> = listed.flatMap((a) => [a, ...a.subActions]);
  for (const action of actions) {
    if (action.dueOn === null) continue;
    const { sequence, stamp } = versionOf(snapshot.db, `action-${action.actionId}`);
    const owners = action.owners.map((o) => o.name ?? o.id).join(', ');
    feed.createEvent({
      id: uid(settings, `action-${action.actionId}`),
      start: day(action.dueOn),
      allDay: true,
      summary: `${action.status === 'completed' ? 'Done: ' : ''}${action.title}`.slice(0, 200),
      description:
        `${action.title}\nOwners: ${owners}\nStatus: ` +
        `${action.status}${action.rag ? ` (${action.rag})` : ''}\n${pages.action(settings, action.actionId)}`,
      url: pages.action(settings, action.actionId),
      status: statusOf[action.status],
      sequence,
      stamp,
      lastModified: stamp,
    });
  }
  return feed.toString();
}
