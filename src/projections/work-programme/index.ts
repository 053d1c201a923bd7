/** The work programme read model: items planned per body, where they stand, and which slipped. */
import type { ReadModel } from '../read.js';
import { workProgrammeProjection } from './projection.js';
import { listWorkProgramme } from './query.js';
import { WorkProgrammeFilters, WorkProgrammeList } from './view.js';

export { workProgrammeProjection } from './projection.js';
export { listWorkProgramme } from './query.js';
export { PlanItemView, WorkProgrammeFilters, WorkProgrammeList } from './view.js';

export const workProgrammeReport: ReadModel<typeof WorkProgrammeFilters, typeof WorkProgrammeList> = {
  projection: workProgrammeProjection,
  filters: WorkProgrammeFilters,
  view: WorkProgrammeList,
  read: (db, filters) => listWorkProgramme(db, filters),
};
