/** What the action tracker answers, and the filters it takes. */
import { z } from 'zod';
import { AuditEvent } from '../audit-trail/view.js';
import { IsoDate } from '../../domain/shared/dates.js';

export const ActionStatus = z.enum(['open', 'completed', 'cancelled']).describe('open, completed or cancelled');
export const Rag = z
  .enum(['red', 'amber', 'green'])
  .describe('The RAG status: red (off track), amber (at risk) or green (on track)');

export const OwnerView = z
  .object({
    kind: z
      .enum(['person', 'organisation', 'body'])
      .describe('Whether the owner is a person, an organisation or a body'),
    name: z
      .string()
      .nullable()
      .describe(
        "The person, by the people directory's name when it lists them (the minutes' Julian Moss is ACC Julian " +
          'Moss), else as minuted, e.g. Richard Bradley',
      ),
    id: z.string().nullable().describe('The organisation or body, e.g. gloucestershire-county-council'),
    organisationId: z.string().nullable().describe('The organisation a person acts for, e.g. office-of-the-pcc'),
  })
  .describe('An action owner');
export type OwnerView = z.infer<typeof OwnerView>;

const HistoryEntry = z.object({
  event: z
    .enum(['progress', 'reviewed', 'reassigned', 'due-date-extended', 'completed', 'cancelled'])
    .describe('What happened to the action'),
  on: z.string().nullable().describe("The date it happened (for a review, the reviewing meeting's date if known)"),
  rag: Rag.nullable().describe('For progress: the RAG status reported'),
  note: z.string().nullable().describe('The progress note, review note, or reason given'),
  meetingId: z.string().nullable().describe('For a review: the meeting that reviewed the action'),
  owners: z.array(OwnerView).nullable().describe('For a reassignment: the new owners'),
  dueOn: z.string().nullable().describe('For an extension: the new due date'),
  source: AuditEvent.shape.source,
});

const Origin = z.object({
  bodyId: z.string().nullable().describe('The body whose meeting agreed the action'),
  meetingId: z.string().describe('The meeting that agreed the action, e.g. lg-2016-10-27'),
  meetingDate: z.string().nullable().describe('The date of that meeting'),
  item: z.string().describe('The agenda item, e.g. "3"'),
  itemTitle: z.string().nullable().describe("The agenda item's heading, e.g. Community Safety Review"),
  decision: z
    .object({
      proposalId: z.string().describe('The matter, e.g. lg-2016-10-27-item-3'),
      resolution: z.string().describe('The resolution letter, e.g. a'),
    })
    .nullable()
    .describe('The decision the action carries out, if any'),
});

const ActionFields = z.object({
  actionId: z.string().describe('The action, e.g. lg-2016-10-27-3-1'),
  title: z.string().describe('What is to be done, as minuted'),
  owners: z.array(OwnerView).describe('The current action owners'),
  origin: Origin.describe('Where the action came from'),
  parentActionId: z.string().nullable().describe('The action this is a part of, for sub-actions'),
  dueOn: z.string().nullable().describe('When the action is due, if a date was set'),
  status: ActionStatus,
  rag: Rag.nullable().describe('The RAG status of the latest progress report'),
  completedOn: z.string().nullable().describe('The date the action was done'),
  cancelledOn: z.string().nullable().describe('The date the action was dropped'),
  overdue: z
    .boolean()
    .nullable()
    .describe('Open and past its due date on the overdueOn date; null when no overdueOn was asked'),
  history: z
    .array(HistoryEntry)
    .describe('Progress notes, reviews, reassignments, extensions, completion and cancellation, in the order recorded'),
});

export const SubActionView = ActionFields.describe('A sub-action; parentActionId says which action it sits under');
export type SubActionView = z.infer<typeof SubActionView>;

/**
 * Sub-actions of every depth are listed under the top action, depth first, rather than nested
 * within each other: the minutes only ever go one level down (a) to d)), and a flat list keeps the
 * schema free of recursion, which the OpenAPI document cannot reference without a named component.
 */
export const ActionView = ActionFields.extend({
  subActions: z
    .array(SubActionView)
    .describe('Sub-actions under this action (e.g. a) to d)), depth first; each names its parent'),
}).describe('One action, with its sub-actions');
export type ActionView = z.infer<typeof ActionView>;

export const ActionFilters = z.object({
  owner: z
    .string()
    .trim()
    .min(1)
    .max(200)
    .optional()
    .describe(
      'Only actions with this owner: a person (any case, with or without a title: Tanya ' +
        'Richardson), or an organisation or body id',
    ),
  status: ActionStatus.optional(),
  bodyId: z.string().min(1).optional().describe("Only actions agreed at this body's meetings"),
  overdueOn: IsoDate.optional().describe(
    'Only actions still open and due before this date (YYYY-MM-DD), e.g. 2018-09-01',
  ),
});
export type ActionFilters = z.infer<typeof ActionFilters>;

export const ActionList = z
  .object({
    actions: z
      .array(ActionView)
      .describe('The matching actions by meeting date; a sub-action sits under its parent when both match'),
  })
  .describe('The action tracker');
export type ActionList = z.infer<typeof ActionList>;
