/**
 * The shape every aggregate's rules take. `decide` and `evolve` are pure, synchronous and total:
 * time, ids and the actor arrive inside the command, never from the clock.
 */
import type { Related } from '../related.js';

/** A rule said no. Returned as a value, never thrown. */
export interface Rejection<C extends string = string> {
  readonly kind: 'rejection';
  /** SCREAMING_SNAKE code, stable across releases (see the README's list of rejection codes). */
  readonly code: C;
  /** A sentence a clerk would understand: what was wrong and how to put it right. */
  readonly message: string;
}

export function reject<C extends string>(code: C, message: string): Rejection<C> {
  return { kind: 'rejection', code, message };
}

type RejectionIn<V> = unknown extends V ? Rejection & V : Extract<V, Rejection>;

/** A feature's table of rejection codes, each with the sentence a clerk reads (one template literal). */
export type RejectionMessages = Readonly<Record<string, (...args: never[]) => string>>;

/**
 * The one way a feature says no: `rejectionsFrom(messages)` gives `(code, ...args) => Rejection<code>`,
 * typed by the table, so a misspelt code or a missing argument fails the compile.
 */
export function rejectionsFrom<M extends RejectionMessages>(messages: M) {
  return <C extends keyof M & string>(code: C, ...args: Parameters<M[C]>): Rejection<C> => {
    const message = messages[code] as (...values: Parameters<M[C]>) => string;
    return reject(code, message(...args));
  };
}

/** Narrows an outcome to its rejection, keeping the rejection's code union. */
export function isRejection<V>(value: V): value is RejectionIn<V> {
  return typeof value === 'object' && value !== null && 'kind' in value && value.kind === 'rejection';
}

/** A domain event before the store wraps it in its envelope. */
export interface DomainEvent<T extends string = string, D = unknown> {
  readonly type: T;
  readonly data: D;
}

/** A domain command: what someone asks the ledger to record. */
export interface DomainCommand<T extends string = string, D = unknown> {
  readonly type: T;
  readonly data: D;
}

/**
 * One aggregate's rules. `streamIdOf` names the one stream a command touches; `related` names
 * other streams whose current state the rules need to read (never to write).
 */
export interface Decider<C extends DomainCommand, E extends DomainEvent, S, R extends string = string> {
  readonly aggregate: string;
  readonly initialState: S;
  evolve(state: S, event: E): S;
  decide(command: C, state: S, related: Related): readonly E[] | Rejection<R>;
  streamIdOf(command: C): string;
  /** Other streams `decide` reads, named from the command and this stream's current state. */
  related?(command: C, state: S): readonly string[];
}

/** Exhaustiveness guard for `switch` statements over a union's `type`. */
export function unreachable(value: never): never {
  throw new Error(`Unreachable case: ${JSON.stringify(value)}`);
}

type Joined<T extends readonly object[]> = T extends readonly [infer H, ...infer R extends readonly object[]]
  ? H & Joined<R>
  : unknown;

/**
 * A feature's one code table, joined from the codes each rule file declares beside its rules. A
 * code is one fact: declared twice, it fails at load (and `scripts/rejection-codes.mjs` refuses it
 * across the ledger).
 */
export function codeTable<T extends readonly RejectionMessages[]>(...tables: T): Joined<T> {
  const joined: Record<string, unknown> = {};
  for (const table of tables) {
    for (const [code, message] of Object.entries(table)) {
      if (code in joined) throw new Error(`Bug: the rejection code ${code} is declared twice`);
      joined[code] = message;
    }
  }
  return joined as Joined<T>;
}
