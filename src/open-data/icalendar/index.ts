/** iCalendar feeds: a body's meetings, and action due dates by owner or body. */
export { actionsCalendar } from './actions.js';
export { CALENDAR_CONTENT_TYPE } from './calendar.js';
export { meetingsCalendar } from './meetings.js';
