/**
 * The demo ledger (the seed meetings from fixtures/, as `npm start` loads them) served over real
 * HTTP on a free port, and Debian's Chromium driven by playwright-core, for the browser tests.
 */
import { existsSync } from 'node:fs';
import type { FastifyInstance } from 'fastify';
import { chromium, type Browser } from 'playwright-core';
import { buildApp } from '../../../src/api/app.js';
import { importFixtures } from '../../../src/cli/fixtures.js';
import { openLedger, type Ledger } from '../../../src/compose.js';
import { Config } from '../../../src/config.js';
import { directoryCommands, meetingCommands } from '../../../bench/lib/board-business.js';
import { writeHistory } from '../../../bench/lib/history.js';

export const CHROMIUM = '/usr/bin/chromium';

/** Why the browser tests cannot run here, or undefined when they can. */
export function browserMissing(): string | undefined {
  return existsSync(CHROMIUM)
    ? undefined
    : `${CHROMIUM} is missing: install Debian's chromium (apt-get install chromium) to run the browser tests`;
}

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
}

export interface DemoServer {
  readonly url: string;
  readonly ledger: Ledger;
  close(): Promise<void>;
}

/** The demo: the seed meetings, as `npm start` loads them. */
export async function demoServer(): Promise<DemoServer> {
  return serveLedger(importFixtures);
}

/**
 * A board with many meetings (generated board business, checked by the deciders): a register long enough to page
 * through.
 */
export async function busyBoardServer(meetings: number): Promise<DemoServer> {
  return serveLedger(async (ledger) => {
    await writeHistory(ledger.store, Number.MAX_SAFE_INTEGER, undefined, busyBoard(meetings));
    await ledger.projections.catchUp();
  });
}

function* busyBoard(meetings: number) {
  yield* directoryCommands();
  for (let m = 0; m < meetings; m++) yield* meetingCommands(0, m);
}

async function serveLedger(seed: (ledger: Ledger) => Promise<unknown>): Promise<DemoServer> {
  const ledger = await openLedger(Config.parse({ store: 'memory:' }));
  await seed(ledger);
  const app: FastifyInstance = await buildApp(ledger);
  const address = await app.listen({ port: 0, host: '127.0.0.1' });
  return {
    url: address,
    ledger,
    async close() {
      await app.close();
      await ledger.close();
    },
  };
}
