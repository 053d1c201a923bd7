/**
 * The JSON body parser: Fastify's own refuses a `__proto__` key (prototype poisoning) with the same
 * "Body is not valid JSON" it gives for broken JSON, which sends a client looking for a syntax error
 * that is not there. This one says which of the two it is.
 */
import type { FastifyInstance } from 'fastify';

class BodyError extends Error {
  readonly statusCode = 400;
  constructor(
    readonly code: 'FST_ERR_CTP_INVALID_JSON_BODY' | 'FST_ERR_CTP_EMPTY_JSON_BODY',
    message: string,
  ) {
    super(message);
  }
}

interface KeyPath {
  readonly key: string;
  readonly parent: KeyPath | undefined;
}

function dotted(path: KeyPath | undefined): string {
  const keys: string[] = [];
  for (let at = path; at; at = at.parent) keys.push(at.key);
  return keys.reverse().join('.');
}

/**
 * The path of the first `__proto__` key, or `constructor.prototype`, in a parsed body. Iterative,
 * with paths spelt out only when found, since a body may nest half a million levels deep.
 */
function poisonedKey(body: unknown): string | undefined {
  const pending: Array<[unknown, KeyPath | undefined]> = [[body, undefined]];
  while (pending.length > 0) {
    const [value, parent] = pending.pop()!;
    if (value === null || typeof value !== 'object') continue;
    for (const key of Object.keys(value)) {
      const inner = (value as Record<string, unknown>)[key];
      const here = { key, parent };
      if (key === '__proto__') return dotted(here);
      if (key === 'constructor' && inner !== null && typeof inner === 'object' && Object.hasOwn(inner, 'prototype'))
        return `${dotted(here)}.prototype`;
      pending.push([inner, here]);
    }
  }
  return undefined;
}

export function registerJsonBody(app: FastifyInstance): void {
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (_request, body, done) => {
    const text = body as string;
    if (text.length === 0) {
      done(new BodyError('FST_ERR_CTP_EMPTY_JSON_BODY', 'The body is empty; send a JSON object'), undefined);
      return;
    }
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch (error) {
      done(
        new BodyError('FST_ERR_CTP_INVALID_JSON_BODY', `The body is not valid JSON: ${(error as Error).message}`),
        undefined,
      );
      return;
    }
    const key = poisonedKey(parsed);
    if (key) {
      const message =
        `The body has the key "${key}", which the ledger refuses because it could change how the ` +
        `server reads every object; no command has such a field, so remove it`;
      done(new BodyError('FST_ERR_CTP_INVALID_JSON_BODY', message), undefined);
      return;
    }
    done(null, parsed);
  });
}
