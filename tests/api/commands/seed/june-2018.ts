/**
 * Ids from fixtures/03-lg-2018-06-14.yaml (the minutes of 14 June 2018, seeds/004) and the
 * directory's One Public Estate award that the command tests name; the meeting is recorded from the
 * fixture (./minutes.ts).
 */
export const JUN_2018 = 'lg-2018-06-14';
export const DEC_2018 = 'lg-2018-12-06';
export const VISION_ACTION = 'lg-2018-06-14-3a-1';
/** Item 4's actions are lettered a) to d) in the minutes: `lg-2018-06-14-4-a` and so on. */
export const ACE_ACTION = 'lg-2018-06-14-4';
export const SOCIAL_MOBILITY = 'lg-2018-06-14-item-7';
export const ONE_PUBLIC_ESTATE = 'one-public-estate';
