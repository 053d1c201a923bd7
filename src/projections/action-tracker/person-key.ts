/**
 * How the tracker matches a person's name: without case, full stops or the titles the minutes put
 * before a name, so "tanya richardson", "Dr Tanya Richardson" and "Dr. Tanya Richardson" are one
 * owner, and so are "Julian Moss" and "ACC Julian Moss".
 */
const TITLES: ReadonlySet<string> = new Set([
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
]);

export function personKey(name: string): string {
  const words = name
    .toLowerCase()
    .replace(/\./g, ' ')
    .split(/\s+/)
    .filter((word) => word.length > 0);
  let first = 0;
  // Keep at least one word, so a name that is only a title still matches itself.
  while (first < words.length - 1 && TITLES.has(words[first]!)) first++;
  return words.slice(first).join(' ');
}
