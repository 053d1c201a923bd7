/**
 * Tests that run the ledger as a user would (child processes: the CLI, the server, crash workers)
 * use the compiled code in dist/. `npm test` builds first; when vitest is run directly, this
 * rebuilds dist/ once if any source is newer than its compiled file.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

function* sources(directory: string): Generator<string> {
  for (const entry of readdirSync(directory, { withFileTypes: true })) {
    const path = join(directory, entry.name);
    if (entry.isDirectory()) yield* sources(path);
    else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts')) yield path;
  }
}

function stale(): boolean {
  for (const top of ['src', 'bench', 'tests']) {
    for (const source of sources(join(ROOT, top))) {
      const compiled = join(ROOT, 'dist', relative(ROOT, source)).replace(/\.ts$/, '.js');
      if (!existsSync(compiled) || statSync(compiled).mtimeMs < statSync(source).mtimeMs) return true;
    }
  }
  return false;
}

export default function setup(): void {
  if (!stale()) return;
  try {
    execFileSync(process.execPath, [join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', join(ROOT, 'tsconfig.json')], {
      stdio: 'pipe',
    });
  } catch (error) {
    // tsc emits even when a file has type errors; `npm run typecheck` is where those are reported.
    process.stderr.write(
      `global setup: tsc reported errors while building dist/ (tests run on what it ` +
        `emitted)\n${(error as { stdout?: string }).stdout ?? ''}`,
    );
  }
}
