export type MeetingsEvent = never;
