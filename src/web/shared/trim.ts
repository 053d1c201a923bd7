/**
 * Nunjucks' own `trim` filter strips with the regular expression /^\s*|\s*$/g, which V8 runs in
 * time that grows with every whitespace run of the string; GOV.UK Frontend's macros trim their
 * whole output (a select of a hundred bodies, a table of decisions), so it took most of a page's
 * render time. `String.prototype.trim` removes exactly the same characters (the language defines
 * `\s` and `trim` by the same WhiteSpace and LineTerminator sets), in one pass, and a string
 * marked safe stays safe, as nunjucks' filter keeps it.
 */
import nunjucks from 'nunjucks';

export function trim(value: unknown): string | nunjucks.runtime.SafeString {
  const trimmed = String(value).trim();
  return value instanceof nunjucks.runtime.SafeString ? new nunjucks.runtime.SafeString(trimmed) : trimmed;
}
