/**
 * Text people write: names, titles, notes, reasons, token names. Stored trimmed and in Unicode NFC,
 * and refused when it carries what no minute contains but an attacker might: control characters
 * (NUL and the rest), bidirectional overrides that reorder what a reader sees (U+202A-202E,
 * U+2066-2069), lone surrogates (not text at all), or nothing visible (only zero-width spaces).
 */
import { z } from 'zod';

/** The longest name or title; longer passages (notes, resolutions) pass their own bound. */
export const NAME_MAX_LENGTH = 200;

const CONTROL = /[\u0000-\u001f\u007f-\u009f]/u;
const BIDI_OVERRIDE = /[\u202a-\u202e\u2066-\u2069]/u;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
/** Characters that show nothing: zero-width space, joiners, word joiner, BOM, soft hyphen and the like. */
const INVISIBLE =
  /[\s\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180e\u200b-\u200f\u2060-\u2064\u206a-\u206f\u3164\ufeff\uffa0]/gu;

/** The character a reader cannot see, written as its code point (U+200B, say). */
function codePoint(character: string): string {
  return `U+${character.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
}

/**
 * What is wrong with characters in `text` (control, bidi override, lone surrogate), or undefined.
 * Used for every string a request carries, free text or not.
 */
export function unsafeCharacters(text: string): string | undefined {
  const surrogate = LONE_SURROGATE.exec(text);
  if (surrogate) return `contains a lone surrogate (${codePoint(surrogate[0])}), which is not text; send valid UTF-8`;
  const control = CONTROL.exec(text);
  if (control) return `contains the control character ${codePoint(control[0])}; remove it`;
  const bidi = BIDI_OVERRIDE.exec(text);
  if (bidi)
    return `contains the bidirectional override ${codePoint(bidi[0])}, which changes how the text reads; remove it`;
  return undefined;
}

/** What is wrong with `text` as a name or passage of at most `maxLength` characters, or undefined. */
export function humanTextProblem(text: string, maxLength: number): string | undefined {
  const unsafe = unsafeCharacters(text);
  if (unsafe) return unsafe;
  if (text.replace(INVISIBLE, '').length === 0)
    return 'must have visible text (it is empty, or only spaces and invisible characters)';
  if (text.length > maxLength) return `must be at most ${maxLength} characters (it has ${text.length})`;
  return undefined;
}

/** Trimmed and composed (NFC), as the ledger stores text. A lone surrogate is left for the check to name. */
export function tidyText(text: string): string {
  const trimmed = text.trim();
  return LONE_SURROGATE.test(trimmed) ? trimmed : trimmed.normalize('NFC');
}

/**
 * The one schema for human text in a command: trimmed, NFC, 1 to `maxLength` characters, no
 * control characters, bidi overrides or lone surrogates, and something visible.
 */
export function humanText(maxLength: number = NAME_MAX_LENGTH) {
  return z
    .string()
    .overwrite(tidyText)
    .check((context) => {
      const problem = humanTextProblem(context.value, maxLength);
      if (problem) context.issues.push({ code: 'custom', message: problem, input: context.value });
    })
    .meta({ minLength: 1, maxLength });
}

/** A name or title: human text of at most 200 characters. */
export const HumanName = humanText(NAME_MAX_LENGTH);

/** For stored envelopes (no rewriting): text that is already as `humanText` would store it. */
export function storedHumanText(maxLength: number = NAME_MAX_LENGTH) {
  return z.string().check((context) => {
    const problem =
      humanTextProblem(context.value, maxLength) ??
      (tidyText(context.value) === context.value ? undefined : 'must be trimmed and in Unicode NFC');
    if (problem) context.issues.push({ code: 'custom', message: problem, input: context.value });
  });
}
