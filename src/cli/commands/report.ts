/**
 * `ledger report reconciliation|decisions|actions|attendance [--fund ID] [--as-at ISO]
 * [--format table|csv|json]`: the read models' own queries, as a terminal table, CSV for a
 * spreadsheet (UTF-8, a header row, pounds with two decimals) or JSON (pence, as the HTTP API).
 * `--as-at` reads the same read models as the ledger stood then (a query, not a replay).
 */
import type { Command } from 'commander';
import { isSearchQueryError } from '../../projections/decision-register/index.js';
import { parseFormat, printJson, UsageError } from '../output.js';
import { withStoreOptions } from '../store-options.js';
import { parseAsAt, withExistingLedger } from './open-existing.js';
import { actionsReport } from './report/actions.js';
import { attendanceReportKind } from './report/attendance.js';
import { decisionsReport } from './report/decisions.js';
import { withReadModel } from './report/read-model.js';
import type { ReportKind, ReportQuery } from './report/report-kind.js';
import { reconciliationReport } from './report/reconciliation.js';

function queryFrom(kind: Pick<ReportKind<unknown>, 'name' | 'byFund' | 'searchable'>, options: Record<string, unknown>): ReportQuery {
  const asAt = parseAsAt(options.asAt);
  const fundId = typeof options.fund === 'string' ? options.fund : undefined;
  if (fundId !== undefined && !kind.byFund) throw new UsageError(`--fund narrows the reconciliation and decisions reports, not ${kind.name}`);
  const q = typeof options.q === 'string' ? options.q : undefined;
  if (q !== undefined && !kind.searchable) throw new UsageError(`--q searches the decisions report, not ${kind.name}`);
  return { ...(fundId ? { fundId } : {}), ...(asAt ? { asAt } : {}), ...(q !== undefined ? { q } : {}) };
}

/** A search with nothing to search for is the user's mistake: exit 2 with the reason. */
function searched<T>(query: () => T): T {
  try {
    return query();
  } catch (error) {
    if (isSearchQueryError(error)) throw new UsageError(error.message);
    throw error;
  }
}

function registerKind<T>(report: Command, kind: ReportKind<T>): void {
  withStoreOptions(report.command(kind.name))
    .description(kind.description)
    .option('--fund <id>', kind.byFund ? 'only this fund, e.g. devolution-capacity' : '(not for this report)')
    .option('--q <words>', kind.searchable ? 'only decisions whose title, wording or partners\' notes hold these words, e.g. "option 3"' : '(not for this report)')
    .option('--as-at <date>', 'as the ledger stood then: YYYY-MM-DD (end of day, UTC) or an ISO date-time')
    .option('--format <format>', 'table, csv or json', 'table')
    .action(async (options) => {
      const format = parseFormat(options.format, ['table', 'csv', 'json']);
      const query = queryFrom(kind, options);
      await withExistingLedger(options, async (ledger) => {
        const result = await withReadModel(ledger, query.asAt, (db) => searched(() => kind.query(db, query)));
        if (format === 'json') return printJson(result);
        process.stdout.write(format === 'csv' ? kind.csv(result) : `${kind.table(result).join('\n')}\n`);
      });
    });
}

export function registerReport(program: Command): void {
  const report = program
    .command('report')
    .description('reports from the read models: reconciliation, decisions, actions, attendance')
    .addHelpText('after', '\nRun `ledger report <report> --help` for the options of each.');
  registerKind(report, reconciliationReport);
  registerKind(report, decisionsReport);
  registerKind(report, actionsReport);
  registerKind(report, attendanceReportKind);
}
