/**
 * The web pages: server-rendered HTML with GOV.UK Frontend's Nunjucks macros and styles, from the
 * same read models as the JSON API. Each page type has its folder (template + loader); this file
 * registers them all, with the assets they need, in a context of their own.
 */
import { join } from 'node:path';
import fastifyStatic from '@fastify/static';
import fastifyView from '@fastify/view';
import type { FastifyInstance } from 'fastify';
import nunjucks from 'nunjucks';
import type { Ledger } from '../compose.js';
import { accessibilityPage } from './accessibility/accessibility.js';
import { actionPage, actionsPage } from './actions/actions.js';
import { auditGuidePage, auditTrailPage } from './audit/audit.js';
import { bodyPage } from './bodies/body.js';
import { decisionPage } from './decisions/decision.js';
import { registerPageDefinition } from './decisions/register.js';
import { fundPage, fundsPage } from './funds/funds.js';
import { registerDownloads } from './downloads.js';
import { registerHtmlNotFound } from './errors/not-found.js';
import { homePage } from './home/home.js';
import { meetingPage } from './meetings/meeting.js';
import { organisationPage } from './organisations/organisation.js';
import { peoplePage, personPage } from './people/people.js';
import { recommendationsPage } from './recommendations/recommendations.js';
import { CachedFragments } from './shared/cached-fragment.js';
import { describeSource } from '../projections/audit-trail/index.js';
import {
  formatDate,
  formatDateTime,
  formatMoney,
  formatMonth,
  illustrativeMark,
  label,
  minute,
  tagClass,
} from './shared/format.js';
import { registerPage } from './shared/page.js';
import { govukDistDirectory, webDirectory } from './shared/paths.js';
import { trim } from './shared/trim.js';
import { registerWorkspace } from './workspace/plugin.js';
import { workProgrammePage } from './work-programme/work-programme.js';

const pages = [
  homePage,
  meetingPage,
  registerPageDefinition,
  decisionPage,
  fundsPage,
  fundPage,
  actionsPage,
  actionPage,
  organisationPage,
  peoplePage,
  personPage,
  bodyPage,
  workProgrammePage,
  recommendationsPage,
  auditGuidePage,
  auditTrailPage,
  accessibilityPage,
] as const;

export async function registerWeb(app: FastifyInstance, ledger: Ledger): Promise<void> {
  let view: ((template: string, data: object) => Promise<string>) | undefined;
  registerHtmlNotFound(app, ledger, { ledgerName: ledger.config.name }, () => view!);
  await app.register(async (web) => {
    await web.register(fastifyView, {
      engine: { nunjucks },
      templates: [webDirectory, govukDistDirectory],
      production: true,
      options: {
        onConfigure: (env: nunjucks.Environment) => {
          env.addFilter('date', formatDate);
          env.addFilter('dateTime', formatDateTime);
          env.addFilter('money', formatMoney);
          env.addFilter('month', formatMonth);
          env.addFilter('label', label);
          env.addFilter('minute', minute);
          env.addFilter('tagClass', tagClass);
          env.addFilter('illustrative', illustrativeMark);
          env.addFilter('source', describeSource);
          env.addFilter('trim', trim);
          env.addExtension('CachedFragments', new CachedFragments());
        },
      },
    });
    view = (template, data) => web.view(template, data);
    await registerWorkspace(web, ledger);
    await web.register(fastifyStatic, {
      root: join(govukDistDirectory, 'govuk'),
      prefix: '/govuk/',
      allowedPath: (path) => /^\/govuk-frontend\.min\.(css|js)(\.map)?$/.test(path),
      schemaHide: true,
    });
    await web.register(fastifyStatic, {
      root: join(govukDistDirectory, 'govuk', 'assets'),
      prefix: '/assets/',
      decorateReply: false,
      schemaHide: true,
    });
    await web.register(fastifyStatic, {
      root: join(webDirectory, 'assets'),
      prefix: '/web/',
      decorateReply: false,
      schemaHide: true,
    });
    for (const page of pages) registerPage(web, ledger, { ledgerName: ledger.config.name }, page as never);
    registerDownloads(web, ledger);
  });
}
