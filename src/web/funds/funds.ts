/**
 * The funds: each fund's headline, and one fund's reconciliation per partner with its chart, allocations and
 * conditions.
 */
import { z } from 'zod';
import { FinancialYear } from '../../domain/shared/financial-year.js';
import { commitmentsView } from '../../projections/commitments/index.js';
import { partnerProfile } from '../../projections/partner-profile/index.js';
import { capital } from '../shared/sentence-parts.js';
import type { PageDefinition } from '../shared/page.js';
import { withReadModels } from '../shared/read-models.js';
import { today } from '../shared/today.js';
import { pledgedReceivedChart } from './chart.js';

const FundsQuery = z.object({ financialYear: FinancialYear.optional() });

/** Financial years from 2010/11 (the board's first annual report) to the current one. */
function financialYears(): string[] {
  const now = today();
  const current = Number(now.slice(0, 4)) - (now.slice(5) < '04-01' ? 1 : 0);
  const years: string[] = [];
  for (let start = current; start >= 2010; start--)
    years.push(`${start}/${String((start + 1) % 100).padStart(2, '0')}`);
  return years;
}

export const fundsPage: PageDefinition<typeof FundsQuery> = {
  url: '/funds',
  template: 'funds/list.njk',
  query: FundsQuery,
  async load({ ledger, asAt, query, link }) {
    const filters = query.financialYear ? { financialYear: query.financialYear } : {};
    const { view, names } = await withReadModels(ledger, asAt, ({ db, names }) => ({
      view: commitmentsView(db, filters),
      names,
    }));
    return {
      title: 'Funds',
      names,
      funds: view.funds,
      financialYear: query.financialYear ?? null,
      financialYears: financialYears(),
      alternates: [
        { text: 'JSON', href: link('/reports/commitments', { financialYear: query.financialYear }) },
        { text: 'CSV', href: link('/funds.csv', { financialYear: query.financialYear }) },
      ],
    };
  },
};

export const fundPage: PageDefinition<typeof FundsQuery> = {
  url: '/funds/:fundId',
  template: 'funds/fund.njk',
  query: FundsQuery,
  async load({ ledger, asAt, query, params, link }) {
    const fundId = params.fundId!;
    const financialYear = query.financialYear;
    const fund = await withReadModels(
      ledger,
      asAt,
      ({ db }) => commitmentsView(db, { fundId, ...(financialYear ? { financialYear } : {}) }).funds[0],
    );
    if (!fund)
      return {
        notFound: `No fund ${fundId} had been opened${asAt ? ` by the end of ${asAt}` : ''}.`,
        lookIn: { text: 'the list of funds', href: link('/funds') },
      };
    const { names, pledges } = await withReadModels(ledger, asAt, ({ db, names }) => ({
      names,
      pledges: fund.partners.flatMap((p) =>
        (partnerProfile(db, p.organisation)?.pledges ?? [])
          .filter((pledge) => pledge.fundId === fundId)
          .map((pledge) => ({ ...pledge, organisation: p.organisation })),
      ),
    }));
    const chart = pledgedReceivedChart(
      `chart-${fundId}`,
      fund.partners.map((p) => ({
        label: names.organisation(p.organisation),
        pledgedPence: p.pledgedPence,
        receivedPence: p.receivedPence,
      })),
    );
    return {
      title: fund.name,
      names,
      setUpBy: (decision: { proposalId: string; resolution: string }) => capital(names.minute(decision)),
      fund,
      pledges,
      chart,
      owing: fund.partners.filter((p) => p.outstandingPence > 0),
      awaiting: fund.partners.filter((p) => p.conditionalPence > 0),
      financialYear: financialYear ?? null,
      financialYears: financialYears(),
      alternates: [
        { text: 'JSON', href: link('/reports/commitments', { fundId, financialYear }) },
        { text: 'CSV', href: link('/funds.csv', { fundId, financialYear }) },
        { text: 'History (JSON)', href: link(`/history/fund-${fundId}`) },
      ],
    };
  },
};
