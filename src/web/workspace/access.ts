/**
 * Who may use a workspace page: the roles of the JSON API's route for the same command (and admin),
 * so the forms are another door to the same commands, never a second set of rules. Anyone not
 * signed in is sent to sign in (or refused, for a POST); a signed-in holder of another role gets 403.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { TokenRole } from '../../api/auth/token-store.js';
import { commandRoutes } from '../../api/routes/command-routes.js';
import { renderWorkspace } from './render.js';

export function rolesFor(command: string): readonly TokenRole[] {
  const route = commandRoutes.find((candidate) => candidate.command === command);
  if (!route) throw new Error(`Bug: no API route runs ${command}, so no role may use its form`);
  return route.roles;
}

export function mayUse(role: TokenRole | undefined, roles: readonly TokenRole[]): boolean {
  return role !== undefined && (role === 'admin' || roles.includes(role));
}

/** An onRequest guard: replies (and so stops the request) unless the session's role may use the page. */
export function guard(roles: readonly TokenRole[]) {
  return async (request: FastifyRequest, reply: FastifyReply) => {
    const session = request.webSession;
    if (!session) {
      if (request.method === 'GET') return reply.redirect(`/sign-in?next=${encodeURIComponent(request.url)}`, 303);
      return renderWorkspace(request, reply, 401, 'workspace/refused.njk', {
        title: 'Sign in to record this',
        reason: 'You are not signed in, or your session has ended. Nothing was recorded.',
      });
    }
    if (!mayUse(session.role, roles)) {
      return renderWorkspace(request, reply, 403, 'workspace/refused.njk', {
        title: 'You cannot record this',
        reason:
          `You are signed in as ${session.name}, with the role ${session.role}; this needs the role ` +
          `${[...roles, 'admin'].join(' or ')}. Nothing was recorded.`,
      });
    }
    return undefined;
  };
}
