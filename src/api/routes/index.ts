/** Every route of the API, registered explicitly so that a URL is one grep away. */
import type { FastifyInstance } from 'fastify';
import type { Ledger } from '../../compose.js';
import { registerCommandRoute } from '../commands/command-route.js';
import { commandRoutes } from './command-routes.js';
import { registerHealthRoutes } from './health.js';
import { registerOpenDataRoutes } from './open-data.js';
import { registerReportRoutes } from './reports.js';

export function registerRoutes(app: FastifyInstance, ledger: Ledger): void {
  registerHealthRoutes(app, ledger);
  for (const route of commandRoutes) registerCommandRoute(app, ledger, route);
  registerReportRoutes(app, ledger);
  registerOpenDataRoutes(app, ledger);
}
