import { describe, expect, it } from 'vitest';
import { policyLast } from '../../e2e/harness/policy-last-sequencer';

const file = (project: string, path: string) => ({ project: { name: project }, moduleId: `/repo/tests/${path}` });
const paths = (files: { moduleId: string }[]) => files.map((entry) => entry.moduleId.replace('/repo/tests/', ''));

describe('the end-to-end files’ order', () => {
  it('runs the files without a policy first, then the policy files in their set order', () => {
    const vitestOrder = [
      file('e2e-chromium', 'e2e/config.chromium.test.ts'),
      file('e2e-chromium', 'e2e/news.chromium.test.ts'),
      file('e2e-chromium', 'e2e/deploy.chromium.test.ts'),
      file('e2e-chromium', 'e2e/adoption.chromium.test.ts'),
      file('e2e-chromium', 'e2e/experience.chromium.test.ts'),
      file('e2e-chromium', 'e2e/launcher.chromium.test.ts'),
      file('e2e-chromium', 'e2e/companion.chromium.test.ts'),
    ];
    expect(paths(policyLast(vitestOrder))).toEqual([
      'e2e/experience.chromium.test.ts',
      'e2e/news.chromium.test.ts',
      'e2e/launcher.chromium.test.ts',
      'e2e/adoption.chromium.test.ts',
      'e2e/companion.chromium.test.ts',
      'e2e/config.chromium.test.ts',
      'e2e/deploy.chromium.test.ts',
    ]);
  });

  it('keeps vitest’s order of the projects and of the unit files', () => {
    const vitestOrder = [
      file('e2e-chromium', 'e2e/config.chromium.test.ts'),
      file('e2e-chromium', 'e2e/news.chromium.test.ts'),
      file('unit', 'unit/b.test.ts'),
      file('unit', 'unit/config/a.test.ts'),
    ];
    expect(paths(policyLast(vitestOrder))).toEqual([
      'e2e/news.chromium.test.ts',
      'e2e/config.chromium.test.ts',
      'unit/b.test.ts',
      'unit/config/a.test.ts',
    ]);
  });
});
