/**
 * Commands shaped like real board business, for benchmarks and load tests: a hundred boards of
 * ten partners each, meeting weekly; at every meeting attendance and apologies, the last minutes
 * confirmed, items tabled, options with each partner's position, an option agreed, a resolution,
 * actions assigned (and the last meeting's progressed, reviewed and completed); every twelfth
 * meeting a pooled pot with ten pledges and eight contributions.
 */
import type { DomainCommand } from '../../src/domain/shared/decider.js';

export const BOARDS = 100;
export const PARTNERS = 200;
const MEMBERS_PER_BOARD = 10;
const DAY_MS = 86_400_000;
const FIRST_MEETING = Date.UTC(2010, 0, 4);

const partnerId = (n: number) => `partner-${String(n).padStart(3, '0')}`;
const boardId = (b: number) => `board-${String(b).padStart(2, '0')}`;
const meetingId = (b: number, m: number) => `${boardId(b)}-m-${String(m).padStart(5, '0')}`;
const dateOf = (m: number, plusDays = 0) =>
  new Date(FIRST_MEETING + (m * 7 + plusDays) * DAY_MS).toISOString().slice(0, 10);
const membersOf = (b: number) =>
  Array.from({ length: MEMBERS_PER_BOARD }, (_, j) => partnerId((b * MEMBERS_PER_BOARD + j) % PARTNERS));
const cmd = (type: string, data: Record<string, unknown>): DomainCommand => ({ type, data });

/** The partners and boards, registered once before any meeting. */
export function* directoryCommands(): Generator<DomainCommand> {
  for (let p = 0; p < PARTNERS; p++) {
    yield cmd('RegisterOrganisation', {
      organisationId: partnerId(p),
      name: `Partner Council ${p}`,
      type: p % 10 === 0 ? 'county-council' : 'district-council',
    });
  }
  for (let b = 0; b < BOARDS; b++) {
    yield cmd('EstablishBody', {
      bodyId: boardId(b),
      name: `Strategic Partnership Board ${b}`,
      type: 'strategic-partnership',
      establishedOn: dateOf(-10),
    });
    for (const organisationId of membersOf(b))
      yield cmd('AdmitMember', { bodyId: boardId(b), organisationId, admittedOn: dateOf(-10) });
  }
}

function attendance(b: number, m: number): DomainCommand {
  const members = membersOf(b);
  const absent = m % MEMBERS_PER_BOARD;
  return cmd('RecordAttendance', {
    meetingId: meetingId(b, m),
    present: members
      .filter((_, j) => j !== absent)
      .map((organisationId, j) => ({
        person: `Cllr Member ${organisationId}`,
        organisationId,
        capacity: 'member',
        chair: j === 0,
      })),
    apologies: [{ person: `Cllr Member ${members[absent]}`, organisationId: members[absent] }],
  });
}

function* decisionCommands(b: number, m: number): Generator<DomainCommand> {
  const meeting = meetingId(b, m);
  const proposalId = `${meeting}-item-2`;
  yield cmd('TableOptions', {
    proposalId,
    meetingId: meeting,
    item: '2',
    question: 'How should the partnership organise community safety?',
    options: {
      '1': 'Keep the district partnerships',
      '2': 'A county partnership alongside them',
      '3': 'Merge into one county partnership with district forums',
    },
  });
  const present = membersOf(b).filter((_, j) => j !== m % MEMBERS_PER_BOARD);
  for (const [j, organisationId] of present.entries()) {
    yield cmd(
      'RecordPosition',
      j === 1
        ? {
            proposalId,
            organisationId,
            stance: 'support-with-concerns',
            option: '3',
            note: 'Concerns about the evidence base, youth justice and homelessness',
            spokenBy: `Cllr Member ${organisationId}`,
          }
        : { proposalId, organisationId, stance: 'support', option: '3' },
    );
  }
  yield cmd('AgreeOption', {
    proposalId,
    option: '3',
    resolution: 'a',
    text: 'To support the principles included in option 3 in establishing a county partnership.',
  });
  yield cmd('RecordResolution', {
    proposalId,
    meetingId: meeting,
    item: '2',
    resolution: 'b',
    text: 'Each partner to contribute £10,000 towards a dedicated resource.',
  });
}

function* actionCommands(b: number, m: number): Generator<DomainCommand> {
  const meeting = meetingId(b, m);
  const members = membersOf(b);
  for (let k = 1; k <= 2; k++) {
    yield cmd('AssignAction', {
      actionId: `${meeting}-2-${k}`,
      title: `Carry out resolution 2 a), part ${k}`,
      owners: [
        { kind: 'organisation', id: members[k]! },
        { kind: 'person', name: `Officer ${k}` },
      ],
      meetingId: meeting,
      item: '2',
      decision: { proposalId: `${meeting}-item-2`, resolution: 'a' },
      dueOn: dateOf(m, 28),
    });
  }
  if (m === 0) return;
  const previous = meetingId(b, m - 1);
  yield cmd('RecordProgress', {
    actionId: `${previous}-2-1`,
    note: 'Work under way; report to the next meeting',
    rag: 'green',
    asOf: dateOf(m),
  });
  yield cmd('ReviewAction', {
    actionId: `${previous}-2-1`,
    meetingId: meeting,
    note: 'Relevant actions had been taken following the last meeting',
  });
  yield cmd('CompleteAction', { actionId: `${previous}-2-2`, completedOn: dateOf(m), note: 'Done' });
}

function* fundCommands(b: number, m: number): Generator<DomainCommand> {
  const fundId = `${meetingId(b, m)}-pot`;
  const decision = { proposalId: `${meetingId(b, m)}-item-2`, resolution: 'b' };
  const members = membersOf(b);
  yield cmd('OpenFund', {
    fundId,
    name: 'Devolution capacity',
    holder: members[0],
    kind: 'pooled-pot',
    perPartnerAsk: '£10,000',
    askedOrganisations: members,
    decision,
  });
  for (const organisation of members) {
    yield cmd('PledgeFunding', { fundId, organisation, amount: '£10,000', decision });
  }
  for (const [j, organisation] of members.slice(0, 8).entries()) {
    yield cmd('RecordContribution', {
      fundId,
      organisation,
      amount: '£10,000',
      receivedOn: dateOf(m, j + 1),
      remittanceReference: `REM-${fundId}-${j}`,
    });
  }
}

/** One meeting of board `b`: its `m`th. */
export function* meetingCommands(b: number, m: number): Generator<DomainCommand> {
  const meeting = meetingId(b, m);
  yield cmd('ScheduleMeeting', {
    meetingId: meeting,
    bodyId: boardId(b),
    date: dateOf(m),
    venue: 'Shire Hall, Gloucester',
  });
  yield attendance(b, m);
  if (m > 0) yield cmd('ConfirmMinutes', { meetingId: meetingId(b, m - 1), confirmedAtMeetingId: meeting });
  yield cmd('TableItem', { meetingId: meeting, number: '1', title: 'Welcome, introduction and apologies' });
  yield cmd('TableItem', { meetingId: meeting, number: '2', title: 'Community Safety Review' });
  yield* decisionCommands(b, m);
  yield* actionCommands(b, m);
  if (m % 12 === 0) yield* fundCommands(b, m);
}

/** Meetings round-robin across the boards, so streams interleave as they would in a real ledger. */
export function* boardBusiness(): Generator<DomainCommand> {
  yield* directoryCommands();
  for (let m = 0; ; m++) for (let b = 0; b < BOARDS; b++) yield* meetingCommands(b, m);
}
