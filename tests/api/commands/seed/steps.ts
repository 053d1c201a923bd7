/**
 * One step of the seed scenario: who sends it, the URL and JSON body a client would send, and what
 * the ledger should record: the stream the command changes and the types of the events appended.
 */
export interface Step {
  readonly as: 'clerk' | 'finance';
  readonly url: string;
  readonly body: Readonly<Record<string, unknown>>;
  readonly stream: string;
  readonly recorded: readonly string[];
}

export function clerk(url: string, body: Record<string, unknown>, stream: string, ...recorded: string[]): Step {
  return { as: 'clerk', url, body, stream, recorded };
}

export function finance(url: string, body: Record<string, unknown>, stream: string, ...recorded: string[]): Step {
  return { as: 'finance', url, body, stream, recorded };
}
