/**
 * UK public-sector financial years run from 1 April to 31 March and are written "2016/17".
 * Business dates are `YYYY-MM-DD`; a date-time is read by the calendar date written in it, so
 * "2017-03-31T23:30:00Z" belongs to 2016/17 whatever the reader's time zone.
 */
import { z } from 'zod';

const SHAPE = /^(\d{4})\/(\d{2})$/;

function twoDigits(year: number): string {
  return String(year % 100).padStart(2, '0');
}

function label(startYear: number): string {
  return `${startYear}/${twoDigits(startYear + 1)}`;
}

function startYearOf(financialYear: string): number | undefined {
  const match = SHAPE.exec(financialYear);
  if (!match) return undefined;
  const start = Number(match[1]);
  return match[2] === twoDigits(start + 1) ? start : undefined;
}

export const FinancialYear = z
  .string()
  .refine(
    (text) => startYearOf(text) !== undefined,
    'write a financial year as "2016/17": the year it starts, a slash, and the last two digits of the next year',
  )
  .describe('A financial year, 1 April to 31 March, written "2016/17"');
export type FinancialYear = z.infer<typeof FinancialYear>;

function startYearOrThrow(financialYear: string): number {
  const start = startYearOf(financialYear);
  if (start === undefined) throw new Error(`Bug: "${financialYear}" is not a financial year written like "2016/17"`);
  return start;
}

/** The financial year a date (or the calendar date of a date-time) falls in: "2017-03-31" -> "2016/17". */
export function financialYearOf(date: string): FinancialYear {
  const match = /^(\d{4})-(\d{2})-\d{2}/.exec(date);
  if (!match) throw new Error(`Bug: "${date}" does not start with a YYYY-MM-DD date`);
  const year = Number(match[1]);
  return label(Number(match[2]) >= 4 ? year : year - 1);
}

/** First day of the year: "2016/17" -> "2016-04-01". */
export function financialYearStart(financialYear: FinancialYear): string {
  return `${startYearOrThrow(financialYear)}-04-01`;
}

/** Last day of the year: "2016/17" -> "2017-03-31". */
export function financialYearEnd(financialYear: FinancialYear): string {
  return `${startYearOrThrow(financialYear) + 1}-03-31`;
}
