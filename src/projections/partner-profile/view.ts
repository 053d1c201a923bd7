/** What the partner profile answers: one organisation across everything the ledger records. */
import { z } from 'zod';

const pence = (what: string) => z.number().int().describe(`${what}, in pence (e.g. 1000000 for £10,000)`);

const Membership = z.object({
  bodyId: z.string().describe('The body, e.g. leadership-gloucestershire'),
  bodyName: z.string().nullable().describe("The body's name"),
  admittedOn: z.string().describe('When membership began'),
  withdrawnOn: z.string().nullable().describe('When membership ended, if it has'),
  representatives: z
    .array(
      z.object({
        person: z.string().describe('The person'),
        role: z.string().describe('member, deputy, chair or adviser'),
        from: z.string().describe('First day'),
        to: z.string().nullable().describe('Last day, if known'),
      }),
    )
    .describe('People appointed to represent the organisation on the body'),
});

const Attendance = z.object({
  bodyId: z.string().nullable().describe('The body; null for the total across bodies'),
  meetings: z
    .number()
    .int()
    .describe('Held meetings that count: those while a member, and any it attended or sent apologies to'),
  attended: z.number().int().describe('Meetings with someone present for it (not a guest)'),
  apologies: z.number().int().describe('Meetings it sent apologies to with no one present'),
  absent: z.number().int().describe('Meetings with no one present and no apologies'),
  attendanceRate: z.number().nullable().describe('attended / meetings, to three places'),
});

const Position = z.object({
  proposalId: z.string().describe('The matter, e.g. lg-2016-10-27-item-3'),
  meetingId: z.string().nullable().describe('The meeting'),
  meetingDate: z.string().nullable().describe('Its date'),
  item: z.string().nullable().describe('The agenda item number'),
  itemTitle: z.string().nullable().describe("The agenda item's heading"),
  stance: z
    .string()
    .describe('support, support-with-concerns, concerns (had concerns and did not support), oppose or abstain'),
  option: z.string().nullable().describe('The option the position was about'),
  note: z.string().nullable().describe('The concerns or reasons minuted'),
  spokenBy: z.string().nullable().describe('Who spoke for the organisation'),
  inferredFrom: z
    .string()
    .nullable()
    .describe(
      'Null when the minutes record the position; otherwise their collective statement it is ' +
        'inferred from, e.g. Nine of the 10 partners around the table broadly supported option 3',
    ),
});

const Pledge = z.object({
  fundId: z.string().describe('The fund, e.g. devolution-capacity'),
  fundName: z.string().nullable().describe("The fund's name"),
  pledgeId: z.string().describe('The pledge'),
  amountPence: pence('The sum pledged now'),
  receivedPence: pence('What has been received against it'),
  condition: z.string().nullable().describe('The condition attached, if any'),
  conditionPending: z.boolean().describe('True while the condition is unmet, so the pledge is not yet committed'),
  status: z.enum(['live', 'lapsed', 'withdrawn']).describe('live, lapsed or withdrawn'),
});

const Contribution = z.object({
  fundId: z.string().describe('The fund'),
  pledgeId: z.string().nullable().describe('The pledge it paid towards; null if unpledged'),
  amountPence: pence('The sum received'),
  receivedOn: z.string().describe('The date it arrived'),
  remittanceReference: z.string().describe('The remittance reference'),
});

const Allocation = z.object({
  fundId: z.string().describe('The fund'),
  allocationId: z.string().describe('The allocation'),
  purpose: z.string().describe('What the money is for'),
  amountPence: pence('The sum allocated'),
  paidPence: pence('What has been paid so far'),
  decision: z
    .object({ proposalId: z.string().describe('The matter'), resolution: z.string().describe('The resolution letter') })
    .describe('The decision that authorised it'),
});

const ActionOwned = z.object({
  actionId: z.string().describe('The action'),
  title: z.string().describe('What is to be done'),
  meetingId: z.string().describe('The meeting that agreed it'),
  item: z.string().describe('The agenda item'),
  dueOn: z.string().nullable().describe('When it is due'),
  status: z.enum(['open', 'completed', 'cancelled']).describe('open, completed or cancelled'),
  people: z
    .array(z.string())
    .describe('The owners acting for the organisation; empty when the organisation itself owns it'),
});

export const PartnerProfile = z
  .object({
    organisationId: z.string().describe('The organisation, e.g. stroud-district-council'),
    name: z.string().nullable().describe('Its current name, if registered'),
    type: z.string().nullable().describe('What kind of organisation it is'),
    dissolvedOn: z.string().nullable().describe('When it ceased to exist, if it has'),
    successorId: z.string().nullable().describe('The organisation that took over its functions'),
    memberships: z.array(Membership).describe('Bodies it has been a member of'),
    attendance: z
      .object({ total: Attendance.describe('Across every body'), byBody: z.array(Attendance).describe('Per body') })
      .describe('Its attendance at held meetings'),
    positions: z.array(Position).describe('Positions it took on matters, by meeting date'),
    pledges: z.array(Pledge).describe('Its pledges to funds'),
    contributions: z.array(Contribution).describe('Money received from it, by date'),
    allocationsReceived: z.array(Allocation).describe('Allocations it received from funds'),
    actionsOwned: z.array(ActionOwned).describe('Actions it, or someone acting for it, owns'),
    totals: z
      .object({
        pledgedPence: pence('Live pledges'),
        receivedPence: pence('Contributions received'),
        allocatedPence: pence('Allocations received'),
        paidPence: pence('Paid against those allocations'),
      })
      .describe('Sums of the money above'),
  })
  .describe('One partner across everything: memberships, attendance, positions, money and actions');
export type PartnerProfile = z.infer<typeof PartnerProfile>;
