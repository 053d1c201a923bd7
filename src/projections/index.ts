/** Every read model the ledger keeps, in the order the runner folds them. */
import { actionTrackerProjection } from './action-tracker/index.js';
import { attendanceProjection } from './attendance/index.js';
import { auditTrailProjection } from './audit-trail/index.js';
import { commitmentsProjection } from './commitments/index.js';
import { decisionRegisterProjection } from './decision-register/index.js';
import { lineageProjection } from './lineage/index.js';
import { partnerProfileProjection } from './partner-profile/index.js';
import { peopleProjection } from './people/index.js';
import { scrutinyProjection } from './scrutiny/index.js';
import { workProgrammeProjection } from './work-programme/index.js';
import type { Projection } from './projection.js';

export const allProjections: readonly Projection[] = [
  commitmentsProjection,
  decisionRegisterProjection,
  actionTrackerProjection,
  attendanceProjection,
  partnerProfileProjection,
  peopleProjection,
  auditTrailProjection,
  lineageProjection,
  scrutinyProjection,
  workProgrammeProjection,
];
