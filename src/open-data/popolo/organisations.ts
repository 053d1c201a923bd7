/** Popolo organizations, persons, posts and memberships from the directory. */
import type { Directory } from '../../projections/partner-profile/index.js';
import { pages, type OpenDataSettings } from '../settings.js';
import type { PopoloMembership, PopoloOrganization, PopoloPerson, PopoloPost } from './schema.js';

/** A person's id: the name as the minutes write it, as a slug (the directory has no person ids yet). */
export const personId = (name: string) =>
  `person-${name
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')}`;

export function organizations(directory: Directory, settings: OpenDataSettings): PopoloOrganization[] {
  const partners = directory.organisations.map((o) => ({
    id: o.organisationId,
    name: o.name,
    classification: o.type,
    identifiers: o.identifier ? [{ identifier: o.identifier, scheme: 'org-id' }] : [],
    ...(o.dissolvedOn ? { dissolution_date: o.dissolvedOn } : {}),
    links: [{ url: pages.organisation(settings, o.organisationId), note: 'Partner profile' }],
  }));
  const bodies = directory.bodies.map((b) => ({
    id: b.bodyId,
    name: b.name,
    classification: 'body',
    identifiers: [],
    links: [{ url: pages.body(settings, b.bodyId), note: 'Body page' }],
  }));
  return [...partners, ...bodies];
}

export function persons(directory: Directory): PopoloPerson[] {
  const names = [...new Set(directory.representatives.map((r) => r.person))].sort();
  return names.map((name) => ({ id: personId(name), name }));
}

const postId = (bodyId: string, organisationId: string, role: string) => `post-${bodyId}-${organisationId}-${role}`;

export function posts(directory: Directory): PopoloPost[] {
  const seen = new Map<string, PopoloPost>();
  for (const r of directory.representatives) {
    const id = postId(r.bodyId, r.organisationId, r.role);
    const organisation =
      directory.organisations.find((o) => o.organisationId === r.organisationId)?.name ?? r.organisationId;
    const body = directory.bodies.find((b) => b.bodyId === r.bodyId)?.name ?? r.bodyId;
    if (!seen.has(id))
      seen.set(id, { id, label: `${r.role} for ${organisation} on ${body}`, role: r.role, organization_id: r.bodyId });
  }
  return [...seen.values()];
}

/** Organisations' memberships of bodies, then representatives' appointments to posts on them. */
export function memberships(directory: Directory): PopoloMembership[] {
  const partners = directory.memberships.map((m) => ({
    id: `membership-${m.bodyId}-${m.organisationId}-${m.admittedOn}`,
    role: 'member',
    organization_id: m.bodyId,
    member: { '@type': 'Organization' as const, id: m.organisationId },
    start_date: m.admittedOn,
    ...(m.withdrawnOn ? { end_date: m.withdrawnOn } : {}),
  }));
  const people = directory.representatives.map((r) => ({
    id: `appointment-${r.position}`,
    role: r.role,
    person_id: personId(r.person),
    organization_id: r.bodyId,
    on_behalf_of_id: r.organisationId,
    post_id: postId(r.bodyId, r.organisationId, r.role),
    start_date: r.from,
    ...(r.to ? { end_date: r.to } : {}),
  }));
  return [...partners, ...people];
}
