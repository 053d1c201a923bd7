/**
 * A small, valid Meeting document drawn from the minutes of 27 October 2016, for tests that break
 * one thing at a time. Line numbers in the tests' expected messages refer to this text.
 */
export const MEETING = `kind: Meeting
id: lg-2016-10-27
body: leadership-gloucestershire
date: 2016-10-27
attendance:
  - {person: Cllr Mark Hawthorne, organisation: gloucestershire-county-council, role: chair}
  - {person: Cllr Steve Lydon, organisation: stroud-district-council}
  - {person: Martin Surl, organisation: office-of-the-pcc}
items:
  - number: "3"
    title: Community Safety Review
    options:
      "1": Six district partnerships with a regular forum for chairs
      "3": Merge the six into one county partnership with six district forums
    positions:
      - {organisation: office-of-the-pcc, stance: support, option: "3"}
      - {organisation: stroud-district-council, stance: concerns, option: "3", note: Evidence base}
    decisions:
      - ref: a
        agrees: "3"
        text: To support the principles included in option 3
      - ref: b
        text: To provide financial support of £35,000 from historic LAA Reward Grant
        allocate:
          fund: laa-reward-grant
          amount: "£35,000"
          recipient: gloucestershire-community-safety-partnership
          purpose: Implementation phase
    actions:
      - {owners: [Martin Surl], title: Establish the county partnership, decision: a}
`;

/** The template with every occurrence of a piece of text replaced; fails loudly if the piece is not there. */
export function meetingWith(find: string, replace: string): string {
  if (!MEETING.includes(find)) throw new Error(`The template has no "${find}"`);
  return MEETING.replaceAll(find, replace);
}
