/**
 * What a bare allocation recipient (`recipient: county-csp`) names: an organisation when the
 * ledger or these files register one by that id, else a body when one is established, else an
 * organisation (and the funding decider then says there is none). This is naming, not a rule: the
 * answer is part of the command, so it is settled before the commands are hashed.
 */
import { streamId } from '../domain/shared/identifiers.js';
import type { EventStore } from '../store/port.js';
import type { RecipientKind } from './plan/item.js';
import type { ImportUnit } from './unit.js';

export async function recipientKinds(units: readonly ImportUnit[], store: EventStore): Promise<RecipientKind> {
  const asked = new Set<string>();
  const named = { organisation: new Set<string>(), body: new Set<string>() };
  const firstGuess: RecipientKind = (id) => {
    asked.add(id);
    return 'organisation';
  };
  for (const command of units.flatMap((unit) => unit.plan(firstGuess))) {
    if (command.type === 'RegisterOrganisation') named.organisation.add(String(command.data.organisationId));
    if (command.type === 'EstablishBody') named.body.add(String(command.data.bodyId));
  }
  const bodies = new Set<string>();
  for (const id of asked) {
    if (named.organisation.has(id) || (await hasStream(store, streamId('organisation', id)))) continue;
    if (named.body.has(id) || (await hasStream(store, streamId('body', id)))) bodies.add(id);
  }
  return (id) => (bodies.has(id) ? 'body' : 'organisation');
}

async function hasStream(store: EventStore, stream: string): Promise<boolean> {
  for await (const _event of store.readStream(stream, { maxCount: 1 })) return true;
  return false;
}
