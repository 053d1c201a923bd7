/**
 * Deterministic command ids: `import:<kind>/<id>:<path>#<hash>`, where the hash is a short digest of
 * the command's type and data. Re-importing the same document gives the same ids, so the command
 * runner recognises every command and appends nothing; a changed command gets a new hash at the
 * same path, which is how a changed version of an imported meeting is recognised.
 */
import { createHash } from 'node:crypto';
import { canonicalJson } from '../store/envelope.js';

const PREFIX = 'import:';
const SHAPE = /^import:([^:]+):([^#]+)#([0-9a-f]+)$/;

export interface ImportCommandId {
  readonly docKey: string;
  readonly path: string;
  readonly hash: string;
}

export function commandHash(type: string, data: unknown): string {
  return createHash('sha256').update(canonicalJson({ type, data })).digest('hex').slice(0, 12);
}

export function commandIdOf({ docKey, path, hash }: ImportCommandId): string {
  return `${PREFIX}${docKey}:${path}#${hash}`;
}

export function parseCommandId(commandId: string): ImportCommandId | undefined {
  if (!commandId.startsWith(PREFIX)) return undefined;
  const match = SHAPE.exec(commandId);
  if (!match) return undefined;
  const [, docKey = '', path = '', hash = ''] = match;
  return { docKey, path, hash };
}

/** A document's key: its kind and id, with anything that would confuse the id's parser escaped. */
export function docKeyOf(kind: string, id: string): string {
  return `${kind}/${encodeURIComponent(id)}`;
}
