/**
 * What a meeting's item records about the work programme and task groups: the body's programme
 * reviewed under the item, items planned for later meetings or months (with their kind and lead
 * officer), planned items taken here, moved later or dropped; task groups reporting back to this
 * body under the item, and task groups ended. A decision that sets up a task group carries
 * `taskGroup` (TaskGroupFields).
 */
import { z } from 'zod';
import { Month, PlanItemKind } from '../../domain/work-programme/events.js';
import { DateText, Id, Text } from './common.js';

const onceOnly = (what: { meeting?: string | undefined; month?: string | undefined }) =>
  [what.meeting, what.month].filter((value) => value !== undefined).length === 1;
const ONCE = 'say when it is planned for once: meeting (a scheduled meeting id) or month (YYYY-MM)';

const Plan = z
  .strictObject({
    id: Id,
    title: Text,
    kind: PlanItemKind,
    leadOfficer: Text,
    meeting: Id.optional(),
    month: Month.optional(),
  })
  .refine(onceOnly, ONCE);

const Replan = z
  .strictObject({ item: Id, meeting: Id.optional(), month: Month.optional(), reason: Text })
  .refine(onceOnly, ONCE);

const Drop = z.strictObject({ item: Id, reason: Text });

const WorkProgramme = z.strictObject({
  reviewed: z
    .union([z.literal(true), Text], {
      error: 'write what the minutes say about the work programme, or true when they say only that it was considered',
    })
    .optional(),
  plans: z.array(Plan).optional(),
  taken: z.array(Id).optional(),
  replans: z.array(Replan).optional(),
  drops: z.array(Drop).optional(),
});

const TaskGroupReport = z.strictObject({ taskGroup: Id, summary: Text });
const TaskGroupEnd = z.strictObject({ taskGroup: Id, on: DateText.optional(), reason: Text.optional() });

/** A task-and-finish group set up by the decision that carries it; it reports back to this body. */
export const TaskGroupFields = z.strictObject({
  id: Id,
  name: Text,
  remit: Text,
  chair: Text,
  members: z.array(Text).max(50),
  ends: DateText,
});
export type TaskGroupFields = z.infer<typeof TaskGroupFields>;

/** The work programme and task group fields of an item, spread into its schema. */
export const workProgrammeFields = {
  workProgramme: WorkProgramme.optional(),
  taskGroupReports: z.array(TaskGroupReport).optional(),
  taskGroupsEnded: z.array(TaskGroupEnd).optional(),
};

export type WorkProgrammeFields = {
  [K in keyof typeof workProgrammeFields]?: z.infer<(typeof workProgrammeFields)[K]>;
};
