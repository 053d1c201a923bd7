/**
 * Idempotency keys, claimed by the store in the same write as the events. A command's key (its
 * commandId) stands for one command: one stream, one command type and content, one actor. Checking
 * that before the append (the runner's lookup) leaves a window in which ten requests with one key
 * to ten entities all pass; the claim closes it: the first append to claim the key wins, and any
 * other append carrying the key for something else fails with IdempotencyKeyReusedError, writing nothing.
 */
import type { NewEvent } from './envelope.js';

/** What a key was first used for. */
export interface CommandKeyClaim {
  readonly commandId: string;
  readonly streamId: string;
  readonly commandType: string;
  /** Absent on events recorded before commands were fingerprinted. */
  readonly commandHash: string | undefined;
  readonly actorId: string;
}

/**
 * Thrown by an append whose key already stands for another command; a stable code and a type guard, as adapter failures
 * have.
 */
export class IdempotencyKeyReusedError extends Error {
  readonly code = 'IDEMPOTENCY_KEY_REUSED';

  constructor(
    readonly claim: CommandKeyClaim,
    /** In words, what the key was used for first, without naming who used it. */
    readonly usedFor: string,
  ) {
    super(`Idempotency key ${claim.commandId} was already used for ${usedFor}`);
    this.name = 'IdempotencyKeyReusedError';
  }
}

export function isIdempotencyKeyReused(error: unknown): error is IdempotencyKeyReusedError {
  return error instanceof IdempotencyKeyReusedError;
}

/** The claims an append makes: one per distinct commandId among its events (one command, one claim). */
export function claimsOf(streamId: string, events: readonly NewEvent[]): CommandKeyClaim[] {
  const claims = new Map<string, CommandKeyClaim>();
  for (const { metadata } of events) {
    if (claims.has(metadata.commandId)) continue;
    claims.set(metadata.commandId, {
      commandId: metadata.commandId,
      streamId,
      commandType: metadata.commandType,
      commandHash: metadata.commandHash,
      actorId: metadata.actor.id,
    });
  }
  return [...claims.values()];
}

/** Undefined when `claim` is the command `held` stands for; otherwise what the key was used for, in words. */
export function reuseOf(held: CommandKeyClaim, claim: CommandKeyClaim): string | undefined {
  if (held.streamId !== claim.streamId) return `a command on ${held.streamId}`;
  if (held.actorId !== claim.actorId) return 'a command recorded by another token';
  if (held.commandType !== claim.commandType) return `a ${held.commandType} command`;
  if (held.commandHash !== undefined && held.commandHash !== claim.commandHash)
    return `a ${held.commandType} command with different details`;
  return undefined;
}

/** Throws when `claim` reuses the key `held` stands for. */
export function checkClaim(held: CommandKeyClaim | undefined, claim: CommandKeyClaim): void {
  if (!held) return;
  const usedFor = reuseOf(held, claim);
  if (usedFor !== undefined) throw new IdempotencyKeyReusedError(held, usedFor);
}
