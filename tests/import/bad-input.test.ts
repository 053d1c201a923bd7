/**
 * Files a clerk might get wrong, one mistake each: the exact message the clerk reads, and proof
 * that nothing was written (the store's head position is where it was).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { importFiles, importSources } from '../../src/import/import-files.js';
import { fixture, memoryLedger } from './helpers.js';
import { MEETING, meetingWith } from './minutes-template.js';

const ledger = memoryLedger();
const META = 'minutes/lg.yaml: document 1 (Meeting lg-2016-10-27)';
const HEADER = 'date,fund,organisation,amount,reference\n';

beforeAll(async () => {
  expect((await importFiles(ledger, [fixture('01-directory.yaml')])).status).toBe('imported');
});

describe('a file with one mistake is refused whole, with a message naming file, document, line and field', () => {
  const cases: Array<[string, string, string, string[]]> = [
    [
      'a bare-number amount',
      'lg.yaml',
      meetingWith('amount: "£35,000"', 'amount: 35000'),
      [
        `${META}, line 26, items.0.decisions.1.allocate.amount: write amounts in pounds with a £ ` +
          `sign, e.g. "£35,000" (a bare number such as 35000 is not accepted)`,
      ],
    ],
    [
      'pence with one digit',
      'lg.yaml',
      meetingWith('amount: "£35,000"', 'amount: "£35,000.5"'),
      [
        `${META}, line 26, items.0.decisions.1.allocate.amount: write pence with two digits after ` +
          `the point, e.g. "£35,000.50"`,
      ],
    ],
    [
      'an unknown organisation',
      'lg.yaml',
      meetingWith('stroud-district-council', 'stroud-council'),
      [
        `${META}, line 7, attendance.1.organisation: ORGANISATION_NOT_REGISTERED: There is no ` +
          `organisation stroud-council in the directory; register it first. In the files: check the ` +
          `id, or add an Organisation document before this one.`,
      ],
    ],
    [
      'an unknown recipient',
      'lg.yaml',
      meetingWith('recipient: gloucestershire-community-safety-partnership', 'recipient: county-csp'),
      [
        `${META}, line 27, items.0.decisions.1.allocate.recipient: ORGANISATION_NOT_REGISTERED: ` +
          `There is no organisation county-csp in the directory; register it first. In the files: ` +
          `check the id, or add an Organisation document before this one.`,
      ],
    ],
    [
      'an unknown option',
      'lg.yaml',
      meetingWith('agrees: "3"', 'agrees: "4"'),
      [
        `${META}, line 20, items.0.decisions.0.agrees: OPTION_NOT_TABLED: Option 4 was not tabled ` +
          `for lg-2016-10-27-item-3: only a tabled option can be agreed or taken a position on. In ` +
          `the files: list the option under the item's options, or correct it.`,
      ],
    ],
    [
      'a duplicate id',
      'lg.yaml',
      `${MEETING}---\nkind: Meeting\nid: lg-2016-10-27\nbody: leadership-gloucestershire\ndate: 2016-10-28\n`,
      [
        'minutes/lg.yaml: document 2 (Meeting lg-2016-10-27), line 33, id: ' +
          'MEETING_ALREADY_SCHEDULED: The meeting lg-2016-10-27 is already scheduled; a meeting id is ' +
          'used once.',
      ],
    ],
    [
      'a YAML syntax error',
      'lg.yaml',
      meetingWith('    title: Community Safety Review', '    title: [Community Safety Review'),
      [
        `${META}, line 12: this is not valid YAML: Flow sequence in block collection must be ` +
          `sufficiently indented and end with a ]`,
      ],
    ],
    [
      'a missing field',
      'lg.yaml',
      meetingWith('    title: Community Safety Review\n', ''),
      [`${META}, line 10, items.0.title: this field is required but missing`],
    ],
    [
      'a wrong date',
      'lg.yaml',
      meetingWith('date: 2016-10-27', 'date: 27/10/2016'),
      [`${META}, line 4, date: use a calendar date written YYYY-MM-DD, e.g. 2016-10-27`],
    ],
    [
      'an unknown kind',
      'lg.yaml',
      meetingWith('kind: Meeting', 'kind: Minutes'),
      [
        'minutes/lg.yaml: document 1 (Minutes lg-2016-10-27), line 1, kind: unknown kind "Minutes": ' +
          'use one of Organisation, Person, Body, Fund, Meeting',
      ],
    ],
    [
      'a wrong stance',
      'lg.yaml',
      meetingWith('stance: concerns', 'stance: agree'),
      [
        `${META}, line 17, items.0.positions.1.stance: use one of support, support-with-concerns, ` +
          `concerns, oppose, abstain (found the text "agree")`,
      ],
    ],
    [
      'a misspelt field',
      'lg.yaml',
      meetingWith('        text: To support the principles', '        txt: To support the principles'),
      [
        `${META}, line 19, items.0.decisions.0.text: this field is required but missing`,
        `${META}, line 21, items.0.decisions.0.txt: unknown field txt: check the spelling`,
      ],
    ],
    [
      'a position from a partner not at the table',
      'lg.yaml',
      meetingWith('organisation: office-of-the-pcc, stance', 'organisation: gfirst-lep, stance'),
      [
        `${META}, line 16, items.0.positions.0.organisation: ORGANISATION_NOT_PRESENT: gfirst-lep ` +
          `was not present at meeting lg-2016-10-27 as a member or a substitute, so it cannot have ` +
          `stated a position there.`,
      ],
    ],
    [
      'an action citing a decision the item does not have',
      'lg.yaml',
      meetingWith('decision: a}', 'decision: c}'),
      [
        `${META}, line 30, items.0.actions.0.decision: DECISION_NOT_FOUND: There is no resolution ` +
          `c) of lg-2016-10-27-item-3 in the ledger; record the decision before citing or changing ` +
          `it.`,
      ],
    ],
    [
      'a second chair',
      'lg.yaml',
      meetingWith('organisation: stroud-district-council}', 'organisation: stroud-district-council, role: chair}'),
      [
        `${META}, line 7, attendance.1.person: CHAIR_ALREADY_RECORDED: Cllr Steve Lydon cannot also ` +
          `chair this meeting: Cllr Mark Hawthorne is already recorded as its chair, and a meeting ` +
          `has one chair.`,
      ],
    ],
    [
      'a substitute for someone who sent no apologies',
      'lg.yaml',
      meetingWith(
        'organisation: stroud-district-council}',
        'organisation: stroud-district-council, substituteFor: Doina Cornell}',
      ),
      [
        `${META}, line 7, attendance.1.person: SUBSTITUTE_FOR_NO_APOLOGY: Cllr Steve Lydon is ` +
          `recorded as substitute for Doina Cornell, but Doina Cornell did not send apologies for the ` +
          `same organisation; record the apologies too.`,
      ],
    ],
    [
      'an item number used twice',
      'lg.yaml',
      `${MEETING}  - {number: "3", title: Devolution}\n`,
      [
        `${META}, line 31, items.1.number: ITEM_ALREADY_TABLED: Item 3 (Community Safety Review) is ` +
          `already on this meeting's agenda; give the new item another number, e.g. 3a.`,
      ],
    ],
    [
      'a partner with two positions on one matter',
      'lg.yaml',
      meetingWith('organisation: office-of-the-pcc, stance', 'organisation: stroud-district-council, stance'),
      [
        `${META}, line 17, items.0.positions.1.organisation: POSITION_ALREADY_RECORDED: ` +
          `stroud-district-council already has a position on lg-2016-10-27-item-3; a position is ` +
          `recorded once, as minuted, and a later change of stance is recorded as an amendment of the ` +
          `decision at a later meeting.`,
      ],
    ],
    [
      'a decision letter used twice',
      'lg.yaml',
      meetingWith('ref: b', 'ref: a'),
      [
        `${META}, line 22, items.0.decisions.1.ref: RESOLUTION_LETTER_TAKEN: lg-2016-10-27-item-3 ` +
          `already has a resolution a); give this resolution the next letter the minutes use.`,
      ],
    ],
    [
      'a malformed CSV row',
      'receipts.csv',
      `${HEADER}2016-11-30,laa-reward-grant,stroud-district-council,£10,000,SDC-1\n`,
      [
        'minutes/receipts.csv: line 2: expected 5 fields (date,fund,organisation,amount,reference) ' +
          'but found 6; put an amount with commas in double quotes, e.g. "£10,000"',
      ],
    ],
    [
      'a CSV amount without a £ sign',
      'receipts.csv',
      `${HEADER}2016-11-30,laa-reward-grant,stroud-district-council,10000,SDC-1\n`,
      ['minutes/receipts.csv: line 2, amount: write pounds with a £ sign, e.g. "£10,000"'],
    ],
    [
      'a CSV row naming an unknown fund',
      'receipts.csv',
      `# a comment\n${HEADER}2016-11-30,devolution-pot,stroud-district-council,"£10,000",SDC-1\n`,
      [
        'minutes/receipts.csv: line 3, fund: FUND_NOT_OPENED: There is no fund devolution-pot; open ' +
          'it first. In the files: check the id, or add a Fund document before this one, or open the ' +
          'fund in an earlier decision.',
      ],
    ],
    [
      'a CSV payment listed twice',
      'receipts.csv',
      `${HEADER}2016-11-30,laa-reward-grant,stroud-district-council,"£10",SDC-1\n` +
        `2016-12-01,laa-reward-grant,stroud-district-council,"£5",SDC-1\n`,
      [
        'minutes/receipts.csv: line 3, reference: stroud-district-council already paid under ' +
          'reference SDC-1 on line 2; each payment is listed once',
      ],
    ],
    [
      'a CSV file with the wrong header',
      'receipts.csv',
      'date,fund,payer,amount,reference\n',
      [
        'minutes/receipts.csv: line 1: the first line must be the column names ' +
          'date,fund,organisation,amount,reference (and, optionally, source)',
      ],
    ],
    [
      'a file that is neither minutes nor receipts',
      'notes.txt',
      'The notes of the meeting were agreed.',
      ['minutes/notes.txt: only minutes (.yaml or .yml) and receipts (.csv) can be imported'],
    ],
  ];

  it.each(cases)('%s', async (_name, file, text, expected) => {
    const head = await ledger.store.headPosition();
    const result = await importSources(ledger, [{ name: `minutes/${file}`, text }]);
    expect(result).toEqual({ status: 'refused', messages: expected });
    expect(await ledger.store.headPosition()).toBe(head);
  });
});

it('imports the template itself, so each refusal above comes from its one mistake', async () => {
  const head = await ledger.store.headPosition();
  const result = await importSources(ledger, [{ name: 'minutes/lg.yaml', text: MEETING }]);
  expect(result.status).toBe('imported');
  expect(await ledger.store.headPosition()).toBeGreaterThan(head);
});
