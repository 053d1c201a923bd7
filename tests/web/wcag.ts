/**
 * What axe finds against WCAG 2.2 AA on the page as it stands, one line per violation with the
 * elements it names ("a state: rule help (selectors)"); empty when it finds nothing. The browser
 * tests expect it to be empty.
 */
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';

export async function wcagViolations(page: Page, state: string): Promise<string[]> {
  const result = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  return result.violations.map(
    (v) => `${state}: ${v.id} ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
  );
}
