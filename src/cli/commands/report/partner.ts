/**
 * `ledger report partner ORG [--as-at ISO] [--format table|csv|json]`: one partner across
 * everything the ledger records (the partner profile, the same read as `GET /partners/{id}`):
 * memberships and representatives, attendance, positions taken, money and actions owned. The table
 * names bodies, funds and meetings; CSV is one row per fact; JSON is the API's view (ids, pence).
 */
import type { Command } from 'commander';
import { csvNumber, csvTable } from '../../../audit/csv.js';
import { formatPence, pence, toPoundsDecimal } from '../../../domain/shared/money.js';
import { partner, type PartnerProfile } from '../../../projections/partner-profile/index.js';
import { withReadModel } from '../../../projections/read.js';
import { loadNames, type Names } from '../../../web/shared/names.js';
import { IDS_HELP } from './ids-option.js';
import { parseFormat, printJson, UsageError } from '../../output.js';
import { withStoreOptions } from '../../store-options.js';
import { parseAsAt, withExistingLedger } from '../open-existing.js';
import { keyFrom } from './filter-options.js';
import { fundChangeLines, fundChanges } from './fund-changes.js';
import { textTable } from './table.js';

const money = (amountPence: number) => formatPence(pence(amountPence));
const rate = (value: number | null) => (value === null ? '' : `${Math.round(value * 100)}%`);

function headLines(profile: PartnerProfile, names: Names): string[] {
  const dissolved = profile.dissolvedOn ? `; dissolved ${profile.dissolvedOn}` : '';
  const successor = profile.successorId ? `, succeeded by ${names.organisation(profile.successorId)}` : '';
  const total = profile.attendance.total;
  return [
    `${profile.name ?? names.organisation(profile.organisationId)} ` +
      `(${profile.type ?? 'type not recorded'}${dissolved}${successor})`,
    `Attended ${total.attended} of ${total.meetings} meetings ` +
      `(${rate(total.attendanceRate) || 'none held'}), apologies ${total.apologies}, absent ` +
      `${total.absent}`,
    `Money: pledged ${money(profile.totals.pledgedPence)}, paid in ` +
      `${money(profile.totals.receivedPence)}, allocated to it ` +
      `${money(profile.totals.allocatedPence)}, paid out to it ${money(profile.totals.paidPence)}`,
  ];
}

function section<T>(title: string, rows: readonly T[], lines: (rows: readonly T[]) => string[]): string[] {
  return rows.length === 0 ? [] : ['', `${title}:`, ...lines(rows)];
}

/** The profile as a person reads it: names of bodies, funds and meetings, dates and pounds. */
export function partnerLines(profile: PartnerProfile, names: Names): string[] {
  return [
    ...headLines(profile, names),
    ...section('Memberships', profile.memberships, (rows) =>
      rows.flatMap((m) => [
        `  ${m.bodyName ?? names.body(m.bodyId)}: member from ` +
          `${m.admittedOn}${m.withdrawnOn ? ` to ${m.withdrawnOn}` : ''}`,
        ...m.representatives.map((r) => `    ${r.person}, ${r.role}, from ${r.from}${r.to ? ` to ${r.to}` : ''}`),
      ]),
    ),
    ...section('Positions', profile.positions, (rows) =>
      rows.map((p) => {
        const on = (
          `${p.meetingId ? names.meeting(p.meetingId) : 'meeting not recorded'}, item ${p.item ?? '?'} ` +
          (p.itemTitle ?? '')
        ).trimEnd();
        const option = p.option ? ` on option ${p.option}` : '';
        const basis = p.inferredFrom ? ` (inferred from "${p.inferredFrom}")` : '';
        return (
          `  ${on}: ` +
          `${p.stance}${option}${p.spokenBy ? ` [${p.spokenBy}]` : ''}${p.note ? `: ${p.note}` : ''}${basis}`
        );
      }),
    ),
    ...section('Pledges', profile.pledges, (rows) =>
      textTable(
        [
          { header: 'fund', value: (p) => p.fundName ?? names.fund(p.fundId) },
          { header: 'pledged', value: (p) => money(p.amountPence), align: 'right' },
          { header: 'paid in', value: (p) => money(p.receivedPence), align: 'right' },
          { header: 'status', value: (p) => (p.conditionPending ? `${p.status}, condition pending` : p.status) },
          { header: 'condition', value: (p) => p.condition ?? '', maxWidth: 70 },
        ],
        rows,
      ),
    ),
    ...section('Contributions', profile.contributions, (rows) =>
      rows.map(
        (c) =>
          `  ${c.receivedOn}  ${money(c.amountPence)} to ${names.fund(c.fundId)} ` +
          `(${c.remittanceReference})${c.pledgeId ? '' : ', not pledged'}`,
      ),
    ),
    ...section('Allocations received', profile.allocationsReceived, (rows) =>
      rows.map(
        (a) => `  ${money(a.amountPence)} from ${names.fund(a.fundId)}, ${money(a.paidPence)} paid: ${a.purpose}`,
      ),
    ),
    ...section('Actions owned', profile.actionsOwned, (rows) =>
      textTable(
        [
          { header: 'due', value: (a) => a.dueOn ?? '' },
          { header: 'status', value: (a) => a.status },
          { header: 'meeting', value: (a) => names.meeting(a.meetingId) },
          { header: 'by', value: (a) => a.people.join('; ') },
          { header: 'action', value: (a) => a.title, maxWidth: 70 },
        ],
        rows,
      ),
    ),
  ];
}

