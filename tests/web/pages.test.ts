/**
 * The web pages over the seeded ledger: request, then the HTML, checked against the JSON API's figures for the same
 * query.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CommitmentsView } from '../../src/projections/commitments/index.js';
import { DecisionList } from '../../src/projections/decision-register/index.js';
import { formatMoney } from '../../src/web/shared/format.js';
import { get, seededApi } from '../api/reports/seeded.js';
import type { TestApi } from '../api/test-ledger.js';
import { demoApi } from './shared/demo-api.js';

let api: TestApi;
beforeAll(async () => {
  api = await seededApi();
});
afterAll(() => api.close());

/** The page's text with tags removed and entities decoded, spaces squeezed. */
const text = (html: string) =>
  html
    .replace(/<script[\s\S]*?<\/script>/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');

async function page(url: string, status = 200) {
  const response = await get(api, url);
  expect(response.statusCode, url).toBe(status);
  expect(response.headers['content-type']).toMatch(/^text\/html/);
  return { html: response.body, text: text(response.body) };
}

describe('the layout', () => {
  it(
    'serves the home page at /, with the ledger name in the header, a skip link and the ' +
      'accessibility statement in the footer',
    async () => {
      const { html, text: words } = await page('/');
      expect(html).toContain('class="govuk-skip-link"');
      expect(html).toMatch(/govuk-generic-header__homepage-link">\s*Partnership Ledger/);
      expect(html).toContain('href="/accessibility"');
      expect(words).not.toContain('GOV.UK');
      expect(html).not.toContain('govuk-header__logotype');
    },
  );

  it('says plainly what date it shows, and every link to a page keeps that date', async () => {
    const { html, text: words } = await page('/meetings/lg-2016-10-27?asAt=2017-03-31');
    expect(words).toContain('As the ledger stood at the end of 31 March 2017');
    const links = [...html.matchAll(/href="(\/[^"]*)"/g)].map((m) => m[1]!.replace(/&amp;/g, '&'));
    const pageLinks = links.filter(
      (href) =>
        !/^\/(govuk|web|assets|docs)\b/.test(href) &&
        href !== '/meetings/lg-2016-10-27' &&
        !href.startsWith('/meetings/lg-2016-10-27?'),
    );
    expect(pageLinks.length).toBeGreaterThan(10);
    for (const href of pageLinks) expect(href, href).toContain('asAt=2017-03-31');
  });

  it('turns the date input into one asAt and redirects to the tidy address', async () => {
    const response = await get(api, '/decisions?q=option&asAt-day=31&asAt-month=3&asAt-year=2017');
    expect(response.statusCode).toBe(303);
    expect(response.headers.location).toBe('/decisions?q=option&asAt=2017-03-31');
  });
});

describe('the as-at date is the recording date', () => {
  it('says the date control filters on when things were recorded, and when recording began', async () => {
    const { text: words } = await page('/decisions');
    expect(words).toContain(
      'The date things were recorded in the ledger, not the date of a meeting (recording began on 1 July 2011)',
    );
  });

  it(
    'explains an empty past: nothing recorded by then, and meetings held before recording began ' +
      'appear from that date on',
    async () => {
      const before = await page('/decisions?asAt=2010-12-31');
      expect(before.text).toContain('0 decisions');
      expect(before.text).toContain(
        'Nothing had been recorded by then. This ledger recorded its first entry on 1 July 2011',
      );
      const after = await page('/decisions?asAt=2016-10-27');
      expect(after.html).not.toContain('id="before-recording"');
    },
  );
});

describe('an address that is no page and no route', () => {
  const browser = 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8';

  it('is the 404 page for a browser, with the layout and a link home', async () => {
    const response = await api.app.inject({ method: 'GET', url: '/no-such-thing?x=1', headers: { accept: browser } });
    expect(response.statusCode).toBe(404);
    expect(response.headers['content-type']).toMatch(/^text\/html/);
    const words = text(response.body);
    expect(words).toContain('Page not found');
    expect(words).toContain('There is no page at /no-such-thing.');
    expect(response.body).toContain('class="govuk-skip-link"');
  });

  it.each([['application/json'], ['application/problem+json, text/html;q=0.5'], ['*/*'], [undefined]])(
    'stays problem+json for an API client (Accept: %s)',
    async (accept) => {
      const response = await api.app.inject({
        method: 'GET',
        url: '/no-such-thing',
        headers: accept ? { accept } : {},
      });
      expect(response.statusCode).toBe(404);
      expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(response.json()).toMatchObject({ code: 'NOT_FOUND' });
    },
  );

  it("leaves an API route's own 404 (an unknown decision) as problem+json even for a browser", async () => {
    const response = await api.app.inject({
      method: 'GET',
      url: '/reports/decisions/no-such-proposal/a',
      headers: { accept: browser },
    });
    expect(response.statusCode).toBe(404);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
  });
});

describe('the decision register', () => {
  it(
    'finds the same decisions as the JSON register for the same search, with names and dates as ' + 'people write them',
    async () => {
      const json = DecisionList.parse((await get(api, '/reports/decisions?q=option%203')).json());
      const { text: words } = await page('/decisions?q=option%203');
      expect(words).toContain(
        `${json.decisions.length} decision${json.decisions.length === 1 ? '' : 's'} matching “option 3”`,
      );
      for (const decision of json.decisions) expect(words).toContain(decision.text);
      expect(words).toContain('Leadership Gloucestershire, 27 October 2016');
    },
  );

  it('as at a past date counts what the JSON register counts then', async () => {
    const json = DecisionList.parse((await get(api, '/reports/decisions?asAt=2016-10-27')).json());
    const { text: words } = await page('/decisions?asAt=2016-10-27');
    expect(words).toContain(`${json.decisions.length} decisions`);
    expect(words).toContain('As the ledger stood at the end of 27 October 2016');
  });

  it(
    'answers a bad filter with a 400 page: the form again, with the GOV.UK error summary ' + 'linking to the field',
    async () => {
      const { html, text: words } = await page('/decisions?from-day=40&from-month=1&from-year=2016', 400);
      expect(html).toContain('govuk-error-summary');
      expect(html).toContain('href="#from-day"');
      expect(words).toContain('The "from" date must be a real date');
      expect(html).toContain('<title>Error: Decision register');
    },
  );

  it(
    'keeps the choice of each filter selected from one request to the next (the filter form is ' +
      'rendered once per choice)',
    async () => {
      const selected = (html: string, select: string) => {
        const options = html.slice(
          html.indexOf(`id="${select}"`),
          html.indexOf('</select>', html.indexOf(`id="${select}"`)),
        );
        return [...options.matchAll(/<option value="([^"]*)"\s*selected/g)].map((m) => m[1]);
      };
      const stroud = await page('/decisions?organisationId=stroud-district-council');
      expect(selected(stroud.html, 'organisationId')).toEqual(['stroud-district-council']);
      const cotswold = await page('/decisions?organisationId=cotswold-district-council&status=in-force');
      expect(selected(cotswold.html, 'organisationId')).toEqual(['cotswold-district-council']);
      expect(selected(cotswold.html, 'status')).toEqual(['in-force']);
      const any = await page('/decisions');
      expect(selected(any.html, 'organisationId')).toEqual([]);
      expect(selected(any.html, 'status')).toEqual([]);
    },
  );

  it('answers a search with no words with a 400 page naming the search field', async () => {
    const { html } = await page('/decisions?q=***', 400);
    expect(html).toContain('href="#q"');
  });
});

describe('a decision', () => {
  it("shows 3 a), the option agreed, Stroud's concerns and who sent apologies, as the JSON does", async () => {
    const json = (await get(api, '/reports/decisions/lg-2016-10-27-item-3/a')).json<
      DecisionList['decisions'][number]
    >();
    const { text: words } = await page('/decisions/lg-2016-10-27-item-3/a');
    expect(words).toContain(json.text);
    const stroud = json.positions.find((p) => p.organisationId === 'stroud-district-council')!;
    expect(words).toContain(stroud.note!);
    expect(words).toContain('Stroud District Council');
    expect(words).toContain(`Option ${json.optionAgreed!.key}: ${json.optionAgreed!.text}`);
  });

  it(
    'shows Stroud as having concerns and not supporting, and says the nine are inferred from ' +
      "the minutes' own sentence",
    async () => {
      const json = (await get(api, '/reports/decisions/lg-2016-10-27-item-3/a')).json<
        DecisionList['decisions'][number]
      >();
      const inferredInJson = json.positions.filter((p) => p.basis === 'inferred').length;
      expect(inferredInJson).toBeGreaterThan(0);
      const { text: words } = await page('/decisions/lg-2016-10-27-item-3/a');
      expect(words).toMatch(/Stroud District Council\s+Concerns \(not supporting\)/);
      const inferred =
        "Not minuted individually: inferred from the minutes' words “Nine of the 10 partners around " +
        'the table broadly supported option 3';
      expect(words.split(inferred).length - 1).toBe(inferredInJson);
    },
  );

  it('answers an unknown decision with a 404 page that says what was looked for and where to look', async () => {
    const { html, text: words } = await page('/decisions/lg-2016-10-27-item-9/z', 404);
    expect(words).toContain('No decision z) of lg-2016-10-27-item-9 is recorded');
    expect(html).toContain('href="/decisions"');
  });
});

describe('a fund', () => {
  it(
    "shows each partner's pledged, received and outstanding sums as the JSON reconciliation " + 'does, in pounds',
    async () => {
      const fund = CommitmentsView.parse((await get(api, '/reports/commitments?fundId=devolution-capacity')).json())
        .funds[0]!;
      const { html, text: words } = await page('/funds/devolution-capacity');
      expect(words).toContain(`Pledged ${formatMoney(fund.totals.pledgedPence)}`);
      expect(words).toContain(`Received ${formatMoney(fund.totals.receivedPence)}`);
      expect(words).toContain(`Committable ${formatMoney(fund.committableBalancePence)}`);
      const pcc = fund.partners.find((p) => p.organisation === 'office-of-the-pcc')!;
      expect(words).toContain(
        `Office of the Police and Crime Commissioner for Gloucestershire ` +
          `${formatMoney(pcc.askedPence)} ${formatMoney(pcc.pledgedPence)} ` +
          `${formatMoney(pcc.conditionalPence)} ${formatMoney(pcc.authorisedByPartnerPence)} ` +
          `${formatMoney(pcc.receivedPence)} ${formatMoney(pcc.outstandingPence)}`,
      );
      expect(html).toMatch(/<svg class="ledger-chart" role="img" aria-labelledby="[^"]+-title [^"]+-desc"/);
      expect(words).toContain(`Stroud District Council: pledged £10,000, received £10,000.`);
      expect(words).toContain("Partners' own decisions");
      expect(words).toContain('Not yet authorised by the partner');
    },
  );

  it('shows the money of one financial year, and refuses a year written wrongly', async () => {
    const fund = CommitmentsView.parse(
      (await get(api, '/reports/commitments?fundId=devolution-capacity&financialYear=2017/18')).json(),
    ).funds[0]!;
    const { text: words } = await page('/funds/devolution-capacity?financialYear=2017/18');
    expect(words).toContain(`Received ${formatMoney(fund.totals.receivedPence)}`);
    const { html } = await page('/funds/devolution-capacity?financialYear=2017-18', 400);
    expect(html).toContain('href="#financialYear"');
  });
});

describe('meetings against today', () => {
  // The seed meetings (2016 and 2018) are all past: the ones the minutes schedule for later in 2018
  // ("Item 10: future meetings") are no longer "coming up", and no body has a next meeting.
  it('lists no past meeting as coming up', async () => {
    const { text: words } = await page('/');
    const passed = words.indexOf('Date passed, not yet recorded as held');
    const comingUp = words.slice(words.indexOf('Coming up'), passed);
    expect(comingUp).toMatch(/No meetings are scheduled on or after \d{1,2} \w+ 20\d\d\./);
    expect(comingUp).not.toMatch(/Leadership Gloucestershire, \d/);
    // The meetings "Item 10: future meetings" scheduled are past and have no minutes in the ledger.
    expect(words.slice(passed, words.indexOf('Recently held'))).toContain(
      'Leadership Gloucestershire, 6 December 2018',
    );
  });

  it('gives a body no next meeting when every one it scheduled is past', async () => {
    const { text: words } = await page('/bodies/leadership-gloucestershire');
    expect(words).not.toContain('Next meeting:');
    expect(words).toMatch(/No meeting of this body is scheduled on or after \d{1,2} \w+ 20\d\d\./);
  });
});

describe('the other page types', () => {
  it.each([
    ['/meetings/lg-2016-10-27', ['Cllr Dave Norman', 'Substitute for Cllr Paul James', '3. Community Safety Review']],
    ['/actions?overdueOn=2018-09-01', ['overdue on 1 September 2018']],
    ['/organisations/stroud-district-council', ['Stroud District Council', 'Leadership Gloucestershire']],
    ['/bodies/leadership-gloucestershire', ['Members and representatives', 'Stroud District Council']],
    [
      '/audit/fund-devolution-capacity',
      ['Chain status', 'Intact', '0000000000000000000000000000000000000000000000000000000000000000'],
    ],
    ['/audit', ['npx ledger verify']],
    ['/accessibility', ['Accessibility statement for Partnership Ledger']],
    ['/funds', ['Devolution capacity']],
  ])('%s shows what it is for', async (url, expected) => {
    const { text: words } = await page(url);
    for (const phrase of expected) expect(words).toContain(phrase);
  });
});

describe("a meeting's page keeps what the minutes say under each item", () => {
  it('lists the dates the minutes give under One Government Estate, and the positions on the KPMG review', async () => {
    const { text: words } = await page('/meetings/lg-2016-10-27');
    // "The outcome of the first stage of the bidding process was expected on 28 October. If successful, £50,000
    // would be available to develop a case for £500,000 of additional funds ..."
    expect(words).toContain('Dates given in the minutes');
    expect(words).toContain('28 October 2016: Outcome of the first stage of the One Government Estate bidding process');
    expect(words).toContain('£50,000 would be available to develop a case for £500,000');
    expect(words).toContain('16 December 2016: Stage 2 bid to be submitted');
    expect(words).toContain("Partners' positions on item 5");
    expect(words).toContain('Pat Pratley was prepared to reshuffle resources at Cheltenham BC');
  });
});

describe('CSV downloads', () => {
  it.each([
    ['/decisions.csv?q=option%203', 'meeting_date,meeting_id,item,resolution'],
    [
      '/funds.csv?fundId=devolution-capacity',
      'devolution-capacity,Devolution capacity,office-of-the-pcc,10000.00,10000.00,10000.00,0.00,0.00',
    ],
    ['/actions.csv?status=open', 'lg-2016-10-27-3-1'],
  ])('%s downloads the table as the CLI writes it', async (url, expected) => {
    const response = await get(api, url);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(response.body).toContain(expected);
  });

  it('refuses a bad filter with a problem naming it', async () => {
    const response = await get(api, '/funds.csv?financialYear=2016-17');
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ code: 'INVALID_INPUT', errors: [{ path: 'financialYear' }] });
  });
});

