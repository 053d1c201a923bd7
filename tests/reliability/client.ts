/**
 * A client as a real one behaves: each command has its own Idempotency-Key, and when the connection
 * fails or the server answers 503 it waits and sends the same command with the same key again,
 * within a time limit. Every request is bounded in time; every loop in count.
 */
import type { CommandRequest } from './board-ledger.js';
import { sleep } from '../../bench/lib/ledger-process.js';

const REQUEST_TIMEOUT_MS = 20_000;
const MAX_ATTEMPTS = 2_000;

export interface Acknowledged {
  readonly status: 201;
  readonly streamId: string;
  readonly revision: string;
  readonly eventIds: readonly string[];
  readonly replayed: boolean;
}

export type Outcome =
  | ({ readonly kind: 'acknowledged' } & Acknowledged)
  /** The client gave up without an answer: the command may or may not have been recorded. */
  | { readonly kind: 'unacknowledged'; readonly reason: string }
  | { readonly kind: 'refused'; readonly status: number; readonly body: string };

export interface Attempt {
  readonly status: number;
  readonly body: string;
  readonly headers: Headers;
}

export interface SendOptions {
  /** Gives up (unacknowledged) after the first failed connection instead of retrying. */
  readonly abandonOnConnectionError?: boolean;
  /** Gives up (unacknowledged) once this time has passed. */
  readonly deadline: number;
  readonly headers?: Record<string, string>;
  /** Counts connection failures and 503s, for the test's report of what it exercised. */
  readonly onRetry?: (why: 'connection' | 503) => void;
}

export type Tokens = Readonly<Record<CommandRequest['role'], string>>;

export async function post(
  url: string,
  tokens: Tokens,
  key: string,
  command: CommandRequest,
  headers: Record<string, string> = {},
): Promise<Attempt> {
  const response = await fetch(`${url}${command.path}`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      authorization: `Bearer ${tokens[command.role]}`,
      'idempotency-key': key,
      ...headers,
    },
    body: JSON.stringify(command.body),
    signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
  });
  return { status: response.status, body: await response.text(), headers: response.headers };
}

export function acknowledged(attempt: Attempt): Acknowledged {
  const body = JSON.parse(attempt.body) as { streamId: string; revision: string; events: Array<{ eventId: string }> };
  return {
    status: 201,
    streamId: body.streamId,
    revision: body.revision,
    eventIds: body.events.map((event) => event.eventId),
    replayed: attempt.headers.get('idempotent-replayed') === 'true',
  };
}

/** Sends one command until it is answered with something other than 503, or the client gives up. */
export async function sendCommand(
  url: () => string,
  tokens: Tokens,
  key: string,
  command: CommandRequest,
  options: SendOptions,
): Promise<Outcome> {
  for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
    if (Date.now() > options.deadline)
      return { kind: 'unacknowledged', reason: `no answer before the deadline (${attempt - 1} attempts)` };
    let answer: Attempt;
    try {
      answer = await post(url(), tokens, key, command, options.headers);
    } catch (error) {
      options.onRetry?.('connection');
      if (options.abandonOnConnectionError)
        return { kind: 'unacknowledged', reason: String((error as Error).cause ?? error) };
      await sleep(20 + Math.random() * 80);
      continue;
    }
    if (answer.status === 201) return { kind: 'acknowledged', ...acknowledged(answer) };
    if (answer.status !== 503) return { kind: 'refused', status: answer.status, body: answer.body };
    options.onRetry?.(503);
    await sleep(50 + Math.random() * 100);
  }
  return { kind: 'unacknowledged', reason: `${MAX_ATTEMPTS} attempts` };
}
