/**
 * Compares a document with what an earlier import of it recorded. An imported meeting is never
 * silently changed: corrections go through the correction commands (AmendDecision, AmendPledge...).
 * What may follow an earlier import is only the rest of an import that stopped part-way: commands
 * not yet recorded, all after the recorded ones, when the document's last command was never recorded.
 */
import { canonicalJson } from '../store/envelope.js';
import { formatPence, parsePounds, type Pence } from '../domain/shared/money.js';
import type { ReadyCommand } from './ready.js';
import type { RecordedCommand } from './recorded.js';

export function differencesOf(commands: readonly ReadyCommand[], recorded: ReadonlyMap<string, RecordedCommand> | undefined): string[] {
  if (!recorded || recorded.size === 0) return [];
  const differences: string[] = [];
  const planned = new Set(commands.map((command) => command.path));
  let lastRecordedIndex = -1;
  commands.forEach((command, index) => {
    const earlier = recorded.get(command.path);
    if (!earlier) return;
    lastRecordedIndex = index;
    if (earlier.hash !== command.hash) {
      differences.push(`changed ${command.path} (${command.type}, line ${command.line})${detail(command.data, earlier.eventData)}`);
    }
  });
  for (const earlier of recorded.values()) {
    if (!planned.has(earlier.path)) differences.push(`removed ${earlier.path} (${earlier.commandType}, recorded on ${earlier.streamId})`);
  }
  const finished = [...recorded.values()].some((earlier) => earlier.final);
  commands.forEach((command, index) => {
    if (recorded.has(command.path)) return;
    if (finished || index < lastRecordedIndex) differences.push(`added ${command.path} (${command.type}, line ${command.line})`);
  });
  return differences;
}

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
      if (parsed.ok && parsed.pence !== old[penceField]) changes.push(`${field} ${formatPence(old[penceField] as Pence)} -> ${formatPence(parsed.pence)}`);
    } else if (field in old && comparable(old[field]) !== comparable(value)) {
      changes.push(typeof value === 'object' && value !== null ? `${field} differs` : `${field} ${JSON.stringify(old[field])} -> ${JSON.stringify(value)}`);
    }
  }
  return changes.length > 0 ? `: ${changes.join('; ')}` : '';
}

/** Events spell out defaults the file leaves out (`chair: false`, empty lists); those are not differences. */
function comparable(value: unknown): string {
  return canonicalJson(JSON.parse(JSON.stringify(value ?? null), (_key, v: unknown) => (v === false || (Array.isArray(v) && v.length === 0) ? undefined : v)));
}