describe("the demo's illustrative third meeting", () => {
  let demo: TestApi;
  beforeAll(async () => {
    demo = await demoApi();
  }, 120_000);
  afterAll(() => demo.close());

  it("shows each item's kind and outcome, and the declaration of interest under its item", async () => {
    const response = await get(demo, '/meetings/lg-2018-09-20');
    expect(response.statusCode).toBe(200);
    const words = text(response.body);
    // Each item's heading (and who introduced it), then what it was for and what came of it, in agenda order.
    const items = [
      ['1. Actions arising', 'For information. Outcome: noted.'],
      ['2. Devolution capacity Introduced by Pete Bungard', 'For decision. Outcome: agreed.'],
      ['3. Community Safety Partnership', 'For information. Outcome: welcomed.'],
      ['4. Vision 2050 engagement Introduced by Jane Burns', 'For decision. Outcome: agreed.'],
      ["5. Vision 2050 engagement, the partners' replies", 'For discussion. Outcome: noted.'],
    ];
    let from = 0;
    for (const [heading, kind] of items) {
      const at = words.indexOf(`${heading} ${kind}`, from);
      expect(at, `${heading} ${kind}`).toBeGreaterThan(from);
      from = at;
    }
    const declaration = words.indexOf(
      'For decision. Outcome: agreed. Declarations of interest: Martin Surl ' +
        "(Illustrative: the Office of the PCC's pledge is discussed under this item)",
    );
    expect(declaration).toBeGreaterThan(words.indexOf('2. Devolution capacity'));
    expect(declaration).toBeLessThan(words.indexOf('3. Community Safety Partnership'));
  });
});

