import { describe, expect, it } from 'vitest';
import type { OrganisationCommand } from '../../../src/domain/directory/commands.js';
import type { OrganisationEvent } from '../../../src/domain/directory/events.js';
import { organisationDecider } from '../../../src/domain/directory/index.js';
import { organisationActiveOn } from '../../../src/domain/directory/state.js';
import { decideAfter, stateOf, type Outcome } from '../shared/given.js';
import {
  GCC,
  PCC,
  POLICE_AUTHORITY,
  STROUD,
  organisationWorld,
  partners,
  policeAuthorityDissolved,
  registration,
} from './fixtures.js';

type Row = [string, OrganisationEvent[], OrganisationCommand, Record<string, unknown>, Outcome<OrganisationEvent>];

const gcc = partners[0]!;
const renamePcc: OrganisationCommand = {
  type: 'RenameOrganisation',
  data: { organisationId: PCC, name: 'Police and Crime Commissioner (OPCC)', renamedOn: '2018-06-14' },
};
const dissolveAuthority = (successorId?: string): OrganisationCommand => ({
  type: 'DissolveOrganisation',
  data: { organisationId: POLICE_AUTHORITY, dissolvedOn: '2012-11-22', ...(successorId ? { successorId } : {}) },
});
const pccWorld = organisationWorld([registration(PCC)]);

const rows: Row[] = [
  [
    'registers the county council with its org-id',
    [],
    { type: 'RegisterOrganisation', data: gcc },
    {},
    { events: [{ type: 'OrganisationRegistered', data: gcc }] },
  ],
  [
    'refuses a second registration',
    [registration(GCC)],
    { type: 'RegisterOrganisation', data: gcc },
    {},
    { rejected: 'ORGANISATION_ALREADY_REGISTERED' },
  ],
  [
    "never reuses a dissolved organisation's id",
    [registration(POLICE_AUTHORITY), policeAuthorityDissolved],
    {
      type: 'RegisterOrganisation',
      data: { organisationId: POLICE_AUTHORITY, name: 'Gloucestershire Police Authority', type: 'police' },
    },
    {},
    { rejected: 'ORGANISATION_ALREADY_REGISTERED' },
  ],
  [
    'renames, keeping the previous name',
    [registration(PCC)],
    renamePcc,
    {},
    {
      events: [
        {
          type: 'OrganisationRenamed',
          data: { ...renamePcc.data, previousName: 'Office of the Police and Crime Commissioner' },
        },
      ],
    },
  ],
  ['cannot rename an unknown organisation', [], renamePcc, {}, { rejected: 'ORGANISATION_NOT_REGISTERED' }],
  [
    'cannot rename to the same name',
    [registration(STROUD)],
    {
      type: 'RenameOrganisation',
      data: { organisationId: STROUD, name: 'Stroud District Council', renamedOn: '2018-06-14' },
    },
    {},
    { rejected: 'ORGANISATION_NAME_UNCHANGED' },
  ],
  [
    'cannot rename a dissolved organisation',
    [registration(POLICE_AUTHORITY), policeAuthorityDissolved],
    {
      type: 'RenameOrganisation',
      data: { organisationId: POLICE_AUTHORITY, name: 'Police Authority', renamedOn: '2013-01-01' },
    },
    {},
    { rejected: 'ORGANISATION_DISSOLVED' },
  ],
  [
    'dissolves the police authority into the PCC',
    [registration(POLICE_AUTHORITY)],
    dissolveAuthority(PCC),
    pccWorld,
    { events: [policeAuthorityDissolved] },
  ],
  [
    'dissolves without a successor',
    [registration(POLICE_AUTHORITY)],
    dissolveAuthority(),
    {},
    {
      events: [
        { type: 'OrganisationDissolved', data: { organisationId: POLICE_AUTHORITY, dissolvedOn: '2012-11-22' } },
      ],
    },
  ],
  ['cannot dissolve an unknown organisation', [], dissolveAuthority(), {}, { rejected: 'ORGANISATION_NOT_REGISTERED' }],
  [
    'cannot dissolve twice',
    [registration(POLICE_AUTHORITY), policeAuthorityDissolved],
    dissolveAuthority(),
    {},
    { rejected: 'ORGANISATION_DISSOLVED' },
  ],
  [
    'the successor must be registered',
    [registration(POLICE_AUTHORITY)],
    dissolveAuthority(PCC),
    {},
    { rejected: 'ORGANISATION_NOT_REGISTERED' },
  ],
  [
    'the successor cannot be the organisation itself',
    [registration(POLICE_AUTHORITY)],
    dissolveAuthority(POLICE_AUTHORITY),
    {},
    { rejected: 'SUCCESSOR_IS_ITSELF' },
  ],
  [
    'the successor must outlive it',
    [registration(POLICE_AUTHORITY)],
    dissolveAuthority(PCC),
    organisationWorld([
      registration(PCC),
      { type: 'OrganisationDissolved', data: { organisationId: PCC, dissolvedOn: '2012-01-01' } },
    ]),
    { rejected: 'ORGANISATION_DISSOLVED' },
  ],
];

describe('organisation decider', () => {
  it.each(rows)('%s', (_name, history, command, world, expected) => {
    expect(decideAfter(organisationDecider, history, command, world)).toEqual(expected);
  });

  it("names the successor's stream as related, and nothing else", () => {
    expect(organisationDecider.related?.(dissolveAuthority(PCC), organisationDecider.initialState)).toEqual([
      'organisation-office-of-the-pcc',
    ]);
    expect(organisationDecider.related?.(renamePcc, organisationDecider.initialState)).toEqual([]);
  });
});

describe('organisation state', () => {
  const history: OrganisationEvent[] = [
    registration(POLICE_AUTHORITY),
    {
      type: 'OrganisationRenamed',
      data: {
        organisationId: POLICE_AUTHORITY,
        name: 'Police Authority for Gloucestershire',
        previousName: 'Gloucestershire Police Authority',
        renamedOn: '2011-04-01',
      },
    },
    policeAuthorityDissolved,
  ];
  const state = stateOf(organisationDecider, history);

  it('keeps name, type, former names, dissolution and successor', () => {
    expect(state).toEqual({
      status: 'dissolved',
      id: POLICE_AUTHORITY,
      name: 'Police Authority for Gloucestershire',
      type: 'police',
      formerNames: [{ name: 'Gloucestershire Police Authority', until: '2011-04-01' }],
      dissolvedOn: '2012-11-22',
      successorId: PCC,
    });
  });

  it.each([
    ['2011-07-01', true],
    ['2012-11-21', true],
    ['2012-11-22', false],
    ['2016-10-27', false],
  ])('a dissolved organisation counts as existing on %s: %s', (date, expected) => {
    expect(organisationActiveOn(state, date)).toBe(expected);
  });

  it('an unregistered organisation exists on no date', () => {
    expect(organisationActiveOn(undefined, '2016-10-27')).toBe(false);
    expect(organisationActiveOn(organisationDecider.initialState, '2016-10-27')).toBe(false);
  });
});
