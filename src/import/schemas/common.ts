/**
 * Field types shared by the minutes YAML documents. They accept what a clerk naturally writes
 * (an item number without quotes) and refuse what would be ambiguous (an amount without a £ sign).
 */
import { z } from 'zod';
import { IsoDate } from '../../domain/shared/dates.js';
import { WebAddress } from '../../domain/funding/partner-authorisation.js';
import { Slug } from '../../domain/shared/identifiers.js';
import { parsePounds } from '../../domain/shared/money.js';
import { ItemNumber } from '../../domain/meetings/events.js';
import { OptionKey } from '../../domain/decisions/commands.js';
import { ResolutionLetter } from '../../domain/shared/references.js';

export const Id = Slug;
export const DateText = IsoDate;
export const Text = z.string().trim().min(1, 'write something here, or leave the field out');

/** A bare number is refused, because 35000 could be pounds or pence: the message shows how to write it. */
export const Amount = z.unknown().transform((value, context) => {
  if (typeof value === 'number') {
    const example = Number.isInteger(value) ? `£${value.toLocaleString('en-GB')}` : '£35,000';
    context.addIssue({
      code: 'custom',
      message:
        `write amounts in pounds with a £ sign, e.g. "${example}" (a bare number such as ${value} ` +
        `is not accepted)`,
    });
    return z.NEVER;
  }
  const parsed = parsePounds(value);
  if (!parsed.ok) {
    context.addIssue({ code: 'custom', message: parsed.message });
    return z.NEVER;
  }
  if (parsed.pence <= 0) {
    context.addIssue({ code: 'custom', message: 'an amount of money must be more than £0.00' });
    return z.NEVER;
  }
  return (value as string).trim();
});

/** YAML reads `number: 3` as a number; item numbers, option numbers and letters are text either way. */
function numberedText<T extends z.ZodType<string, string>>(target: T) {
  return z
    .union([z.string(), z.number().int().nonnegative()], {
      error: 'write the number as the minutes write it, e.g. "3" or "2.1"',
    })
    .transform((value) => String(value))
    .pipe(target);
}

export const ItemNumberText = numberedText(ItemNumber);
/** "(ii)" and "Option A" are written as the papers write them; the ledger keeps "ii" and "A". */
export const OptionKeyText = z
  .union([z.string(), z.number().int().nonnegative()], {
    error: 'write the option as the papers write it, e.g. "3", "2a", "A" or "(ii)"',
  })
  .transform((value) =>
    String(value)
      .trim()
      .replace(/^option\s+/i, '')
      .replace(/^\((.+)\)$/, '$1'),
  )
  .pipe(OptionKey);
export const ResolutionRef = numberedText(ResolutionLetter);

/** A decision cited elsewhere: minute 3 a) of 27 October 2016 is `{proposal: lg-2016-10-27-item-3, resolution: a}`. */
export const DecisionCitation = z.strictObject({
  proposal: Id,
  resolution: ResolutionRef,
});
export type DecisionCitation = z.infer<typeof DecisionCitation>;

/**
 * A partner's own decision behind its pledge, as the partner published it: who decided (its
 * cabinet, a committee, an officer), when, its reference and, where there is one, its web page.
 */
export const PartnerDecision = z.strictObject({
  decidedBy: Text,
  decidedOn: DateText,
  reference: Text,
  url: WebAddress.optional(),
});
