/** What the lineage of a decision looks like to its readers: the matters in its chain and the links between them. */
import { z } from 'zod';
import { TaskGroupReport } from '../work-programme/view.js';
import { LinkKind } from '../../domain/lineage/commands.js';

const End = z
  .object({
    proposalId: z
      .string()
      .nullable()
      .describe('The matter, e.g. abg-2008-10-30-item-1; null for a referral not yet taken up'),
    resolution: z.string().nullable().describe('The resolution letter, when the link names one'),
    bodyId: z.string().describe('The body whose decision it is'),
    meetingId: z.string().nullable().describe('Its meeting'),
    item: z.string().nullable().describe('Its agenda item'),
  })
  .describe('One end of a link');

export const LinkView = z.object({
  kind: LinkKind,
  from: End.describe('The decision that made the link'),
  to: End.describe('The decision it names'),
  note: z.string().nullable().describe('What the minutes say about the link'),
  pending: z.boolean().describe('True while the decision it names is not yet recorded in the ledger'),
});

export const LineageAction = z.object({
  actionId: z.string().describe('The action, e.g. employco-task-group-2008-11-10-1-1'),
  title: z.string().describe('What is to be done'),
  resolution: z.string().nullable().describe('The resolution it carries out, if the minutes say'),
  status: z.enum(['open', 'completed', 'cancelled']).describe('Where the action stands'),
  rag: z.enum(['red', 'amber', 'green']).nullable().describe('The last RAG status reported'),
  dueOn: z.string().nullable().describe('When it is due'),
});

export const LineageTaskGroup = z.object({
  taskGroupId: z.string().describe('The task-and-finish group, e.g. employco-task-group'),
  name: z.string().describe('What it is called'),
  resolution: z.string().describe('The resolution of this matter that set it up'),
  chair: z.string().describe('Who chairs it'),
  endsOn: z.string().describe('When it is to finish and report back'),
  status: z.enum(['active', 'ended']).describe('active, or ended (closed)'),
  endedOn: z.string().nullable().describe('When it ended, once it has'),
  reports: z.array(TaskGroupReport).describe('Its reports back to the body that set it up, oldest first'),
});

export const LineageMatter = z.object({
  proposalId: z.string().describe('The matter'),
  place: z
    .enum(['this', 'upstream', 'downstream'])
    .describe('Where it stands to the decision asked about: itself, before it, or after it'),
  bodyId: z.string().describe('The body that considered it'),
  bodyName: z.string().nullable().describe("The body's name, when the directory has it"),
  meetingId: z.string().nullable().describe('The meeting'),
  date: z.string().nullable().describe("The meeting's date, when it is recorded"),
  item: z.string().nullable().describe('The agenda item'),
  title: z.string().nullable().describe("The item's title, when it is recorded"),
  pending: z.boolean().describe('True while nothing of the matter is recorded in the ledger yet'),
  resolutions: z
    .array(
      z.object({
        resolution: z.string().describe('The resolution letter, e.g. "a"'),
        text: z.string().describe('Its wording in force'),
        status: z.enum(['in-force', 'rescinded']).describe('Whether it is in force or was rescinded'),
      }),
    )
    .describe('Its resolutions, with the wording in force'),
  actions: z.array(LineageAction).describe('The actions its item gave, with their status'),
  taskGroups: z
    .array(LineageTaskGroup)
    .describe('The task groups its resolutions set up, with their status and their reports back'),
});

export const LineageView = z.object({
  proposalId: z.string().describe('The decision asked about: its matter'),
  resolution: z.string().nullable().describe('and its resolution letter (null for a whole matter, from the CLI)'),
  matters: z
    .array(LineageMatter)
    .describe('Every matter in the chain, upstream and downstream, oldest first; pending ones last'),
  links: z.array(LinkView).describe('Every link between them, in the order recorded'),
});

export type LinkView = z.infer<typeof LinkView>;
export type LineageMatter = z.infer<typeof LineageMatter>;
export type LineageTaskGroup = z.infer<typeof LineageTaskGroup>;
export type LineageView = z.infer<typeof LineageView>;
