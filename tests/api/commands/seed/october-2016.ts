/**
 * Ids from fixtures/02-lg-2016-10-27.yaml (the minutes of 27 October 2016, seeds/003) that the
 * command tests name; the meeting itself is recorded from the fixture (./minutes.ts).
 */
export const SEP_2016 = 'lg-2016-09-08';
export const OCT_2016 = 'lg-2016-10-27';
export const DEC_2016 = 'lg-2016-12-15';
export const ITEM_3 = 'lg-2016-10-27-item-3';
export const ITEM_5 = 'lg-2016-10-27-item-5';
export const CSP_ACTION = 'lg-2016-10-27-3-1';
export const OFFICER_GROUP_ACTION = 'lg-2016-10-27-5-1';

/**
 * Stroud's position on option 3 as the fixture records it, from the minutes' "Cllr Steve Lydon had
 * concerns around the evidence base used in developing the new arrangements. He had particular
 * concerns around youth justice, homelessness and care leavers. ..."
 */
export const STROUD_CONCERNS =
  'Concerns around the evidence base used in developing the new arrangements, and particular ' +
  'concerns around youth justice, homelessness and care leavers; the current approach to ' +
  'community safety in Stroud was recognised as best practice and he was anxious that this ' +
  'was not lost under any new structure';
