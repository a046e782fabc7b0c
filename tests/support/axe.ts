import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from '@playwright/test';

/** The WCAG 2.0, 2.1 and 2.2 A and AA rules. */
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

const source = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
type Axe = typeof import('axe-core');

/**
 * axe-core's violations of the WCAG A and AA rules on the page as it is now, one line each (rule:
 * elements). axe is injected once per document (through the DevTools protocol, so the page's CSP
 * does not apply) and run in the page. @axe-core/playwright's analyze() injects it again for every
 * run and finishes each run in a new page: about 2 s a run against 0.3–0.8 s, which over every page
 * in two schemes at two widths came to minutes. The site has no frames for it to follow.
 */
export async function axeViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(source);
  return page.evaluate(async (tags) => {
    const { axe } = window as unknown as { axe: Axe };
    const result = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  }, TAGS);
}
