/**
 * Turns what a user typed into an FTS5 query that cannot be a syntax error: each word becomes a
 * quoted term (so `option 3)` or `AND NOT` are words, not operators), all of which must match.
 * A word ending in `*` searches by prefix.
 */

/** The search text had nothing to search for; the API answers 400 with this message. */
export class SearchQueryError extends Error {
  override readonly name = 'SearchQueryError';
  readonly code = 'INVALID_SEARCH';
}

export function isSearchQueryError(error: unknown): error is SearchQueryError {
  return error instanceof SearchQueryError;
}

export function toMatchExpression(text: string): string {
  const terms = text
    .split(/\s+/)
    .map((word) => ({ prefix: word.endsWith('*'), word: word.replace(/["*]/g, '') }))
    .filter(({ word }) => /[\p{L}\p{N}]/u.test(word))
    .map(({ prefix, word }) => `"${word}"${prefix ? '*' : ''}`);
  if (terms.length === 0) {
    throw new SearchQueryError(
      `"${text}" has no words to search for: use letters or digits, e.g. q=option 3 or q=homelessness`,
    );
  }
  return terms.join(' ');
}
