/** The open-data routes, one entry per URL: what it answers and how it renders the read models. */
import { z } from 'zod';
import { Slug } from '../../domain/shared/identifiers.js';
import { ATOM_CONTENT_TYPE, decisionsFeed } from '../../open-data/atom/index.js';
import { actionsCalendar, CALENDAR_CONTENT_TYPE, meetingsCalendar } from '../../open-data/icalendar/index.js';
import { popolo, PopoloDocument } from '../../open-data/popolo/index.js';
import { grantPackage, grants, grantsCsv, GrantPackage } from '../../open-data/three-sixty-giving/index.js';
import type { OpenDataRoute } from './open-data.js';

const grantExample = {
  id: '360G-leadershipglos-community-safety-implementation',
  title: 'Historic Local Area Agreement Reward Grant: Gloucestershire Community Safety Partnership',
  description: 'Implementation phase of the Gloucestershire Community Safety Partnership',
  currency: 'GBP',
  amountAwarded: 35000,
  awardDate: '2016-10-27',
  url: 'http://localhost:3000/decisions/lg-2016-10-27-item-3/b',
  recipientOrganization: [
    {
      id: '360G-leadershipglos-body-gloucestershire-community-safety-partnership',
      name: 'Gloucestershire Community Safety Partnership',
    },
  ],
  fundingOrganization: [{ id: 'GB-LAE-GLS', name: 'Gloucestershire County Council' }],
  grantProgramme: [{ code: 'laa-reward-grant', title: 'Historic Local Area Agreement Reward Grant' }],
  dataSource: 'http://localhost:3000/decisions/lg-2016-10-27-item-3/b',
};

const csvExample =
  'Identifier,Title,Description,Currency,Amount Awarded,Amount Disbursed,Award ' +
  'Date,URL,Recipient Org:Identifier,Recipient Org:Name,Funding Org:Identifier,Funding ' +
  'Org:Name,Grant Programme:Code,Grant Programme:Title,Data Source\r\n' +
  ('360G-leadershipglos-community-safety-implementation,Historic Local Area Agreement Reward ' +
    'Grant: Gloucestershire Community Safety Partnership,Implementation phase of the ' +
    'Gloucestershire Community Safety ' +
    'Partnership,GBP,35000,,2016-10-27,http://localhost:3000/decisions/lg-2016-10-27-item-3/b,360G-leadershipglos-body-gloucestershire-community-safety-partnership,Gloucestershire ' +
    'Community Safety Partnership,GB-LAE-GLS,Gloucestershire County ' +
    'Council,laa-reward-grant,Historic Local Area Agreement Reward ' +
    'Grant,http://localhost:3000/decisions/lg-2016-10-27-item-3/b\r\n');

const popoloExample = {
  organizations: [
    {
      id: 'stroud-district-council',
      name: 'Stroud District Council',
      classification: 'district-council',
      identifiers: [{ identifier: 'GB-LAE-STO', scheme: 'org-id' }],
      links: [{ url: 'http://localhost:3000/organisations/stroud-district-council', note: 'Partner profile' }],
    },
  ],
  persons: [{ id: 'person-cllr-mark-hawthorne', name: 'Cllr Mark Hawthorne' }],
  posts: [
    {
      id: 'post-leadership-gloucestershire-gloucestershire-county-council-chair',
      label: 'chair for Gloucestershire County Council on Leadership Gloucestershire',
      role: 'chair',
      organization_id: 'leadership-gloucestershire',
    },
  ],
  memberships: [
    {
      id: 'membership-leadership-gloucestershire-stroud-district-council-2011-07-01',
      role: 'member',
      organization_id: 'leadership-gloucestershire',
      member: { '@type': 'Organization', id: 'stroud-district-council' },
      start_date: '2011-07-01',
    },
  ],
  events: [
    {
      id: 'lg-2016-10-27',
      name: 'Leadership Gloucestershire, 2016-10-27',
      classification: 'meeting',
      organization_id: 'leadership-gloucestershire',
      start_date: '2016-10-27',
      location: null,
      status: 'held',
      sources: [{ url: 'http://localhost:3000/meetings/lg-2016-10-27', note: 'Meeting page' }],
    },
  ],
  motions: [
    {
      id: 'lg-2016-10-27-item-3/option-3',
      organization_id: 'leadership-gloucestershire',
      legislative_session_id: 'lg-2016-10-27',
      identifier: 'item 3 option 3',
      classification: 'option',
      text: 'Transformational change: ...',
      result: 'agreed',
      sources: [{ url: 'http://localhost:3000/meetings/lg-2016-10-27', note: 'Meeting page' }],
    },
  ],
  vote_events: [
    {
      id: 'lg-2016-10-27-item-3/option-3/positions',
      motion_id: 'lg-2016-10-27-item-3/option-3',
      organization_id: 'leadership-gloucestershire',
      legislative_session_id: 'lg-2016-10-27',
      result: 'agreed (minute 3 a))',
      counts: [
        { option: 'support', value: 9 },
        { option: 'support-with-concerns', value: 1 },
      ],
      votes: [
        {
          vote_event_id: 'lg-2016-10-27-item-3/option-3/positions',
          voter_id: 'stroud-district-council',
          option: 'support-with-concerns',
          note: 'Concerns around the evidence base ...',
        },
      ],
    },
  ],
  projectedPosition: '211',
  asAt: null,
};

