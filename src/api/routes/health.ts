/** Liveness and readiness: is the process up; can it reach the store and are the read models current. */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Ledger } from '../../compose.js';

/** Counting stops here: a read model further behind than this is simply far behind. */
const LAG_COUNT_LIMIT = 1_000_000;

const Health = z.object({ status: z.literal('ok').describe('The process is up') });
const Readiness = z.object({
  status: z
    .enum(['ready', 'catching-up', 'store-unavailable'])
    .describe('ready: the store answers and every read model is current'),
  headPosition: z.string().optional().describe('Position of the newest event in the store'),
  projectedPosition: z.string().describe('Position every read model has reached'),
  lag: z.string().optional().describe('Events the read models are behind by, counted by the store'),
  detail: z.string().optional().describe('Why the ledger is not ready'),
});

export function registerHealthRoutes(app: FastifyInstance, ledger: Ledger): void {
  const typed = app.withTypeProvider<ZodTypeProvider>();
  typed.get(
    '/health',
    { schema: { tags: ['admin'], summary: 'Is the process up', response: { 200: Health } } },
    async () => ({ status: 'ok' as const }),
  );
  typed.get(
    '/ready',
    {
      schema: {
        tags: ['admin'],
        summary: 'Is the store reachable and are the read models caught up',
        response: { 200: Readiness, 503: Readiness },
      },
    },
    async (_request, reply) => {
      const projectedPosition = ledger.projections.position.toString();
      let head: bigint;
      let behind: number;
      try {
        head = await ledger.store.headPosition();
        behind = head > ledger.projections.position ? await lagOf(ledger, head) : 0;
      } catch (error) {
        return reply
          .code(503)
          .send({ status: 'store-unavailable' as const, projectedPosition, detail: (error as Error).message });
      }
      const body = { headPosition: head.toString(), projectedPosition, lag: behind.toString() };
      return behind > 0
        ? reply.code(503).send({ status: 'catching-up' as const, ...body })
        : { status: 'ready' as const, ...body };
    },
  );
}

/**
 * Events after the read models' checkpoint up to the head just read, counted by the store (positions
 * are not counts on EventStoreDB). Every event takes at least one position, so there are at most
 * head - checkpoint of them: counting stops there, and events appended since are left to the next call.
 */
async function lagOf(ledger: Ledger, head: bigint): Promise<number> {
  const behind = head - ledger.projections.position;
  const limit = behind < BigInt(LAG_COUNT_LIMIT) ? Number(behind) : LAG_COUNT_LIMIT;
  const counted = await ledger.store.countAfter?.(ledger.projections.position, limit);
  // A store that cannot count is behind by at least one event, since its head is past the checkpoint.
  return counted ?? 1;
}
