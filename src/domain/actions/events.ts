export type ActionsEvent = never;
