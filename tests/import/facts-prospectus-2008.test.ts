/**
 * The 2008 Prospectus for Partnership Working (fixtures/04-prospectus-2008.yaml, seed 001): its bodies and
 * the Appendix 1 example of a major employer's closure, checked sentence by sentence against what the
 * ledger's directory, decision register, lineage and action tracker show. The example is the prospectus's
 * own illustration: its meetings and dates are illustrative, its chain of decisions is what the text says.
 */
import { expect } from 'vitest';
import { describeFacts, type Fact, type ImportedEvents } from './minutes-facts.js';

const ABG = 'abg-2008-10-30-item-1';
const bodyNamed = (events: ImportedEvents, name: string) =>
  events.directory().bodies.find((body) => body.name === name);

const lsp = (name: string): Fact => ({
  minutes: `- ${name}`,
  check: (events) => expect(bodyNamed(events, name)).toBeDefined(),
});

const facts: Fact[] = [
  {
    minutes: 'There are six district level Local Strategic Partnerships.',
    check: (events) =>
      expect(
        events
          .ofType<{ bodyId: string; type: string }>('BodyEstablished')
          .filter((body) => /strategic-partnership$|^gloucester-partnership$/.test(body.bodyId))
          .filter((body) => body.bodyId !== 'gloucestershire-strategic-partnership'),
      ).toHaveLength(6),
  },
  lsp('Cheltenham Strategic Partnership'),
  lsp('Cotswold Local Strategic Partnership'),
  lsp('Forest of Dean Local Strategic Partnership'),
  lsp('Gloucester Partnership'),
  lsp('Stroud Local Strategic Partnership'),
  lsp('Tewkesbury Local Strategic Partnership'),
  {
    minutes: '- Gloucestershire First (Economic Development and Enterprise)',
    check: (events) =>
      expect(bodyNamed(events, 'Gloucestershire First (Economic Development and Enterprise)')).toBeDefined(),
  },
  {
    minutes:
      'Employco announces that it is closing its plant in Gloucester. It employs 4,000 people, two thirds of whom ' +
      'live in the Forest of Dean.',
    check: (events) =>
      expect(events.decision('fodlsp-2008-10-13-item-1', 'a').text).toContain(
        'It employs 4,000 people, two thirds of whom live in the Forest of Dean.',
      ),
  },
  {
    minutes:
      'The Forest of Dean and Gloucester LSPs discuss the issue and agree to have a joint meeting with ' +
      'Gloucestershire First to agree a strategy.',
    check: (events) => {
      const upstream = events
        .lineage('employco-joint-2008-10-20-item-1', 'a')
        .matters.filter((matter) => matter.place === 'upstream')
        .map((matter) => matter.bodyId);
      expect(upstream).toEqual(
        expect.arrayContaining(['forest-of-dean-local-strategic-partnership', 'gloucester-partnership']),
      );
    },
  },
  {
    minutes: 'They decide its too late to lobby.',
    check: (events) =>
      expect(events.decision('employco-joint-2008-10-20-item-1', 'a').text).toContain(
        'They decide its too late to lobby.',
      ),
  },
  {
    minutes: 'an action plan is signed off at a special meeting of the Accountable Bodies Group;',
    check: (events) => {
      expect(events.decision(ABG, 'a').text).toBe('To sign off the action plan for the Employco workforce and site.');
      expect(events.lineage(ABG, 'a').links).toContainEqual(
        expect.objectContaining({ kind: 'authorises', note: expect.stringContaining('an action plan is signed off') }),
      );
    },
  },
  {
    minutes:
      'a task group led by Gloucestershire First, but involving the Gloucestershire and Forest of Dean LSPs is set ' +
      'up to oversee it;',
    check: (events) => {
      const [group] = events.lineage(ABG, 'b').matters.find((matter) => matter.proposalId === ABG)!.taskGroups;
      expect(group).toMatchObject({ taskGroupId: 'employco-task-group', resolution: 'b' });
      expect(group!.chair).toContain('Gloucestershire First');
    },
  },
  {
    minutes: 'The action plan requires input from the two councils, the county council, the Learning Skills Council',
    check: (events) => {
      const owners = events.action('employco-task-group-2008-11-10-1-1').owners.map((owner) => owner.id);
      expect(owners).toEqual(['jobcentre-plus', 'learning-and-skills-council']);
    },
  },
  {
    minutes: 'rapid thinking on how to redevelop what is a prime site.',
    check: (events) =>
      expect(events.action('employco-task-group-2008-11-10-1-2')).toMatchObject({
        title: 'Rapid thinking on how to redevelop the Employco site',
        owners: [expect.objectContaining({ kind: 'body', id: 'gloucestershire-first' })],
      }),
  },
  {
    minutes:
      'the future of “whatever the industry is” is proposed as one of the issues to be explored at the next GSP ' +
      'meeting.',
    // The next GSP meeting is not in the ledger: the link waits for it.
    check: (events) =>
      expect(events.lineage(ABG, 'c').links).toContainEqual(
        expect.objectContaining({ kind: 'recommends', pending: true }),
      ),
  },
];

describeFacts('prospectus-2008', facts);