const meetingsExample = [
  'BEGIN:VCALENDAR',
  'VERSION:2.0',
  'PRODID:-//Partnership Ledger//Open data//EN',
  'X-WR-CALNAME:Leadership Gloucestershire: meetings',
  'BEGIN:VEVENT',
  'UID:meeting-lg-2018-10-11@localhost:3000',
  'SEQUENCE:0',
  'DTSTAMP:20261201T090000Z',
  'DTSTART;VALUE=DATE:20181011',
  'SUMMARY:Leadership Gloucestershire',
  'LOCATION:Shire Hall\\, Gloucester',
  'URL;VALUE=URI:http://localhost:3000/meetings/lg-2018-10-11',
  'STATUS:CONFIRMED',
  'END:VEVENT',
  'END:VCALENDAR',
].join('\r\n');

const actionsExample = meetingsExample
  .replace('Leadership Gloucestershire: meetings', 'Actions due')
  .replace('meeting-lg-2018-10-11', 'action-lg-2018-06-14-4-1')
  .replace('20181011', '20181031')
  .replace('SUMMARY:Leadership Gloucestershire', 'SUMMARY:Report on the Big Conversation')
  .replace('LOCATION:Shire Hall\\, Gloucester\r\n', '')
  .replace('meetings/lg-2018-10-11', 'actions/lg-2018-06-14-4-1');

const atomExample = [
  '<?xml version="1.0" encoding="utf-8"?>',
  '<feed xmlns="http://www.w3.org/2005/Atom">',
  '    <id>http://localhost:3000/decisions.atom</id>',
  '    <title>Decisions</title>',
  '    <updated>2026-12-01T09:00:00.000Z</updated>',
  '    <entry>',
  '        <title type="html"><![CDATA[Minute 3 b) of Leadership Gloucestershire, 2016-10-27: ' +
    'Community Safety Review]]></title>',
  '        <id>http://localhost:3000/decisions/lg-2016-10-27-item-3/b</id>',
  '        <link href="http://localhost:3000/decisions/lg-2016-10-27-item-3/b"/>',
  '        <updated>2026-12-01T09:00:00.000Z</updated>',
  '        <content type="html"><![CDATA[To provide financial support of £35,000 ...]]></content>',
  '    </entry>',
  '</feed>',
].join('\n');

const refusal =
  'A grant whose recipient or fund holder has no org-id identifier is refused (409 ' +
  'ORGANISATION_WITHOUT_IDENTIFIER, naming it) unless localOrgIds=true.';

