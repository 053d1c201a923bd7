/**
 * The start-up check: one read of $all. Access denied is a configuration error and stops the ledger
 * with what to fix; a server that does not answer (yet) does not, because a cluster may still be
 * electing a leader: the server starts, and /ready says the store is unavailable until it answers.
 */
import { ErrorType, isCommandError } from '@eventstore/db-client';
import { collect, type EsdbConnection } from './connection.js';
import { accessDenied, normalise } from './esdb-errors.js';

const PROBE_TIMEOUT_MS = 5_000;

export async function probeAccess(connection: EsdbConnection): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<'timeout'>((resolve) => {
    timer = setTimeout(() => resolve('timeout'), PROBE_TIMEOUT_MS);
  });
  try {
    await Promise.race([collect(connection.readAll({ maxCount: 1 })), timeout]);
  } catch (error) {
    const failure = normalise(error);
    if (failure instanceof Error && isCommandError(failure) && failure.type === ErrorType.ACCESS_DENIED)
      throw accessDenied('checking access at start-up');
  } finally {
    clearTimeout(timer);
  }
}
