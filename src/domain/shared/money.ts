/**
 * Money is an integer number of pence (`Pence`), never a float. People and files write pounds as
 * text ("£10,000", "£35,000.50"); this module turns that text into pence digit by digit, so no
 * amount ever passes through a fractional number, and formats pence back into pounds.
 *
 * Commands carry the pounds text exactly as written (`PoundsAmount`): HTTP clients and the minutes
 * importer both send "£10,000", validating the same command twice is harmless, and `decide` turns
 * the text into pence with `poundsToPence`. Events, state and read models carry `Pence`.
 */
import { z } from 'zod';

/**
 * A whole number of pence, signed (read models hold reversing entries); branded so a bare number is not mistaken for
 * money.
 */
export const Pence = z.number().int().brand<'Pence'>();
export type Pence = z.infer<typeof Pence>;

/**
 * The most one amount may be: £1,000,000,000. No partnership board moves more in one pledge,
 * contribution, allocation or payment, and with every fund's money bounded too
 * (MAX_FUND_MONEY_PENCE), no total any report computes can leave the range of exact integers.
 */
export const MAX_AMOUNT_PENCE = 100_000_000_000;

/** The most a fund may hold in live pledges, and separately in money received: £100,000,000,000. */
export const MAX_FUND_MONEY_PENCE = 10_000_000_000_000;

/**
 * A strictly positive amount of pence, at most MAX_AMOUNT_PENCE: what every pledge, contribution, allocation and
 * payment records.
 */
export const PositivePence = Pence.refine((value) => value > 0, 'an amount of money must be more than £0.00').refine(
  (value) => value <= MAX_AMOUNT_PENCE,
  'an amount may be at most £1,000,000,000',
);

/** Asserts that a number is a whole, safe number of pence: a fractional or unsafe value is a bug. */
export function pence(value: number): Pence {
  if (!Number.isSafeInteger(value)) throw new Error(`Bug: ${value} is not a whole number of pence`);
  return value as Pence;
}

export const ZERO_PENCE = pence(0);

export function addPence(a: Pence, b: Pence): Pence {
  return pence(a + b);
}

export function subtractPence(a: Pence, b: Pence): Pence {
  return pence(a - b);
}

export function sumPence(amounts: Iterable<Pence>): Pence {
  let total = 0;
  for (const amount of amounts) total += amount;
  return pence(total);
}

export type PoundsParse =
  { readonly ok: true; readonly pence: Pence } | { readonly ok: false; readonly message: string };

const WITH_POUND_SIGN = /^£/;
const SHAPE = /^£(\d+(?:,\d+)*)(?:\.(\d*))?$/;
const GROUPED = /^\d{1,3}(?:,\d{3})*$/;
const NO_SIGN_MESSAGE = 'write pounds with a £ sign, e.g. "£10,000"';
const TOO_LARGE_MESSAGE = 'the ledger records at most £1,000,000,000 in one amount; split a larger sum into several';

/** Reads "£10,000", "£10000" or "£35,000.50" as pence; anything else gets a sentence saying how to write it. */
export function parsePounds(input: unknown): PoundsParse {
  if (typeof input !== 'string') return { ok: false, message: `${NO_SIGN_MESSAGE}, as text rather than a bare number` };
  const text = input.trim();
  if (/^-|^£-/.test(text))
    return { ok: false, message: 'amounts are positive: record a refund or a correction with its own command' };
  if (!WITH_POUND_SIGN.test(text)) return { ok: false, message: NO_SIGN_MESSAGE };
  const match = SHAPE.exec(text);
  if (!match) return { ok: false, message: 'write an amount in pounds such as "£10,000" or "£35,000.50"' };
  const [, whole = '', fraction] = match;
  if (whole.includes(',') && !GROUPED.test(whole)) {
    return { ok: false, message: 'put commas between groups of three digits, e.g. "£10,000"' };
  }
  if (fraction !== undefined && fraction.length !== 2) {
    return { ok: false, message: 'write pence with two digits after the point, e.g. "£35,000.50"' };
  }
  const digits = whole.replaceAll(',', '').replace(/^0+(?=\d)/, '');
  // Compared as digits first, so no amount, however long, passes through an inexact number.
  if (digits.length > 10) return { ok: false, message: TOO_LARGE_MESSAGE };
  const total = Number(digits) * 100 + Number(fraction ?? '0');
  if (total > MAX_AMOUNT_PENCE) return { ok: false, message: TOO_LARGE_MESSAGE };
  return { ok: true, pence: pence(total) };
}

/** For `decide`: the command schema has already checked the text, so a failure here is a bug. */
export function poundsToPence(text: string): Pence {
  const parsed = parsePounds(text);
  if (!parsed.ok) throw new Error(`Bug: "${text}" reached the domain unvalidated: ${parsed.message}`);
  return parsed.pence;
}

/**
 * An amount in a command: pounds text with a £ sign that parses to more than £0.00. The output is
 * the text unchanged (see the module comment for why commands carry text, not pence).
 */
export const PoundsAmount = z
  .string({ error: `${NO_SIGN_MESSAGE}, as text rather than a bare number` })
  .superRefine((text, context) => {
    const parsed = parsePounds(text);
    if (!parsed.ok) context.addIssue({ code: 'custom', message: parsed.message });
    else if (parsed.pence <= 0)
      context.addIssue({ code: 'custom', message: 'an amount of money must be more than £0.00' });
  })
  .meta({ examples: ['£10,000', '£35,000.50'] });

/** Splits pence into sign, whole pounds and two-digit pence using integer arithmetic only. */
function parts(amount: Pence): { sign: string; pounds: string; pennies: string } {
  const magnitude = Math.abs(amount);
  const pennies = magnitude % 100;
  return {
    sign: amount < 0 ? '-' : '',
    pounds: String((magnitude - pennies) / 100),
    pennies: String(pennies).padStart(2, '0'),
  };
}

/** For people: "£10,000.00", "-£5.50". */
export function formatPence(amount: Pence): string {
  const { sign, pounds, pennies } = parts(amount);
  return `${sign}£${pounds.replace(/\B(?=(\d{3})+$)/g, ',')}.${pennies}`;
}

/** For CSV and spreadsheets: pounds with two decimals and no symbol or commas, "10000.00", "-5.50". */
export function toPoundsDecimal(amount: Pence): string {
  const { sign, pounds, pennies } = parts(amount);
  return `${sign}${pounds}.${pennies}`;
}
