/**
 * The recommendations page on the demo ledger (the illustrative Police and Crime Panel file:
 * fixtures/illustrative/05-scrutiny-2018.yaml; the seeds record no recommendation): each
 * recommendation with its committee and council, recipient, response and reasons; the one left
 * unanswered in the overdue list; the "more than N days" filter agreeing with the JSON API; bad
 * filters answered with the form and the error summary.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RecommendationList } from '../../../src/projections/scrutiny/index.js';
import type { TestApi } from '../../api/test-ledger.js';
import { demoApi } from '../shared/demo-api.js';
import { text } from '../workspace/form-checks.js';

let api: TestApi;
beforeAll(async () => {
  api = await demoApi();
}, 60_000);
afterAll(() => api.close());

const page = (url: string) => api.app.inject({ method: 'GET', url });
/** The text of the summary card of one recommendation. */
const card = (html: string, id: string) => {
  const start = html.indexOf(`id="${id}"`);
  expect(start, `card ${id}`).toBeGreaterThan(-1);
  return text(html.slice(start, html.indexOf('</dl>', start)));
};

describe('the recommendations page', () => {
  it('shows each recommendation with its committee and council, recipient, response, reasons and date', async () => {
    const response = await page('/recommendations');
    expect(response.statusCode).toBe(200);
    const answered = card(response.body, 'pcp-2018-10-05-rec-1');
    expect(answered).toContain('Illustrative: report to the panel how the devolution capacity contribution');
    expect(answered).toMatch(
      /Committee Gloucestershire Police and Crime Panel \(illustrative\) ?, of Gloucestershire County Council/,
    );
    expect(answered).toContain('5 October 2018');
    expect(answered).toContain('Office of the Police and Crime Commissioner');
    expect(answered).toContain(
      'Partly accepted on 30 November 2018, by Police and Crime Commissioner for Gloucestershire',
    );
    expect(answered).toContain('Illustrative: a yearly report, not one at every panel meeting');
    const unanswered = card(response.body, 'pcp-2018-10-05-rec-2');
    expect(unanswered).toContain('Awaiting a response');
    expect(unanswered).toContain('Leadership Gloucestershire');
    expect(unanswered).toContain('4 December 2018');
  });

  it('lists the unanswered recommendation, past its due date, as overdue', async () => {
    const body = (await page('/recommendations')).body;
    const overdue = text(body.slice(body.indexOf('id="overdue"'), body.indexOf('Filter</h2>')));
    expect(overdue).toContain("Illustrative: publish the partnership's action tracker");
    expect(overdue).not.toContain('devolution capacity contribution');
  });

  it('filters "awaiting a response for more than N days" as the JSON API does', async () => {
    const url = '/recommendations?moreThanDays=60&awaitingOn=2019-01-01';
    const json = RecommendationList.parse(
      (await page(url.replace('/recommendations', '/reports/recommendations'))).json(),
    );
    expect(json.recommendations.map((r) => r.recommendationId)).toEqual(['pcp-2018-10-05-rec-2']);
    const body = (await page(url)).body;
    expect(text(body)).toContain('1 recommendation awaiting a response for more than 60 days');
    expect(body).toContain('id="pcp-2018-10-05-rec-2"');
    expect(body).not.toContain('id="pcp-2018-10-05-rec-1"');
    expect(text(body)).toContain('waiting 88 days');
    expect(body).toContain('href="/recommendations.csv?awaitingOn=2019-01-01&amp;moreThanDays=60"');
  });

  it('answers a bad filter with the form and the error summary, not a 500', async () => {
    const days = await page('/recommendations?moreThanDays=soon');
    expect(days.statusCode).toBe(400);
    expect(days.body).toContain('govuk-error-summary');
    expect(days.body).toContain('href="#moreThanDays"');
    const date = await page('/recommendations?awaitingOn-day=31&awaitingOn-month=2&awaitingOn-year=2019');
    expect(date.statusCode).toBe(400);
    expect(text(date.body)).toContain('The "waiting on" date must be a real date');
  });

  it('offers the CSV of the same rows', async () => {
    const csv = await page('/recommendations.csv?overdueOn=2019-01-01');
    expect(csv.statusCode).toBe(200);
    expect(csv.body).toContain('pcp-2018-10-05-rec-2');
    expect(csv.body).not.toContain('pcp-2018-10-05-rec-1');
  });

  it('is in the main navigation, and a scrutiny committee links to its recommendations', async () => {
    expect((await page('/')).body).toContain('href="/recommendations"');
    const panel = await page('/bodies/gloucestershire-police-and-crime-panel');
    expect(panel.body).toContain('href="/recommendations?scrutinyBodyId=gloucestershire-police-and-crime-panel"');
  });
});
