/**
 * The workspace under the API's limits and session rules: writes per token (the session's token,
 * so one clerk over the limit does not stop another), answered with a page and Retry-After; the
 * session cookie Secure when published over HTTPS and not over plain HTTP, whatever a header claims; sessions
 * ending at their expiry and after idling, on an injected clock.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { SESSION_IDLE_MS, SESSION_LIFETIME_MS, SessionStore } from '../../../src/web/workspace/sessions.js';
import { seededApi } from '../../api/reports/seeded.js';
import type { TestApi } from '../../api/test-ledger.js';
import { formFields, signedIn, Visitor } from './visitor.js';

let api: TestApi | undefined;
afterEach(async () => {
  await api?.close();
  api = undefined;
});

const PROGRESS = '/workspace/actions/lg-2016-10-27-5-1/progress';
const CONTRIBUTION = '/workspace/funds/devolution-capacity/contribution';

describe('rate limits on the forms', () => {
  it("counts a session's writes against its token, with a page and Retry-After past the limit", async () => {
    api = await seededApi({ writesPerMinute: '2' });
    const finance = await signedIn(api, 'finance');
    const contribution = {
      organisation: 'gloucestershire-constabulary',
      amount: '10',
      unpledged: 'yes',
      remittanceReference: 'CDC-1',
    };
    // Signing in was the session's first write, from the address; the token's count starts now.
    expect((await finance.submit(CONTRIBUTION, contribution)).statusCode).toBe(303);
    expect((await finance.submit(CONTRIBUTION, { ...contribution, remittanceReference: 'CDC-2' })).statusCode).toBe(
      303,
    );
    const before = await api.eventCount();
    const refused = await finance.submit(CONTRIBUTION, { ...contribution, remittanceReference: 'CDC-3' });
    expect(refused.statusCode).toBe(429);
    expect(refused.headers['content-type']).toMatch(/^text\/html/);
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    expect(refused.body).toContain('at most 2 a minute');
    expect(refused.body).toContain('Nothing was recorded');
    expect(await api.eventCount()).toBe(before);
    const admin = await signedIn(api, 'admin');
    expect((await admin.submit(CONTRIBUTION, { ...contribution, remittanceReference: 'CDC-4' })).statusCode).toBe(303);
  });

  it('limits reads of the forms as the API limits reads', async () => {
    api = await seededApi({ readsPerMinute: '3' });
    const clerk = await signedIn(api, 'clerk');
    const statuses = [];
    for (let index = 0; index < 4; index++) statuses.push((await clerk.get(PROGRESS)).statusCode);
    expect(statuses).toContain(429);
  });
});

describe('the session cookie', () => {
  const cookieOf = (response: { headers: Record<string, unknown> }) =>
    [response.headers['set-cookie'] as string | string[]].flat().find((line) => line.startsWith('ledger_session='))!;

  async function signIn(headers: Record<string, string>) {
    const visitor = new Visitor(api!.app);
    const form = formFields((await visitor.get('/sign-in')).body);
    return api!.app.inject({
      method: 'POST',
      url: '/sign-in',
      headers: {
        ...headers,
        cookie: [...visitor.cookies].map(([name, value]) => `${name}=${value}`).join('; '),
        'content-type': 'application/x-www-form-urlencoded',
      },
      payload: new URLSearchParams({ ...form, token: api!.tokens.clerk }).toString(),
    });
  }

  it('is Secure when the ledger is published at an https:// address (TLS ends at the proxy in front)', async () => {
    api = await seededApi({ publicUrl: 'https://ledger.example.org' });
    const response = await signIn({ 'x-forwarded-proto': 'https' });
    expect(response.statusCode).toBe(303);
    expect(cookieOf(response)).toMatch(/; Secure/);
    expect(cookieOf(response)).toMatch(/HttpOnly/);
    expect(cookieOf(response)).toMatch(/SameSite=Strict/);
  });

  it('is not Secure over plain HTTP, even when a client claims HTTPS in X-Forwarded-Proto', async () => {
    api = await seededApi({ publicUrl: 'http://localhost:3000' });
    const response = await signIn({ 'x-forwarded-proto': 'https' });
    expect(response.statusCode).toBe(303);
    expect(cookieOf(response)).not.toMatch(/Secure/);
  });
});

describe('session expiry, on an injected clock', () => {
  function store(now: { value: number }) {
    const tokens = {
      holderOf: (secret: string) =>
        secret === 'pl_live' ? { name: 'clerk-token', role: 'clerk' as const } : undefined,
      list: () => [{ name: 'clerk-token', revokedAt: null }],
    };
    return new SessionStore(':memory:', tokens as never, () => now.value);
  }

  it('ends a session left idle for the idle timeout, and one in use at its absolute expiry', () => {
    const now = { value: 1_000_000 };
    const sessions = store(now);
    const idle = sessions.start('pl_live')!;
    now.value += SESSION_IDLE_MS - 1;
    expect(sessions.find(idle.id)?.name).toBe('clerk-token');
    now.value += SESSION_IDLE_MS;
    expect(sessions.find(idle.id)).toBeUndefined();

    const busy = sessions.start('pl_live')!;
    const started = now.value;
    while (now.value + SESSION_IDLE_MS / 2 < started + SESSION_LIFETIME_MS) {
      now.value += SESSION_IDLE_MS / 2;
      expect(sessions.find(busy.id)).toBeDefined();
    }
    now.value = started + SESSION_LIFETIME_MS;
    expect(sessions.find(busy.id)).toBeUndefined();
    expect(sessions.start('pl_unknown')).toBeUndefined();
    sessions.close();
  });

  it('ends the session on signing out: the old cookie no longer opens a form', async () => {
    api = await seededApi();
    const clerk = await signedIn(api, 'clerk');
    const cookie = clerk.cookies.get('ledger_session')!;
    expect((await clerk.submit('/sign-out', {})).statusCode).toBe(303);
    const replayed = await api.app.inject({
      method: 'GET',
      url: PROGRESS,
      headers: { cookie: `ledger_session=${cookie}` },
    });
    expect(replayed.statusCode).toBe(303);
    expect(replayed.headers.location).toMatch(/^\/sign-in/);
  });
});
