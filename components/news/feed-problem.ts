import type { Translate } from '@/utils/i18n/translator';
import type { NewsFeedView } from '@/utils/news/slice';

type Problem = NonNullable<NewsFeedView['problem']>;

/** Why a feed could not be updated, in the user's language (the technical detail stays in the IT diagnostics). */
export function feedProblemText(problem: { [K in keyof Problem]?: Problem[K] | undefined }, t: Translate): string {
  switch (problem.refusal) {
    case 'html':
      return t('newsProblemHtml');
    case 'truncated':
      return t('newsProblemTruncated');
    case 'malformed':
      return t('newsProblemMalformed');
    case 'empty':
      return t('newsProblemEmpty');
    case 'browserMangled':
      return t('newsProblemMangled');
    case 'tooLarge':
      return t('newsProblemTooLarge');
    default:
      break;
  }
  if (problem.status === 0) return t('newsProblemUnreachable');
  if (problem.status !== undefined && problem.status >= 400) return t('newsProblemHttp', String(problem.status));
  return problem.message ? t('newsProblemOther', problem.message) : t('newsProblemUnknown');
}
