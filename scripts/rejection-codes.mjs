#!/usr/bin/env node
/**
 * Prints the README's table of rejection codes, read from src/domain/<feature>/rejections.ts (and
 * src/domain/shared/rejections.ts, the codes any feature returns about a stream it cites): each
 * code with the sentence a clerk reads (placeholders shown as ‹name›). Each message is one
 * template literal, so the table shows it whole.
 * `node scripts/rejection-codes.mjs` prints it, `--write` puts it in the README;
 * tests/docs/readme.test.ts checks the README has it.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const domain = fileURLToPath(new URL('../src/domain/', import.meta.url));
const CODE_THEN_TEMPLATE = /(?:reject\(\s*'([A-Z][A-Z0-9_]+)'\s*,|^\s*([A-Z][A-Z0-9_]+):\s*\([^)]*\)\s*=>)\s*`((?:[^`\\]|\\.)*)`/gms;

export function rejectionCodes() {
  const rows = [];
  for (const feature of readdirSync(domain, { withFileTypes: true })) {
    if (!feature.isDirectory()) continue;
    let source;
    try {
      source = readFileSync(join(domain, feature.name, 'rejections.ts'), 'utf8');
    } catch {
      continue;
    }
    for (const match of source.matchAll(CODE_THEN_TEMPLATE)) {
      const message = match[3].replace(/\$\{([^}]*)\}/g, (_all, expression) => `‹${expression.replace(/^.*?([A-Za-z]+)\W*$/, '$1')}›`).replace(/\s+/g, ' ');
      rows.push({ feature: feature.name, code: match[1] ?? match[2], message });
    }
  }
  return rows;
}

export function rejectionTable() {
  const lines = ['| feature | code | what the clerk reads |', '| --- | --- | --- |'];
  for (const row of rejectionCodes()) lines.push(`| ${row.feature} | \`${row.code}\` | ${row.message.replace(/\|/g, '\\|')} |`);
  return lines.join('\n');
}

function writeReadme() {
  const readme = fileURLToPath(new URL('../README.md', import.meta.url));
  const [before, rest] = readFileSync(readme, 'utf8').split('<!-- rejection-codes:start -->\n');
  const after = rest.split('<!-- rejection-codes:end -->')[1];
  writeFileSync(readme, `${before}<!-- rejection-codes:start -->\n${rejectionTable()}\n<!-- rejection-codes:end -->${after}`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  if (process.argv.includes('--write')) writeReadme();
  else process.stdout.write(`${rejectionTable()}\n`);
}
