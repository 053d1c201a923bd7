/** Where the page templates and GOV.UK Frontend's files are, from source (vitest) or from dist/. */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The templates stay in src/web (tsc copies no .njk files): one level above src/web/shared when
 * run from source, four above dist/src/web/shared when compiled.
 */
function findWebDirectory(): string {
  const candidates = ['../', '../../../../src/web/'].map((relative) =>
    fileURLToPath(new URL(relative, import.meta.url)),
  );
  const found = candidates.find((candidate) => existsSync(join(candidate, 'layout', 'layout.njk')));
  if (!found) throw new Error(`Bug: the page templates are missing; looked in ${candidates.join(' and ')}`);
  return found;
}

export const webDirectory = findWebDirectory();

/** node_modules/govuk-frontend/dist: templates are named from here ("govuk/components/..."). */
export const govukDistDirectory = dirname(dirname(createRequire(import.meta.url).resolve('govuk-frontend')));
