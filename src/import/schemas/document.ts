/**
 * Chooses a document's schema by its `kind` and validates it, turning every zod issue into a
 * clerk's message with the document, the line and the field.
 */
import type { z } from 'zod';
import { clerkErrors, issuePath, pathText, type DocumentLabel, type ImportIssue } from '../issues.js';
import type { YamlDocument } from '../yaml-file.js';
import { BodyDocument, FundFields, OrganisationDocument, PersonDocument } from './directory.js';
import { MeetingDocument } from './meeting.js';

const schemas = {
  Organisation: OrganisationDocument,
  Person: PersonDocument,
  Body: BodyDocument,
  Fund: FundFields,
  Meeting: MeetingDocument,
} as const;

type DocumentKind = keyof typeof schemas;
const documentKinds = Object.keys(schemas) as DocumentKind[];

export type MinutesDocument =
  | { readonly kind: 'Organisation'; readonly fields: z.infer<typeof OrganisationDocument> }
  | { readonly kind: 'Person'; readonly fields: z.infer<typeof PersonDocument> }
  | { readonly kind: 'Body'; readonly fields: z.infer<typeof BodyDocument> }
  | { readonly kind: 'Fund'; readonly fields: z.infer<typeof FundFields> }
  | { readonly kind: 'Meeting'; readonly fields: z.infer<typeof MeetingDocument> };

/** A valid document with where it came from, so later checks can still name its line. */
export interface LocatedDocument {
  readonly file: string;
  readonly label: DocumentLabel;
  readonly source: YamlDocument;
  readonly document: MinutesDocument;
}

function isKind(kind: unknown): kind is DocumentKind {
  return typeof kind === 'string' && Object.hasOwn(schemas, kind);
}

export function validateDocument(file: string, source: YamlDocument): LocatedDocument | ImportIssue[] {
  const value = source.value;
  const fail = (path: Array<string | number>, message: string, label: DocumentLabel = { index: source.index }) => [
    { file, document: label, line: source.lineOf(path), ...(path.length > 0 ? { path: pathText(path) } : {}), message },
  ];
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return fail([], `a document is a block of fields starting with kind (one of ${documentKinds.join(', ')})`);
  }
  const { kind, ...fields } = value as Record<string, unknown>;
  const id = typeof fields.id === 'string' ? fields.id : undefined;
  const label: DocumentLabel = {
    index: source.index,
    ...(typeof kind === 'string' ? { kind } : {}),
    ...(id ? { id } : {}),
  };
  if (kind === undefined)
    return fail(['kind'], `this field is required but missing; use one of ${documentKinds.join(', ')}`, label);
  if (!isKind(kind))
    return fail(['kind'], `unknown kind ${JSON.stringify(kind)}: use one of ${documentKinds.join(', ')}`, label);
  const parsed = schemas[kind].safeParse(fields, { error: clerkErrors });
  if (!parsed.success) {
    return parsed.error.issues.map((issue) => {
      const path = issuePath(issue);
      return { file, document: label, line: source.lineOf(path), path: pathText(path), message: issue.message };
    });
  }
  return { file, label, source, document: { kind, fields: parsed.data } as MinutesDocument };
}
