/** The accessibility statement the Public Sector Bodies Accessibility Regulations 2018 ask for. */
import { z } from 'zod';
import type { PageDefinition } from '../shared/page.js';

export const accessibilityPage: PageDefinition<z.ZodObject> = {
  url: '/accessibility',
  template: 'accessibility/page.njk',
  query: z.object({}),
  load: async ({ ledger }) => ({ title: `Accessibility statement for ${ledger.config.name}` }),
};
