/**
 * `ledger report lineage PROPOSAL [RESOLUTION] [--as-at ISO] [--format table|json]`: the chain of one
 * decision, oldest first: the matters it follows from, itself, the matters that follow from it,
 * the links each made and the actions each gave, with their status. Pending matters come last.
 */
import type { Command } from 'commander';
import { lineage, type LineageView } from '../../../projections/lineage/index.js';
import type { LineageMatter, LinkView } from '../../../projections/lineage/view.js';
import { parseFormat, printJson, UsageError } from '../../output.js';
import { withStoreOptions } from '../../store-options.js';
import { parseAsAt, withExistingLedger } from '../open-existing.js';
import { withReadModel } from '../../../projections/read.js';
import { formatDate } from '../../../web/shared/format.js';
import { loadNames, type Names } from '../../../web/shared/names.js';
import { keyFrom } from './filter-options.js';
import { IDS_HELP } from './ids-option.js';

const PLACE = { this: 'this decision', upstream: 'before it', downstream: 'follows from it' } as const;

/**
 * A meeting by name; one the ledger has not recorded yet (a pending matter) by its body and the date
 * in its reference: "Gloucestershire Strategic Partnership (GSP), 22 January 2009".
 */
function meetingOf(meetingId: string | null, bodyId: string, names: Names): string {
  if (meetingId !== null && names.meetingDate(meetingId) !== null) return names.meeting(meetingId);
  const dated = meetingId === null ? undefined : /(\d{4}-\d{2}-\d{2})$/.exec(meetingId)?.[1];
  return `${names.body(bodyId)}, ${dated ? formatDate(dated) : 'meeting not recorded'}${names.idAfter(meetingId)}`;
}

function endText(end: LinkView['to'], names: Names): string {
  if (end.proposalId === null) return `${names.body(end.bodyId)} (the matter it becomes there is not recorded yet)`;
  const letter = end.resolution === null ? '' : ` ${end.resolution})`;
  return `minute ${end.item ?? '?'}${letter} of ${meetingOf(end.meetingId, end.bodyId, names)}`;
}

function matterLines(matter: LineageMatter, links: readonly LinkView[], names: Names): string[] {
  const where = `${meetingOf(matter.meetingId, matter.bodyId, names)}, item ${matter.item ?? '?'}`;
  const place = matter.pending ? 'pending: not yet recorded' : PLACE[matter.place];
  const lines = [`${matter.date ?? 'pending   '}  ${where}${matter.title ? `: ${matter.title}` : ''}  [${place}]`];
  for (const r of matter.resolutions)
    lines.push(`            ${r.resolution}) ${r.text}${r.status === 'rescinded' ? ' (rescinded)' : ''}`);
  for (const link of links.filter((l) => l.from.proposalId === matter.proposalId)) {
    const by = link.from.resolution === null ? '' : `${link.from.resolution}) `;
    lines.push(`            ${by}${link.kind} ${endText(link.to, names)}${link.pending ? ' [pending]' : ''}`);
  }
  for (const a of matter.actions) {
    const status = [a.status, a.rag, a.dueOn === null ? null : `due ${a.dueOn}`]
      .filter((part) => part !== null)
      .join(', ');
    lines.push(`            action${names.idAfter(a.actionId)}: ${a.title} (${status})`);
  }
  for (const g of matter.taskGroups) {
    const standing = g.status === 'ended' ? `ended ${g.endedOn ?? '?'}` : `active, ends ${g.endsOn}`;
    lines.push(
      `            ${g.resolution}) set up the task group ${g.name}${names.idAfter(g.taskGroupId)}, ` +
        `chair ${g.chair} (${standing})`,
    );
    for (const r of g.reports)
      lines.push(
        `              reported back to ${names.meeting(r.meetingId)}, item ${r.item} on ${r.reportedOn}: ${r.summary}`,
      );
  }
  return lines;
}

export function lineageLines(view: LineageView, names: Names): string[] {
  const header = `Lineage of ${names.minute(view)}: ` + `${view.matters.length} matters, ${view.links.length} links`;
  return [header, '', ...view.matters.flatMap((matter) => [...matterLines(matter, view.links, names), ''])];
}

export function registerLineageReport(report: Command): void {
  withStoreOptions(report.command('lineage'))
    .description(
      'the chain of one decision: on whose recommendation, authorised by whom, implemented how, reported back by whom',
    )
    .argument('<proposal>', 'the matter, e.g. abg-2008-10-30-item-1')
    .argument(
      '[resolution]',
      'its resolution letter, e.g. a; leave out for a matter that made links without a resolution',
    )
    .option('--as-at <date>', 'as the ledger stood then: YYYY-MM-DD (end of day, UTC) or an ISO date-time')
    .option('--format <format>', 'table or json', 'table')
    .option('--ids', IDS_HELP)
    .action(async (proposalId: string, resolution: string | undefined, options: Record<string, unknown>) => {
      const format = parseFormat(String(options.format), ['table', 'json']);
      const asAt = parseAsAt(options.asAt);
      const key = keyFrom(lineage.filters, { proposalId, resolution });
      await withExistingLedger(options, async (ledger) => {
        const { view, names } = await withReadModel(
          ledger,
          asAt,
          (s) => ({ view: lineage.read(s.db, key), names: loadNames(s.db, { ids: options.ids === true }) }),
          { catchUp: true },
        );
        if (!view) {
          const what = resolution === undefined ? `matter ${proposalId}` : `resolution ${resolution}) of ${proposalId}`;
          throw new UsageError(`No ${what} is recorded; \`ledger report decisions\` lists the decisions.`);
        }
        if (format === 'json') printJson(view);
        else process.stdout.write(`${lineageLines(view, names).join('\n')}\n`);
      });
    });
}
