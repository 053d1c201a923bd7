/**
 * A guard on the decider tables: every rejection code in every feature's code table (and the
 * shared citation codes) is the expected outcome of at least one decider test row, and every
 * command in every command table is decided in at least one. A row's expected code is compared
 * with the code its decider returns, so a code a passing row names is a code some rule produced.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { actionsMessages } from '../../../src/domain/actions/rejections.js';
import { decisionsMessages } from '../../../src/domain/decisions/rejections.js';
import { directoryMessages } from '../../../src/domain/directory/rejections.js';
import { fundingMessages } from '../../../src/domain/funding/rejections.js';
import { features } from '../../../src/domain/index.js';
import { lineageMessages } from '../../../src/domain/lineage/rejections.js';
import { meetingsMessages } from '../../../src/domain/meetings/rejections.js';
import { scrutinyMessages } from '../../../src/domain/scrutiny/rejections.js';
import { citationMessages } from '../../../src/domain/shared/rejections.js';
import { workProgrammeMessages } from '../../../src/domain/work-programme/rejections.js';

const DOMAIN_TESTS = fileURLToPath(new URL('..', import.meta.url));

/** The text of every decider test file and the fixtures they build their rows from. */
function testText(): string {
  const files = readdirSync(DOMAIN_TESTS, { recursive: true, encoding: 'utf8' }).filter(
    (file) => file.endsWith('.ts') && !file.startsWith('shared'),
  );
  return files.map((file) => readFileSync(join(DOMAIN_TESTS, file), 'utf8')).join('\n');
}

const text = testText();
const tables = {
  actions: actionsMessages,
  decisions: decisionsMessages,
  directory: directoryMessages,
  funding: fundingMessages,
  lineage: lineageMessages,
  meetings: meetingsMessages,
  scrutiny: scrutinyMessages,
  'work-programme': workProgrammeMessages,
  citations: citationMessages,
};

describe('decider test coverage', () => {
  it.each(Object.entries(tables))('every %s rejection code is expected by a decider test row', (_name, messages) => {
    const untested = Object.keys(messages).filter((code) => !text.includes(`'${code}'`));
    expect(untested).toEqual([]);
  });

  it.each(features.map((feature) => [feature.name, feature] as const))(
    'every %s command is decided by a decider test row',
    (_name, feature) => {
      const untested = Object.keys(feature.commands).filter((type) => !text.includes(`'${type}'`));
      expect(untested).toEqual([]);
    },
  );
});
