/**
 * Clerk: put an item on a body's work programme for one of its scheduled meetings or for a month
 * (PlanItem, as POST /work-programme). With neither, the decider says what to give. The item's id
 * is made from the body, the month or meeting and the title, unless the clerk names it.
 */
import type { Ledger } from '../../compose.js';
import { attendanceReport } from '../../projections/attendance/index.js';
import { loadNames } from '../shared/names.js';
import type { FieldError } from '../shared/query.js';
import { today } from '../shared/today.js';
import type { WorkspaceForm } from './form-route.js';
import { dateDefaults, dateField, found, required, sourceOf, type FormValues } from './form-values.js';

interface ProgrammeBody {
  readonly id: string;
  readonly name: string;
  /** The body's meetings still to be held, which an item can be planned for. */
  readonly meetings: ReadonlyArray<{ readonly value: string; readonly text: string }>;
}

function loadBody(ledger: Ledger, { bodyId }: Record<string, string>): ProgrammeBody | undefined {
  const names = loadNames(ledger.readDb);
  const body = names.bodies.find((b) => b.id === bodyId);
  if (!body) return undefined;
  const meetings = attendanceReport(ledger.readDb, { bodyId: body.id })
    .meetings.filter((m) => m.status === 'scheduled')
    .map((m) => ({ value: m.meetingId, text: names.meeting(m.meetingId) }));
  return { ...body, meetings };
}

/** The month typed as month and year (`month-month`, `month-year`), as YYYY-MM; nothing when both are empty. */
function monthField(values: FormValues): { month?: string; error?: FieldError } {
  const month = values['month-month'] ?? '';
  const year = values['month-year'] ?? '';
  if (!month && !year) return {};
  if (!/^\d{1,2}$/.test(month) || Number(month) < 1 || Number(month) > 12 || !/^\d{4}$/.test(year))
    return {
      error: { field: 'month-month', text: 'The month must be a month and a year as numbers, for example 6 2012' },
    };
  return { month: `${year}-${month.padStart(2, '0')}` };
}

/** A slug of the title, short enough that the whole id stays within 120 characters. */
function idFor(bodyId: string, when: string, title: string): string {
  const prefix = `${bodyId}-${when}-`;
  const words = title
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return `${prefix}${words.slice(0, 120 - prefix.length).replace(/-$/, '')}`;
}

const FIELDS: Record<string, string> = {
  title: 'title',
  kind: 'kind',
  leadOfficer: 'leadOfficer',
  meetingId: 'meetingId',
  month: 'month-month',
  planItemId: 'planItemId',
};

export const planItemForm: WorkspaceForm<ProgrammeBody> = {
  url: '/workspace/bodies/:bodyId/work-programme/new',
  template: 'workspace/plan-item.njk',
  title: 'Plan an item',
  command: 'PlanItem',
  load: loadBody,
  streamOf: () => undefined,
  defaults: () => ({ ...dateDefaults('plannedOn', today()), sourceDocument: "The body's work programme" }),
  read(values, { bodyId }) {
    const month = monthField(values);
    const plannedOn = dateField(values, 'plannedOn', 'the date the item was planned');
    const errors = found(
      required(values, 'title', 'Enter the item, as the work programme words it'),
      ['decision', 'discussion', 'information'].includes(values.kind ?? '')
        ? undefined
        : { field: 'kind', text: 'Select whether the body is asked for a decision, a discussion or information' },
      required(values, 'leadOfficer', 'Enter the lead officer, as the work programme names them'),
      month.error,
      plannedOn.error,
      required(values, 'sourceDocument', 'Enter the document this comes from, for example the work programme'),
    );
    if (errors.length > 0) return { errors };
    const plannedFor = values.meetingId ? { meetingId: values.meetingId } : month.month ? { month: month.month } : {};
    const planItemId =
      values.planItemId || idFor(bodyId!, values.meetingId || month.month || 'unplanned', values.title!);
    return {
      commands: [
        {
          type: 'PlanItem',
          data: {
            planItemId,
            bodyId,
            title: values.title,
            kind: values.kind,
            leadOfficer: values.leadOfficer,
            ...plannedFor,
          },
        },
      ],
      occurredAt: plannedOn.date!,
      source: sourceOf(values),
      confirmation: `“${values.title!}” is on the work programme (reference ${planItemId}).`,
    };
  },
  fieldOf: (path) => FIELDS[path] ?? 'title',
  rejectionField: 'meetingId',
  landing: ({ bodyId }) => `/bodies/${bodyId}/work-programme`,
  confirmation: () => 'The item is on the work programme.',
};
