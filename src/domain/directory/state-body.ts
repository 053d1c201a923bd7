/** A body's current standing, folded from its `body-<id>` stream: members, representatives, terms. */
import { unreachable } from '../shared/decider.js';
import type { IsoDate } from '../shared/dates.js';
import type { DecisionReference } from '../shared/references.js';
import type { BodyEvent, BodyType, RepresentativeRole } from './events.js';

export interface Membership {
  readonly organisationId: string;
  readonly admittedOn: IsoDate;
  /** Set when the organisation withdrew; a later readmission is a new membership. */
  readonly withdrawnOn?: IsoDate;
}

export interface Representative {
  readonly organisationId: string;
  readonly person: string;
  readonly role: RepresentativeRole;
  readonly from: IsoDate;
  readonly to?: IsoDate;
}

export interface TermsOfReference {
  readonly version: string;
  readonly adoptedOn: IsoDate;
  readonly missedMeetingsLimit?: number;
  readonly noticeDays?: number;
  readonly document?: string;
}

export interface BodyState {
  readonly status: 'unestablished' | 'established';
  readonly id: string;
  readonly name: string;
  readonly type: BodyType;
  /** Empty when the records do not say; no date is then refused as before the body existed. */
  readonly establishedOn: IsoDate;
  readonly parentBodyId?: string;
  readonly establishedBy?: DecisionReference;
  readonly secretariatId?: string;
  /** For a scrutiny committee, the council whose committee it is. */
  readonly councilId?: string;
  /** Ids of the organisations that are members now, in order of admission. */
  readonly members: readonly string[];
  /** Every membership, past and present. */
  readonly memberships: readonly Membership[];
  readonly representatives: readonly Representative[];
  /** The terms in force: the version adopted last. */
  readonly termsOfReference?: TermsOfReference;
  /** Every version adopted, oldest first. */
  readonly termsVersions: readonly string[];
}

export const initialBodyState: BodyState = {
  status: 'unestablished',
  id: '',
  name: '',
  type: 'board',
  establishedOn: '',
  members: [],
  memberships: [],
  representatives: [],
  termsVersions: [],
};

export function evolveBody(state: BodyState, event: BodyEvent): BodyState {
  switch (event.type) {
    case 'BodyEstablished': {
      const { bodyId, name, type, establishedOn, parentBodyId, establishedBy, secretariatId, councilId } = event.data;
      return {
        ...state,
        status: 'established',
        id: bodyId,
        name,
        type,
        establishedOn: establishedOn ?? '',
        ...(parentBodyId ? { parentBodyId } : {}),
        ...(establishedBy ? { establishedBy } : {}),
        ...(secretariatId ? { secretariatId } : {}),
        ...(councilId ? { councilId } : {}),
      };
    }
    case 'MemberAdmitted': {
      const { organisationId, admittedOn } = event.data;
      return {
        ...state,
        members: [...state.members, organisationId],
        memberships: [...state.memberships, { organisationId, admittedOn }],
      };
    }
    case 'MemberWithdrawn':
      return withdraw(state, event.data.organisationId, event.data.withdrawnOn);
    case 'RepresentativeAppointed': {
      const { organisationId, person, role, from, to } = event.data;
      return {
        ...state,
        representatives: [...state.representatives, { organisationId, person, role, from, ...(to ? { to } : {}) }],
      };
    }
    case 'TermsOfReferenceAdopted': {
      const { version, adoptedOn, missedMeetingsLimit, noticeDays, document } = event.data;
      const terms = { version, adoptedOn, missedMeetingsLimit, noticeDays, document };
      return { ...state, termsOfReference: terms, termsVersions: [...state.termsVersions, version] };
    }
    default:
      return unreachable(event);
  }
}

/** An organisation that leaves no longer sends representatives, so their open appointments end too. */
function withdraw(state: BodyState, organisationId: string, withdrawnOn: IsoDate): BodyState {
  return {
    ...state,
    members: state.members.filter((id) => id !== organisationId),
    memberships: state.memberships.map((m) =>
      m.organisationId === organisationId && m.withdrawnOn === undefined ? { ...m, withdrawnOn } : m,
    ),
    representatives: state.representatives.map((r) =>
      r.organisationId === organisationId && (r.to === undefined || r.to > withdrawnOn) ? { ...r, to: withdrawnOn } : r,
    ),
  };
}

/** Whether the organisation was a member on a date; meetings are often recorded after the fact. */
export function wasMemberOn(state: BodyState | undefined, organisationId: string, date: IsoDate): boolean {
  return (state?.memberships ?? []).some(
    (m) =>
      m.organisationId === organisationId &&
      m.admittedOn <= date &&
      (m.withdrawnOn === undefined || date < m.withdrawnOn),
  );
}

/** Whether the organisation is a member of the body now. */
export function isCurrentMember(state: BodyState | undefined, organisationId: string): boolean {
  return state?.members.includes(organisationId) ?? false;
}
