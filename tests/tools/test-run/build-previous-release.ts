/** The previous release built from git (tests/e2e/harness/previous-release.ts), in a process of its own: `npm test`
 * makes it beside the tests instead of blocking its own output while it builds. */
import { previousReleaseBuilds } from '../../e2e/harness/previous-release';

previousReleaseBuilds();
