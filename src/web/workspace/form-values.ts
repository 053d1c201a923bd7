/** A submitted form's fields: text trimmed, GOV.UK date inputs read as one ISO date, problems as field errors. */
import type { FieldError } from '../shared/query.js';

export type FormValues = Record<string, string>;

export function formValuesOf(body: unknown): FormValues {
  const values: FormValues = {};
  for (const [key, value] of Object.entries((body ?? {}) as Record<string, unknown>)) {
    const first: unknown = Array.isArray(value) ? value[0] : value;
    if (typeof first === 'string') values[key] = first.trim();
  }
  return values;
}

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

/** The ISO date typed into the date input `name` (name-day, name-month, name-year), or the error to show on it. */
export function dateField(values: FormValues, name: string, label: string): { date?: string; error?: FieldError } {
  const [day, month, year] = ['day', 'month', 'year'].map((part) => values[`${name}-${part}`] ?? '');
  const field = `${name}-day`;
  if (!day && !month && !year) return { error: { field, text: `Enter ${label}` } };
  if (![day, month, year].every((part) => /^\d+$/.test(part!)))
    return {
      error: {
        field,
        text: `${capitalise(label)} must include a day, month and year as numbers, for example 27 10 2016`,
      },
    };
  if (!isRealDate(Number(year), Number(month), Number(day)))
    return { error: { field, text: `${capitalise(label)} must be a real date` } };
  return { date: `${year}-${month!.padStart(2, '0')}-${day!.padStart(2, '0')}` };
}

export function dateParts(iso: string): Record<string, string> {
  return { day: String(Number(iso.slice(8, 10))), month: String(Number(iso.slice(5, 7))), year: iso.slice(0, 4) };
}

/** A date's parts as form values, for a form's defaults. */
export function dateDefaults(name: string, iso: string): FormValues {
  const parts = dateParts(iso);
  return { [`${name}-day`]: parts.day!, [`${name}-month`]: parts.month!, [`${name}-year`]: parts.year! };
}

export function required(values: FormValues, field: string, message: string): FieldError | undefined {
  return values[field] ? undefined : { field, text: message };
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** The source fields every form ends with, as the event's source reference. */
export function sourceOf(values: FormValues): { document: string; section?: string } {
  return { document: values.sourceDocument ?? '', ...(values.sourceSection ? { section: values.sourceSection } : {}) };
}

/** The errors that were found, without the fields that had none. */
export function found(...errors: ReadonlyArray<FieldError | undefined>): FieldError[] {
  return errors.filter((error): error is FieldError => error !== undefined);
}
