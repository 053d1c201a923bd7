/**
 * Clerk: upload minutes YAML and a receipts CSV. The upload is checked by the importer's own entry
 * point exactly as `ledger import --dry-run` checks it (src/import: syntax, fields, ids, each
 * command's schema, earlier imports) and shown as a preview; nothing is written until the clerk
 * confirms. The confirmation carries the files back and runs the importer for real, with its
 * command ids, so a re-submitted confirmation (double click, back button) writes nothing twice.
 */
import multipart from '@fastify/multipart';
import type { FastifyInstance } from 'fastify';
import type { Ledger } from '../../compose.js';
import { importSources, type ImportResult, type ImportSource } from '../../import/import-files.js';
import { describeDocument } from '../../import/issues.js';
import { reportLines } from '../../import/report.js';
import type { FieldError } from '../shared/query.js';
import { guard, rolesFor } from './access.js';
import { formValuesOf } from './form-values.js';
import { renderWorkspace } from './render.js';
import type { SessionStore } from './sessions.js';

export const UPLOAD_URL = '/workspace/minutes';
/**
 * Each file, and all of them together: the confirmation carries them back in a form body, which the app limits to 1
 * MiB.
 */
export const MAX_UPLOAD_BYTES = 256 * 1024;
const MAX_FILES = 10;

const KINDS: Record<string, string> = {
  ScheduleMeeting: 'meeting',
  RecordAttendance: 'meeting',
  TableItem: 'item',
  TableOptions: 'item',
  AgreeOption: 'decision',
  RecordResolution: 'decision',
};

function preview(result: Extract<ImportResult, { status: 'dry-run' }>) {
  return result.files.map((file) => ({
    file: file.file,
    commands: file.commands.map(({ command, recorded }) => ({
      recorded,
      kind: KINDS[command.type] ?? 'other',
      where: [describeDocument(command.label), `line ${command.line}`].filter((part) => part !== '').join(', '),
      type: command.type,
      path: command.path,
      text: summaryOf(command.data),
    })),
  }));
}

function summaryOf(data: Record<string, unknown>): string {
  for (const key of ['title', 'text', 'name', 'question', 'date', 'amount'])
    if (typeof data[key] === 'string') return data[key];
  return '';
}

const errorsOf = (messages: readonly string[]): FieldError[] => messages.map((text) => ({ field: 'files', text }));

const encode = (sources: readonly ImportSource[]) => Buffer.from(JSON.stringify(sources), 'utf8').toString('base64');

function decode(text: string | undefined): ImportSource[] | undefined {
  try {
    const parsed = JSON.parse(Buffer.from(text ?? '', 'base64').toString('utf8')) as unknown;
    if (
      Array.isArray(parsed) &&
      parsed.every(
        (s: unknown) =>
          typeof (s as Partial<ImportSource> | null)?.name === 'string' &&
          typeof (s as Partial<ImportSource> | null)?.text === 'string',
      )
    )
      return parsed as ImportSource[];
  } catch {
    // fall through: a damaged form is answered below
  }
  return undefined;
}

