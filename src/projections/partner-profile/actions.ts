/** The actions an organisation owns, itself or through someone acting for it. */
import type Database from 'better-sqlite3';
import type { PartnerProfile } from './view.js';

type ActionRow = {
  action_id: string;
  title: string;
  meeting_id: string;
  item: string;
  due_on: string | null;
  status: PartnerProfile['actionsOwned'][number]['status'];
  people: string | null;
};

export function actionsOwnedBy(db: Database.Database, organisationId: string): PartnerProfile['actionsOwned'] {
  return db
    .prepare<[string], ActionRow>(
      `SELECT a.action_id, a.title, a.meeting_id, a.item, a.due_on, a.status,
              (SELECT json_group_array(o2.person) FROM (SELECT person FROM partner_profile_action_owners
                 WHERE action_id = a.action_id AND organisation_id = o.organisation_id AND person IS NOT NULL ORDER
                   BY seq) o2) AS people
         FROM partner_profile_actions a
         LEFT JOIN partner_profile_meetings m ON m.meeting_id = a.meeting_id
         JOIN (SELECT DISTINCT action_id, organisation_id FROM partner_profile_action_owners WHERE organisation_id =
           ?) o ON o.action_id = a.action_id
        ORDER BY m.date, a.meeting_id, a.action_id`,
    )
    .all(organisationId)
    .map((r) => ({
      actionId: r.action_id,
      title: r.title,
      meetingId: r.meeting_id,
      item: r.item,
      dueOn: r.due_on,
      status: r.status,
      people: JSON.parse(r.people ?? '[]') as string[],
    }));
}
