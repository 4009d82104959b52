/**
 * axe-core (Deque's accessibility engine, the one Lighthouse uses) injected into a page with playwright's
 * addScriptTag, so the browser tests check every page against WCAG rules in real Chromium.
 */
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

export interface AxeViolation {
  id: string;
  impact: 'minor' | 'moderate' | 'serious' | 'critical' | null;
  help: string;
  nodes: { target: string[]; failureSummary?: string }[];
}

/**
 * Runs axe on the whole page. Besides axe's default rules it enables `label-content-name-mismatch`
 * (experimental in axe: a control's accessible name must contain its visible text, WCAG 2.5.3).
 */
export async function runAxe(page: Page): Promise<AxeViolation[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: axePath });
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: AxeViolation[] }> } }).axe;
    const r = await axe.run(document, { resultTypes: ['violations'], rules: { 'label-content-name-mismatch': { enabled: true } } });
    return r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target, failureSummary: n.failureSummary })) }));
  });
}

/** One line per violation for failure messages: rule, impact, how many elements, the first few of them. */
export function describeViolations(where: string, violations: AxeViolation[]): string[] {
  return violations.map((v) => `${where}: ${v.id} (${v.impact}, ${v.nodes.length}×) ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
}
