/**
 * Listens and closes gracefully: on SIGTERM or SIGINT the server stops accepting connections,
 * finishes the requests in flight, then closes the store. Read models follow appends made by other
 * processes (a CLI import, another API instance) through the store's watch (a subscription on
 * EventStoreDB) and, as a safety net, by polling the store's head.
 */
import type { FastifyInstance } from 'fastify';
import type { Ledger } from '../compose.js';
import { coalesce } from '../store/coalesce.js';
import { buildApp } from './app.js';

export interface RunningServer {
  readonly app: FastifyInstance;
  readonly url: string;
  close(): Promise<void>;
}

const FOLLOW_INTERVAL_MS = 250;

export async function startServer(ledger: Ledger): Promise<RunningServer> {
  const app = await buildApp(ledger, {
    logger: {
      level: ledger.config.logLevel,
      redact: { paths: ['req.headers.authorization', 'headers.authorization'], censor: '[redacted]' },
    },
  });
  const url = await app.listen({ port: ledger.config.port, host: ledger.config.host });
  // Listening before the read models are current keeps /health answering through a long catch-up
  // (after a crash with a backlog, or a new read-model file); /ready says how far behind they are.
  // One follow pass at a time, at most one pending, whoever asks: the poll, the store's watch, or both.
  const followPass = coalesce(() => followStore(ledger, app));
  void followPass();
  const follow = setInterval(() => {
    void followPass();
  }, FOLLOW_INTERVAL_MS);
  follow.unref();
  const stopWatching = ledger.store.watch?.(followPass, (message) => app.log.warn(message));
  let closing: Promise<void> | undefined;
  return {
    app,
    url,
    close() {
      closing ??= (async () => {
        clearInterval(follow);
        stopWatching?.();
        await app.close();
        await ledger.close();
      })();
      return closing;
    },
  };
}

async function followStore(ledger: Ledger, app: FastifyInstance): Promise<void> {
  try {
    if ((await ledger.store.headPosition()) > ledger.projections.position) await ledger.projections.catchUp();
  } catch (error) {
    app.log.warn({ err: error }, 'read models could not follow the store; retrying');
  }
}

/** Closes the server on SIGTERM / SIGINT; a second signal exits at once. */
export function closeOnSignals(server: RunningServer): void {
  let signalled = false;
  const onSignal = (signal: NodeJS.Signals) => {
    if (signalled) process.exit(1);
    signalled = true;
    server.app.log.info({ signal }, 'closing: finishing requests in flight');
    server.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.on('SIGTERM', onSignal);
  process.on('SIGINT', onSignal);
}
