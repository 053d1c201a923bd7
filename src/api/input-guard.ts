/**
 * Characters no query or path parameter of the ledger can mean: control characters (NUL above all,
 * which SQLite's full-text search cannot take), bidirectional overrides and lone surrogates. Each
 * is refused with a 400 naming the parameter, before any route sees it.
 */
import type { FastifyInstance } from 'fastify';
import { unsafeCharacters } from '../domain/shared/human-text.js';
import { sendProblem } from './error-handler.js';
import { problem } from './problem.js';

interface FieldError {
  readonly path: string;
  readonly message: string;
}

/** Every string in a parsed query or params object (values may be arrays when a key repeats). */
function unsafeFields(values: unknown, where: 'query' | 'path'): FieldError[] {
  if (values === null || typeof values !== 'object') return [];
  const errors: FieldError[] = [];
  for (const [name, value] of Object.entries(values)) {
    for (const text of Array.isArray(value) ? value : [value]) {
      const message = typeof text === 'string' ? (unsafeCharacters(name) ?? unsafeCharacters(text)) : undefined;
      if (message) errors.push({ path: name, message: `the ${where} parameter ${JSON.stringify(name)} ${message}` });
    }
  }
  return errors;
}

export function registerInputGuard(app: FastifyInstance): void {
  app.addHook('preValidation', async (request, reply) => {
    const errors = [...unsafeFields(request.params, 'path'), ...unsafeFields(request.query, 'query')];
    if (errors.length === 0) return;
    return sendProblem(
      reply,
      problem(
        'INVALID_INPUT',
        `The request has ${errors.length} problem${errors.length === 1 ? '' : 's'}: ` +
          errors.map((e) => e.message).join('; '),
        { errors },
      ),
    );
  });
}
