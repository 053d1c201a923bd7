import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { funding } from '../../../src/domain/funding/index.js';
import { opeFunder, partners } from './fixtures.js';

const definitions = Object.entries(funding.commands);

/** Walks a JSON schema and lists the property paths that carry no description. */
function undescribed(schema: unknown, path = ''): string[] {
  if (typeof schema !== 'object' || schema === null) return [];
  const node = schema as {
    properties?: Record<string, { description?: string }>;
    anyOf?: unknown[];
    oneOf?: unknown[];
    items?: unknown;
  };
  const missing: string[] = [];
  for (const [key, property] of Object.entries(node.properties ?? {})) {
    if (!property.description) missing.push(`${path}${key}`);
    missing.push(...undescribed(property, `${path}${key}.`));
  }
  for (const branch of [...(node.anyOf ?? []), ...(node.oneOf ?? [])]) missing.push(...undescribed(branch, path));
  return missing;
}

describe('funding commands', () => {
  it('defines all twelve commands, each handled by the fund decider', () => {
    expect(Object.keys(funding.commands).sort()).toEqual([
      'AllocateFunding',
      'AmendPledge',
      'CloseFund',
      'LapsePledge',
      'OpenFund',
      'PledgeFunding',
      'RecordContribution',
      'RecordPartnerAuthorisation',
      'RecordPayment',
      'SatisfyPledgeCondition',
      'WaivePledgeCondition',
      'WithdrawPledge',
    ]);
    expect([...(funding.deciders[0]?.commandTypes ?? [])].sort()).toEqual(Object.keys(funding.commands).sort());
  });

  it.each(definitions)('%s: its example is valid', (_type, definition) => {
    expect(definition.schema.safeParse(definition.example).error).toBeUndefined();
  });

  it.each(definitions)('%s: has a one-line summary', (_type, definition) => {
    expect(definition.summary).toMatch(/^[A-Z][^\n]{20,160}\.$/);
  });

  it.each(definitions)('%s: describes every field', (_type, definition) => {
    expect(undescribed(z.toJSONSchema(definition.schema, { io: 'input' }))).toEqual([]);
  });

  it('takes the same command validated twice (HTTP, then the runner) unchanged', () => {
    const schema = funding.commands.RecordContribution!.schema;
    const once = schema.parse(funding.commands.RecordContribution!.example);
    expect(schema.parse(once)).toEqual(once);
  });

  it.each([
    [
      'OpenFund',
      {
        fundId: 'one-public-estate',
        name: 'One Public Estate',
        kind: 'external-award',
        holder: 'gloucestershire-county-council',
        funder: opeFunder,
        award: '£220,000',
      },
    ],
    [
      'OpenFund',
      {
        fundId: 'laa-reward-grant',
        name: 'Historic LAA Reward Grant',
        kind: 'grant-source',
        holder: 'gloucestershire-county-council',
        openingBalance: '£250,000',
      },
    ],
    [
      'OpenFund',
      {
        fundId: 'devolution-capacity',
        name: 'Devolution capacity',
        kind: 'pooled-pot',
        holder: 'gloucestershire-county-council',
        perPartnerAsk: '£10,000',
        askedOrganisations: [...partners],
      },
    ],
  ])('%s accepts the seed fund %#', (type, data) => {
    expect(funding.commands[type]!.schema.safeParse(data).success).toBe(true);
  });

  it.each([
    ['a bare number', { amount: 10000 }, 'amount', 'write pounds with a £ sign, e.g. "£10,000"'],
    ['pounds without a £ sign', { amount: '10,000' }, 'amount', 'write pounds with a £ sign'],
    ['nothing', { amount: '£0' }, 'amount', 'more than £0.00'],
    ['both flags', { overpayment: true, unpledged: true }, 'overpayment', 'set only one of the two'],
    ['a date not written YYYY-MM-DD', { receivedOn: '30/11/2016' }, 'receivedOn', 'YYYY-MM-DD'],
  ])('RecordContribution rejects %s, naming the field', (_what, change, field, message) => {
    const result = funding.commands.RecordContribution!.schema.safeParse({
      ...funding.commands.RecordContribution!.example,
      ...change,
    });
    expect(result.error?.issues.map((issue) => [issue.path.join('.'), issue.message])).toEqual([
      [field, expect.stringContaining(message)],
    ]);
  });

  it('rejects an ask that names a partner twice', () => {
    const data = {
      ...funding.commands.OpenFund!.example,
      askedOrganisations: ['stroud-district-council', 'stroud-district-council'],
    };
    expect(funding.commands.OpenFund!.schema.safeParse(data).error?.issues[0]?.message).toBe('name each partner once');
  });
});
