/** A body's current standing, folded from its `body-<id>` stream: members, representatives, terms. */
import type { IsoDate } from '../shared/dates.js';
import type { DecisionReference } from '../shared/references.js';
import type { BodyType, RepresentativeRole } from './events.js';

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

export { evolveBody } from './events-body.js';

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
