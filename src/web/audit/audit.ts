/**
 * The auditor's pages: one entity's events exactly as recorded, with who, when, the business date,
 * the source, each hash and the previous hash, and the stream's chain checked again on the spot
 * (the same check `ledger verify` makes); and a page on verifying the whole ledger.
 */
import { entityName } from '../shared/entity-name.js';
import { z } from 'zod';
import type { Ledger } from '../../compose.js';
import { storeAsAt } from '../../projections/as-at.js';
import { auditTrail } from '../../projections/audit-trail/index.js';
import { checkEvent, type ChainFailure, type ChainHead } from '../../store/verify-chain.js';
import { eventSentence } from '../shared/event-sentences.js';
import type { PageDefinition } from '../shared/page.js';
import { withReadModels } from '../shared/read-models.js';

/** Re-reads the stream from the store and checks each event against its predecessor. */
async function checkStream(
  ledger: Ledger,
  streamId: string,
  asAt: string | undefined,
): Promise<{ events: number; failure: ChainFailure | null }> {
  const store = asAt ? storeAsAt(ledger.store, asAt) : ledger.store;
  let head: ChainHead | undefined;
  let events = 0;
  for await (const event of store.readStream(streamId)) {
    events++;
    const failure = checkEvent(event, head);
    if (failure) return { events, failure };
    head = { streamId, revision: event.revision, hash: event.metadata.hash };
  }
  return { events, failure: null };
}

type SealRow = { data_json: string; recorded_at: string; actor_id: string };

export const auditTrailPage: PageDefinition<z.ZodObject> = {
  url: '/audit/:entity',
  template: 'audit/trail.njk',
  query: z.object({}),
  async load({ ledger, asAt, params, link }) {
    const entity = params.entity!;
    const found = await withReadModels(ledger, asAt, ({ db, names }) => {
      const trail = auditTrail(db, entity);
      const seal = db
        .prepare<[], SealRow>(
          'SELECT data_json, recorded_at, actor_id FROM audit_trail_events WHERE type = ' +
            "'LedgerSealed' ORDER BY position DESC LIMIT 1",
        )
        .get();
      if (!trail) return undefined;
      const sentences = trail.events.map((event) => eventSentence(event, names));
      return {
        trail,
        names,
        sentences,
        seal: seal
          ? {
              ...(JSON.parse(seal.data_json) as Record<string, unknown>),
              recordedAt: seal.recorded_at,
              actor: seal.actor_id,
            }
          : null,
      };
    });
    if (!found)
      return {
        notFound:
          `No events are recorded for ${entity}${asAt ? ` as at ${asAt}` : ''}. Name an entity as its ` +
          `kind and id, for example fund-devolution-capacity.`,
        lookIn: { text: 'how to verify the ledger', href: link('/audit') },
      };
    return {
      title: `History of ${entityName(found.trail, found.names)}`,
      ...found,
      chain: await checkStream(ledger, entity, asAt),
      alternates: [{ text: 'JSON', href: link(`/history/${entity}`) }],
    };
  },
};

export const auditGuidePage: PageDefinition<z.ZodObject> = {
  url: '/audit',
  template: 'audit/guide.njk',
  query: z.object({}),
  async load({ ledger, asAt }) {
    const { names, seals } = await withReadModels(ledger, asAt, ({ db, names }) => ({
      names,
      seals: db
        .prepare<[], SealRow>(
          'SELECT data_json, recorded_at, actor_id FROM audit_trail_events WHERE type = ' +
            "'LedgerSealed' ORDER BY position DESC LIMIT 10",
        )
        .all()
        .map((row) => ({
          ...(JSON.parse(row.data_json) as { position: number; streams: number; digest: string }),
          recordedAt: row.recorded_at,
          actor: row.actor_id,
        })),
    }));
    return { title: 'How to verify the ledger', names, seals };
  },
};