type Fact = {
  section: string;
  date: string | null;
  subject: string;
  detail: string | null;
  amountPence: number | null;
  status: string | null;
};

/** One CSV row per fact, named as the table names it, amounts in pounds with two decimals. */
export function partnerCsv(profile: PartnerProfile, names: Names): string {
  const facts: Fact[] = [
    ...profile.memberships.map((m) => ({
      section: 'membership',
      date: m.admittedOn,
      subject: m.bodyName ?? names.body(m.bodyId),
      detail: m.representatives.map((r) => `${r.person} (${r.role})`).join('; '),
      amountPence: null,
      status: m.withdrawnOn ? `withdrawn ${m.withdrawnOn}` : 'member',
    })),
    ...profile.positions.map((p) => ({
      section: 'position',
      date: p.meetingDate,
      subject: `${p.meetingId ? names.meeting(p.meetingId) : ''} item ${p.item ?? ''} ${p.itemTitle ?? ''}`.trim(),
      detail: p.note,
      amountPence: null,
      status: p.stance,
    })),
    ...profile.pledges.map((p) => ({
      section: 'pledge',
      date: null,
      subject: p.fundName ?? names.fund(p.fundId),
      detail: p.condition,
      amountPence: p.amountPence,
      status: p.conditionPending ? `${p.status}, condition pending` : p.status,
    })),
    ...profile.contributions.map((c) => ({
      section: 'contribution',
      date: c.receivedOn,
      subject: names.fund(c.fundId),
      detail: c.remittanceReference,
      amountPence: c.amountPence,
      status: c.pledgeId ? 'pledged' : 'not pledged',
    })),
    ...profile.allocationsReceived.map((a) => ({
      section: 'allocation',
      date: null,
      subject: names.fund(a.fundId),
      detail: a.purpose,
      amountPence: a.amountPence,
      status: `paid ${toPoundsDecimal(pence(a.paidPence))}`,
    })),
    ...profile.actionsOwned.map((a) => ({
      section: 'action',
      date: a.dueOn,
      subject: a.title,
      detail: a.people.join('; ') || null,
      amountPence: null,
      status: a.status,
    })),
  ];
  return csvTable<Fact>(
    [
      ['section', (f) => f.section],
      ['date', (f) => f.date],
      ['subject', (f) => f.subject],
      ['detail', (f) => f.detail],
      ['amount', (f) => (f.amountPence === null ? null : csvNumber(toPoundsDecimal(pence(f.amountPence))))],
      ['status', (f) => f.status],
    ],
    facts,
  );
}

export function registerPartnerReport(report: Command): void {
  withStoreOptions(report.command('partner'))
    .description('one partner across everything: memberships, attendance, positions, pledges, payments and actions')
    .argument('<organisation>', 'the organisation, e.g. stroud-district-council')
    .option('--as-at <date>', 'as the ledger stood then: YYYY-MM-DD (end of day, UTC) or an ISO date-time')
    .option('--format <format>', 'table, csv or json', 'table')
    .option('--ids', IDS_HELP)
    .action(async (organisationId: string, options: Record<string, unknown>) => {
      const format = parseFormat(String(options.format), ['table', 'csv', 'json']);
      const asAt = parseAsAt(options.asAt);
      const key = keyFrom(partner.filters, { organisationId });
      await withExistingLedger(options, async (ledger) => {
        const found = await withReadModel(
          ledger,
          asAt,
          (s) => {
            const profile = partner.read(s.db, key);
            const names = loadNames(s.db, { ids: options.ids === true && format === 'table' });
            const funds = [...new Set(profile?.pledges.map((pledge) => pledge.fundId))];
            const changes = funds.flatMap((fundId) => {
              const lines = fundChangeLines(fundChanges(s.db, fundId, null, organisationId), names);
              return lines.length === 0 ? [] : [`  ${names.fund(fundId)}:`, ...lines.slice(1).map((l) => `  ${l}`)];
            });
            return { profile, names, changes };
          },
          { catchUp: true },
        );
        if (!found.profile) {
          const when = asAt === undefined ? '' : ` as at ${asAt}`;
          throw new UsageError(
            `The ledger has nothing about an organisation ${organisationId}${when}; \`ledger report ` +
              `attendance\` lists the organisations.`,
          );
        }
        if (format === 'json') printJson(found.profile);
        else if (format === 'csv') process.stdout.write(partnerCsv(found.profile, found.names));
        else {
          const changes = found.changes.length === 0 ? [] : ['', 'What happened to its pledges:', ...found.changes];
          process.stdout.write(`${[...partnerLines(found.profile, found.names), ...changes].join('\n')}\n`);
        }
      });
    });
}
