import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { AxeViolation, ExtPage } from './session';

let axeSource: string | undefined;

/** axe-core's browser bundle, read once from node_modules. */
export function axeScript(): string {
  axeSource ??= readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
  return axeSource;
}

/**
 * Injects axe as evaluated source (extension pages forbid inline scripts and eval; the debugger's evaluate is
 * not subject to the page's CSP) and returns its violations, reduced to what a failure message needs.
 */
export async function runAxeIn(page: Pick<ExtPage, 'evaluate' | 'evaluateSource'>): Promise<AxeViolation[]> {
  if (!(await page.evaluate(() => 'axe' in globalThis))) await page.evaluateSource(axeScript());
  return page.evaluate(async () => {
    type AxeResults = { violations: AxeViolation[] };
    const axe = (globalThis as unknown as { axe: { run(context: Document): Promise<AxeResults> } }).axe;
    const results = await axe.run(document);
    return results.violations.map((violation) => ({
      id: violation.id,
      impact: violation.impact,
      description: violation.description,
      help: violation.help,
      nodes: violation.nodes.map((node) => ({ target: node.target, html: node.html })),
    }));
  });
}

export function describeViolations(violations: AxeViolation[]): string {
  return violations
    .map(
      (violation) =>
        `${violation.id} (${violation.impact ?? '?'}): ${violation.help}\n  ${violation.nodes.map((node) => node.html).join('\n  ')}`,
    )
    .join('\n');
}
