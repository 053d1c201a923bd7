/**
 * The import-boundary rules (.dependency-cruiser.cjs, run by `npm run lint`) fail on a deliberate
 * violation: a small tree with a domain file that imports node:fs and the store, and a store file
 * that imports the API, is cruised with the project's own configuration.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const tree = mkdtempSync(join(tmpdir(), 'ledger-boundaries-'));
afterAll(() => rmSync(tree, { recursive: true, force: true }));

function write(path: string, text: string): void {
  mkdirSync(join(tree, path, '..'), { recursive: true });
  writeFileSync(join(tree, path), text);
}

function cruise(): { status: number; output: string } {
  try {
    const output = execFileSync(
      join(ROOT, 'node_modules/.bin/depcruise'),
      ['src', '--config', '.dependency-cruiser.cjs'],
      {
        cwd: tree,
        encoding: 'utf8',
      },
    );
    return { status: 0, output };
  } catch (error) {
    const failed = error as { status: number; stdout: string };
    return { status: failed.status, output: failed.stdout };
  }
}

describe('import boundaries', () => {
  cpSync(join(ROOT, '.dependency-cruiser.cjs'), join(tree, '.dependency-cruiser.cjs'));
  writeFileSync(
    join(tree, 'tsconfig.json'),
    JSON.stringify({ compilerOptions: { module: 'NodeNext', moduleResolution: 'NodeNext' } }),
  );
  symlinkSync(join(ROOT, 'node_modules'), join(tree, 'node_modules'));
  write('src/api/app.ts', 'export const app = 1;\n');

  it('passes a domain that imports only itself and zod', () => {
    write('src/domain/money.ts', "import { z } from 'zod';\nexport const Pence = z.number().int();\n");
    write('src/domain/funding.ts', "import { Pence } from './money.js';\nexport const amount = Pence;\n");
    write('src/store/port.ts', "import { amount } from '../domain/funding.js';\nexport const port = amount;\n");
    const { status, output } = cruise();
    expect(output).toContain('no dependency violations');
    expect(status).toBe(0);
  });

  it('fails when the domain imports node:fs or the store, and when the store imports the API', () => {
    write(
      'src/domain/impure.ts',
      "import { readFileSync } from 'node:fs';\nimport { port } from '../store/port.js';\nexport " +
        'const x = [readFileSync, port];\n',
    );
    write('src/store/upward.ts', "import { app } from '../api/app.js';\nexport const y = app;\n");
    const { status, output } = cruise();
    expect(status).not.toBe(0);
    expect(output).toContain('domain-is-pure: src/domain/impure.ts → fs');
    expect(output).toContain('domain-is-pure: src/domain/impure.ts → src/store/port.ts');
    expect(output).toContain('store-below-api: src/store/upward.ts → src/api/app.ts');
    expect(output).not.toContain('src/domain/money.ts');
  });
});
