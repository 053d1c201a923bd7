/**
 * The directory (fixtures/01-directory.yaml) against the terms of reference in the Leadership Gloucestershire
 * Annual Report 2011/12 (seed 000): its core members, chair, principal advisers, secretariat and notice for
 * papers, checked sentence by sentence against what the ledger's directory and attendance views show.
 */
import { expect } from 'vitest';
import { describeFacts, type Fact, type ImportedEvents } from './minutes-facts.js';

const BODY = 'leadership-gloucestershire';

const members = (events: ImportedEvents) =>
  events.directory().memberships.filter((membership) => membership.bodyId === BODY);
const memberOf = (events: ImportedEvents, organisationId: string) =>
  members(events).find((membership) => membership.organisationId === organisationId);
const representatives = (events: ImportedEvents, role: string) =>
  events
    .directory()
    .representatives.filter((representative) => representative.bodyId === BODY && representative.role === role)
    .map((representative) => [representative.person, representative.organisationId]);

/** "Leader, Cheltenham Borough Council": the council is a member from the terms' adoption, and still is. */
const leader = (organisation: string, organisationId: string): Fact => ({
  minutes: `- Leader, ${organisation}`,
  check: (events) =>
    expect(memberOf(events, organisationId)).toMatchObject({ admittedOn: '2011-07-01', withdrawnOn: null }),
});

const facts: Fact[] = [
  leader('Cheltenham Borough Council', 'cheltenham-borough-council'),
  leader('Cotswold District Council', 'cotswold-district-council'),
  leader('Forest of Dean District Council', 'forest-of-dean-district-council'),
  leader('Gloucester City Council', 'gloucester-city-council'),
  leader('Gloucestershire County Council', 'gloucestershire-county-council'),
  leader('Stroud District Council', 'stroud-district-council'),
  leader('Tewkesbury Borough Council', 'tewkesbury-borough-council'),
  {
    minutes: '- Chair, Gloucestershire Police Authority',
    // The Police and Crime Commissioner took the police authority's place (the national handover date).
    check: (events) => {
      expect(memberOf(events, 'gloucestershire-police-authority')).toMatchObject({ withdrawnOn: '2012-11-22' });
      expect(memberOf(events, 'office-of-the-pcc')).toMatchObject({ admittedOn: '2012-11-22', withdrawnOn: null });
    },
  },
  {
    minutes: '- Chief Executive, NHS Gloucestershire',
    // NHS Gloucestershire (the primary care trust) gave way to the clinical commissioning group in 2013.
    check: (events) => {
      expect(memberOf(events, 'nhs-gloucestershire')).toMatchObject({ withdrawnOn: '2013-04-01' });
      expect(memberOf(events, 'nhs-gloucestershire-ccg')).toMatchObject({ admittedOn: '2013-04-01' });
    },
  },
  {
    minutes: 'LG is chaired by the Leader of Gloucestershire County Council.',
    check: (events) =>
      expect(representatives(events, 'chair')).toEqual([['Cllr Mark Hawthorne', 'gloucestershire-county-council']]),
  },
  {
    minutes:
      "The County Council Chief Executive and a District Council Chief Executive will be LG's principal advisers " +
      "and will play a full role in meetings. Tewkesbury Borough Council's Chief Executive will take up the " +
      'nomination in the first instance.',
    check: (events) =>
      expect(representatives(events, 'adviser')).toEqual([
        ['County Council Chief Executive', 'gloucestershire-county-council'],
        ["Tewkesbury Borough Council's Chief Executive", 'tewkesbury-borough-council'],
      ]),
  },
  {
    minutes: 'Agendas and papers will be published 7 days in advance of the meeting.',
    check: (events) => expect(events.meeting('lg-2016-10-27').noticeDays).toBe(7),
  },
  {
    minutes: 'Gloucestershire County Council will provide the secretariat for the Board.',
    check: (events) =>
      expect(events.ofType('BodyEstablished', `body-${BODY}`)).toEqual([
        expect.objectContaining({ secretariatId: 'gloucestershire-county-council' }),
      ]),
  },
  {
    minutes: 'Cllr. Mark Hawthorne, Leader Gloucestershire County Council and Chair of Leadership Gloucestershire.',
    check: (events) =>
      expect(events.meeting('lg-2016-10-27').present).toContainEqual(
        expect.objectContaining({
          person: 'Cllr Mark Hawthorne',
          organisationId: 'gloucestershire-county-council',
          chair: true,
        }),
      ),
  },
];

describeFacts('annual-report-2011-12', facts);
