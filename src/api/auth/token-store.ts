/**
 * API tokens: random secrets shown once, stored only as SHA-256 hashes with a name and a role.
 * The token's name is the actor recorded in every event written with it.
 */
import { createHash, randomBytes } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { HumanName } from '../../domain/shared/human-text.js';
import type { Role } from '../../store/envelope.js';

export type TokenRole = Exclude<Role, 'system'>;
export const TOKEN_ROLES: readonly TokenRole[] = ['admin', 'clerk', 'finance', 'reader'];

export interface TokenHolder {
  readonly name: string;
  readonly role: TokenRole;
}

export interface TokenListing extends TokenHolder {
  readonly createdAt: string;
  readonly revokedAt: string | null;
}

const SCHEMA = `
CREATE TABLE IF NOT EXISTS tokens (
  hash       TEXT PRIMARY KEY,
  name       TEXT NOT NULL UNIQUE,
  role       TEXT NOT NULL,
  created_at TEXT NOT NULL,
  revoked_at TEXT
);`;

function hashOf(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}

export class TokenStore {
  private readonly db: Database.Database;
  /** Asked on every authenticated request, so prepared once rather than per request. */
  private readonly holderStatement;

  constructor(file: string) {
    if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
    this.db = new Database(file);
    this.db.pragma('journal_mode = WAL');
    this.db.exec(SCHEMA);
    this.holderStatement = this.db.prepare<[string], { name: string; role: TokenRole }>(
      'SELECT name, role FROM tokens WHERE hash = ? AND revoked_at IS NULL',
    );
  }

  /**
   * Creates a token and returns its secret, which is not stored and cannot be shown again. The name
   * is the actor of every event the token writes, so it follows the rules for names (HumanName), and
   * it is never given to a second token, even after the first is revoked.
   */
  create(name: string, role: TokenRole, now: Date): string {
    const parsed = HumanName.safeParse(name);
    if (!parsed.success) throw new TokenNameInvalid(name, parsed.error.issues[0]?.message ?? 'is not a name');
    const secret = `pl_${randomBytes(24).toString('base64url')}`;
    try {
      this.db
        .prepare('INSERT INTO tokens (hash, name, role, created_at) VALUES (?, ?, ?, ?)')
        .run(hashOf(secret), parsed.data, role, now.toISOString());
    } catch (error) {
      if ((error as { code?: string }).code === 'SQLITE_CONSTRAINT_UNIQUE')
        throw new TokenNameTaken(parsed.data, this.revokedAt(parsed.data));
      throw error;
    }
    return secret;
  }

  private revokedAt(name: string): string | null {
    return (
      this.db.prepare<[string], { revoked_at: string | null }>('SELECT revoked_at FROM tokens WHERE name = ?').get(name)
        ?.revoked_at ?? null
    );
  }

  /** The holder of a secret, or undefined for an unknown or revoked token. */
  holderOf(secret: string): TokenHolder | undefined {
    const row = this.holderStatement.get(hashOf(secret));
    return row ? { name: row.name, role: row.role } : undefined;
  }

  revoke(name: string, now: Date): boolean {
    return (
      this.db
        .prepare('UPDATE tokens SET revoked_at = ? WHERE name = ? AND revoked_at IS NULL')
        .run(now.toISOString(), name).changes > 0
    );
  }

  list(): TokenListing[] {
    return this.db
      .prepare<[], TokenListing>(
        'SELECT name, role, created_at AS createdAt, revoked_at AS revokedAt FROM tokens ORDER BY created_at, name',
      )
      .all();
  }

  count(): number {
    return this.db.prepare<[], { n: number }>('SELECT COUNT(*) AS n FROM tokens').get()!.n;
  }

  close(): void {
    if (this.db.open) this.db.close();
  }
}

export class TokenNameTaken extends Error {
  constructor(
    readonly tokenName: string,
    revokedAt: string | null,
  ) {
    super(
      revokedAt === null
        ? `A token named "${tokenName}" already exists and is in use; choose another name (a name is ` +
            `never shared by two tokens).`
        : `The name "${tokenName}" belonged to a token revoked at ${revokedAt}. The events it ` +
            `recorded carry that name as their actor, so no other token may take it; choose another ` +
            `name, e.g. "${tokenName} (2)".`,
    );
    this.name = 'TokenNameTaken';
  }
}

export class TokenNameInvalid extends Error {
  constructor(
    readonly tokenName: string,
    problem: string,
  ) {
    super(
      `--name ${JSON.stringify(tokenName)}: a token's name is recorded as the actor of every ` +
        `event it writes, and ${problem}; e.g. --name "Gloucestershire finance team"`,
    );
    this.name = 'TokenNameInvalid';
  }
}