export const openDataFormats: readonly OpenDataRoute[] = [
  {
    url: '/open-data/360giving.json',
    summary: 'Every allocation from a fund as 360Giving Data Standard JSON',
    description:
      `One grant per allocation: amount in pounds, the award date (the deciding meeting's), ` +
      `recipient and fund holder with org-id identifiers, the fund as grant programme, payments ` +
      `as disbursements, and the decision's page as data source. ${refusal}`,
    contentType: 'application/json; charset=utf-8',
    response: GrantPackage.meta({ example: { grants: [grantExample], projectedPosition: '211', asAt: null } }),
    localOrgIds: true,
    render: grantPackage,
  },
  {
    url: '/open-data/360giving.csv',
    summary: 'Every allocation from a fund as the 360Giving flat CSV',
    description:
      `The same grants as /open-data/360giving.json, one row each, with the standard's column ` + `titles. ${refusal}`,
    contentType: 'text/csv; charset=utf-8',
    response: z.string().meta({ example: csvExample }),
    localOrgIds: true,
    render: (snapshot, settings) => grantsCsv(grants(snapshot.db, settings)),
  },

  {
    url: '/open-data/popolo.json',
    summary: 'The partnership as Popolo JSON: organisations, memberships, meetings, motions and positions',
    description:
      'Organisations and bodies (with org-id identifiers where recorded), the people who ' +
      'represent them and the posts they hold, memberships with dates, meetings as events, the ' +
      "options tabled and the resolutions as motions, and the partners' positions on each matter " +
      'as vote events with counts by stance. Every id a record refers to is in the document.',
    contentType: 'application/json; charset=utf-8',
    response: PopoloDocument.meta({ example: popoloExample }),
    render: popolo,
  },

  {
    url: '/bodies/:bodyId/meetings.ics',
    summary: "A body's meetings as an iCalendar feed",
    description:
      'One event per meeting: its date (all day: the ledger records no start times yet), venue, ' +
      'status (a cancelled meeting is STATUS:CANCELLED) and a link to its page. The UID is the ' +
      "meeting's, so calendars update rather than duplicate it; SEQUENCE is the meeting's " +
      'revision, so it rises whenever anything is recorded against the meeting.',
    contentType: CALENDAR_CONTENT_TYPE,
    response: z.string().meta({ example: meetingsExample }),
    params: z.object({ bodyId: Slug.describe('The body, e.g. leadership-gloucestershire') }),
    render: (snapshot, settings, input) => meetingsCalendar(snapshot, settings, input.bodyId!),
    missing: (input) =>
      `There is no body ${input.bodyId} in the ` +
      `directory${input.asAt ? ` as at ${input.asAt}` : ''}; GET /open-data/popolo.json lists the ` +
      `bodies.`,
  },
  {
    url: '/actions.ics',
    summary: 'Action due dates as an iCalendar feed, for an owner or a body',
    description:
      "One all-day event per action (and sub-action) with a due date, linking the action's page; " +
      'a cancelled action is STATUS:CANCELLED. UID and SEQUENCE as for meetings.',
    contentType: CALENDAR_CONTENT_TYPE,
    response: z.string().meta({ example: actionsExample }),
    filters: z.object({
      owner: z
        .string()
        .trim()
        .min(1)
        .max(200)
        .optional()
        .describe(
          'Only actions with this owner: a person as minuted (e.g. Richard Bradley), or an organisation or body id',
        ),
      body: Slug.optional().describe("Only actions agreed at this body's meetings, e.g. leadership-gloucestershire"),
    }),
    render: (snapshot, settings, input) =>
      actionsCalendar(snapshot, settings, { owner: input.owner, body: input.body }),
  },

  {
    url: '/decisions.atom',
    summary: 'Every decision as an Atom feed',
    description:
      "One entry per lettered resolution, newest change first, linking the decision's page; an " +
      "entry's updated time is when the ledger last recorded something about it (an amendment or " +
      'a rescission), so readers see the change.',
    contentType: ATOM_CONTENT_TYPE,
    response: z.string().meta({ example: atomExample }),
    render: (snapshot, settings) => decisionsFeed(snapshot, settings),
  },
  {
    url: '/bodies/:bodyId/decisions.atom',
    summary: "A body's decisions as an Atom feed",
    description: "As /decisions.atom, for the decisions of one body's meetings.",
    contentType: ATOM_CONTENT_TYPE,
    response: z.string().meta({ example: atomExample }),
    params: z.object({ bodyId: Slug.describe('The body, e.g. leadership-gloucestershire') }),
    render: (snapshot, settings, input) => decisionsFeed(snapshot, settings, input.bodyId),
    missing: (input) =>
      `There is no body ${input.bodyId} in the ` +
      `directory${input.asAt ? ` as at ${input.asAt}` : ''}; GET /open-data/popolo.json lists the ` +
      `bodies.`,
  },
];
