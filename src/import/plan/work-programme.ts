/**
 * An item's work programme and task group fields as commands, in this order: the review of the
 * body's programme, items planned, taken here, moved later and dropped; then task groups reporting
 * back under the item and task groups ended. Dates not written are the meeting's; the body is the
 * meeting's. A decision's `taskGroup` becomes SetUpTaskGroup, right after the decision.
 */
import type { DecisionReference } from '../../domain/shared/references.js';
import type { TaskGroupFields, WorkProgrammeFields } from '../schemas/work-programme.js';
import type { FollowUpContext } from './follow-ups.js';
import type { CommandList } from './planned.js';

type Context = FollowUpContext & { readonly bodyId: string; readonly number: string };

export function planWorkProgramme(item: WorkProgrammeFields, context: Context): void {
  const { list, meetingId, date, path, at, section, bodyId, number } = context;
  const where = (field: string[], key: string, index?: number) => ({
    path: `${path}.${field.join('.')}.${key}`,
    fieldPath: [...at, ...field, ...(index === undefined ? [] : [index])],
    section,
  });
  const programme = item.workProgramme;
  if (programme?.reviewed !== undefined) {
    const note = programme.reviewed === true ? undefined : programme.reviewed;
    list.add('ReviewWorkProgramme', { bodyId, meetingId, item: number, note }, where(['workProgramme'], 'reviewed'));
  }
  programme?.plans?.forEach(({ id, title, kind, leadOfficer, meeting, month }, index) => {
    const data = { planItemId: id, bodyId, title, kind, leadOfficer, meetingId: meeting, month };
    list.add('PlanItem', data, where(['workProgramme', 'plans'], id, index));
  });
  programme?.taken?.forEach((planItemId, index) => {
    list.add('MarkItemTaken', { planItemId, meetingId }, where(['workProgramme', 'taken'], planItemId, index));
  });
  programme?.replans?.forEach(({ item: planItemId, meeting, month, reason }, index) => {
    const data = { planItemId, meetingId: meeting, month, reason };
    list.add('ReplanItem', data, where(['workProgramme', 'replans'], planItemId, index));
  });
  programme?.drops?.forEach(({ item: planItemId, reason }, index) => {
    const data = { planItemId, droppedOn: date, reason };
    list.add('DropItem', data, where(['workProgramme', 'drops'], planItemId, index));
  });
  item.taskGroupReports?.forEach(({ taskGroup, summary }, index) => {
    const data = { taskGroupId: taskGroup, meetingId, item: number, summary };
    list.add('ReportBackFromTaskGroup', data, where(['taskGroupReports'], taskGroup, index));
  });
  item.taskGroupsEnded?.forEach(({ taskGroup, on, reason }, index) => {
    const data = { taskGroupId: taskGroup, endedOn: on ?? date, reason };
    list.add('EndTaskGroup', data, { ...where(['taskGroupsEnded'], taskGroup, index), occurredAt: on ?? date });
  });
}

/** The task group a decision set up, reporting back to the body whose meeting made the decision. */
export function planTaskGroup(
  group: TaskGroupFields,
  setUpBy: DecisionReference,
  context: { readonly list: CommandList; readonly bodyId: string; readonly date: string },
  where: { path: string; fieldPath: Array<string | number>; section: string },
): void {
  const { id, name, remit, chair, members, ends } = group;
  const data = { taskGroupId: id, bodyId: context.bodyId, setUpBy, name, remit, chair, members, setUpOn: context.date };
  context.list.add('SetUpTaskGroup', { ...data, endsOn: ends }, where);
}
