/** `ledger token create|list|revoke`: bearer tokens, shown once and stored hashed. */
import type { Command } from 'commander';
import { TOKEN_ROLES, TokenNameInvalid, TokenNameTaken, type TokenRole } from '../../api/auth/token-store.js';
import { printJson, UsageError } from '../output.js';
import { withLedger, withStoreOptions, type FormatFlags, type StoreFlags } from '../store-options.js';

function parseRole(value: string): TokenRole {
  if (!(TOKEN_ROLES as readonly string[]).includes(value))
    throw new UsageError(`--role must be one of ${TOKEN_ROLES.join(', ')}; got "${value}"`);
  return value as TokenRole;
}

export function registerToken(program: Command): void {
  const token = program.command('token').description('create, list and revoke API tokens');
  withStoreOptions(token.command('create'))
    .description('create a token; its secret is printed once and stored only as a hash')
    .requiredOption('--role <role>', `one of ${TOKEN_ROLES.join(', ')}`)
    .requiredOption('--name <name>', 'who holds it; recorded as the actor of every event written with it')
    .action(async (options: StoreFlags & { role: string; name: string }) => {
      const role = parseRole(options.role);
      await withLedger(options, async (ledger) => {
        try {
          const secret = ledger.tokens.create(options.name, role, new Date());
          process.stdout.write(`${secret}\n`);
          process.stderr.write(
            `Token "${options.name.trim()}" (${role}) created. Keep it safe: it cannot be shown again.\n`,
          );
        } catch (error) {
          if (error instanceof TokenNameTaken || error instanceof TokenNameInvalid) throw new UsageError(error.message);
          throw error;
        }
      });
    });
  withStoreOptions(token.command('list'))
    .description('list tokens (names and roles, never secrets)')
    .option('--format <format>', 'table or json', 'table')
    .action(async (options: FormatFlags) => {
      await withLedger(options, async (ledger) => {
        const tokens = ledger.tokens.list();
        if (options.format === 'json') {
          printJson(tokens);
          return;
        }
        for (const t of tokens)
          process.stdout.write(
            `${t.name}\t${t.role}\t${t.createdAt}${t.revokedAt ? `\trevoked ${t.revokedAt}` : ''}\n`,
          );
      });
    });
  withStoreOptions(token.command('revoke'))
    .description('revoke a token by name')
    .argument('<name>', "the token's name")
    .action(async (name: string, options: StoreFlags) => {
      await withLedger(options, async (ledger) => {
        if (!ledger.tokens.revoke(name, new Date())) throw new UsageError(`No active token is named "${name}"`);
        process.stderr.write(`Token "${name}" revoked.\n`);
      });
    });
}
