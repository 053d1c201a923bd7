#!/usr/bin/env node
/**
 * Prints the README's table of rejection codes, read from the code tables in src/domain/<feature>/
 * (declared beside the rules that return them, in any of the feature's files, and joined into the
 * feature's one table in its rejections.ts) and src/domain/shared/rejections.ts (the codes any
 * feature returns about a stream it cites): each code with the sentence a clerk reads
 * (placeholders shown as ‹name›). Each message is a template literal, or several joined with +,
 * so the table shows it whole. A code is one fact: declared twice anywhere in the ledger, the script fails.
 * `node scripts/rejection-codes.mjs` prints it, `--write` puts it in the README;
 * tests/docs/readme.test.ts checks the README has it.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const domain = fileURLToPath(new URL('../src/domain/', import.meta.url));
const TEMPLATE = '`(?:[^`\\\\]|\\\\.)*`';
/** A code, then its message: one template literal, or several joined with + to keep lines short. */
const CODE_THEN_TEMPLATE = new RegExp(
  `(?:reject\\(\\s*'([A-Z][A-Z0-9_]+)'\\s*,|^\\s*([A-Z][A-Z0-9_]+):\\s*\\([^)]*\\)\\s*=>)\\s*\\(?\\s*` +
    `(${TEMPLATE}(?:\\s*\\+\\s*${TEMPLATE})*)`,
  'gms',
);

export function rejectionCodes() {
  const rows = [];
  for (const feature of readdirSync(domain, { withFileTypes: true })) {
    if (!feature.isDirectory()) continue;
    const folder = join(domain, feature.name);
    const files = readdirSync(folder)
      .filter((file) => file.endsWith('.ts'))
      .sort((a, b) => (a === 'rejections.ts' ? -1 : b === 'rejections.ts' ? 1 : a.localeCompare(b)));
    for (const file of files) {
      const source = readFileSync(join(folder, file), 'utf8');
      for (const match of source.matchAll(CODE_THEN_TEMPLATE)) {
        const message = [...match[3].matchAll(new RegExp(TEMPLATE, 'gs'))]
          .map((part) => part[0].slice(1, -1))
          .join('')
          .replace(/\$\{([^}]*)\}/g, (_all, expression) => `‹${expression.replace(/^.*?([A-Za-z]+)\W*$/, '$1')}›`)
          .replace(/\s+/g, ' ');
        rows.push({ feature: feature.name, code: match[1] ?? match[2], message });
      }
    }
  }
  const seen = new Map();
  for (const row of rows) {
    if (seen.has(row.code))
      throw new Error(
        `The rejection code ${row.code} is declared twice (${seen.get(row.code)} and ${row.feature}): one code per fact`,
      );
    seen.set(row.code, row.feature);
  }
  return rows;
}

export function rejectionTable() {
  const lines = ['| feature | code | what the clerk reads |', '| --- | --- | --- |'];
  for (const row of rejectionCodes())
    lines.push(`| ${row.feature} | \`${row.code}\` | ${row.message.replace(/\|/g, '\\|')} |`);
  return lines.join('\n');
}

function writeReadme() {
  const readme = fileURLToPath(new URL('../README.md', import.meta.url));
  const [before, rest] = readFileSync(readme, 'utf8').split('<!-- rejection-codes:start -->\n');
  const after = rest.split('<!-- rejection-codes:end -->')[1];
  writeFileSync(
    readme,
    `${before}<!-- rejection-codes:start -->\n${rejectionTable()}\n<!-- rejection-codes:end -->${after}`,
  );
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  if (process.argv.includes('--write')) writeReadme();
  else process.stdout.write(`${rejectionTable()}\n`);
}
