/**
 * How the ledger matches a person's name: without case, full stops or the titles and posts the
 * minutes put before a name, so "tanya richardson", "Dr Tanya Richardson" and "Dr. Tanya Richardson"
 * are one key, and so are "Julian Moss", "ACC Julian Moss" and "Assistant Chief Constable Julian Moss".
 * Aliases ("Cllr Chris Hancock" for "Cllr Christopher Hancock") come from the directory's people.
 */
const TITLES: readonly string[] = [
  'cllr',
  'councillor',
  'dr',
  'mr',
  'mrs',
  'ms',
  'miss',
  'mx',
  'prof',
  'professor',
  'sir',
  'dame',
  'lord',
  'lady',
  'rev',
  'revd',
  'acc',
  'dcc',
  'cc',
  'supt',
  'ch',
  'insp',
  'chief constable',
  'assistant chief constable',
  'deputy chief constable',
  'chief superintendent',
  'superintendent',
  'chief inspector',
  'inspector',
];

/** Longest first, so "assistant chief constable" is taken whole before "chief constable" could be. */
const TITLE_WORDS: readonly (readonly string[])[] = TITLES.map((title) => title.split(' ')).sort(
  (a, b) => b.length - a.length,
);

function leadingTitleLength(words: readonly string[], first: number): number {
  for (const title of TITLE_WORDS) {
    // Keep at least one word, so a name that is only a title still matches itself.
    if (first + title.length >= words.length) continue;
    if (title.every((word, index) => words[first + index] === word)) return title.length;
  }
  return 0;
}

export function personKey(name: string): string {
  const words = name
    .toLowerCase()
    .replace(/\./g, ' ')
    .split(/\s+/)
    .filter((word) => word.length > 0);
  let first = 0;
  for (let length = leadingTitleLength(words, first); length > 0; length = leadingTitleLength(words, first))
    first += length;
  return words.slice(first).join(' ');
}
