/** What every workspace form's tests check: a page's text, a stream's last event, field errors, CSRF refused. */
import { expect } from 'vitest';
import type { TestApi } from '../../api/test-ledger.js';
import { formFields, type Visitor } from './visitor.js';

/** A page's visible text, tags dropped and entities for quotes and ampersands read. */
export const text = (html: string) =>
  html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');

export async function lastEvent(api: TestApi, stream: string) {
  const events = [];
  for await (const event of api.ledger.store.readStream(stream)) events.push(event);
  return events.at(-1)!;
}

/** A form sent back with each field's error in the summary, linked to the field, saying `says`. */
type Answer = { readonly statusCode: number; readonly body: string };

export function expectFieldErrors(response: Answer, errors: readonly string[], says: string): void {
  expect(response.statusCode).toBe(400);
  expect(response.body).toContain('govuk-error-summary');
  for (const field of errors) {
    expect(response.body).toContain(`href="#${field}"`);
    expect(response.body).toContain(`id="${field.replace(/-day$/, '')}-error"`);
  }
  expect(text(response.body)).toContain(says);
  expect(response.body).toMatch(/<title>Error: /);
}

/** The form at `url`, filled in with `fields` but without its CSRF token, is refused and records nothing. */
export async function expectCsrfRefused(api: TestApi, visitor: Visitor, url: string, fields: Record<string, string>) {
  const sent: Record<string, string> = { ...formFields((await visitor.get(url)).body), ...fields };
  delete sent._csrf;
  const before = await api.eventCount();
  const response = await visitor.post(url, sent);
  expect(response.statusCode).toBe(403);
  expect(text(response.body)).toContain('The form did not come from this site or has expired');
  expect(await api.eventCount()).toBe(before);
}
