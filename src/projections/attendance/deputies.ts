/**
 * A substitute who is their organisation's nominated deputy on the body: the terms of reference ask
 * a member who cannot attend "to send the nominated deputy" (2011), and the directory records who
 * that is (a representative with role deputy). The directory's people match the names, so a deputy
 * appointed as "Cllr Dave Norman" is found in minutes that write "Dave Norman".
 */
import type { PeopleDirectory } from '../people/directory.js';
import type { Appointment } from '../people/load.js';

export interface DeputyQuestion {
  readonly bodyId: string;
  readonly date: string;
  readonly person: string;
  readonly organisationId: string | null;
  readonly substituteFor: string | null;
}

export type IsNominatedDeputy = (question: DeputyQuestion) => boolean;

export function nominatedDeputies(representatives: readonly Appointment[], people: PeopleDirectory): IsNominatedDeputy {
  const deputies = representatives.filter((r) => r.role === 'deputy');
  return ({ bodyId, date, person, organisationId, substituteFor }) =>
    substituteFor !== null &&
    organisationId !== null &&
    deputies.some(
      (d) =>
        d.bodyId === bodyId &&
        d.organisationId === organisationId &&
        d.from <= date &&
        (d.to === null || date <= d.to) &&
        people.same(d.person, person),
    );
}
