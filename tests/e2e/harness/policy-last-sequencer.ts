/**
 * The order of each browser's end-to-end files: those that run no test under a managed policy first, then those that
 * do. A test without a policy after one with gets a new browser (shared-browser.ts: neither browser drops a policy
 * while it runs, and Chromium gives each policy a browser of its own), so every change from "policy" back to "none"
 * costs a launch (Chromium ~3 s, ~6 s before it stopped waiting for a loaded tab: chromium-features.ts; Firefox
 * ~6 s). vitest's own order (by earlier durations, then size) had four such changes a run; this order has one
 * (launcher's last test, adoption's first).
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

/**
 * `ordered` (vitest's order, one project after another) with each e2e project's files policy-last, and by name
 * within a rank (the same order every run, whatever vitest remembers of earlier durations). The sort is stable: files
 * it does not reorder (a unit project's) keep vitest's order.
 */
export function policyLast<F extends OrderedFile>(ordered: readonly F[]): F[] {
  const projects = [...new Set(ordered.map((file) => file.project.name))];
  const project = (file: F) => projects.indexOf(file.project.name);
  return [...ordered].sort(
    (a, b) =>
      project(a) - project(b) ||
      (isEndToEnd(a) ? rank(a) - rank(b) || capabilityOf(a).localeCompare(capabilityOf(b)) : 0),
  );
}

export class PolicyLastSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    return policyLast(await super.sort(files));
  }
}
