/** The routes of La Ruche (everything except the /__demo/ control routes). */
import type { IncomingMessage } from 'node:http';
import { parseJson, readBody } from './body';
import { cacheableReply } from './conditional';
import { renderAtom, renderRss, WORDPRESS_AUTHOR_FEED } from './content/feeds';
import { LOGO_SVG } from './content/logo';
import { SECTIONS } from './content/sections';
import { findSectionByNewPath, findSectionByOldPath } from './content/sections-index';
import { type DemoTool, findTool, TOOLS } from './content/tools';
import { aggregateIndicators, MAX_INDICATOR_BATCH_BYTES } from './indicators';
import { type Lang, langFrom } from './lang';
import { articlePage } from './pages/article';
import { charterPage } from './pages/charter';
import { notFoundPage } from './pages/errors';
import { feedbackPage, feedbackThanksPage } from './pages/feedback';
import { helpPage, tutorialsPage } from './pages/help';
import { homePage } from './pages/home';
import { reportPage } from './pages/report';
import { movedPage, sectionPage } from './pages/section';
import { safeReturnPath, signinPage } from './pages/signin';
import { toolAppPage } from './pages/tool-app';
import { CONTENT_TYPES, htmlReply, methodNotAllowed, noContent, type Reply, redirect, textReply } from './reply';
import type { DemoState } from './state';

export interface RouteContext {
  request: IncomingMessage;
  /** GET for HEAD requests (Node drops the body of HEAD responses). */
  method: string;
  url: URL;
  path: string;
  lang: Lang;
  state: DemoState;
}

type Handler = (context: RouteContext) => Reply | Promise<Reply>;
type MethodTable = Partial<Record<'GET' | 'POST', Handler>>;

const FORM_BODY_LIMIT = 16 * 1024;

const home: Handler = ({ state, lang }) =>
  htmlReply(
    200,
    homePage({
      lang,
      news: state.news.items('actualites'),
      events: state.news.items('evenements'),
      tools: TOOLS,
      sections: SECTIONS,
    }),
  );

const rssFeed: Handler = ({ state, lang }) =>
  cacheableReply(
    renderRss({
      origin: state.origin,
      items: state.news.items('actualites'),
      lastModified: state.news.lastModified('actualites'),
      lang,
      links: state.linkStyle,
    }),
    CONTENT_TYPES.rss,
    state.news.lastModified('actualites'),
  );

const atomFeed: Handler = ({ state, lang }) =>
  cacheableReply(
    renderAtom({
      origin: state.origin,
      items: state.news.items('evenements'),
      lastModified: state.news.lastModified('evenements'),
      lang,
      links: state.linkStyle,
    }),
    CONTENT_TYPES.atom,
    state.news.lastModified('evenements'),
  );

const configDocument: Handler = ({ state }) => {
  const { body, lastModified, contentType } = state.configDocument();
  return cacheableReply(body, contentType ?? CONTENT_TYPES.json, lastModified);
};

const sectionsJson: Handler = ({ state }) => {
  const { body, lastModified } = state.sectionsDocument('json');
  return cacheableReply(body, CONTENT_TYPES.json, lastModified);
};

const sectionsCsv: Handler = ({ state }) => {
  const { body, lastModified, contentType } = state.sectionsDocument('csv');
  return cacheableReply(body, contentType ?? CONTENT_TYPES.csv, lastModified, {
    'Content-Disposition': 'inline; filename="rubriques-deplacees.csv"',
  });
};

const signin: MethodTable = {
  GET: ({ url, lang }) =>
    htmlReply(200, signinPage(lang, safeReturnPath(url.searchParams.get('retour'))), {
      'Cache-Control': 'no-store',
    }),
  POST: async ({ request }) => {
    const { body } = await readBody(request, FORM_BODY_LIMIT);
    return redirect(safeReturnPath(new URLSearchParams(body.toString('utf8')).get('retour')), 303);
  },
};

const feedback: MethodTable = {
  GET: ({ url, lang }) =>
    htmlReply(200, feedbackPage(lang, url.searchParams.get('q') ?? '', url.searchParams.get('ctx') ?? '')),
  POST: async ({ request, lang }) => {
    const { tooLarge } = await readBody(request, FORM_BODY_LIMIT);
    return tooLarge
      ? textReply(413, 'Message trop long / Message too long.\n')
      : htmlReply(200, feedbackThanksPage(lang));
  },
};

const indicators: MethodTable = {
  POST: async ({ request, state }) => {
    const { body, tooLarge } = await readBody(request, MAX_INDICATOR_BATCH_BYTES);
    if (tooLarge) return textReply(413, `Lot trop volumineux (max ${MAX_INDICATOR_BATCH_BYTES} octets).\n`);
    const batch = parseJson(body);
    if (batch === undefined) return textReply(400, 'JSON invalide / Invalid JSON.\n');
    state.counters.recordIndicatorBatch(batch);
    return noContent();
  },
};

