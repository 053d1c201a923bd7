export type FundingEvent = never;
