/**
 * The pieces the event sentences are made of: text, money, dates, owners, parties and resolutions
 * read defensively from an event's data (a sentence never throws on data it does not expect).
 */
import { formatDate, formatMoney } from './format.js';
import type { Names } from './names.js';

export type Data = Record<string, unknown>;
export type Sentence = (data: Data, names: Names) => string;

interface Owner {
  readonly kind?: string;
  readonly name?: string;
  readonly id?: string;
  readonly organisation?: string;
}
interface Party {
  readonly kind: string;
  readonly id: string;
}
interface DecisionRef {
  readonly proposalId?: string;
  readonly resolution?: string;
}

export const text = (value: unknown): string => (typeof value === 'string' ? value : '');
export const money = (value: unknown): string => (typeof value === 'number' ? formatMoney(value) : 'an amount');
export const date = (value: unknown): string => (typeof value === 'string' ? formatDate(value) : '');
export const because = (data: Data): string => (text(data.reason) ? `: ${text(data.reason)}` : '');
export const people = (value: unknown): Owner[] => (Array.isArray(value) ? (value as Owner[]) : []);

function owner(entry: Owner, names: Names): string {
  if (entry.kind === 'organisation') return names.organisation(entry.id);
  if (entry.kind === 'body') return names.body(entry.id);
  const of = entry.organisation ? ` (${names.organisation(entry.organisation)})` : '';
  return `${entry.name ?? entry.id ?? 'someone'}${of}`;
}

export const owners = (value: unknown, names: Names) =>
  people(value)
    .map((entry) => owner(entry, names))
    .join(' and ');
export const party = (value: unknown, names: Names) =>
  value && typeof value === 'object' ? names.party(value as Party) : names.organisation(text(value));
/** "resolution 5 a) of Leadership Gloucestershire, 27 October 2016", from a proposal id (lg-2016-10-27-item-5). */
export function resolutionOf(proposalId: string, resolution: string | undefined, names: Names): string {
  const matter = /^(.+)-item-([^-]+)$/.exec(proposalId);
  const label = matter
    ? `${matter[2]}${resolution ? ` ${resolution})` : ''} of ${names.meeting(matter[1])}`
    : proposalId;
  return `resolution ${label}`;
}
export const decision = (value: unknown, names: Names) => {
  const ref = (value ?? {}) as DecisionRef;
  return ref.proposalId ? `, under ${resolutionOf(ref.proposalId, ref.resolution, names)}` : '';
};
export const resolution = (d: Data, names: Names) =>
  resolutionOf(text(d.proposalId), text(d.resolution) || undefined, names);
export const capital = (phrase: string) => phrase.charAt(0).toUpperCase() + phrase.slice(1);
export const stances: Readonly<Record<string, string>> = {
  support: 'supported',
  'support-with-concerns': 'supported, with concerns,',
  concerns: 'had concerns about, without supporting,',
  oppose: 'opposed',
  abstain: 'abstained on',
};
export const item = (data: Data, names: Names) => `item ${text(data.item)} of ${names.meeting(text(data.meetingId))}`;
