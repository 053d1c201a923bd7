/**
 * The kill test's clients. Each works through its own business: pledges to the pots from its own
 * ten partners, a contribution once a pledge is acknowledged, progress reports on open actions, and
 * external awards (two events each). Some commands are sent by a careless client that gives up when
 * its connection drops, so some commands stay unacknowledged and may or may not have been recorded.
 */
import {
  contribution,
  externalAward,
  fundOf,
  FUNDS,
  openAction,
  partner,
  pledge,
  progress,
  type CommandRequest,
} from './board-ledger.js';
import { sendCommand, type Outcome, type Tokens } from './client.js';

export const CLIENTS = 20;
const UNITS = FUNDS * 10;

export interface SentCommand {
  readonly key: string;
  readonly command: CommandRequest;
  readonly abandonable: boolean;
  readonly outcome: Outcome;
}

export interface Workload {
  readonly url: string;
  readonly tokens: Tokens;
  /** Past it, clients give up on what they are sending (set to 0 to end them at once). */
  deadline: number;
  /** Set once the server has been killed enough times: clients finish what they started and stop. */
  stopped(): boolean;
  readonly counts: { acknowledged: number; connectionFailures: number; unavailable: number };
}

async function send(
  work: Workload,
  sent: SentCommand[],
  key: string,
  command: CommandRequest,
  abandonable: boolean,
): Promise<Outcome> {
  const outcome = await sendCommand(() => work.url, work.tokens, key, command, {
    get deadline() {
      return work.deadline;
    },
    abandonOnConnectionError: abandonable,
    onRetry: (why) => (why === 503 ? work.counts.unavailable++ : work.counts.connectionFailures++),
  });
  if (outcome.kind === 'acknowledged') work.counts.acknowledged++;
  sent.push({ key, command, abandonable, outcome });
  return outcome;
}

/** Client `c`: unit `u` pledges partner c + 20·(u mod 10) to pot ⌊u/10⌋, so no two units pledge the same pair. */
export async function runClient(c: number, work: Workload): Promise<SentCommand[]> {
  const sent: SentCommand[] = [];
  for (let u = 0; u < UNITS && !work.stopped() && Date.now() < work.deadline; u++) {
    const fundId = fundOf(Math.floor(u / 10) % FUNDS);
    const organisation = partner(c + CLIENTS * (u % 10));
    const key = `client-${c}-unit-${u}`;
    const pledged = await send(work, sent, `${key}-pledge`, pledge(fundId, organisation), u % 4 === 3);
    if (pledged.kind === 'acknowledged' && u % 2 === 0) {
      await send(work, sent, `${key}-contribution`, contribution(fundId, organisation, `REM-${key}`), false);
    }
    if (u % 3 === 0)
      await send(
        work,
        sent,
        `${key}-progress`,
        progress(openAction(c * 5 + (u % 5), u % 2 === 0 ? 1 : 2), `Progress from ${key}`),
        u % 6 === 3,
      );
    if (u % 4 === 0)
      await send(work, sent, `${key}-award`, externalAward(`award-${c}-${u}`, partner(c + u)), u % 8 === 4);
  }
  return sent;
}

/** A small seeded generator, so the moments of the kills can be told apart and repeated. */
export { seededRandom } from '../../bench/lib/seeded-random.js';
