/** Every way the directory's rules can say no, with the sentence a clerk reads. */
import { reject, type Rejection } from '../shared/decider.js';

export const directoryRejections = {
  organisationAlreadyRegistered: (id: string): Rejection =>
    reject('ORGANISATION_ALREADY_REGISTERED', `The organisation ${id} is already in the directory; an id is registered once and never reused.`),
  organisationNotRegistered: (id: string): Rejection =>
    reject('ORGANISATION_NOT_REGISTERED', `There is no organisation ${id} in the directory; register it first.`),
  organisationDissolved: (id: string, on: string): Rejection =>
    reject('ORGANISATION_DISSOLVED', `The organisation ${id} was dissolved on ${on}; record this against its successor instead.`),
  nameUnchanged: (name: string): Rejection =>
    reject('ORGANISATION_NAME_UNCHANGED', `The organisation is already called ${name}; nothing to rename.`),
  successorIsItself: (id: string): Rejection =>
    reject('SUCCESSOR_IS_ITSELF', `The organisation ${id} cannot be its own successor.`),
  bodyAlreadyEstablished: (id: string): Rejection =>
    reject('BODY_ALREADY_ESTABLISHED', `The body ${id} is already established; an id is used once.`),
  bodyNotEstablished: (id: string): Rejection =>
    reject('BODY_NOT_ESTABLISHED', `There is no body ${id} in the directory; establish it first.`),
  parentIsItself: (id: string): Rejection =>
    reject('PARENT_IS_ITSELF', `The body ${id} cannot report to itself; name the board that set it up as parent.`),
  memberAlreadyAdmitted: (organisationId: string, bodyId: string): Rejection =>
    reject('MEMBER_ALREADY_ADMITTED', `${organisationId} is already a member of ${bodyId}.`),
  notAMember: (organisationId: string, bodyId: string): Rejection =>
    reject('NOT_A_MEMBER', `${organisationId} is not a member of ${bodyId}; admit it as a member first.`),
  beforeEstablishment: (date: string, bodyId: string, establishedOn: string): Rejection =>
    reject('DATE_BEFORE_ESTABLISHMENT', `${date} is before ${bodyId} was established on ${establishedOn}; check the date.`),
  dateRangeInvalid: (from: string, to: string): Rejection =>
    reject('DATE_RANGE_INVALID', `The end date ${to} is before the start date ${from}; check the dates.`),
  representativeAlreadyAppointed: (person: string, role: string): Rejection =>
    reject('REPRESENTATIVE_ALREADY_APPOINTED', `${person} already holds an overlapping appointment as ${role} for this organisation.`),
  termsVersionAlreadyAdopted: (version: string): Rejection =>
    reject('TERMS_VERSION_ALREADY_ADOPTED', `Terms of reference "${version}" were already adopted; give a new version a new name.`),
  termsOlderThanCurrent: (adoptedOn: string, currentOn: string): Rejection =>
    reject('TERMS_OLDER_THAN_CURRENT', `The terms in force were adopted on ${currentOn}; terms adopted on ${adoptedOn} cannot replace them.`),
};
