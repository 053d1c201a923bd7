/**
 * The meeting of 14 June 2018 (seeds/004) as the tests name and quote it: its ids in the ledger and
 * the minutes' own words. The meeting itself is recorded from fixtures/03-lg-2018-06-14.yaml
 * (tests/seed-scenario.ts).
 */
import * as id from '../directory/fixtures.js';

export const FEB_2018 = 'lg-2018-02-22';
export const JUN_2018 = 'lg-2018-06-14';
export const ITEM_4 = 'lg-2018-06-14-item-4';
export const ITEM_7 = 'lg-2018-06-14-item-7';
export const DISTRICT_CHIEF_EXECUTIVES = 'district-chief-executives-group';
/** The minutes letter item 4's actions a) to d); the ledger names them `lg-2018-06-14-4-a` and so on. */
export const ACE_ACTION_PREFIX = 'lg-2018-06-14-4';
/** The minutes do not letter item 4's decision; "1" is the clerk's reference for it in the fixture. */
export const ACE_RESOLUTION = '1';

/** Section 1's apologies column, row by row. */
export const apologies2018 = [
  'Cllr Tim Gwilliam',
  'Pat Pratley',
  'Martin Surl',
  'Rod Hansen',
  'Dr Andy Seymour',
  'Mary Hutton',
];

/** Item 4's actions a) to d), in the minutes' words. */
export const aceActions = {
  a: 'To make a presentation on ACE to members of the Forest of Dean DC',
  b: 'To attend a meeting of the GCC Corporate Parenting Group',
  c:
    'To engage with the early intervention partnerships in each district which already had ' +
    'multi-agency representation',
  d: 'To look for opportunities to engage directly with schools',
};

// The action line reads "ACC Julian Moss and Tanya Richards"; the attendance list and the item
// name the Public Health Consultant as Dr Tanya Richardson, so the ledger uses that name.
export const aceOwners = [
  { kind: 'person', name: 'Julian Moss', organisation: id.CONSTABULARY },
  { kind: 'person', name: 'Dr Tanya Richardson', organisation: id.GCC },
];

export const visionOwners = [
  { kind: 'person', name: 'Jane Burns', organisation: id.GCC },
  { kind: 'person', name: 'Mike Dawson', organisation: id.TEWKESBURY },
  { kind: 'person', name: 'Stephen Marston', organisation: id.UNIVERSITY },
];

/** Item 7, as printed. */
export const socialMobilityReferral =
  'it was agreed that the matter should in the first instance be referred to the District ' +
  'Chief Executive/Heads of Paid Service Group to explore the issues in more detail.';
