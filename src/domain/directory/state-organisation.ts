/** An organisation's current standing, folded from its `organisation-<id>` stream. */
import type { IsoDate } from '../shared/dates.js';
import type { OrganisationType } from './events.js';

export interface FormerName {
  readonly name: string;
  /** The date the next name took effect. */
  readonly until: IsoDate;
}

export interface OrganisationState {
  /** `unregistered` until the first event; `dissolved` is final. */
  readonly status: 'unregistered' | 'registered' | 'dissolved';
  readonly id: string;
  readonly name: string;
  readonly type: OrganisationType;
  readonly identifier?: string;
  readonly formerNames: readonly FormerName[];
  readonly dissolvedOn?: IsoDate;
  readonly successorId?: string;
}

export const initialOrganisationState: OrganisationState = {
  status: 'unregistered',
  id: '',
  name: '',
  type: 'other',
  formerNames: [],
};

export { evolveOrganisation } from './events.js';

/**
 * Whether the organisation existed on a date. Meetings are often recorded long after they were
 * held, so a dissolved organisation still counts for dates before its dissolution.
 */
export function organisationActiveOn(state: OrganisationState | undefined, date: IsoDate): boolean {
  if (!state || state.status === 'unregistered') return false;
  return state.dissolvedOn === undefined || date < state.dissolvedOn;
}
