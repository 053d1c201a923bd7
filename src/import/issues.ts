/**
 * What the clerk reads when a file cannot be imported: the file, the document (its number, kind
 * and id), the line and the field, then the sentence saying what to change. Nothing is written
 * while any issue stands.
 */
import type { z } from 'zod';
import type { FieldPath } from './yaml-file.js';

export interface DocumentLabel {
  /** 1-based position in the file; absent for CSV rows, which are named by line alone. */
  readonly index?: number;
  readonly kind?: string;
  readonly id?: string;
}

export interface ImportIssue {
  readonly file: string;
  readonly document?: DocumentLabel;
  readonly line?: number;
  readonly path?: string;
  readonly message: string;
}

export function describeDocument(document: DocumentLabel): string {
  const name = [document.kind, document.id].filter((part) => part !== undefined).join(' ');
  if (document.index === undefined) return name;
  return name ? `document ${document.index} (${name})` : `document ${document.index}`;
}

/** `file: document 2 (Meeting lg-2016-10-27), line 42, items.0.title: message` */
export function formatIssue(issue: ImportIssue): string {
  const where = [
    issue.document ? describeDocument(issue.document) : '',
    issue.line !== undefined ? `line ${issue.line}` : '',
    issue.path ?? '',
  ].filter((part) => part !== '');
  return `${issue.file}: ${where.length > 0 ? `${where.join(', ')}: ` : ''}${issue.message}`;
}

export function pathText(path: FieldPath): string {
  return path.map(String).join('.');
}

function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'an empty value';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a block of fields';
  if (typeof value === 'string') return `the text "${value}"`;
  return `the ${typeof value} ${JSON.stringify(value)}`;
}

const EXPECTED: Record<string, string> = {
  string: 'text',
  number: 'a number',
  boolean: 'true or false',
  array: 'a list',
  object: 'a block of fields',
};

/**
 * Zod's default messages are written for programmers ("expected string, received undefined"); this
 * error map rewrites the common ones for a clerk. Messages set on a schema take precedence over it.
 */
export const clerkErrors: z.core.$ZodErrorMap = (issue) => {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return 'this field is required but missing';
      return `expected ${EXPECTED[issue.expected] ?? issue.expected} here, but found ${describeValue(issue.input)}`;
    case 'invalid_value':
      return `use one of ${issue.values.map(String).join(', ')} (found ${describeValue(issue.input)})`;
    case 'invalid_union': {
      // A discriminated union names the accepted values of its discriminator (a fund's type).
      const { discriminator, options } = issue as { discriminator?: string; options?: unknown[] };
      if (!discriminator || !options) return undefined;
      const found = (issue.input as Record<string, unknown> | undefined)?.[discriminator];
      return `use one of ${options.map(String).join(', ')} (found ${describeValue(found)})`;
    }
    case 'unrecognized_keys':
      return (
        `${issue.keys.length === 1 ? 'unknown field' : 'unknown fields'} ${issue.keys.join(', ')}: ` +
        `check the spelling`
      );
    default:
      return undefined;
  }
};

/** The path of a zod issue, pointing at the unknown field itself when a block has one. */
export function issuePath(issue: z.core.$ZodIssue): FieldPath {
  const path = issue.path.filter((segment): segment is string | number => typeof segment !== 'symbol');
  if (issue.code === 'unrecognized_keys' && issue.keys[0] !== undefined) return [...path, issue.keys[0]];
  return path;
}