const indicatorReport: Handler = ({ state, lang }) => {
  const rowLabel = (tableKey: string, name: string): string | undefined => {
    // Passerelle counts items by their feed id (a guid such as tag:…/actualites/<id>): the last segment is ours.
    if (tableKey === 'newsViews') return state.news.find(name.split('/').at(-1) ?? name)?.title[lang];
    if (tableKey === 'toolLaunches') return findTool(name)?.label[lang];
    return undefined;
  };
  return htmlReply(
    200,
    reportPage(
      lang,
      aggregateIndicators(state.counters.batches(), state.minimumGroupSize()),
      Object.entries(state.counters.launches()),
      rowLabel,
    ),
    { 'Cache-Control': 'no-store' },
  );
};

const EXACT_ROUTES: Record<string, MethodTable> = {
  '/': { GET: home },
  '/feeds/actualites.rss': { GET: rssFeed },
  '/feeds/evenements.atom': { GET: atomFeed },
  [WORDPRESS_AUTHOR_FEED]: { GET: () => redirect(`${WORDPRESS_AUTHOR_FEED}/`, 301) },
  [`${WORDPRESS_AUTHOR_FEED}/`]: { GET: rssFeed },
  '/passerelle/config.json': { GET: configDocument },
  '/passerelle/sections.json': { GET: sectionsJson },
  '/passerelle/sections.csv': { GET: sectionsCsv },
  '/connexion': signin,
  '/logo.svg': { GET: () => ({ status: 200, headers: { 'Content-Type': CONTENT_TYPES.svg }, body: LOGO_SVG }) },
  '/aide': { GET: ({ lang }) => htmlReply(200, helpPage(lang)) },
  '/aide/tutoriels': { GET: ({ lang }) => htmlReply(200, tutorialsPage(lang)) },
  '/charte': { GET: ({ lang }) => htmlReply(200, charterPage(lang)) },
  '/retours': feedback,
  '/indicateurs': indicators,
  '/indicateurs/rapport': { GET: indicatorReport },
};

function notFound({ lang, path }: RouteContext): Reply {
  return htmlReply(404, notFoundPage(lang, path));
}

function segment(path: string, prefix: string): string | null {
  if (!path.startsWith(prefix)) return null;
  const rest = path.slice(prefix.length);
  if (rest === '' || rest.includes('/')) return null;
  try {
    return decodeURIComponent(rest);
  } catch {
    return null;
  }
}

/** Routes with a parameter, and the relocated sections' old and new pages. */
function dynamicRoute(context: RouteContext): MethodTable | null {
  const { path, state, lang } = context;
  const articleId = segment(path, '/actualites/');
  if (articleId !== null) {
    const item = state.news.find(articleId);
    return { GET: () => (item ? htmlReply(200, articlePage(item, lang)) : notFound(context)) };
  }
  const launchedId = segment(path, '/go/');
  if (launchedId !== null) {
    return {
      GET: () => {
        if (!state.isKnownTool(launchedId)) return notFound(context);
        state.counters.recordLaunch(launchedId);
        return redirect(`/apps/${encodeURIComponent(launchedId)}${context.url.search}`);
      },
    };
  }
  const appId = segment(path, '/apps/');
  if (appId !== null) {
    const tool = findTool(appId);
    return {
      GET: () => {
        if (tool) return htmlReply(200, toolAppPage(tool, lang));
        return state.isKnownTool(appId) ? htmlReply(200, toolAppPage(fallbackTool(appId), lang)) : notFound(context);
      },
    };
  }
  const newSection = findSectionByNewPath(path);
  if (newSection) return { GET: () => htmlReply(200, sectionPage(newSection, lang)) };
  const oldSection = findSectionByOldPath(path);
  if (oldSection) return { GET: () => htmlReply(410, movedPage(oldSection, lang)) };
  return null;
}

function fallbackTool(id: string): DemoTool {
  return {
    id,
    label: { fr: id, en: id },
    category: { fr: 'Outils', en: 'Tools' },
    icon: 'book',
    keywords: [],
    description: {
      fr: 'Outil déclaré par le document de configuration.',
      en: 'Tool declared by the configuration document.',
    },
  };
}

export function contextFor(request: IncomingMessage, url: URL, state: DemoState): RouteContext {
  const method = request.method === 'HEAD' ? 'GET' : (request.method ?? 'GET');
  return { request, method, url, path: url.pathname, lang: langFrom(url), state };
}

export async function route(context: RouteContext): Promise<Reply> {
  const table = EXACT_ROUTES[context.path] ?? dynamicRoute(context);
  if (table === null) return notFound(context);
  const handler = context.method === 'GET' || context.method === 'POST' ? table[context.method] : undefined;
  if (handler === undefined)
    return methodNotAllowed(Object.keys(table).flatMap((m) => (m === 'GET' ? ['GET', 'HEAD'] : [m])));
  return handler(context);
}
