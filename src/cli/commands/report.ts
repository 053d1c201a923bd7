/**
 * `ledger report reconciliation|decisions|actions|attendance [filters] [--as-at ISO]
 * [--format table|csv|json]`: the read models' own queries, narrowed by the same filters as their
 * HTTP routes (`--body`, `--organisation`, `--status`, `--owner`, `--q`, `--fund`,
 * `--financial-year` ...), as a terminal table, CSV for a spreadsheet (UTF-8, a header row, pounds with two decimals)
 * or JSON (pence, as the HTTP API).
 * `--as-at` reads the same read models as the ledger stood then (a query, not a replay).
 */
import type { Command } from 'commander';
import type { z } from 'zod';
import { isSearchQueryError } from '../../projections/decision-register/index.js';
import { withReadModel } from '../../projections/read.js';
import { loadNames } from '../../web/shared/names.js';
import { IDS_HELP } from './report/ids-option.js';
import { parseFormat, printJson, UsageError } from '../output.js';
import { withStoreOptions } from '../store-options.js';
import { parseAsAt, withExistingLedger } from './open-existing.js';
import { actionsReport } from './report/actions.js';
import { attendanceReportKind } from './report/attendance.js';
import { awaitingAuthorisationReport } from './report/awaiting-authorisation.js';
import { decisionsReport } from './report/decisions.js';
import { registerLineageReport } from './report/lineage.js';
import { registerPartnerReport } from './report/partner.js';
import { registerPeopleReport } from './report/people.js';
import { addFilterOptions, filtersFrom } from './report/filter-options.js';
import type { ReportKind } from './report/report-kind.js';
import { reconciliationReport } from './report/reconciliation.js';
import { recommendationsReport } from './report/recommendations.js';
import { workProgrammeReportKind } from './report/work-programme.js';

/** A search with nothing to search for is the user's mistake: exit 2 with the reason. */
function searched<T>(query: () => T): T {
  try {
    return query();
  } catch (error) {
    if (isSearchQueryError(error)) throw new UsageError(error.message);
    throw error;
  }
}

function registerKind<T, Filters extends z.ZodObject>(report: Command, kind: ReportKind<T, Filters>): void {
  const command = withStoreOptions(report.command(kind.name)).description(kind.description);
  addFilterOptions(command, kind.filters)
    .option('--as-at <date>', 'as the ledger stood then: YYYY-MM-DD (end of day, UTC) or an ISO date-time')
    .option('--format <format>', 'table, csv or json', 'table')
    .option('--ids', IDS_HELP)
    .action(async (options: Record<string, unknown>) => {
      const format = parseFormat(String(options.format), ['table', 'csv', 'json']);
      const filters = filtersFrom(kind.filters, options);
      const asAt = parseAsAt(options.asAt);
      await withExistingLedger(options, async (ledger) => {
        const { result, names } = await withReadModel(
          ledger,
          asAt,
          (s) => ({
            result: searched(() => kind.query(s.db, filters, asAt)),
            names: loadNames(s.db, { ids: options.ids === true }),
          }),
          { catchUp: true },
        );
        if (format === 'json') printJson(result);
        else process.stdout.write(format === 'csv' ? kind.csv(result) : `${kind.table(result, names).join('\n')}\n`);
      });
    });
}

export function registerReport(program: Command): void {
  const report = program
    .command('report')
    .description(
      'reports from the read models: reconciliation, decisions, actions, attendance, lineage, ' +
        'partner, people, awaiting-authorisation, recommendations',
    )
    .addHelpText('after', '\nRun `ledger report <report> --help` for the options of each.');
  registerKind(report, reconciliationReport);
  registerKind(report, decisionsReport);
  registerKind(report, actionsReport);
  registerKind(report, attendanceReportKind);
  registerKind(report, awaitingAuthorisationReport);
  registerKind(report, recommendationsReport);
  registerKind(report, workProgrammeReportKind);
  registerLineageReport(report);
  registerPartnerReport(report);
  registerPeopleReport(report);
}