export async function registerMinutesUpload(
  web: FastifyInstance,
  ledger: Ledger,
  sessions: SessionStore,
): Promise<void> {
  const onRequest = guard(rolesFor('ScheduleMeeting'));
  await web.register(multipart, {
    attachFieldsToBody: true,
    limits: { fileSize: MAX_UPLOAD_BYTES, files: MAX_FILES, fields: 5, parts: MAX_FILES + 5 },
  });
  const page = (
    status: number,
    reply: Parameters<typeof renderWorkspace>[1],
    request: Parameters<typeof renderWorkspace>[0],
    extra: Record<string, unknown>,
  ) =>
    renderWorkspace(request, reply, status, 'workspace/minutes.njk', {
      title: 'Upload minutes and receipts',
      csrfToken: reply.generateCsrf(),
      maxKb: MAX_UPLOAD_BYTES / 1024,
      ...extra,
    });

  web.get(UPLOAD_URL, { onRequest, schema: { hide: true } }, async (request, reply) => page(200, reply, request, {}));

  web.post(
    UPLOAD_URL,
    { onRequest, preHandler: web.csrfProtection, schema: { hide: true } },
    async (request, reply) => {
      const sources = await uploadedSources(request);
      if ('error' in sources) return page(400, reply, request, { errors: [{ field: 'files', text: sources.error }] });
      const result = await importSources(ledger, sources.files, { dryRun: true });
      if (result.status !== 'dry-run')
        return page(400, reply, request, {
          errors: errorsOf(result.status === 'refused' ? result.messages : reportLines(result)),
        });
      const files = preview(result);
      const toRecord = files.reduce((n, f) => n + f.commands.filter((c) => !c.recorded).length, 0);
      return renderWorkspace(request, reply, 200, 'workspace/preview.njk', {
        title: 'Check what will be recorded',
        files,
        toRecord,
        sources: encode(sources.files),
        csrfToken: reply.generateCsrf(),
      });
    },
  );

  web.post(
    `${UPLOAD_URL}/confirmation`,
    { onRequest, preHandler: web.csrfProtection, schema: { hide: true } },
    async (request, reply) => {
      const sources = decode(formValuesOf(request.body).sources);
      if (!sources)
        return page(400, reply, request, {
          errors: [
            {
              field: 'files',
              text: 'The confirmation arrived without its files. Upload them again; nothing was written.',
            },
          ],
        });
      const session = request.webSession!;
      const result = await importSources(ledger, sources, { actor: { id: session.name, role: session.role } });
      if (result.status === 'refused') return page(400, reply, request, { errors: errorsOf(result.messages) });
      await ledger.projections.catchUp();
      if (result.status === 'stopped') return page(400, reply, request, { errors: errorsOf(reportLines(result)) });
      if (result.status !== 'imported')
        throw new Error(`Bug: an import that was not a dry run answered ${result.status}`);
      const all = result.files.flatMap((file) => [...file.applied, ...file.alreadyRecorded]);
      const meeting = all.find((command) => command.type === 'ScheduleMeeting' || command.type === 'TableItem');
      const landing = meeting ? `/meetings/${(meeting.data as { meetingId: string }).meetingId}` : '/workspace';
      const applied = result.files.reduce((n, file) => n + file.applied.length, 0);
      sessions.setFlash(session, {
        path: landing,
        heading: applied > 0 ? 'Recorded' : 'Already recorded',
        text:
          applied > 0
            ? `The upload is recorded: ${applied} changes from ${result.files.map((f) => f.file).join(', ')}.`
            : 'Everything in these files was already recorded, so nothing was recorded twice.',
        auditHref: meeting ? `/audit/meeting-${(meeting.data as { meetingId: string }).meetingId}` : '/audit',
      });
      return reply.redirect(landing, 303);
    },
  );
}

type Uploaded = { files: ImportSource[] } | { error: string };
type FilePart = { type: 'file'; filename: string; toBuffer(): Promise<Buffer> };

async function uploadedSources(request: { body: unknown; isMultipart(): boolean }): Promise<Uploaded> {
  if (!request.isMultipart()) return { error: 'Send the files with the upload form.' };
  const body = (request.body ?? {}) as Record<string, unknown>;
  const parts = [body.files ?? []].flat().filter(
    (part): part is FilePart =>
      typeof part === 'object' &&
      // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- multipart fields are untyped
      part !== null &&
      // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- as above: any part may arrive
      (part as FilePart).type === 'file' &&
      (part as FilePart).filename !== '',
  );
  if (parts.length === 0) return { error: 'Select one or more minutes files (.yaml) or a receipts file (.csv)' };
  const wrong = parts.find((part) => !/\.(ya?ml|csv)$/i.test(part.filename));
  if (wrong) return { error: `${wrong.filename} is not a minutes file (.yaml) or a receipts file (.csv)` };
  const files: ImportSource[] = [];
  for (const part of parts) files.push({ name: part.filename, text: (await part.toBuffer()).toString('utf8') });
  const total = files.reduce((n, file) => n + Buffer.byteLength(file.text), 0);
  if (total > MAX_UPLOAD_BYTES)
    return {
      error: `The files come to ${Math.ceil(total / 1024)} KB; upload at most ${MAX_UPLOAD_BYTES / 1024} KB at a time`,
    };
  return { files };
}
