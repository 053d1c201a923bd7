/** Every way the directory's rules can say no, with the sentence a clerk reads. */
import { rejectionsFrom } from '../shared/decider.js';
import type { CitationRejectionCode } from '../shared/rejections.js';

export const directoryMessages = {
  ORGANISATION_ALREADY_REGISTERED: (id: string) =>
    `The organisation ${id} is already in the directory; an id is registered once and never reused.`,
  ORGANISATION_NAME_UNCHANGED: (name: string) => `The organisation is already called ${name}; nothing to rename.`,
  SUCCESSOR_IS_ITSELF: (id: string) => `The organisation ${id} cannot be its own successor.`,
  BODY_ALREADY_ESTABLISHED: (id: string) => `The body ${id} is already established; an id is used once.`,
  PARENT_IS_ITSELF: (id: string) => `The body ${id} cannot report to itself; name the board that set it up as parent.`,
  MEMBER_ALREADY_ADMITTED: (organisationId: string, bodyId: string) =>
    `${organisationId} is already a member of ${bodyId}.`,
  NOT_A_MEMBER: (organisationId: string, bodyId: string) =>
    `${organisationId} is not a member of ${bodyId}; admit it as a member first.`,
  DATE_BEFORE_ESTABLISHMENT: (date: string, bodyId: string, establishedOn: string) =>
    `${date} is before ${bodyId} was established on ${establishedOn}; check the date.`,
  DATE_RANGE_INVALID: (from: string, to: string) =>
    `The end date ${to} is before the start date ${from}; check the dates.`,
  REPRESENTATIVE_ALREADY_APPOINTED: (person: string, role: string) =>
    `${person} already holds an overlapping appointment as ${role} for this organisation.`,
  TERMS_VERSION_ALREADY_ADOPTED: (version: string) =>
    `Terms of reference "${version}" were already adopted; give a new version a new name.`,
  TERMS_OLDER_THAN_CURRENT: (adoptedOn: string, currentOn: string) =>
    `The terms in force were adopted on ${currentOn}; terms adopted on ${adoptedOn} cannot replace them.`,
  PERSON_ALREADY_REGISTERED: (id: string) =>
    `The person ${id} is already in the directory; an id is registered once. Give another person another id.`,
  ALIAS_REPEATS_NAME: (alias: string, name: string) =>
    `${alias} is the same name as ${name} or another alias once case and titles are set aside; list each other form once.`,
} as const;

export type DirectoryRejectionCode = keyof typeof directoryMessages | CitationRejectionCode;

export const directoryRejection = rejectionsFrom(directoryMessages);
