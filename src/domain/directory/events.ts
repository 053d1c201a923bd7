export type DirectoryEvent = never;
