/**
 * CSV downloads of the pages' tables, written by the same CSV writers as `ledger report --format
 * csv`, from the same read models and with the same filters and as-at date as the page.
 */
import type { FastifyInstance, FastifyReply } from 'fastify';
import { z } from 'zod';
import { sendProblem } from '../api/error-handler.js';
import { problem } from '../api/problem.js';
import { actionsReport } from '../cli/commands/report/actions.js';
import { decisionsReport } from '../cli/commands/report/decisions.js';
import { reconciliationReport } from '../cli/commands/report/reconciliation.js';
import type { Ledger } from '../compose.js';
import { FinancialYear } from '../domain/shared/financial-year.js';
import { ActionFilters, actionTrackerProjection, listActions } from '../projections/action-tracker/index.js';
import { commitmentsView } from '../projections/commitments/index.js';
import { DecisionFilters, decisionRegisterProjection, isSearchQueryError, listDecisions } from '../projections/decision-register/index.js';
import { AsAtQuery } from './shared/query.js';
import { withReadModels } from './shared/read-models.js';

function sendCsv(reply: FastifyReply, name: string, csv: string): FastifyReply {
  return reply.type('text/csv; charset=utf-8').header('content-disposition', `attachment; filename="${name}.csv"`).send(csv);
}

interface Download<S extends z.ZodObject> {
  readonly url: string;
  readonly name: string;
  readonly query: S;
  readonly csv: (ledger: Ledger, query: z.infer<S> & { asAt?: string }) => Promise<string>;
}

function registerDownload<S extends z.ZodObject>(app: FastifyInstance, ledger: Ledger, download: Download<S>): void {
  app.get(download.url, { schema: { hide: true } }, async (request, reply) => {
    const parsed = z.strictObject({ ...AsAtQuery.shape, ...download.query.shape }).safeParse(request.query);
    if (!parsed.success) {
      const errors = parsed.error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message }));
      return sendProblem(reply, problem('INVALID_INPUT', errors.map((e) => `${e.path}: ${e.message}`).join('; '), { errors }));
    }
    try {
      return sendCsv(reply, download.name, await download.csv(ledger, parsed.data as z.infer<S> & { asAt?: string }));
    } catch (error) {
      if (!isSearchQueryError(error)) throw error;
      return sendProblem(reply, problem('INVALID_INPUT', error.message, { errors: [{ path: 'q', message: error.message }] }));
    }
  });
}

const downloads = [
  {
    url: '/decisions.csv',
    name: 'decisions',
    query: DecisionFilters,
    csv: (ledger, { asAt, ...filters }) => withReadModels(ledger, [decisionRegisterProjection], asAt, ({ db }) => decisionsReport.csv(listDecisions(db, filters))),
  } satisfies Download<typeof DecisionFilters>,
  {
    url: '/actions.csv',
    name: 'actions',
    query: ActionFilters,
    csv: (ledger, { asAt, ...filters }) => withReadModels(ledger, [actionTrackerProjection], asAt, ({ db }) => actionsReport.csv(listActions(db, filters))),
  } satisfies Download<typeof ActionFilters>,
  {
    url: '/funds.csv',
    name: 'reconciliation',
    query: z.object({ fundId: z.string().optional(), financialYear: FinancialYear.optional() }),
    csv: async (ledger, query) => reconciliationReport.csv(commitmentsView(ledger.readDb, query)),
  } satisfies Download<z.ZodObject<{ fundId: z.ZodOptional<z.ZodString>; financialYear: z.ZodOptional<typeof FinancialYear> }>>,
] as const;

export function registerDownloads(app: FastifyInstance, ledger: Ledger): void {
  for (const download of downloads) registerDownload(app, ledger, download as never);
}
