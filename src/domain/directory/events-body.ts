/**
 * What the directory records on a `body-<id>` stream: a board, partnership or group, its members,
 * representatives and terms of reference. Each event declared once, with its schema and how the
 * body's state takes it.
 */
import { z } from 'zod';
import { humanText } from '../shared/human-text.js';
import { IsoDate } from '../shared/dates.js';
import { evolverOf, folding, schemasOf, type EventTable } from '../shared/event-table.js';
import { Slug } from '../shared/identifiers.js';
import { DecisionReference } from '../shared/references.js';
import { bodyId, BodyType, organisationId, PersonName, RepresentativeRole } from './events.js';
import type { BodyState } from './state-body.js';

const on = folding<BodyState>();

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

export const bodyEvents = {
  /** A board, partnership or group came into being. */
  BodyEstablished: on(
    z.object({
      bodyId,
      name: humanText(200).describe("The body's name, e.g. Leadership Gloucestershire"),
      type: BodyType,
      establishedOn: IsoDate.optional().describe(
        'The date the body was established, when known; leave it out if the records do not say',
      ),
      parentBodyId: Slug.optional().describe('The body it reports to, for groups set up by a board'),
      establishedBy: DecisionReference.optional(),
      secretariatId: Slug.optional().describe(
        'The organisation that provides the secretariat, e.g. gloucestershire-county-council',
      ),
      councilId: Slug.optional().describe(
        'For a scrutiny committee, the council whose committee it is, e.g. gloucestershire-county-council',
      ),
    }),
    (state, data) => {
      const { bodyId, name, type, establishedOn, parentBodyId, establishedBy, secretariatId, councilId } = data;
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
    },
  ),
  /** A registered organisation became a member (partner) of a body. */
  MemberAdmitted: on(
    z.object({
      bodyId,
      organisationId,
      admittedOn: IsoDate.describe('The date membership began'),
    }),
    (state, { organisationId, admittedOn }) => ({
      ...state,
      members: [...state.members, organisationId],
      memberships: [...state.memberships, { organisationId, admittedOn }],
    }),
  ),
  /** A member organisation left a body; its representatives' appointments end that day. */
  MemberWithdrawn: on(
    z.object({
      bodyId,
      organisationId,
      withdrawnOn: IsoDate.describe('The date membership ended'),
      reason: humanText(500).optional().describe('Why the organisation left'),
    }),
    (state, data) => withdraw(state, data.organisationId, data.withdrawnOn),
  ),
  /** A person was appointed to represent a member organisation on a body. */
  RepresentativeAppointed: on(
    z.object({
      bodyId,
      organisationId: organisationId.describe('The member organisation the person represents'),
      person: PersonName,
      role: RepresentativeRole,
      from: IsoDate.describe('The first day of the appointment'),
      to: IsoDate.optional().describe('The last day of the appointment, if known'),
    }),
    (state, { organisationId, person, role, from, to }) => ({
      ...state,
      representatives: [...state.representatives, { organisationId, person, role, from, ...(to ? { to } : {}) }],
    }),
  ),
  /** A body adopted a version of its terms of reference, which replaces the earlier one. */
  TermsOfReferenceAdopted: on(
    z.object({
      bodyId,
      version: humanText(60).describe('How the terms name themselves, e.g. updated July 2011'),
      adoptedOn: IsoDate.describe('The date the body adopted these terms'),
      missedMeetingsLimit: z
        .number()
        .int()
        .positive()
        .optional()
        .describe(
          'After this many meetings missed in a row the organisation is asked for a new representative ' +
            '(3 in the 2010 recommendations)',
        ),
      noticeDays: z
        .number()
        .int()
        .nonnegative()
        .optional()
        .describe('Days before a meeting that agenda and papers are published (7 in the 2011 terms)'),
      document: humanText(500).optional().describe('Where the terms are published'),
    }),
    (state, { version, adoptedOn, missedMeetingsLimit, noticeDays, document }) => {
      const terms = { version, adoptedOn, missedMeetingsLimit, noticeDays, document };
      return { ...state, termsOfReference: terms, termsVersions: [...state.termsVersions, version] };
    },
  ),
} as const satisfies EventTable<BodyState>;

/** Event type -> schema of its data. */
export const bodyEventSchemas = schemasOf(bodyEvents);

/** How a body's state takes each of its events, dispatched through the table. */
export const evolveBody = evolverOf<BodyState, typeof bodyEvents>(bodyEvents);
