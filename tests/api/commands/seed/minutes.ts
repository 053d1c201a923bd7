/**
 * The seed meetings as HTTP steps, derived from fixtures/*.yaml (the one transcription of the
 * minutes): the importer's planner turns the fixtures into commands, and each command becomes the
 * request a client would send to its route, path fields in the URL, the rest and the meeting date in
 * the body. What each step should record (its stream and event types) is what the deciders decide
 * for the same commands in the same order.
 */
import { commandRoutes } from '../../../../src/api/routes/command-routes.js';
import { commandEntry } from '../../../../src/domain/index.js';
import { ScenarioLedger } from '../../../domain/decisions/ledger.js';
import { seedCommands } from '../../../seed-scenario.js';
import type { Step } from './steps.js';

const pathFields = (url: string) => [...url.matchAll(/:([A-Za-z]+)/g)].map((match) => match[1]!);

/** The request for one planned command; throws if no route serves it. */
function requestFor(type: string, data: Record<string, unknown>): Pick<Step, 'as' | 'url' | 'body'> {
  const route = commandRoutes.find((candidate) => candidate.command === type);
  if (!route) throw new Error(`No command route serves ${type}, which the seed fixtures plan`);
  const fields = pathFields(route.url);
  const url = fields.reduce(
    (path, field) => path.replace(`:${field}`, encodeURIComponent(String(data[field]))),
    route.url,
  );
  const body = Object.fromEntries(Object.entries(data).filter(([field]) => !fields.includes(field)));
  return { as: route.roles.includes('clerk') ? 'clerk' : 'finance', url, body };
}

export async function minutesSteps(): Promise<Step[]> {
  const deciders = new ScenarioLedger();
  return (await seedCommands()).map(({ type, data, occurredAt }) => {
    const { as, url, body } = requestFor(type, data);
    const entry = commandEntry(type)!;
    const stream = entry.decider.streamIdOf({ type, data: entry.definition.schema.parse(data) });
    const recorded = deciders.record(type, data).map((event) => event.type);
    return { as, url, body: occurredAt ? { ...body, occurredAt } : body, stream, recorded };
  });
}
