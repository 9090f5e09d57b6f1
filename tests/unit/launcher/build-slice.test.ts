// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { buildLauncherSlice } from '@/utils/launcher/build-slice';
import { EMPTY_PERSONAL } from '@/utils/launcher/personal';
import { demoConfig } from './fixtures';

describe('buildLauncherSlice', () => {
  it('keeps the configured tools and the personal lists of known, visible tools', () => {
    const slice = buildLauncherSlice(demoConfig(), {
      ...EMPTY_PERSONAL,
      favourites: ['payslips', 'gone-tool', 'carpooling'],
      recents: [
        { toolId: 'directory', at: 2 },
        { toolId: 'carpooling', at: 1 },
      ],
      hidden: ['carpooling', 'time-tracking', 'gone-tool'],
    });
    expect(slice.tools).toHaveLength(12);
    expect(slice.favourites).toEqual(['payslips']);
    expect(slice.recents).toEqual(['directory']);
    // time-tracking is mandatory: never hidden, whatever the stored state says.
    expect(slice.hidden).toEqual(['carpooling']);
  });
});
