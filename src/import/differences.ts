/**
 * Compares a document with what an earlier import of it recorded. What was recorded is never
 * silently changed or dropped: corrections go through the correction commands (AmendDecision,
 * AmendPledge...). New commands may only follow the recorded ones: that is how an import that
 * stopped part-way is completed, and how a meeting first imported as a date in the calendar later
 * gets its minutes. A command slipped in among the recorded ones is refused as a change.
 */
import { canonicalJson } from '../store/envelope.js';
import { formatPence, parsePounds, type Pence } from '../domain/shared/money.js';
import type { ReadyCommand } from './ready.js';
import type { RecordedCommand } from './recorded.js';

export function differencesOf(
  commands: readonly ReadyCommand[],
  recorded: ReadonlyMap<string, RecordedCommand> | undefined,
): string[] {
  if (!recorded || recorded.size === 0) return [];
  const differences: string[] = [];
  const planned = new Set(commands.map((command) => command.path));
  let lastRecordedIndex = -1;
  commands.forEach((command, index) => {
    const earlier = recorded.get(command.path);
    if (!earlier) return;
    lastRecordedIndex = index;
    if (earlier.hash !== command.hash) {
      differences.push(
        `changed ${command.path} (${command.type}, line ${command.line})${detail(command.data, earlier.eventData)}`,
      );
    }
  });
  for (const earlier of recorded.values()) {
    if (!planned.has(earlier.path))
      differences.push(`removed ${earlier.path} (${earlier.commandType}, recorded on ${earlier.streamId})`);
  }
  commands.forEach((command, index) => {
    if (!recorded.has(command.path) && index < lastRecordedIndex)
      differences.push(`added ${command.path} (${command.type}, line ${command.line})`);
  });
  return differences;
}

/** Optional fields a clerk may drop from a document by mistake; others in the event are derived, not written. */
const NAMED_FIELDS: Record<string, true> = {
  venue: true,
  startTime: true,
  special: true,
  condition: true,
  purpose: true,
  note: true,
};

const POUNDS_FIELDS: Record<string, string> = {
  amount: 'amountPence',
  openingBalance: 'openingBalancePence',
  perPartnerAsk: 'perPartnerAskPence',
};

/** The fields whose recorded value differs from the new one, as far as the recorded event shows them. */
function detail(data: Record<string, unknown>, eventData: unknown): string {
  if (typeof eventData !== 'object' || eventData === null) return '';
  const old = eventData as Record<string, unknown>;
  const changes: string[] = [];
  for (const [field, value] of Object.entries(data)) {
    const penceField = POUNDS_FIELDS[field];
    if (penceField && typeof old[penceField] === 'number') {
      const parsed = parsePounds(value);
      if (parsed.ok && parsed.pence !== old[penceField])
        changes.push(`${field} ${formatPence(old[penceField] as Pence)} -> ${formatPence(parsed.pence)}`);
    } else if (field in old && comparable(old[field]) !== comparable(value)) {
      changes.push(describeField(field, old[field], value));
    } else if (!(field in old) && field in NAMED_FIELDS) {
      changes.push(`${field} added: ${JSON.stringify(value)} (not in what was recorded)`);
    }
  }
  for (const field of Object.keys(old)) {
    if (!(field in data) && field in NAMED_FIELDS)
      changes.push(`${field} ${JSON.stringify(old[field])} left out (it was recorded)`);
  }
  return changes.length > 0 ? `: ${changes.join('; ')}` : '';
}

function describeField(field: string, before: unknown, after: unknown): string {
  if (typeof before === 'string' && typeof after === 'string') return `${field} ${changedPart(before, after)}`;
  if (Array.isArray(before) && Array.isArray(after)) {
    const earlier = new Set(before.map(comparable));
    const names = after.filter((entry) => !earlier.has(comparable(entry))).map(nameOf);
    return `${field} differs${names.length > 0 ? ` (${names.join(', ')})` : ''}`;
  }
  return typeof after === 'object' && after !== null
    ? `${field} differs`
    : `${field} ${JSON.stringify(before)} -> ${JSON.stringify(after)}`;
}

/** Long texts are shown around the words that changed, so a one-word correction is easy to spot. */
function changedPart(before: string, after: string): string {
  if (before.length <= 60 && after.length <= 60) return `"${before}" -> "${after}"`;
  let start = 0;
  while (start < before.length && before[start] === after[start]) start++;
  let end = 0;
  while (end < before.length - start && end < after.length - start && before.at(-1 - end) === after.at(-1 - end)) end++;
  const context = 20;
  const excerpt = (text: string) =>
    `"${start > context ? '…' : ''}` +
    `${text.slice(Math.max(0, start - context), text.length - end + context)}${end > context ? '…' : ''}"`;
  return `${excerpt(before)} -> ${excerpt(after)}`;
}

function nameOf(entry: unknown): string {
  if (typeof entry !== 'object' || entry === null) return JSON.stringify(entry);
  const record = entry as Record<string, unknown>;
  const label = [record.person, record.name, record.id, record.organisation].find((value) => typeof value === 'string');
  return typeof label === 'string' ? label : comparable(entry);
}

/** Events spell out defaults the file leaves out (`chair: false`, empty lists); those are not differences. */
function comparable(value: unknown): string {
  return canonicalJson(
    JSON.parse(JSON.stringify(value ?? null), (_key, v: unknown) =>
      v === false || (Array.isArray(v) && v.length === 0) ? undefined : v,
    ),
  );
}
