/**
 * `ledger report people [PERSON] [--q words] [--organisation id] [--as-at ISO] [--format table|csv|json]`:
 * the people directory (the same reads as `GET /reports/people` and `GET /reports/people/{id}`).
 * Without PERSON, everyone the minutes name; with it (an id such as chris-hancock, or a name in any
 * form the minutes write it), one person: organisations, roles, meetings, positions and actions.
 */
import type { Command } from 'commander';
import type Database from 'better-sqlite3';
import { csvTable } from '../../../audit/csv.js';
import { people, person, type PersonSummary, type PersonView } from '../../../projections/people/index.js';
import type { PeopleList } from '../../../projections/people/view.js';
import { withReadModel } from '../../../projections/read.js';
import { loadNames, type Names } from '../../../web/shared/names.js';
import { IDS_HELP } from './ids-option.js';
import { parseFormat, printJson, UsageError } from '../../output.js';
import { withStoreOptions } from '../../store-options.js';
import { parseAsAt, withExistingLedger } from '../open-existing.js';
import { addFilterOptions, filtersFrom } from './filter-options.js';
import { textTable } from './table.js';

const organisationsOf = (p: PersonSummary, names: Names) => p.organisationIds.map(names.organisation).join('; ');

export function peopleLines(list: PeopleList, names: Names): string[] {
  if (list.people.length === 0) return ['No one matches.'];
  return textTable(
    [
      { header: 'person', value: (p) => `${p.name}${names.idAfter(p.personId)}` },
      { header: 'also written', value: (p) => p.otherNames.join('; '), maxWidth: 40 },
      { header: 'organisations', value: (p) => organisationsOf(p, names), maxWidth: 40 },
      { header: 'attended', value: (p) => String(p.attended), align: 'right' },
      { header: 'apologies', value: (p) => String(p.apologies), align: 'right' },
      { header: 'substitute', value: (p) => String(p.asSubstitute), align: 'right' },
      { header: 'positions', value: (p) => String(p.positionsStated), align: 'right' },
      { header: 'actions', value: (p) => String(p.actionsOwned), align: 'right' },
    ],
    list.people,
    '',
  );
}

export function peopleCsv(list: PeopleList, names: Names): string {
  return csvTable<PersonSummary>(
    [
      ['person', (p) => p.name],
      ['also written', (p) => p.otherNames.join('; ')],
      ['organisations', (p) => organisationsOf(p, names)],
      ['attended', (p) => String(p.attended)],
      ['apologies', (p) => String(p.apologies)],
      ['as substitute', (p) => String(p.asSubstitute)],
      ['positions stated', (p) => String(p.positionsStated)],
      ['actions owned', (p) => String(p.actionsOwned)],
    ],
    list.people,
  );
}

const section = (title: string, lines: readonly string[]) => (lines.length === 0 ? [] : ['', `${title}:`, ...lines]);

function meetingLine(m: PersonView['meetings'][number], names: Names): string {
  const where = names.meeting(m.meetingId);
  if (m.outcome === 'apologies')
    return `  ${where}: apologies${m.substitutedBy ? `, ${m.substitutedBy} attended in their place` : ''}`;
  const part = m.chair ? ', in the chair' : m.capacity ? ` as ${m.capacity}` : '';
  const deputy = m.nominatedDeputy ? ' (the nominated deputy)' : '';
  return `  ${where}: present${part}${m.substituteFor ? `, substitute for ${m.substituteFor}${deputy}` : ''}`;
}

/** One person as a reader reads them: names of organisations, bodies and meetings, the minutes' words. */
export function personLines(p: PersonView, names: Names): string[] {
  return [
    `${p.name}${names.idAfter(p.personId)}`,
    ...(p.otherNames.length > 0 ? [`Also written: ${p.otherNames.join('; ')}`] : []),
    `Organisations: ${organisationsOf(p, names) || 'none recorded'}`,
    `Attended ${p.attended}, apologies ${p.apologies}, as substitute ${p.asSubstitute}`,
    ...section(
      'Roles',
      p.roles.map(
        (r) =>
          `  ${r.role} for ${names.organisation(r.organisationId)} on ${names.body(r.bodyId)}, from ` +
          `${r.from}${r.to ? ` to ${r.to}` : ''}`,
      ),
    ),
    ...section(
      'Meetings',
      p.meetings.map((m) => meetingLine(m, names)),
    ),
    ...section(
      'Positions stated',
      p.positions.map(
        (x) =>
          `  ${names.meeting(x.meetingId)}, item ${x.item} ${x.itemTitle ?? ''}: ` +
          `${x.stance}${x.option ? ` on option ${x.option}` : ''} for ` +
          `${names.organisation(x.organisationId)}${x.note ? `: "${x.note}"` : ''}`,
      ),
    ),
    ...section(
      'Actions owned',
      p.actions.length === 0
        ? []
        : textTable(
            [
              { header: 'due', value: (a) => a.dueOn ?? '' },
              { header: 'status', value: (a) => a.status },
              { header: 'meeting', value: (a) => names.meeting(a.meetingId) },
              { header: 'action', value: (a) => a.title, maxWidth: 70 },
            ],
            p.actions,
          ),
    ),
  ];
}

/** The person named: by id, or by a name that only one person is written under. */
function personNamed(db: Database.Database, given: string): PersonView | undefined | PersonSummary[] {
  const byId = person.read(db, { personId: given });
  if (byId) return byId;
  const found = people.read(db, { q: given }).people;
  if (found.length === 1) return person.read(db, { personId: found[0]!.personId });
  return found;
}

export function registerPeopleReport(report: Command): void {
  const command = withStoreOptions(report.command('people'))
    .description(
      'the people directory: everyone the minutes name, or one PERSON with roles, meetings, positions and actions',
    )
    .argument(
      '[person]',
      'one person: an id (chris-hancock) or a name as the minutes write it (Cllr Christopher Hancock)',
    );
  addFilterOptions(command, people.filters)
    .option('--as-at <date>', 'as the ledger stood then: YYYY-MM-DD (end of day, UTC) or an ISO date-time')
    .option('--format <format>', 'table, csv or json', 'table')
    .option('--ids', IDS_HELP)
    .action(async (given: string | undefined, options: Record<string, unknown>) => {
      const format = parseFormat(
        String(options.format),
        given === undefined ? ['table', 'csv', 'json'] : ['table', 'json'],
      );
      const filters = filtersFrom(people.filters, options);
      const asAt = parseAsAt(options.asAt);
      await withExistingLedger(options, async (ledger) => {
        const { answer, names } = await withReadModel(
          ledger,
          asAt,
          (s) => ({
            answer: given === undefined ? people.read(s.db, filters) : personNamed(s.db, given),
            names: loadNames(s.db, { ids: options.ids === true && format === 'table' }),
          }),
          { catchUp: true },
        );
        if (Array.isArray(answer) || answer === undefined) {
          const when = asAt === undefined ? '' : ` as at ${asAt}`;
          const which = answer?.length
            ? ` ${answer.length} people match: ` +
              `${answer.map((p) => `${p.name} (${p.personId})`).join(', ')}; name one by its id.`
            : ' `ledger report people --q WORDS` finds a person by name.';
          throw new UsageError(`No one person is recorded as ${given}${when}.${which}`);
        }
        if (format === 'json') printJson(answer);
        else if ('people' in answer)
          process.stdout.write(
            format === 'csv' ? peopleCsv(answer, names) : `${peopleLines(answer, names).join('\n')}\n`,
          );
        else process.stdout.write(`${personLines(answer, names).join('\n')}\n`);
      });
    });
}
