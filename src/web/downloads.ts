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
import { recommendationsReport } from '../cli/commands/report/recommendations.js';
import { reconciliationReport } from '../cli/commands/report/reconciliation.js';
import { workProgrammeReportKind } from '../cli/commands/report/work-programme.js';
import type { ReportKind } from '../cli/commands/report/report-kind.js';
import type { Ledger } from '../compose.js';
import { isSearchQueryError } from '../projections/decision-register/index.js';
import { AsAtQuery } from './shared/query.js';
import { withReadModels } from './shared/read-models.js';

function sendCsv(reply: FastifyReply, name: string, csv: string): FastifyReply {
  return reply
    .type('text/csv; charset=utf-8')
    .header('content-disposition', `attachment; filename="${name}.csv"`)
    .send(csv);
}

interface Download<T, Filters extends z.ZodObject> {
  readonly url: string;
  readonly name: string;
  /** The `ledger report` kind whose filters, read model and CSV writer the download shares. */
  readonly report: ReportKind<T, Filters>;
}

function registerDownload<T, Filters extends z.ZodObject>(
  app: FastifyInstance,
  ledger: Ledger,
  download: Download<T, Filters>,
): void {
  const { report } = download;
  app.get(download.url, { schema: { hide: true } }, async (request, reply) => {
    const Query = z.strictObject({ ...AsAtQuery.shape, ...report.filters.shape });
    const parsed = Query.safeParse(request.query);
    if (!parsed.success) {
      const errors = parsed.error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message }));
      return sendProblem(
        reply,
        problem('INVALID_INPUT', errors.map((e) => `${e.path}: ${e.message}`).join('; '), { errors }),
      );
    }
    const { asAt } = AsAtQuery.parse(parsed.data);
    const filters = report.filters.parse(parsed.data);
    try {
      const csv = await withReadModels(ledger, asAt, ({ db }) => report.csv(report.query(db, filters, asAt)));
      return await sendCsv(reply, download.name, csv);
    } catch (error) {
      if (!isSearchQueryError(error)) throw error;
      return sendProblem(
        reply,
        problem('INVALID_INPUT', error.message, { errors: [{ path: 'q', message: error.message }] }),
      );
    }
  });
}

export function registerDownloads(app: FastifyInstance, ledger: Ledger): void {
  registerDownload(app, ledger, { url: '/decisions.csv', name: 'decisions', report: decisionsReport });
  registerDownload(app, ledger, { url: '/actions.csv', name: 'actions', report: actionsReport });
  registerDownload(app, ledger, { url: '/funds.csv', name: 'reconciliation', report: reconciliationReport });
  registerDownload(app, ledger, {
    url: '/recommendations.csv',
    name: 'recommendations',
    report: recommendationsReport,
  });
  registerDownload(app, ledger, {
    url: '/work-programme.csv',
    name: 'work-programme',
    report: workProgrammeReportKind,
  });
}
