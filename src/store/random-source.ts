/**
 * Randomness for identifiers (ULIDs), drawn from the operating system's secure generator a few
 * kilobytes at a time. ulid's own default asks the generator for one byte per character, sixteen
 * system calls for each new id: under a burst of writes that was a measurable share of a command's
 * cost (bench/results, issue 18). The bytes are as random; only the calls are fewer.
 */
import { randomFillSync } from 'node:crypto';

const POOL_BYTES = 4096;

/** A source of numbers in [0, 1) for `monotonicFactory`, each from one secure random byte. */
export function pooledRandom(): () => number {
  const pool = new Uint8Array(POOL_BYTES);
  let next = POOL_BYTES;
  return () => {
    if (next === POOL_BYTES) {
      randomFillSync(pool);
      next = 0;
    }
    return pool[next++]! / 256;
  };
}
