/** The one error body of every route: RFC 9457 problem+json with a stable `code`. */
import { z } from 'zod';
import { errorTable, type ErrorKind } from '../error-table.js';

export const PROBLEM_CONTENT_TYPE = 'application/problem+json; charset=utf-8';

export const FieldError = z.object({
  path: z.string().describe('The field at fault, dotted (e.g. `owners.0.name`); empty for the whole body'),
  message: z.string().describe('What is wrong with it and how to fix it'),
});

export const Problem = z
  .object({
    type: z.string().describe('A URI naming the kind of problem'),
    title: z.string().describe('A short summary of the kind of problem'),
    status: z.number().int().describe('The HTTP status'),
    code: z.string().describe('Stable machine-readable code: an error kind, or the rule that rejected the command'),
    detail: z.string().describe('What happened and how to put it right'),
    errors: z.array(FieldError).optional().describe('For 400: every field at fault'),
    currentRevision: z.string().optional().describe("For 412: the entity's current revision, for a fresh If-Match"),
    requestId: z.string().optional().describe('Quote this when reporting a problem'),
  })
  .describe('An error (application/problem+json)');
export type Problem = z.infer<typeof Problem>;
// Named in the OpenAPI document's components, so each route refers to it instead of repeating it.
z.globalRegistry.add(Problem, { id: 'Problem' });

export function problem(kind: ErrorKind, detail: string, extra: Partial<Problem> = {}): Problem {
  const entry = errorTable[kind];
  return {
    type: `/problems/${kind.toLowerCase().replace(/_/g, '-')}`,
    title: entry.title,
    status: entry.status,
    code: kind,
    detail,
    ...extra,
  };
}

/** The problem responses a route documents, for its OpenAPI `response` map. */
export function problemResponses(...statuses: number[]): Record<number, typeof Problem> {
  return Object.fromEntries(statuses.map((status) => [status, Problem]));
}
