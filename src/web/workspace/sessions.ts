/**
 * Browser sessions. Signing in with a ledger token starts a session: a random id in the cookie,
 * only its SHA-256 hash stored, with an absolute expiry and an idle timeout. A session lives no
 * longer than its token: every request checks the token is still live, so `ledger token revoke`
 * ends the sessions started with it. Stored in SQLite beside the tokens, so every server process
 * sharing the ledger's files sees the same sessions.
 */
import { createHash, randomBytes } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import type { TokenHolder, TokenStore } from '../../api/auth/token-store.js';

export const SESSION_LIFETIME_MS = 8 * 60 * 60 * 1000;
export const SESSION_IDLE_MS = 30 * 60 * 1000;

/** What the next page shows once: a confirmation banner after a write. */
export interface Flash {
  readonly path: string;
  readonly heading: string;
  readonly text: string;
  readonly auditHref: string;
}

export interface WebSession extends TokenHolder {
  readonly hash: string;
  readonly flash: Flash | null;
}

const SCHEMA = `
CREATE TABLE IF NOT EXISTS web_sessions (
  hash         TEXT PRIMARY KEY,
  token_name   TEXT NOT NULL,
  role         TEXT NOT NULL,
  created_at   INTEGER NOT NULL,
  expires_at   INTEGER NOT NULL,
  last_seen_at INTEGER NOT NULL,
  flash_json   TEXT
);`;

type Row = {
  hash: string;
  token_name: string;
  role: TokenHolder['role'];
  expires_at: number;
  last_seen_at: number;
  flash_json: string | null;
};

const hashOf = (id: string) => createHash('sha256').update(id).digest('hex');

export class SessionStore {
  private readonly db: Database.Database;

  constructor(
    file: string,
    private readonly tokens: TokenStore,
    private readonly clock: () => number = Date.now,
  ) {
    if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
    this.db = new Database(file);
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('busy_timeout = 5000');
    this.db.exec(SCHEMA);
  }

  /**
   * Starts a session for the holder of a live token; returns the id for the cookie, or undefined for an unknown or
   * revoked token.
   */
  start(secret: string): { id: string; holder: TokenHolder } | undefined {
    const holder = this.tokens.holderOf(secret);
    if (!holder) return undefined;
    const id = randomBytes(32).toString('base64url');
    const now = this.clock();
    this.db
      .prepare(
        'INSERT INTO web_sessions (hash, token_name, role, created_at, expires_at, last_seen_at) ' +
          'VALUES (?, ?, ?, ?, ?, ?)',
      )
      .run(hashOf(id), holder.name, holder.role, now, now + SESSION_LIFETIME_MS, now);
    return { id, holder };
  }

  /** The live session for a cookie's id, its idle clock reset; expired, idle or revoked sessions are deleted. */
  find(id: string): WebSession | undefined {
    const hash = hashOf(id);
    const row = this.db.prepare<[string], Row>('SELECT * FROM web_sessions WHERE hash = ?').get(hash);
    if (!row) return undefined;
    const now = this.clock();
    const tokenLive = this.tokens.list().some((token) => token.name === row.token_name && token.revokedAt === null);
    if (now >= row.expires_at || now - row.last_seen_at >= SESSION_IDLE_MS || !tokenLive) {
      this.end(id);
      return undefined;
    }
    this.db.prepare('UPDATE web_sessions SET last_seen_at = ? WHERE hash = ?').run(now, hash);
    return {
      hash,
      name: row.token_name,
      role: row.role,
      flash: row.flash_json ? (JSON.parse(row.flash_json) as Flash) : null,
    };
  }

  setFlash(session: WebSession, flash: Flash | null): void {
    this.db
      .prepare('UPDATE web_sessions SET flash_json = ? WHERE hash = ?')
      .run(flash ? JSON.stringify(flash) : null, session.hash);
  }

  end(id: string): void {
    this.db.prepare('DELETE FROM web_sessions WHERE hash = ?').run(hashOf(id));
  }

  close(): void {
    if (this.db.open) this.db.close();
  }
}
