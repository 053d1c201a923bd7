/** Dates, money and labels as people write them: "27 October 2016", "£10,000", "Supported with concerns". */
import { REFERRAL_RESOLUTION } from '../../projections/decision-register/index.js';

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** "2016-10-27" (or a date-time) as "27 October 2016"; anything else is shown as given. */
export function formatDate(value: string | null | undefined): string {
  if (!value) return '';
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  if (!match) return value;
  return `${Number(match[3])} ${MONTHS[Number(match[2]) - 1] ?? match[2]} ${match[1]}`;
}

/** An ISO instant as "27 October 2016 at 14:03:07 UTC". */
export function formatDateTime(value: string | null | undefined): string {
  if (!value) return '';
  const match = /T(\d{2}:\d{2}:\d{2})/.exec(value);
  return match ? `${formatDate(value)} at ${match[1]} UTC` : formatDate(value);
}

/** Integer pence as pounds: "£10,000", or "£10,000.50" when there are pence; negatives with a minus sign. */
export function formatMoney(amountPence: number | null | undefined): string {
  if (amountPence === null || amountPence === undefined) return '';
  const sign = amountPence < 0 ? '−' : '';
  const whole = Math.abs(amountPence);
  const pounds = Math.floor(whole / 100).toLocaleString('en-GB');
  const pence = whole % 100;
  return `${sign}£${pounds}${pence === 0 ? '' : `.${String(pence).padStart(2, '0')}`}`;
}

const LABELS: Record<string, string> = {
  support: 'Supported',
  'support-with-concerns': 'Supported with concerns',
  concerns: 'Concerns (not supporting)',
  oppose: 'Opposed',
  abstain: 'Abstained',
  'in-force': 'In force',
  amended: 'Amended',
  rescinded: 'Rescinded',
  open: 'Open',
  completed: 'Completed',
  cancelled: 'Cancelled',
  scheduled: 'Scheduled',
  held: 'Held',
  'minutes-confirmed': 'Minutes confirmed',
  red: 'Red: off track',
  amber: 'Amber: at risk',
  green: 'Green: on track',
  live: 'Live',
  lapsed: 'Lapsed',
  withdrawn: 'Withdrawn',
  'pooled-pot': 'Pooled pot',
  'grant-source': 'Grant source',
  'external-award': 'External award',
  'partly-accepted': 'Partly accepted',
  awaiting: 'Awaiting a response',
};

/** A code from the read models (a stance, status or RAG) in words; unknown codes are shown with spaces. */
/** A minute as the papers write it: "3 a)", or "7 (referral)" for a matter that was only referred. */
export function minute(decision: { readonly item: string; readonly resolution: string }): string {
  return decision.resolution === REFERRAL_RESOLUTION
    ? `${decision.item} (referral)`
    : `${decision.item} ${decision.resolution})`;
}

export function label(code: string | null | undefined): string {
  if (!code) return '';
  return LABELS[code] ?? code.replace(/-/g, ' ').replace(/^./, (first) => first.toUpperCase());
}

const TAG_COLOURS: Record<string, string> = {
  'in-force': 'govuk-tag--green',
  amended: 'govuk-tag--yellow',
  rescinded: 'govuk-tag--red',
  open: 'govuk-tag--blue',
  completed: 'govuk-tag--green',
  cancelled: 'govuk-tag--grey',
  red: 'govuk-tag--red',
  amber: 'govuk-tag--orange',
  green: 'govuk-tag--green',
  scheduled: 'govuk-tag--blue',
  held: 'govuk-tag--green',
  'minutes-confirmed': 'govuk-tag--green',
  support: 'govuk-tag--green',
  'support-with-concerns': 'govuk-tag--yellow',
  concerns: 'govuk-tag--orange',
  oppose: 'govuk-tag--red',
  accepted: 'govuk-tag--green',
  'partly-accepted': 'govuk-tag--yellow',
  rejected: 'govuk-tag--red',
  awaiting: 'govuk-tag--orange',
  planned: 'govuk-tag--blue',
  taken: 'govuk-tag--green',
  dropped: 'govuk-tag--grey',
};

/** The GOV.UK tag colour class for a status; the tag's text always says the status too. */
export function tagClass(code: string | null | undefined): string {
  return (code && TAG_COLOURS[code]) || 'govuk-tag--grey';
}

/** What follows a figure made up for the demo, wherever a page shows it. */
export const ILLUSTRATIVE_MARK = ' (illustrative)';

/**
 * " (illustrative)" after a figure that includes an illustrative value, else nothing. The figure is
 * a fund's own (its flags are `illustrative.figures`) or one row's, a partner's or an allocation's
 * (its flags are its own `illustrative` list), so a mark sits at the very figure that is made up:
 * `{{ (fund.openingBalancePence | money) + (fund | illustrative('opening')) }}`,
 * `{{ (p.receivedPence | money) + (p | illustrative('received')) }}`.
 */
export function illustrativeMark(
  subject: { illustrative: readonly string[] | { figures: readonly string[] } } | null | undefined,
  figure: string,
): string {
  if (!subject) return '';
  const flags = Array.isArray(subject.illustrative)
    ? subject.illustrative
    : (subject.illustrative as { figures: readonly string[] }).figures;
  return flags.includes(figure) ? ILLUSTRATIVE_MARK : '';
}

/** A month as people write it: "2012-06" is "June 2012". */
export function formatMonth(value: string | null | undefined): string {
  if (!value) return '';
  const [year, month] = value.split('-');
  return `${MONTHS[Number(month) - 1] ?? month} ${year}`;
}
