/**
 * A small disk for the disk-full test, made without privileges: a tmpfs of a few megabytes mounted
 * in a new user and mount namespace (`unshare --user --map-root-user --mount`, allowed to ordinary
 * users where unprivileged user namespaces are enabled). A `sleep` holds the namespace; the server
 * joins it with `nsenter`; this process reaches the files through /proc/<pid>/root, with plain file
 * operations only (SQLite itself resolves that link to the host's path, so only the server opens
 * the database there).
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { createInterface } from 'node:readline';

export interface SmallDisk {
  /** The mount point: the path of the small disk inside the namespace (for the server). */
  readonly path: string;
  /** The same directory as seen from this process. */
  readonly outside: string;
  /** Prefix for the server's command line so that it runs inside the namespace. */
  readonly enter: readonly string[];
  release(): Promise<void>;
}

function commandExists(name: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${name}`], { stdio: 'ignore' }).status === 0;
}

/** Mounts a tmpfs of `sizeMiB` at `path` in a new namespace; resolves to why not when that is impossible here. */
export async function smallDisk(path: string, sizeMiB: number): Promise<SmallDisk | string> {
  for (const tool of ['unshare', 'nsenter']) if (!commandExists(tool)) return `${tool} (util-linux) is not installed`;
  mkdirSync(path, { recursive: true });
  const script = 'mount -t tmpfs -o size="$1"m tmpfs "$2" && echo mounted && exec sleep 900';
  const holder: ChildProcess = spawn(
    'unshare',
    ['--user', '--map-root-user', '--mount', 'sh', '-c', script, 'sh', String(sizeMiB), path],
    {
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let stderr = '';
  holder.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<void>((resolve) => holder.once('exit', () => resolve()));
  const mounted = await new Promise<boolean>((resolve) => {
    createInterface({ input: holder.stdout! }).once('line', (line) => resolve(line === 'mounted'));
    holder.once('exit', () => resolve(false));
    holder.once('error', () => resolve(false));
  });
  if (!mounted) {
    holder.kill('SIGKILL');
    return `a tmpfs could not be mounted in a user namespace here (${stderr.trim() || 'unshare failed'})`;
  }
  const pid = holder.pid!;
  return {
    path,
    outside: `/proc/${pid}/root${path}`,
    enter: ['nsenter', `--target=${pid}`, '--user', '--mount', '--preserve-credentials'],
    async release() {
      holder.kill('SIGKILL');
      await exited;
    },
  };
}
