/** The shape of each slice of the popup snapshot, checked whenever a page or the background reads one. */
import {
  type Check,
  finite,
  flag,
  listOf,
  localized,
  nullable,
  objectOf,
  oneOf,
  optional,
  recordOf,
  text,
} from '../storage-health/shape';
import type { SliceName } from './types';

const tool = objectOf({
  id: text,
  label: localized,
  url: text,
  category: optional(localized),
  icon: optional(text),
  keywords: optional(listOf(text)),
  mandatory: optional(flag),
});

const personalLink = objectOf({ id: text, label: text, url: text });

const config = objectOf({
  configured: flag,
  esnName: optional(localized),
  esnHomeUrl: optional(text),
  features: recordOf(flag),
  links: recordOf(text),
  sync: objectOf({
    state: oneOf('ok', 'never', 'stale', 'unreachable', 'signedOut'),
    lastSuccessAt: optional(finite),
    detail: optional(text),
  }),
});

const launcher = objectOf({
  tools: listOf(tool),
  favourites: listOf(text),
  recents: listOf(text),
  hidden: listOf(text),
  focusExistingTab: flag,
  personalLinks: optional(objectOf({ links: listOf(personalLink), max: finite })),
});

const feedHealth = oneOf('ok', 'never', 'signedOut', 'failing', 'refused');

const news = objectOf({
  unreadCount: finite,
  items: listOf(
    objectOf({
      key: text,
      feedId: text,
      title: text,
      url: optional(text),
      publishedAt: optional(finite),
      unread: flag,
      important: optional(flag),
      alsoIn: optional(listOf(text)),
    }),
  ),
  feeds: listOf(
    objectOf({
      id: text,
      label: localized,
      unread: finite,
      health: feedHealth,
      stale: flag,
      lastSuccessAt: optional(finite),
      nextPollAt: optional(finite),
    }),
  ),
  status: oneOf('ok', 'never', 'signedOut', 'failing', 'stale'),
  signInUrl: optional(text),
});

const sections = objectOf({
  entryCount: finite,
  builtAt: nullable(finite),
  recent: listOf(
    objectOf({
      id: text,
      title: localized,
      breadcrumb: optional(localized),
      newUrl: text,
      movedOn: optional(text),
    }),
  ),
  sync: objectOf({
    state: oneOf('never', 'ok', 'unreachable', 'refused'),
    lastSuccessAt: optional(finite),
    detail: optional(text),
  }),
  issues: listOf(objectOf({ row: finite, id: optional(text), reason: text })),
  issueCount: finite,
  guidance: objectOf({
    enabled: flag,
    ruleCount: finite,
    ruleLimit: finite,
    uncovered: listOf(text),
    uncoveredCount: finite,
    error: optional(text),
  }),
});

const adoption = objectOf({
  charter: nullable(objectOf({ url: text, version: optional(text), acknowledged: flag })),
  whatsNew: listOf(text),
  help: recordOf(text),
  ambassadors: optional(objectOf({ name: localized, contact: text })),
  onboarding: objectOf({ enabled: flag, url: optional(text) }),
  version: text,
  allowedInsecureOrigins: listOf(text),
});

export const SLICE_SHAPES: Record<SliceName, Check> = { config, launcher, news, sections, adoption };
