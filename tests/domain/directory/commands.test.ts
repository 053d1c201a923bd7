import { describe, expect, it } from 'vitest';
import { directory } from '../../../src/domain/directory/index.js';
import { undescribedFields } from '../shared/given.js';

const definitions = Object.entries(directory.commands);

describe('directory command definitions', () => {
  it('define every command the deciders handle, and no other', () => {
    const handled = directory.deciders.flatMap((decider) => decider.commandTypes);
    expect(Object.keys(directory.commands).sort()).toEqual([...handled].sort());
  });

  it.each(definitions)('%s: the example is valid', (_type, definition) => {
    expect(definition.schema.safeParse(definition.example).error).toBeUndefined();
  });

  it('describe every field, for the OpenAPI document', () => {
    expect(undescribedFields(directory)).toEqual([]);
  });

  it.each([
    [
      'RegisterOrganisation',
      { organisationId: 'Stroud DC', name: 'Stroud District Council', type: 'district-council' },
      'organisationId',
    ],
    [
      'RegisterOrganisation',
      { organisationId: 'stroud-district-council', name: 'Stroud District Council', type: 'parish-council' },
      'type',
    ],
    ['DissolveOrganisation', { organisationId: 'nhs-gloucestershire-ccg', dissolvedOn: '2022-06-31' }, 'dissolvedOn'],
    [
      'AdmitMember',
      { bodyId: 'leadership-gloucestershire', organisationId: 'stroud-district-council', admittedOn: '27/10/2016' },
      'admittedOn',
    ],
    [
      'AppointRepresentative',
      {
        bodyId: 'leadership-gloucestershire',
        organisationId: 'stroud-district-council',
        person: 'Cllr Steve Lydon',
        role: 'leader',
        from: '2016-05-01',
      },
      'role',
    ],
    [
      'AdoptTermsOfReference',
      { bodyId: 'leadership-gloucestershire', version: 'July 2011', adoptedOn: '2011-07-01', missedMeetingsLimit: 0 },
      'missedMeetingsLimit',
    ],
  ])('%s refuses malformed input at %s', (type, data, field) => {
    const result = directory.commands[type]!.schema.safeParse(data);
    expect(result.error?.issues.map((issue) => issue.path.join('.'))).toEqual([field]);
  });
});
