/** Every field a user sees in a read model's view or filters carries a description, for the OpenAPI document. */
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ActionFilters, ActionList, ActionView } from '../../src/projections/action-tracker/index.js';
import {
  AttendanceFilters,
  AttendanceReport,
  MissedMeetingsFilters,
  MissedMeetingsReport,
} from '../../src/projections/attendance/index.js';
import { AuditTrail } from '../../src/projections/audit-trail/index.js';
import { DecisionFilters, DecisionList, DecisionView } from '../../src/projections/decision-register/index.js';
import { PartnerProfile } from '../../src/projections/partner-profile/index.js';
import { LineageView } from '../../src/projections/lineage/index.js';
import { PeopleFilters, PeopleList, PersonView } from '../../src/projections/people/index.js';

type Node = { properties?: Record<string, Node>; items?: Node; anyOf?: Node[]; description?: string };

function undescribed(node: Node, path: string): string[] {
  const own = Object.entries(node.properties ?? {}).flatMap(([name, property]) => [
    ...(typeof property.description === 'string' ? [] : [`${path}.${name}`]),
    ...undescribed(property, `${path}.${name}`),
  ]);
  const nested = [node.items, ...(node.anyOf ?? [])].filter((child): child is Node => child !== undefined);
  return [...own, ...nested.flatMap((child) => undescribed(child, `${path}[]`))];
}

const schemas = {
  DecisionView,
  DecisionList,
  DecisionFilters,
  ActionView,
  ActionList,
  ActionFilters,
  AttendanceReport,
  AttendanceFilters,
  MissedMeetingsReport,
  MissedMeetingsFilters,
  PartnerProfile,
  AuditTrail,
  LineageView,
  PeopleList,
  PeopleFilters,
  PersonView,
};

describe('view schemas', () => {
  it.each(Object.entries(schemas))('%s describes every field', (name, schema) => {
    expect(undescribed(z.toJSONSchema(schema, { unrepresentable: 'any' }) as Node, name)).toEqual([]);
  });
});
