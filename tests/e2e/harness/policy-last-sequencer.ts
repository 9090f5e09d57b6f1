/**
 * The order of each browser's end-to-end files: those that run no test under a managed policy first, then those that
 * do. A test without a policy after one with gets a new browser (shared-browser.ts: neither browser drops a policy
 * while it runs, and Chromium gives each policy a browser of its own), so every change from "policy" back to "none"
 * costs a launch (Chromium ~6 s with its wait for the managed area, Firefox ~6 s). vitest's own order (by earlier
 * durations, then size) had four such changes a run; this order has one (launcher's last test, adoption's first).
 * Unit files keep vitest's order.
 */
import { basename } from 'node:path';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/** The files whose tests use a policy, in their run order; within each, the tests without one come first. */
const POLICY_FILES = ['launcher', 'adoption', 'companion', 'config', 'deploy'];

/** What the order reads of a test file. */
export interface OrderedFile {
  moduleId: string;
  project: { name: string };
}

const capabilityOf = (file: OrderedFile) => basename(file.moduleId).split('.')[0] ?? '';
/** 0 for a file without a policy, then 1, 2, … in POLICY_FILES' order. */
const rank = (file: OrderedFile) => POLICY_FILES.indexOf(capabilityOf(file)) + 1;
const isEndToEnd = (file: OrderedFile) => file.project.name.startsWith('e2e-');

/** `ordered` (vitest's order, one project after another) with each e2e project's files policy-last. */
export function policyLast<F extends OrderedFile>(ordered: readonly F[]): F[] {
  const position = new Map(ordered.map((file, index) => [file, index]));
  const projectStart = new Map<string, number>();
  for (const [index, file] of ordered.entries()) {
    if (!projectStart.has(file.project.name)) projectStart.set(file.project.name, index);
  }
  const project = (file: F) => projectStart.get(file.project.name) ?? 0;
  return [...ordered].sort((a, b) => {
    if (project(a) !== project(b)) return project(a) - project(b);
    if (!isEndToEnd(a)) return (position.get(a) ?? 0) - (position.get(b) ?? 0);
    return rank(a) - rank(b) || capabilityOf(a).localeCompare(capabilityOf(b));
  });
}

export class PolicyLastSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    return policyLast(await super.sort(files));
  }
}
