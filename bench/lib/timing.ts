/**
 * Times workloads side by side. The figures compared in a table are measured interleaved, a slice of
 * each in turn, so that a disk or a neighbour that speeds up or slows down mid-run affects them alike:
 * on a shared machine fsync times drift by a factor of several within a minute.
 */

export interface Rate {
  readonly operations: number;
  readonly elapsedMs: number;
  readonly perSecond: number;
}

/** Something to time: `step` performs one operation (one transaction, one append). */
export interface Workload {
  readonly name: string;
  step(): unknown;
  close(): Promise<void> | void;
}

export interface InterleaveOptions {
  /** Timed operations per workload, split evenly over the rounds. */
  readonly operations: number;
  readonly rounds?: number;
  /** Untimed operations per workload first: prepared statements, JIT, file growth. */
  readonly warmUp?: number;
}

export async function measureInterleaved(
  workloads: readonly Workload[],
  options: InterleaveOptions,
): Promise<Map<string, Rate>> {
  const rounds = options.rounds ?? 10;
  const perRound = Math.ceil(options.operations / rounds);
  const elapsed = new Map(workloads.map((workload) => [workload.name, 0]));
  for (const workload of workloads) await repeat(workload, options.warmUp ?? 20);
  for (let round = 0; round < rounds; round++) {
    // Rotating the order keeps any workload from always running just after the same neighbour.
    for (let turn = 0; turn < workloads.length; turn++) {
      const workload = workloads[(round + turn) % workloads.length]!;
      const started = performance.now();
      await repeat(workload, perRound);
      elapsed.set(workload.name, elapsed.get(workload.name)! + performance.now() - started);
    }
  }
  for (const workload of workloads) await workload.close();
  const operations = perRound * rounds;
  return new Map(
    [...elapsed].map(([name, elapsedMs]) => [
      name,
      { operations, elapsedMs, perSecond: (operations / elapsedMs) * 1000 },
    ]),
  );
}

async function repeat(workload: Workload, times: number): Promise<void> {
  for (let done = 0; done < times; done++) await workload.step();
}
