/**
 * How many of a thing one command may carry. Each bound is far above any real board (Leadership
 * Gloucestershire has ten partners and about twenty people at a meeting), and keeps one request
 * from carrying a list that would take the ledger minutes to check and store.
 */
export const MAX_ACTION_OWNERS = 50;
export const MAX_PEOPLE_AT_A_MEETING = 500;
export const MAX_PRESENTERS = 50;
export const MAX_ORGANISATIONS_ASKED = 500;
export const MAX_OPTIONS = 50;

/** The message for a list over its bound. */
export const tooMany = (what: string, bound: number) =>
  `list at most ${bound} ${what}; no board needs more in one command`;
