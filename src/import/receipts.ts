/**
 * The finance officer's receipts CSV: `date,fund,organisation,amount,reference`, one row per
 * payment received, each recorded as a RecordContribution. An optional sixth column `source` says
 * where a row comes from: `finance-system` (the default) or `illustrative` (made up, not a real
 * payment), which every view of the money then shows. A row is identified by who paid and
 * their remittance reference, so importing the same row again records nothing, and a row whose
 * amount or date has changed since it was imported is refused.
 */
import { z } from 'zod';
import { docKeyOf } from './command-ids.js';
import { readCsv } from './csv.js';
import { clerkErrors, issuePath, pathText, type ImportIssue } from './issues.js';
import { CommandList } from './plan/planned.js';
import { Amount, DateText, Id, Text } from './schemas/common.js';
import type { ImportUnit } from './unit.js';

const REQUIRED_COLUMNS = ['date', 'fund', 'organisation', 'amount', 'reference'] as const;
const ALL_COLUMNS = [...REQUIRED_COLUMNS, 'source'] as const;

const ReceiptSource = z.enum(['finance-system', 'illustrative'], {
  error: 'the source is finance-system (a real payment) or illustrative (made up); leave it empty for finance-system',
});

const Receipt = z.strictObject({
  date: DateText,
  fund: Id,
  organisation: Id,
  amount: Amount,
  reference: Text,
  source: z.preprocess((value) => (value === '' ? undefined : value), ReceiptSource.default('finance-system')),
});
type Receipt = z.infer<typeof Receipt>;

export function readReceipts(file: string, text: string): { units: ImportUnit[]; issues: ImportIssue[] } {
  const csv = readCsv(text);
  if (!csv.ok) return { units: [], issues: [{ file, line: csv.line, message: csv.message }] };
  const [header, ...rows] = csv.lines;
  const expected = REQUIRED_COLUMNS.join(',');
  const columns = header?.fields.join(',') === ALL_COLUMNS.join(',') ? ALL_COLUMNS : REQUIRED_COLUMNS;
  if (!header || header.fields.join(',') !== columns.join(',')) {
    const message = `the first line must be the column names ${expected} (and, optionally, source)`;
    return { units: [], issues: [{ file, line: header?.line ?? 1, message }] };
  }
  const units: ImportUnit[] = [];
  const issues: ImportIssue[] = [];
  const seen = new Map<string, number>();
  for (const { line, fields } of rows) {
    if (fields.length !== columns.length) {
      const hint = fields.length > columns.length ? '; put an amount with commas in double quotes, e.g. "£10,000"' : '';
      issues.push({
        file,
        line,
        message: `expected ${columns.length} fields (${columns.join(',')}) but found ${fields.length}${hint}`,
      });
      continue;
    }
    const parsed = Receipt.safeParse(Object.fromEntries(columns.map((column, index) => [column, fields[index]])), {
      error: clerkErrors,
    });
    if (!parsed.success) {
      for (const issue of parsed.error.issues)
        issues.push({ file, line, path: pathText(issuePath(issue)), message: issue.message });
      continue;
    }
    const key = `${parsed.data.organisation}/${parsed.data.reference}`;
    const first = seen.get(key);
    if (first !== undefined) {
      issues.push({
        file,
        line,
        path: 'reference',
        message:
          `${parsed.data.organisation} already paid under reference ${parsed.data.reference} on line ` +
          `${first}; each payment is listed once`,
      });
      continue;
    }
    seen.set(key, line);
    units.push(receiptUnit(file, line, parsed.data));
  }
  return { units, issues };
}

function receiptUnit(file: string, line: number, receipt: Receipt): ImportUnit {
  const docKey = docKeyOf('Receipt', `${receipt.organisation}/${receipt.reference}`);
  return {
    file,
    label: {},
    name: `line ${line} (receipt ${receipt.reference} from ${receipt.organisation})`,
    docKey,
    lineOf: () => line,
    leavesUnder: () => ALL_COLUMNS.map((column) => ({ path: [column], value: receipt[column], line })),
    plan: () => {
      const list = new CommandList(docKey, receipt.date, receipt.source);
      const data = {
        fundId: receipt.fund,
        organisation: receipt.organisation,
        amount: receipt.amount,
        receivedOn: receipt.date,
        remittanceReference: receipt.reference,
      };
      list.add('RecordContribution', data, { path: 'contribution', fieldPath: [], section: `line ${line}` });
      return list.commands;
    },
  };
}