describe('names, not ids, wherever a reader reads', () => {
  /** Ids of the seeded directory and meetings; each page links by them but should never show them as text. */
  const ids = [
    'stroud-district-council',
    'office-of-the-pcc',
    'gloucestershire-county-council',
    'leadership-gloucestershire',
    'devolution-capacity',
    'laa-reward-grant',
    'lg-2016-10-27',
    'lg-2018-06-14',
    'district-chief-executives-group',
  ];

  it.each([
    '/meetings/lg-2016-10-27',
    '/meetings/lg-2018-06-14',
    '/decisions',
    '/decisions/lg-2016-10-27-item-3/a',
    '/decisions/lg-2016-10-27-item-5/a',
    '/actions',
    '/actions/lg-2016-10-27-3-1',
    '/funds',
    '/funds/devolution-capacity',
    '/funds/laa-reward-grant',
    '/organisations/stroud-district-council',
    '/bodies/leadership-gloucestershire',
    '/bodies/leadership-gloucestershire/work-programme',
    '/people',
  ])('%s names every organisation, body, fund and meeting it shows', async (url) => {
    const { text: words } = await page(url);
    expect(words).toMatch(/Leadership Gloucestershire|Stroud District Council|Devolution capacity|Reward Grant/);
    for (const id of ids) expect(words, `${url} shows ${id}`).not.toMatch(new RegExp(`(^|[^-/\\w])${id}($|[^-\\w])`));
  });
});
