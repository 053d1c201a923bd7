/** An action owner as the minutes name one. */
import { z } from 'zod';
import { PersonName } from '../../domain/directory/events.js';
import { Id } from './common.js';

/** An owner written as a bare name is a person; otherwise `{person, organisation?}`, `{organisation}` or `{body}`. */
export const Owner = z.preprocess(
  (value) => (typeof value === 'string' ? { person: value } : value),
  z
    .strictObject({ person: PersonName.optional(), organisation: Id.optional(), body: Id.optional() })
    .refine(
      (owner) => (owner.person !== undefined || owner.organisation !== undefined) !== (owner.body !== undefined),
      'name a person (with their organisation if you like), an organisation, or a body',
    ),
);
export type ItemOwner = z.infer<typeof Owner>;
