/**
 * The piece of a file the importer treats as one whole: a YAML document or a receipts CSV row.
 * A unit plans its commands once the kinds of bare recipient ids are known; whether the ids it
 * names exist is for the deciders to say, and `leavesUnder` lets their answer point at the field.
 */
import { docKeyOf } from './command-ids.js';
import { describeDocument, type DocumentLabel } from './issues.js';
import { planBody, planFund, planOrganisation, planPerson } from './plan/directory.js';
import type { RecipientKind } from './plan/item.js';
import { planMeeting } from './plan/meeting.js';
import type { PlannedCommand } from './plan/planned.js';
import type { LocatedDocument } from './schemas/document.js';
import type { FieldPath, YamlLeaf } from './yaml-file.js';

export interface ImportUnit {
  readonly file: string;
  readonly label: DocumentLabel;
  /** How messages name the unit: "document 2 (Meeting lg-2016-10-27)", "line 5 (receipt GCC-DEV-001)". */
  readonly name: string;
  readonly docKey: string;
  lineOf(fieldPath: FieldPath): number;
  /** The values written under a field, with their lines: a refusal names the one it is about. */
  leavesUnder(fieldPath: FieldPath): readonly YamlLeaf[];
  plan(recipientKind: RecipientKind): PlannedCommand[];
}

export function unitOfDocument(located: LocatedDocument): ImportUnit {
  const { document } = located;
  const docKey = docKeyOf(document.kind, document.fields.id);
  return {
    file: located.file,
    label: located.label,
    name: describeDocument(located.label),
    docKey,
    lineOf: (path) => located.source.lineOf(path),
    leavesUnder: (path) => located.source.leavesUnder(path),
    plan: (recipientKind) => {
      switch (document.kind) {
        case 'Organisation':
          return planOrganisation(document.fields, docKey);
        case 'Person':
          return planPerson(document.fields, docKey);
        case 'Body':
          return planBody(document.fields, docKey);
        case 'Fund':
          return planFund(document.fields, docKey);
        case 'Meeting':
          return planMeeting(document.fields, docKey, recipientKind);
      }
    },
  };
}
