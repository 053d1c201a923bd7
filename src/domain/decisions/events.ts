export type DecisionsEvent = never;
