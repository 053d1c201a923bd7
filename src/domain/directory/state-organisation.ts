/** An organisation's current standing, folded from its `organisation-<id>` stream. */
import { unreachable } from '../shared/decider.js';
import type { IsoDate } from '../shared/dates.js';
import type { OrganisationEvent, OrganisationType } from './events.js';

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

export function evolveOrganisation(state: OrganisationState, event: OrganisationEvent): OrganisationState {
  switch (event.type) {
    case 'OrganisationRegistered': {
      const { organisationId, name, type, identifier } = event.data;
      return { ...state, status: 'registered', id: organisationId, name, type, ...(identifier ? { identifier } : {}) };
    }
    case 'OrganisationRenamed':
      return {
        ...state,
        name: event.data.name,
        formerNames: [...state.formerNames, { name: event.data.previousName, until: event.data.renamedOn }],
      };
    case 'OrganisationDissolved': {
      const { dissolvedOn, successorId } = event.data;
      return { ...state, status: 'dissolved', dissolvedOn, ...(successorId ? { successorId } : {}) };
    }
    default:
      return unreachable(event);
  }
}

/**
 * Whether the organisation existed on a date. Meetings are often recorded long after they were
 * held, so a dissolved organisation still counts for dates before its dissolution.
 */
export function organisationActiveOn(state: OrganisationState | undefined, date: IsoDate): boolean {
  if (!state || state.status === 'unregistered') return false;
  return state.dissolvedOn === undefined || date < state.dissolvedOn;
}
