/** The machine a benchmark ran on, so figures from different runs can be compared honestly. */
import { arch, cpus, platform, release, totalmem } from 'node:os';
import Database from 'better-sqlite3';

export interface MachineInfo {
  readonly cpu: string;
  readonly cores: number;
  readonly memoryGiB: number;
  readonly os: string;
  readonly node: string;
  readonly sqlite: string;
}

export function machineInfo(): MachineInfo {
  const db = new Database(':memory:');
  const sqlite = (db.prepare('SELECT sqlite_version() AS version').get() as { version: string }).version;
  db.close();
  return {
    cpu: cpus()[0]?.model.trim() ?? 'unknown',
    cores: cpus().length,
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    os: `${platform()} ${release()} ${arch()}`,
    node: process.version,
    sqlite,
  };
}

export function machineToMarkdown(info: MachineInfo = machineInfo()): string {
  return (
    `Machine: ${info.cpu}, ${info.cores} cores, ${info.memoryGiB} GiB; ${info.os}; Node ` +
    `${info.node}; SQLite ${info.sqlite}\n`
  );
}
