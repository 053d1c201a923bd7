/**
 * A page's query string: empty fields dropped, GOV.UK date inputs (`asAt-day`, `asAt-month`,
 * `asAt-year`) turned into one `asAt=YYYY-MM-DD`, and the rest checked by the page's zod schema.
 * Every problem becomes a field error for the GOV.UK error summary.
 */
import { z } from 'zod';
import { IsoDate } from '../../domain/shared/dates.js';

export interface FieldError {
  /** The id of the input at fault, which the error summary links to. */
  readonly field: string;
  readonly text: string;
}

export interface ReadQuery {
  readonly values: Record<string, string>;
  readonly errors: FieldError[];
  /** The date parts the user typed, kept to show them again beside an error. */
  readonly dateParts: Record<string, { day: string; month: string; year: string }>;
  /** True when date inputs were turned into ISO dates: the page redirects to the tidy URL. */
  readonly tidied: boolean;
}

const DATE_LABELS: Record<string, string> = {
  asAt: 'The "as at" date',
  from: 'The "from" date',
  to: 'The "to" date',
  overdueOn: 'The "overdue on" date',
  awaitingOn: 'The "waiting on" date',
  slippedOn: 'The "slipped by" date',
};

function isRealDate(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return (
    year >= 1900 &&
    year <= 9999 &&
    date.getUTCFullYear() === year &&
    date.getUTCMonth() === month - 1 &&
    date.getUTCDate() === day
  );
}

function first(value: unknown): string {
  const given: unknown = Array.isArray(value) ? value[0] : value;
  return (typeof given === 'string' || typeof given === 'number' ? String(given) : '').trim();
}

/** Reads the date fields' parts and drops empty values; `values` keeps everything else as given. */
export function readQuery(raw: Record<string, unknown>, dateFields: readonly string[]): ReadQuery {
  const values: Record<string, string> = {};
  const errors: FieldError[] = [];
  const dateParts: ReadQuery['dateParts'] = {};
  let tidied = false;
  for (const [key, value] of Object.entries(raw)) {
    const text = first(value);
    if (text !== '' && !/-(day|month|year)$/.test(key)) values[key] = text;
  }
  for (const field of dateFields) {
    const parts = {
      day: first(raw[`${field}-day`]),
      month: first(raw[`${field}-month`]),
      year: first(raw[`${field}-year`]),
    };
    if (!(`${field}-day` in raw || `${field}-month` in raw || `${field}-year` in raw)) continue;
    tidied = true;
    if (parts.day === '' && parts.month === '' && parts.year === '') {
      Reflect.deleteProperty(values, field);
      continue;
    }
    const [day, month, year] = [parts.day, parts.month, parts.year].map((part) =>
      /^\d{1,4}$/.test(part) ? Number(part) : NaN,
    ) as [number, number, number];
    if (isRealDate(year, month, day)) {
      values[field] =
        `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
    } else {
      dateParts[field] = parts;
      errors.push({
        field: `${field}-day`,
        text: `${DATE_LABELS[field] ?? field} must be a real date, for example 31 3 2017`,
      });
    }
  }
  return { values, errors, dateParts, tidied };
}

/** Every page takes `asAt`; a page adds its own filters. Unknown fields are refused, as the API refuses them. */
export const AsAtQuery = z.object({ asAt: IsoDate.optional() });

export function parseQuery<S extends z.ZodObject>(
  schema: S,
  values: Record<string, string>,
): { data?: z.infer<S>; errors: FieldError[] } {
  const parsed = z.strictObject({ ...AsAtQuery.shape, ...schema.shape }).safeParse(values);
  if (parsed.success) return { data: parsed.data as z.infer<S>, errors: [] };
  const errors = parsed.error.issues.flatMap((issue): FieldError[] => {
    if (issue.code === 'unrecognized_keys')
      return issue.keys.map((key) => ({
        field: key,
        text: `"${key}" is not a filter of this page; remove it from the address`,
      }));
    const field = String(issue.path[0] ?? '');
    const date =
      field in DATE_LABELS
        ? { field: `${field}-day`, text: `${DATE_LABELS[field]} must be a real date, for example 31 3 2017` }
        : undefined;
    return [date ?? { field, text: `${field}: ${issue.message}` }];
  });
  return { errors };
}

/** Builds links that keep the as-at date: `link('/decisions', { q: 'option 3' })`. */
export type Linker = (path: string, query?: Record<string, string | number | null | undefined>) => string;

export function linkerFor(asAt: string | undefined): Linker {
  return (path, query = {}) => {
    const params = new URLSearchParams();
    for (const [key, value] of Object.entries(query))
      if (value !== undefined && value !== null && value !== '') params.set(key, String(value));
    if (asAt !== undefined && !params.has('asAt')) params.set('asAt', asAt);
    const search = params.toString();
    return search === '' ? path : `${path}${path.includes('?') ? '&' : '?'}${search}`;
  };
}
