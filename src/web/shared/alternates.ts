/** The JSON and CSV versions of a page's figures, at the API's own URLs (which take the same asAt). */
import type { Linker } from './query.js';

export interface Alternate {
  readonly text: string;
  readonly href: string;
}

export function alternates(
  link: Linker,
  json: string,
  query: Record<string, string | undefined> = {},
  csv?: string,
): Alternate[] {
  const list = [{ text: 'JSON', href: link(json, query) }];
  if (csv !== undefined) list.push({ text: 'CSV', href: link(csv, query) });
  return list;
}
